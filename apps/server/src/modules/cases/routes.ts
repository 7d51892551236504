import { z } from 'zod';
import { validationError } from '../../platform/errors';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { localDate } from '../calendar/zod';
import type { DeadlineStatus } from '../compliance/rules';
import { RECORDABLE_EVENTS, type RecordableEvent, recordedEventError } from './events';
import { filingSchema } from './filing';
import { CASE_FLAG_IDS } from './labels';
import { CASE_ACTIONS } from './policy';
import { presentCase, presentListing, provisionalOf } from './presenters';
import { caseDetailOut, caseListOut, myDeadlinesOut } from './responses';
import { CLOSING_METHODS } from './rules';
import type { CaseRow, CasesService, ClosingMethod } from './service';

const idParams = z.object({ id: z.uuid() });
const view = { policy: { action: 'case.view' } } as const;

export function registerCasesRoutes(app: App, service: CasesService, policy: Policy): void {
  const abilitiesOn = (request: Parameters<typeof signedIn>[0], row: CaseRow) => {
    const user = signedIn(request);
    if (row.status === 'closed') return [];
    return CASE_ACTIONS.filter((action) => policy.can(user, action));
  };
  const detail = async (request: Parameters<typeof signedIn>[0], id: string) => {
    const found = await service.detail(signedIn(request), id);
    return presentCase(found, abilitiesOn(request, found.row));
  };

  app.post(
    '/api/cases',
    {
      config: { policy: { action: 'case.file' }, refuses: true },
      schema: {
        tags: ['cases'],
        summary: '立案 File an enforcement case',
        description: 'Send `Idempotency-Key` to make a retried filing answer with the same case.',
        body: filingSchema,
        response: { 201: z.object({ id: z.string(), caseNumber: z.string() }) },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await service.file(
        signedIn(request),
        request.body,
        typeof key === 'string' ? key : undefined,
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result.body);
    },
  );

  app.get(
    '/api/cases',
    {
      config: view,
      schema: {
        tags: ['cases'],
        summary: '案件列表',
        response: { 200: caseListOut },
        querystring: z
          .object({
            q: z.string().trim().min(1).max(100).optional(),
            status: z.enum(['open', 'closed']).optional(),
            deadline: z.enum(['overdue', 'due_soon', 'on_track']).optional(),
            flag: z.enum([...CASE_FLAG_IDS, 'any']).optional(),
            officerId: z.uuid().optional(),
            closedFrom: localDate.optional().describe('closed on or after (结案日期)'),
            closedTo: localDate.optional().describe('closed on or before'),
            track: z.enum(['simple', 'normal']).optional().describe('繁简分流 (case_triage)'),
            page: z.coerce.number().int().min(1).max(100_000).default(1),
            pageSize: z.coerce.number().int().min(1).max(100).default(20),
          })
          .strict(),
      },
    },
    async (request) => {
      const listing = await service.list(signedIn(request), request.query);
      return {
        items: presentListing(listing, (ruleId) => service.ruleTitle(ruleId)),
        total: listing.total,
        totalCapped: listing.totalCapped,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/api/cases/:id',
    {
      config: view,
      schema: { tags: ['cases'], summary: '案件详情', params: idParams, response: { 200: caseDetailOut } },
    },
    (request) => detail(request, request.params.id),
  );

  app.get(
    '/api/deadlines/mine',
    {
      config: { policy: { action: 'deadlines.mine' } },
      schema: { tags: ['cases'], summary: '我的期限（按紧迫程度）', response: { 200: myDeadlinesOut } },
    },
    async (request) => {
      const [rows, provisionalYears] = await Promise.all([
        service.myDeadlines(signedIn(request)),
        service.provisionalYears(),
      ]);
      return {
        today: service.today(),
        items: rows.map((row) => ({
          caseId: row.caseId,
          caseNumber: row.caseNumber,
          ruleId: row.deadline.ruleId,
          title: service.ruleTitle(row.deadline.ruleId),
          dueOn: row.deadline.dueOn,
          // The stored status is one the rules wrote.
          status: row.deadline.status as DeadlineStatus,
          ...provisionalOf(row.deadline.dueOn, provisionalYears),
        })),
      };
    },
  );

  app.post(
    '/api/cases/:id/assign',
    {
      config: { policy: { action: 'case.assign' }, refuses: true },
      schema: {
        tags: ['cases'],
        summary: '分案',
        params: idParams,
        response: { 200: caseDetailOut },
        body: z.object({ officerId: z.uuid() }).strict(),
      },
    },
    async (request) => {
      await service.assign(signedIn(request), request.params.id, request.body.officerId);
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/api/cases/:id/events',
    {
      config: { policy: { action: 'case.record' }, refuses: true },
      schema: {
        tags: ['cases'],
        summary: '记录线下节点',
        params: idParams,
        response: { 200: caseDetailOut },
        body: z
          .object({
            type: z.enum(Object.keys(RECORDABLE_EVENTS) as [RecordableEvent, ...RecordableEvent[]]),
            on: localDate,
            data: z.record(z.string(), z.unknown()).default({}),
            evidence: z.array(z.uuid()).max(50).default([]),
            note: z.string().max(2000).optional(),
          })
          .strict(),
      },
    },
    async (request) => {
      const { type, on, data, evidence, note } = request.body;
      const problem = recordedEventError(type, data);
      if (problem) throw validationError([problem]);
      await service.recordEvent(signedIn(request), request.params.id, {
        type,
        on,
        evidence,
        data: note ? { ...data, note } : data,
      });
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/api/cases/:id/extension',
    {
      config: { policy: { action: 'case.extension.request' }, refuses: true },
      schema: {
        tags: ['cases'],
        summary: '申请延长执行期限',
        params: idParams,
        response: { 200: caseDetailOut },
        body: z
          .object({ months: z.number().int().min(1).max(6), reason: z.string().trim().min(2).max(2000) })
          .strict(),
      },
    },
    async (request) => {
      await service.requestExtension(signedIn(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/api/cases/:id/extension/decision',
    {
      config: { policy: { action: 'case.extension.decide' }, refuses: true },
      schema: {
        tags: ['cases'],
        summary: '审批延长期限',
        params: idParams,
        response: { 200: caseDetailOut },
        body: z.object({ approve: z.boolean() }).strict(),
      },
    },
    async (request) => {
      await service.decideExtension(signedIn(request), request.params.id, request.body.approve);
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/api/cases/:id/flag',
    {
      config: { policy: { action: 'case.flag' }, refuses: true },
      schema: {
        tags: ['cases'],
        summary: '标记四类案件',
        params: idParams,
        response: { 200: caseDetailOut },
        body: z.object({ flag: z.enum(CASE_FLAG_IDS).nullable() }).strict(),
      },
    },
    async (request) => {
      await service.setFlag(signedIn(request), request.params.id, request.body.flag);
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/api/cases/:id/close',
    {
      config: { policy: { action: 'case.close' }, refuses: true },
      schema: {
        tags: ['cases'],
        summary: '结案',
        params: idParams,
        response: { 200: caseDetailOut },
        body: z
          .object({
            method: z.enum(CLOSING_METHODS.map((m) => m.id) as [ClosingMethod, ...ClosingMethod[]]),
            ground: z.string().max(200).optional(),
            reason: z.string().trim().max(2000).optional(),
          })
          .strict(),
      },
    },
    async (request) => {
      await service.close(signedIn(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );
}
