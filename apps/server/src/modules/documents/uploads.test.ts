import { describe, expect, it } from 'vitest';
import { checkUpload, sniffType, UPLOAD_MAX_BYTES } from './uploads';

const bytes = (...values: number[]) => Uint8Array.from(values);
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
const TIFF = bytes(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0);
const WEBP = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');

describe('an upload’s type, read from its content', () => {
  it('knows PDFs, JPEG, PNG, TIFF (both byte orders) and WebP by their first bytes', () => {
    expect(sniffType(PDF)?.mediaType).toBe('application/pdf');
    expect(sniffType(JPEG)?.mediaType).toBe('image/jpeg');
    expect(sniffType(PNG)?.mediaType).toBe('image/png');
    expect(sniffType(TIFF)?.mediaType).toBe('image/tiff');
    expect(sniffType(bytes(0x4d, 0x4d, 0x00, 0x2a))?.mediaType).toBe('image/tiff');
    expect(sniffType(WEBP)?.mediaType).toBe('image/webp');
  });

  it('refuses what is none of them, whatever its name says', () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script>');
    expect(sniffType(html)).toBeNull();
    expect(checkUpload('判决书.pdf', html)).toMatchObject({ ok: false, path: 'file' });
    expect(checkUpload('x.pdf', bytes(0x4d, 0x5a, 0x90, 0))).toMatchObject({ ok: false, path: 'file' }); // an .exe
    expect(sniffType(bytes(0x25, 0x50))).toBeNull(); // too short to be sure
    expect(sniffType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBeNull();
  });

  it('refuses an empty file, one over 20 MB, and a name whose extension contradicts the content', () => {
    expect(checkUpload('a.pdf', new Uint8Array())).toMatchObject({ ok: false, path: 'file' });
    const big = new Uint8Array(UPLOAD_MAX_BYTES + 1);
    big.set(PDF);
    expect(checkUpload('a.pdf', big)).toMatchObject({ ok: false, path: 'file' });
    const renamed = checkUpload('现场照片.pdf', JPEG);
    expect(renamed).toMatchObject({ ok: false, path: 'fileName' });
    if (!renamed.ok) expect(renamed.message.zh).toBe('文件内容是JPEG 图片，扩展名却是 .pdf');
  });

  it('keeps a good name, gives a bare one its extension, and drops directories and control characters', () => {
    expect(checkUpload('扫描件.PDF', PDF)).toMatchObject({ ok: true, fileName: '扫描件.PDF' });
    expect(checkUpload('现场照片', JPEG)).toMatchObject({ ok: true, fileName: '现场照片.jpg' });
    expect(checkUpload('../../etc/照片\u0000.png', PNG)).toMatchObject({ ok: true, fileName: '照片.png' });
    expect(checkUpload('', TIFF)).toMatchObject({ ok: true, fileName: 'upload.tif' });
  });
});
