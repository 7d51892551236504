import type { Text } from '../../platform/i18n';

/**
 * Files an officer adds to a case's dossier (电子卷宗): scans, photos and PDFs. Pure: the type is
 * read from the content (its magic bytes), never taken from the name or the browser's word, so a
 * renamed executable or a page of HTML cannot enter the dossier as a "PDF".
 */

/** The largest file accepted: a multi-page scan at 300 dpi. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

export interface UploadType {
  mediaType: string;
  /** Extensions a name of this type may end with (the first is given to a name without one). */
  extensions: readonly string[];
  name: Text;
}

/** What may be uploaded, each with the bytes its files begin with. */
const TYPES: readonly (UploadType & { matches: (bytes: Uint8Array) => boolean })[] = [
  {
    mediaType: 'application/pdf',
    extensions: ['.pdf'],
    name: { zh: 'PDF 文件', en: 'PDF' },
    matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]), // %PDF-
  },
  {
    mediaType: 'image/jpeg',
    extensions: ['.jpg', '.jpeg'],
    name: { zh: 'JPEG 图片', en: 'JPEG image' },
    matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  },
  {
    mediaType: 'image/png',
    extensions: ['.png'],
    name: { zh: 'PNG 图片', en: 'PNG image' },
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    mediaType: 'image/tiff',
    extensions: ['.tif', '.tiff'],
    name: { zh: 'TIFF 扫描件', en: 'TIFF scan' },
    matches: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]),
  },
  {
    mediaType: 'image/webp',
    extensions: ['.webp'],
    name: { zh: 'WebP 图片', en: 'WebP image' },
    matches: (b) =>
      startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The type the content shows itself to be, or null for anything not accepted. */
export function sniffType(bytes: Uint8Array): UploadType | null {
  const found = TYPES.find((type) => type.matches(bytes));
  return found ? { mediaType: found.mediaType, extensions: found.extensions, name: found.name } : null;
}

/** Whether the type shows inline in a browser (the dossier's preview): TIFF does not. */
export function showsInline(mediaType: string): boolean {
  return mediaType !== 'image/tiff';
}

export type UploadCheck =
  | { ok: true; type: UploadType; fileName: string }
  | { ok: false; path: string; message: Text };

/**
 * Whether a file may enter the dossier: not empty, within the size, of an accepted type by content,
 * and named with an extension of that type (a name without one gets it). The name is cleaned of
 * directories and control characters.
 */
export function checkUpload(fileName: string, bytes: Uint8Array): UploadCheck {
  if (bytes.length === 0)
    return { ok: false, path: 'file', message: { zh: '文件为空', en: 'the file is empty' } };
  if (bytes.length > UPLOAD_MAX_BYTES) {
    return {
      ok: false,
      path: 'file',
      message: { zh: '文件超过 20 MB', en: 'the file is larger than 20 MB' },
    };
  }
  const type = sniffType(bytes);
  if (!type) {
    return {
      ok: false,
      path: 'file',
      message: {
        zh: '只能上传 PDF、JPEG、PNG、TIFF 或 WebP 文件（按文件内容判断）',
        en: 'only PDF, JPEG, PNG, TIFF or WebP files (judged by their content)',
      },
    };
  }
  const name = cleanName(fileName);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (extension && !type.extensions.includes(extension)) {
    return {
      ok: false,
      path: 'fileName',
      message: {
        zh: `文件内容是${type.name.zh}，扩展名却是 ${extension}`,
        en: `the content is a ${type.name.en} but the name ends in ${extension}`,
      },
    };
  }
  return { ok: true, type, fileName: extension ? name : `${name || 'upload'}${type.extensions[0]}` };
}

/** The last part of a path, without control characters, at most 200 characters. */
function cleanName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20 && c !== '\u007f').join('');
  return printable.trim().slice(-200);
}
