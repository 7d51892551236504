import type { DocumentsService } from './service';
import { showsInline } from './uploads';

type Listed = Awaited<ReturnType<DocumentsService['list']>>[number];

/** A dossier entry: what it is, who issued it, and the digest that proves the file unchanged. */
export function presentDocument(row: Listed) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    mediaType: row.mediaType,
    /** Whether a browser shows it inline (PDFs and photos; not TIFF scans). */
    inline: showsInline(row.mediaType),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    url: `/api/documents/${row.id}`,
  };
}
