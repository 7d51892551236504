import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { localDate } from '../calendar/zod';
import { presentPoolEntry } from './presenters';
import type { DormantPublication } from './publication';
import { ERROR_FIELDS } from './publication-rules';
import {
  closingCheckOut,
  correctedOut,
  dormantFiguresOut,
  errorRecordedOut,
  poolOut,
  publicDormantOut,
  publicRulingOut,
  restorationsOut,
  restoredOut,
} from './responses';
import { RESTORATION_GROUNDS } from './schema';
import type { DormantService } from './service';

const caseParams = z.object({ id: z.uuid() });

export function registerDormantRoutes(
  app: App,
  service: DormantService,
  publication: DormantPublication,
): void {
  app.get(
    '/api/cases/:id/closing-check',
    {
      config: { policy: { action: 'case.view' } },
      schema: {
        tags: ['dormant'],
        summary: '终本条件核对清单',
        params: caseParams,
        querystring: z.object({ method: z.literal('dormant').default('dormant') }).strict(),
        response: { 200: closingCheckOut },
      },
    },
    async (request) => service.closingCheck(signedIn(request), request.params.id),
  );

  app.get(
    '/api/cases/:id/dormant',
    {
      config: { policy: { action: 'case.view' } },
      schema: {
        tags: ['dormant'],
        summary: '终本案件库记录',
        params: caseParams,
        response: { 200: poolOut },
      },
    },
    async (request) => {
      const entry = await service.poolEntry(signedIn(request), request.params.id);
      return { entry: entry && presentPoolEntry(entry) };
    },
  );

  app.get(
    '/api/cases/:id/restorations',
    {
      config: { policy: { action: 'case.view' } },
      schema: {
        tags: ['dormant'],
        summary: '恢复执行关联（原案与执恢案）',
        params: caseParams,
        response: { 200: restorationsOut },
      },
    },
    async (request) => service.links(signedIn(request), request.params.id),
  );

  registerCorrectionRoutes(app, publication);

  app.post(
    '/api/cases/:id/restore',
    {
      config: { policy: { action: 'dormant.restore' }, refuses: true },
      schema: {
        tags: ['dormant'],
        summary: '恢复执行（执恢）',
        params: caseParams,
        body: z
          .object({
            ground: z
              .enum(RESTORATION_GROUNDS)
              .default('court_found')
              .describe('依职权（发现财产）或依申请（新线索）'),
            reason: z.string().trim().min(2).max(2000).default('发现可供执行的财产 / property found'),
          })
          .strict()
          .default({ ground: 'court_found', reason: '发现可供执行的财产 / property found' }),
        response: { 201: restoredOut },
      },
    },
    async (request, reply) => {
      const restored = await service.restore(signedIn(request), request.params.id, request.body);
      return reply.code(201).send(restored);
    },
  );
}

/** 更正终本案件库 (Dormant 18): record the error, then correct or remove within 3 days (`dormant.correct`). */
function registerCorrectionRoutes(app: App, publication: DormantPublication): void {
  const correct = { policy: { action: 'dormant.correct' }, refuses: true } as const;
  app.post(
    '/api/cases/:id/dormant/errors',
    {
      config: correct,
      schema: {
        tags: ['dormant'],
        summary: '记录终本案件库信息错误（3日内更正，规则 dormant.correct）',
        description:
          'Records node `dormant.error_recorded` {errorId, field, description}: the deadline `dormant.correct` ' +
          '(Dormant 18, 3 days, warn) runs until the correction. 409 when the case is not in the pool.',
        params: caseParams,
        body: z
          .object({
            field: z.enum(ERROR_FIELDS).describe('entry: wrongly pooled; debtor, amounts, dates: wrong data'),
            description: z.string().trim().min(2).max(2000),
          })
          .strict(),
        response: { 201: errorRecordedOut },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await publication.recordError(signedIn(request), request.params.id, request.body)),
  );

  app.post(
    '/api/cases/:id/dormant/corrections',
    {
      config: correct,
      schema: {
        tags: ['dormant'],
        summary: '更正或删除终本案件库信息',
        description:
          '`correct` (optionally the right `enteredOn`, moving the 5 years and the re-query) or `remove` (a case ' +
          'wrongly pooled: off the public search, its ruling unpublished, no more re-queries). Node ' +
          '`dormant.corrected` meets `dormant.correct`; audited `dormant.correct` / `dormant.remove`.',
        params: caseParams,
        body: z
          .object({
            errorId: z.uuid(),
            action: z.enum(['correct', 'remove']),
            enteredOn: localDate.optional().describe('the right day of entry'),
            reason: z.string().trim().min(2).max(2000),
          })
          .strict(),
        response: { 200: correctedOut },
      },
    },
    async (request) => ({
      entry: presentPoolEntry(await publication.correct(signedIn(request), request.params.id, request.body)),
    }),
  );
}

export function registerDormantSupervisionRoutes(app: App, service: DormantService): void {
  app.get(
    '/api/supervision/dormant',
    {
      config: { policy: { action: 'supervision.view' } },
      schema: {
        tags: ['supervision'],
        summary: '终本监管指标（按法院）：终本率、恢复执行、定期查询覆盖率、缺条件终本数',
        response: { 200: dormantFiguresOut },
      },
    },
    async (request) => service.figures(signedIn(request)),
  );
}

export function registerPublicDormantRoutes(
  app: App,
  service: DormantService,
  publication: DormantPublication,
): void {
  app.get(
    '/api/public/dormant',
    {
      config: { policy: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '终本案件公开查询',
        querystring: z
          .object({ name: z.string().trim().min(2).max(100).describe('被执行人姓名或名称（完整）') })
          .strict(),
        response: { 200: publicDormantOut },
      },
    },
    async (request) => ({ items: await service.publicSearch(request.query.name) }),
  );
  app.get(
    '/api/public/dormant/:id/ruling',
    {
      config: { policy: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '终本裁定公开（身份证号码脱敏）',
        description:
          'The ruling of a case in the dormant pool (Dormant 6), the link each public entry carries: the ' +
          'document text, the parties with identity numbers masked. 404 for any other case.',
        params: caseParams,
        response: { 200: publicRulingOut },
      },
    },
    async (request) => publication.publicRuling(request.params.id),
  );
}
