import { CATEGORY_CODES } from '@zhixing/assist-protocol';
import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { actorOf } from '../org/service';
import { INQUIRY_ACTIONS } from './policy';
import { presentInstitution, presentProgress, presentRequest } from './presenters';
import { institutionInput, institutionPatch } from './registry';
import { institutionOut, overviewOut } from './responses';
import type { InquiryService } from './service';

const idParams = z.object({ id: z.uuid() });
const manage = { policy: { action: 'institution.manage' } } as const;

/** The officers' routes on a case's inquiries and the administrators' institution registry. */
export function registerInquiryRoutes(app: App, inquiry: InquiryService, policy: Policy): void {
  const overview = async (request: Parameters<typeof signedIn>[0], caseId: string) => {
    const user = signedIn(request);
    const found = await inquiry.overview(user, caseId);
    return {
      ...presentProgress(found),
      requests: found.requests.map(presentRequest),
      abilities: INQUIRY_ACTIONS.filter((action) => policy.can(user, action)),
    };
  };

  app.get(
    '/api/cases/:id/inquiries',
    {
      config: { policy: { action: 'inquiry.view' } },
      schema: {
        tags: ['inquiry'],
        summary: '网络查控进度与结果',
        description:
          '`{total, answered, failed, pending}` counts the case’s queries (every round); `byCategory` and ' +
          '`rounds` break them down; `requests` lists every request to an institution, controls included.',
        params: idParams,
        response: { 200: overviewOut },
      },
    },
    (request) => overview(request, request.params.id),
  );

  app.post(
    '/api/cases/:id/inquiries',
    {
      config: { policy: { action: 'inquiry.start' }, refuses: true },
      schema: {
        tags: ['inquiry'],
        summary: '发起网络查控（一键查控，或所选类别）',
        params: idParams,
        body: z
          .object({
            categories: z.array(z.enum(CATEGORY_CODES)).min(1).max(CATEGORY_CODES.length).optional(),
          })
          .strict()
          .default({}),
        response: { 201: overviewOut.extend({ roundId: z.string() }) },
      },
    },
    async (request, reply) => {
      const started = await inquiry.startRound(signedIn(request), request.params.id, request.body.categories);
      return reply
        .status(201)
        .send({ roundId: started.roundId, ...(await overview(request, request.params.id)) });
    },
  );

  app.post(
    '/api/cases/:id/inquiries/retry',
    {
      config: { policy: { action: 'inquiry.retry' }, refuses: true },
      schema: {
        tags: ['inquiry'],
        summary: '重新发送失败的查控请求',
        description: 'Every failed request of the case, or only those named in `requestIds`.',
        params: idParams,
        body: z
          .object({ requestIds: z.array(z.uuid()).min(1).max(1000).optional() })
          .strict()
          .default({}),
        response: { 200: overviewOut.extend({ retried: z.number().int().describe('requests sent again') }) },
      },
    },
    async (request) => {
      const retried = await inquiry.retry(signedIn(request), request.params.id, request.body.requestIds);
      return { retried, ...(await overview(request, request.params.id)) };
    },
  );

  app.get(
    '/api/admin/institutions',
    {
      config: manage,
      schema: {
        tags: ['admin'],
        summary: '协助执行单位名录',
        querystring: z.object({ category: z.enum(CATEGORY_CODES).optional() }).strict(),
        response: { 200: z.object({ items: z.array(institutionOut) }) },
      },
    },
    async (request) => {
      const { category } = request.query;
      const rows = await inquiry.allInstitutions(category);
      return { items: rows.map(presentInstitution) };
    },
  );

  app.post(
    '/api/admin/institutions',
    {
      config: manage,
      schema: {
        tags: ['admin'],
        summary: '登记协助执行单位',
        body: institutionInput,
        response: { 201: institutionOut },
      },
    },
    async (request, reply) => {
      const row = await inquiry.registry.create(actorOf(signedIn(request)), request.body);
      return reply.status(201).send(presentInstitution(row));
    },
  );

  app.patch(
    '/api/admin/institutions/:id',
    {
      config: manage,
      schema: {
        tags: ['admin'],
        summary: '修改协助执行单位（密钥只写不读）',
        params: idParams,
        body: institutionPatch,
        response: { 200: institutionOut },
      },
    },
    async (request) =>
      presentInstitution(
        await inquiry.registry.update(actorOf(signedIn(request)), request.params.id, request.body),
      ),
  );
}
