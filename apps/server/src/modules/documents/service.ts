import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { RECORDS } from '../../platform/messages';
import { renderPdf, UnsupportedCharactersError } from './render';
import { buildDocument, type DocumentData, type DocumentKind } from './rules';
import { documents } from './schema';

export type DocumentRow = typeof documents.$inferSelect;

/** A rendered document, ready to be stored in the transaction of the act that issues it. */
export interface RenderedDocument {
  kind: DocumentKind;
  title: string;
  fileName: string;
  content: Buffer;
  sha256: string;
}

/** 文书 / 电子卷宗: renders court documents to PDF and keeps them with their case. */
export class DocumentsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  /** Renders outside any transaction: a PDF takes tens of milliseconds that no lock should wait for. */
  async render(kind: DocumentKind, data: DocumentData): Promise<RenderedDocument> {
    const body = buildDocument(kind, data);
    try {
      const content = await renderPdf(body, { creationDate: this.clock.now() });
      const sha256 = createHash('sha256').update(content).digest('hex');
      return { kind, title: body.title, fileName: `${data.caseNumber}${body.title}.pdf`, content, sha256 };
    } catch (error) {
      if (error instanceof UnsupportedCharactersError) {
        throw new AppError('unprocessable', {
          zh: `文书字体无法打印：${error.message}`,
          en: `The document font cannot print: ${error.message}`,
        });
      }
      throw error;
    }
  }

  async store(
    tx: Tx,
    target: { caseId: string; courtId: string; createdBy: string },
    rendered: RenderedDocument,
  ) {
    const [row] = await tx.db
      .insert(documents)
      .values({
        caseId: target.caseId,
        courtId: target.courtId,
        kind: rendered.kind,
        title: rendered.title,
        fileName: rendered.fileName,
        mediaType: 'application/pdf',
        size: rendered.content.length,
        sha256: rendered.sha256,
        content: rendered.content,
        createdAt: this.clock.now(),
        createdBy: target.createdBy,
      })
      .returning({ id: documents.id });
    if (!row) throw new Error('insert returned no document');
    return row.id;
  }

  list(caseId: string) {
    return this.database.db
      .select({
        id: documents.id,
        kind: documents.kind,
        title: documents.title,
        fileName: documents.fileName,
        size: documents.size,
        sha256: documents.sha256,
        createdAt: documents.createdAt,
        createdBy: documents.createdBy,
      })
      .from(documents)
      .where(eq(documents.caseId, caseId))
      .orderBy(asc(documents.createdAt));
  }

  async caseOf(id: string): Promise<string | null> {
    const [row] = await this.database.db
      .select({ caseId: documents.caseId })
      .from(documents)
      .where(eq(documents.id, id));
    return row?.caseId ?? null;
  }

  async content(caseId: string, id: string): Promise<DocumentRow> {
    const [row] = await this.database.db
      .select()
      .from(documents)
      .where(and(eq(documents.id, id), eq(documents.caseId, caseId)));
    if (!row) throw notFound(RECORDS.document);
    return row;
  }
}
