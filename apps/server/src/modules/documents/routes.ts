import { z } from 'zod';
import { notFound } from '../../platform/errors';
import { type App, signedIn } from '../../platform/http';
import { RECORDS } from '../../platform/messages';
import type { CasesService } from '../cases/service';
import { presentDocument } from './presenters';
import { DOCUMENT_KINDS, type DocumentKind } from './rules';
import type { DocumentsService } from './service';

const idParams = z.object({ id: z.uuid() });
const issuable = DOCUMENT_KINDS.filter((k) => k.standalone).map((k) => k.kind) as [
  DocumentKind,
  ...DocumentKind[],
];

export function registerDocumentsRoutes(app: App, service: DocumentsService, cases: CasesService): void {
  app.get(
    '/api/cases/:id/documents',
    {
      config: { policy: { action: 'case.view' } },
      schema: { tags: ['documents'], summary: '电子卷宗', params: idParams },
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
      },
    },
    async (request, reply) => {
      await cases.issueDocuments(signedIn(request), request.params.id, [...new Set(request.body.kinds)]);
      const items = (await service.list(request.params.id)).map(presentDocument);
      return reply.status(201).send({ items });
    },
  );

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
      return reply
        .type(row.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
        .header('x-content-sha256', row.sha256)
        .send(row.content);
    },
  );
}
