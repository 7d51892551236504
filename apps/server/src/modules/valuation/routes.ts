import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { localDate } from '../calendar/zod';
import { VALUATION_ACTIONS } from './policy';
import { presentList } from './presenters';
import { RETURN_REASONS } from './procedure-rules';
import { drawOut, valuationListOut, valuationOut } from './responses';
import { VALUATION_METHODS } from './rules';
import type { ValuationService } from './service';

const idParams = z.object({ id: z.uuid() });
/** Money is integer fen. */
const fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);
const tags = ['valuation'];

const startSchema = z
  .object({
    method: z.enum(VALUATION_METHODS),
    price: fen.positive().optional(),
    authority: text(100).optional(),
    basis: text(300).optional(),
    agencies: z.array(text(60)).length(3).optional(),
    skipAgreed: z.boolean().optional(),
    appraisalRequired: z.boolean().optional(),
    needsInspection: z.boolean().optional(),
    note: text(500).optional(),
  })
  .strict();

export function registerValuationRoutes(app: App, service: ValuationService, policy: Policy): void {
  const list = async (request: FastifyRequest, assetId: string) => {
    const user = signedIn(request);
    return presentList(await service.list(user, assetId), (act) => policy.can(user, act), VALUATION_ACTIONS);
  };

  app.get(
    '/api/assets/:id/valuations',
    {
      config: { policy: { action: 'case.view' } },
      schema: {
        tags,
        summary: '询价评估：该财产的参考价程序与结果',
        params: idParams,
        response: { 200: valuationListOut },
      },
    },
    (request) => list(request, request.params.id),
  );

  app.post(
    '/api/assets/:id/valuations',
    {
      config: { policy: { action: 'valuation.start' }, refuses: true },
      schema: {
        tags,
        summary: '启动确定参考价（议价、定向询价、网络询价、委托评估）',
        description:
          'Send `Idempotency-Key` to make a retry answer with the same procedure. ' +
          '`agreement` and `targeted_inquiry` need `price` (fen) and set it at once; `online_inquiry` goes to every ' +
          'platform on the list; `appraisal` draws agencies. Out of the legal order: 409 `valuation.method_order`.',
        params: idParams,
        body: startSchema,
        response: { 201: valuationOut },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const { id, replayed } = await service.start(
        signedIn(request),
        request.params.id,
        request.body,
        typeof key === 'string' ? key : undefined,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(await one(request, id));
    },
  );

  const act = (path: string, action: string, summary: string, description?: string) => ({
    path: `/api/valuations/:id/${path}`,
    options: {
      config: { policy: { action }, refuses: true },
      schema: {
        tags,
        summary,
        ...(description ? { description } : {}),
        params: idParams,
        response: { 200: valuationOut },
      },
    },
  });
  /** An act answers with the procedure as it stands after it. */
  const one = async (request: FastifyRequest, id: string) => {
    const user = signedIn(request);
    const row = await service.valuationInScope(service.db, user, id);
    const found = (await list(request, row.assetId)).items.find((item) => item.id === id);
    if (!found) throw new Error('valuation vanished');
    return found;
  };

  app.get(
    '/api/valuations/:id/draw',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: '摇号记录（公开，可复核）',
        description:
          'The seed, the list, the result and the result recomputed by the published algorithm ' +
          '(`sha256-rank-v1`, docs/valuation.md): anyone can check that `recomputed` equals `result`.',
        params: idParams,
        response: { 200: drawOut },
      },
    },
    (request) => service.drawOf(request.params.id),
  );

  const report = act('report', 'valuation.record', '登记评估报告（其数额为参考价）');
  app.post(
    report.path,
    {
      ...report.options,
      schema: {
        ...report.options.schema,
        body: z.object({ amount: fen.positive(), reportNo: text(60) }).strict(),
      },
    },
    async (request) => {
      await service.recordReport(signedIn(request), request.params.id, request.body);
      return one(request, request.params.id);
    },
  );

  const extension = act(
    'extension',
    'valuation.record',
    '延长评估期限（15日，至多两次）',
    'Asked at least 5 days before the period ends, at most twice: otherwise 409 `valuation.report_extension`.',
  );
  app.post(extension.path, extension.options, async (request) => {
    await service.extendReport(signedIn(request), request.params.id);
    return one(request, request.params.id);
  });

  const next = act('next-agency', 'valuation.record', '评估机构逾期：由下一顺序机构评估');
  app.post(next.path, next.options, async (request) => {
    await service.nextAgency(signedIn(request), request.params.id);
    return one(request, request.params.id);
  });

  app.post(
    '/api/valuations/:id/reissue',
    {
      config: { policy: { action: 'valuation.start' }, refuses: true },
      schema: {
        tags,
        summary: '参考价有效期届满：重新确定参考价',
        description:
          'A new procedure on the same asset by the same method, linked (`reissueOf`): an appraisal goes back to the ' +
          'agency that reported, due in 15 days; an online inquiry to every platform (3 days); agreement and targeted ' +
          'inquiry need `price`. Before the year is over, or while another procedure runs: 409 `valuation.reissue`. ' +
          '`Idempotency-Key` honoured.',
        params: idParams,
        body: z
          .object({
            price: fen.positive().optional(),
            authority: text(100).optional(),
            basis: text(300).optional(),
            note: text(500).optional(),
          })
          .strict(),
        response: { 201: valuationOut },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const user = signedIn(request);
      const { id, replayed } = await service.reissue(
        user,
        request.params.id,
        request.body,
        typeof key === 'string' ? key : undefined,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(await one(request, id));
    },
  );

  const giveBack = act(
    'return',
    'valuation.record',
    '评估机构退回委托（逾期或不能评估），由下一机构承办或重新摇号',
    '`missed_period` only after the period (stays excluded): otherwise 409 `valuation.agency_return`. Returned more ' +
      'than 3 days after the period: recorded `late`. With no drawn agency left, 3 more are drawn from the list ' +
      'without those that had the file (`draw`, checkable at /api/valuations/:id/draw).',
  );
  app.post(
    giveBack.path,
    {
      ...giveBack.options,
      schema: {
        ...giveBack.options.schema,
        body: z.object({ reason: z.enum(RETURN_REASONS), note: text(500) }).strict(),
      },
    },
    async (request) => {
      await service.returnFile(signedIn(request), request.params.id, request.body);
      return one(request, request.params.id);
    },
  );

  const stay = act('stay', 'valuation.record', '暂停计算评估期限（不计入评估期限）');
  app.post(
    stay.path,
    { ...stay.options, schema: { ...stay.options.schema, body: z.object({ reason: text(500) }).strict() } },
    async (request) => {
      await service.stay(signedIn(request), request.params.id, request.body.reason);
      return one(request, request.params.id);
    },
  );

  const resume = act('resume', 'valuation.record', '恢复计算评估期限（顺延暂停天数）');
  app.post(resume.path, resume.options, async (request) => {
    await service.resume(signedIn(request), request.params.id);
    return one(request, request.params.id);
  });

  const serve = act('service', 'valuation.record', '送达询价/评估结果（异议期5日）');
  app.post(
    serve.path,
    {
      ...serve.options,
      schema: {
        ...serve.options.schema,
        body: z.object({ servedOn: localDate.optional(), byPublication: z.boolean().optional() }).strict(),
      },
    },
    async (request) => {
      await service.serve(signedIn(request), request.params.id, request.body);
      return one(request, request.params.id);
    },
  );

  const objection = act(
    'objections',
    'valuation.objection',
    '当事人异议（收到结果后5日内）',
    'Refused (409 `valuation.objection`) after 5 days from receipt and against an agreed or targeted price. ' +
      'An upheld objection to one platform (`platform`, `upheld`) leaves its figure out of the mean.',
  );
  app.post(
    objection.path,
    {
      ...objection.options,
      schema: {
        ...objection.options.schema,
        body: z
          .object({
            kind: z.enum(['procedural', 'substantive']),
            reason: text(1000),
            platform: text(60).optional(),
            upheld: z.boolean().optional(),
          })
          .strict(),
        response: { 201: valuationOut },
      },
    },
    async (request, reply) => {
      await service.object(signedIn(request), request.params.id, request.body);
      return reply.status(201).send(await one(request, request.params.id));
    },
  );

  for (const step of ['forwarded', 'answered'] as const)
    app.post(
      `/api/valuations/:id/objections/:objectionId/${step}`,
      {
        config: { policy: { action: 'valuation.record' }, refuses: true },
        schema: {
          tags,
          summary:
            step === 'forwarded' ? '实体异议转交评估机构（3日内）' : '登记评估机构对异议的说明（5日内）',
          params: z.object({ id: z.uuid(), objectionId: z.uuid() }),
          body: z.object({ note: text(1000) }).strict(),
          response: { 200: valuationOut },
        },
      },
      async (request) => {
        await service.objectionStep(
          signedIn(request),
          request.params.id,
          request.params.objectionId,
          step,
          request.body.note,
        );
        return one(request, request.params.id);
      },
    );

  app.post(
    '/api/assets/:id/own-sale',
    {
      config: { policy: { action: 'valuation.own_sale' }, refuses: true },
      schema: {
        tags,
        summary: '准许被执行人自行变卖（最长90日）',
        description:
          'After a reference price; `until` at most 90 days on: otherwise 409 `valuation.own_sale`.',
        params: idParams,
        body: z.object({ until: localDate }).strict(),
        response: { 201: valuationListOut },
      },
    },
    async (request, reply) => {
      await service.allowOwnSale(signedIn(request), request.params.id, request.body);
      return reply.status(201).send(await list(request, request.params.id));
    },
  );
}
