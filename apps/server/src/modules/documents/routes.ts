import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db';
import { invalid, notFound } from '../../platform/errors';
import { type App, signedIn } from '../../platform/http';
import { RECORDS } from '../../platform/messages';
import type { CasesService } from '../cases/service';
import { presentDocument } from './presenters';
import { DOCUMENT_KINDS, type DocumentKind } from './rules';
import type { DocumentsService } from './service';
import { UPLOAD_MAX_BYTES } from './uploads';

const idParams = z.object({ id: z.uuid() });

/** A dossier entry, as presenters.ts sends it. */
const documentOut = z.object({
  id: z.string(),
  kind: z.string().describe('a key of `documentKinds` in GET /api/labels'),
  title: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  mediaType: z.string(),
  inline: z.boolean().describe('whether a browser shows it inline (PDFs and photos; not TIFF scans)'),
  createdAt: z.string(),
  createdBy: z.string().describe('the display name of who made or uploaded it'),
  url: z.string(),
});
const dossierOut = z.object({ items: z.array(documentOut) });
const issuable = DOCUMENT_KINDS.filter((k) => k.standalone).map((k) => k.kind) as [
  DocumentKind,
  ...DocumentKind[],
];

export function registerDocumentsRoutes(
  app: App,
  service: DocumentsService,
  cases: CasesService,
  database: Database,
): void {
  app.get(
    '/api/cases/:id/documents',
    {
      config: { policy: { action: 'case.view' } },
      schema: { tags: ['documents'], summary: '电子卷宗', params: idParams, response: { 200: dossierOut } },
    },
    async (request) => {
      await cases.assertVisible(signedIn(request), request.params.id);
      return { items: (await service.list(request.params.id)).map(presentDocument) };
    },
  );

  app.post(
    '/api/cases/:id/documents',
    {
      config: { policy: { action: 'document.issue' } },
      schema: {
        tags: ['documents'],
        summary: '制作文书（执行通知书、报告财产令）',
        params: idParams,
        body: z.object({ kinds: z.array(z.enum(issuable)).min(1).max(issuable.length) }).strict(),
        response: { 201: dossierOut },
      },
    },
    async (request, reply) => {
      await cases.issueDocuments(signedIn(request), request.params.id, [...new Set(request.body.kinds)]);
      const items = (await service.list(request.params.id)).map(presentDocument);
      return reply.status(201).send({ items });
    },
  );

  // The file is the body itself (any content type; the type is judged from the bytes), within its own
  // size limit: a scan is larger than the JSON bodies every other route takes.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: UPLOAD_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/cases/:id/documents/upload',
      {
        config: { policy: { action: 'document.upload' } },
        schema: {
          tags: ['documents'],
          summary: '上传卷宗材料（扫描件、照片、PDF）',
          description:
            'The request body is the file itself (PDF, JPEG, PNG, TIFF or WebP, at most 20 MB), its type judged from its content.',
          params: idParams,
          querystring: z
            .object({
              fileName: z.string().trim().min(1).max(255),
              title: z.string().trim().min(1).max(100).optional(),
            })
            .strict(),
          response: { 201: dossierOut.extend({ id: z.string().describe('the uploaded document') }) },
        },
      },
      async (request, reply) => {
        const user = signedIn(request);
        const row = await cases.caseInScope(database.db, user, request.params.id);
        if (!Buffer.isBuffer(request.body))
          throw invalid('file', { zh: '请求体应为文件本身', en: 'the body must be the file itself' });
        const id = await service.upload(
          user,
          { caseId: row.id, courtId: row.courtId },
          {
            fileName: request.query.fileName,
            title: request.query.title,
            content: request.body,
          },
        );
        const items = (await service.list(row.id)).map(presentDocument);
        return reply.status(201).send({ id, items });
      },
    );
  });

  app.get(
    '/api/documents/:id',
    {
      config: { policy: { action: 'case.view' } },
      schema: { tags: ['documents'], summary: '下载文书 PDF', params: idParams },
    },
    async (request, reply) => {
      const caseId = await service.caseOf(request.params.id);
      if (!caseId) throw notFound(RECORDS.document);
      await cases.assertVisible(signedIn(request), caseId);
      const row = await service.content(caseId, request.params.id);
      return (
        reply
          .type(row.mediaType)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
          .header('x-content-sha256', row.sha256)
          // An uploaded file is shown as what its bytes are, never sniffed into something else.
          .header('x-content-type-options', 'nosniff')
          .send(row.content)
      );
    },
  );
}
