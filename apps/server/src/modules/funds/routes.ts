import { STATEMENT_PATH } from '@zhixing/assist-protocol';
import { z } from 'zod';
import type { AuthUser } from '../../platform/auth';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { localDate } from '../calendar/zod';
import { clauseText } from '../compliance/rules';
import { chineseUpperYuan } from '../documents/rules';
import { actorOf } from '../org/service';
import { type DistributionPlan, distribute, distributeBySeizure, REMAINDER_RULE } from './distribution';
import { DEBTOR_KINDS } from './distribution-rules';
import { type FundsLodgings, presentLodging } from './lodgings';
import { FUNDS_ACTIONS } from './policy';
import { presentPayout } from './presenters';
import {
  accountOut,
  applicationFeeOut,
  cashReceiptOut,
  computedPlanOut,
  ledgerCheckOut,
  lodgingOut,
  lodgingsOut,
  matchOut,
  payoutOut,
  payoutsOut,
  reconciliationOut,
  reconciliationsOut,
  unidentifiedOut,
} from './responses';
import { PAYOUT_STATES } from './rules';
import type { FundsService } from './service';

const idParams = z.object({ id: z.uuid() });
const fenAmount = z
  .number()
  .int('须为整数（分） must be whole fen')
  .positive('须大于零 must be positive')
  .max(Number.MAX_SAFE_INTEGER);
const payoutBody = z
  .object({
    amount: fenAmount,
    payee: z
      .object({
        accountNo: z.string().trim().min(4).max(60),
        accountName: z.string().trim().min(1).max(200),
        bankName: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
  })
  .strict();
const tags = ['funds'];

/** 执行款: case accounts, payouts, unidentified money, the ledger's check, and the bank's statements. */
export function registerFundsRoutes(
  app: App,
  service: FundsService,
  policy: Policy,
  lodgings: FundsLodgings,
): void {
  app.get(
    '/api/cases/:id/account',
    {
      config: { policy: { action: 'funds.view' } },
      schema: {
        tags,
        summary: '案款账户（一案一账号）：余额与流水',
        params: idParams,
        response: { 200: accountOut },
      },
    },
    async (request) => {
      const user = signedIn(request);
      const statement = await service.statement(user, request.params.id);
      return { ...statement, abilities: FUNDS_ACTIONS.filter((action) => policy.can(user, action)) };
    },
  );

  app.post(
    '/api/cases/:id/cash',
    {
      config: { policy: { action: 'funds.cash' }, refuses: true },
      schema: {
        tags,
        summary: '现金/柜台收款登记（出具收据）',
        description:
          'Money taken at the finance counter or in cash. Cash: 409 `funds.cash` unless two officers took it, the ' +
          'payer signed the record, and it was handed over the same day (the next, with a reason). Answers the receipt.',
        params: idParams,
        body: z
          .object({
            amount: fenAmount,
            payerName: z.string().trim().min(1).max(200),
            method: z.enum(['counter', 'cash']),
            collectedBy: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
            collectedOn: localDate,
            handedOverOn: localDate,
            delayReason: z.string().trim().min(2).max(500).optional(),
            payerSigned: z.boolean().default(false),
          })
          .strict(),
        response: { 201: cashReceiptOut },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await service.registerCash(
        signedIn(request),
        request.params.id,
        request.body,
        typeof key === 'string' ? key : undefined,
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result.body);
    },
  );

  app.get(
    '/api/cases/:id/payouts',
    {
      config: { policy: { action: 'funds.view' } },
      schema: { tags, summary: '本案发款', params: idParams, response: { 200: payoutsOut } },
    },
    async (request) => ({
      items: (await service.payoutsOfCase(signedIn(request), request.params.id)).map(presentPayout),
    }),
  );

  app.post(
    '/api/cases/:id/payouts',
    {
      config: { policy: { action: 'funds.payout.propose' }, refuses: true },
      schema: {
        tags,
        summary: '提出发款（承办人）',
        description:
          'Holds the amount on the case account until the head approves and finance pays. 409 `funds.payee` for an ' +
          'account other than the one confirmed at filing, `funds.balance` beyond the available balance. ' +
          'Send `Idempotency-Key` to make a retry answer with the same payout.',
        params: idParams,
        body: payoutBody,
        response: { 201: z.object({ id: z.string(), state: z.enum(PAYOUT_STATES) }) },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await service.propose(
        signedIn(request),
        request.params.id,
        request.body,
        typeof key === 'string' ? key : undefined,
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result.body);
    },
  );

  actRoutes(
    app,
    '/api/payouts',
    [
      { act: 'approve', action: 'funds.payout.approve', summary: '批准发款（发款通知）' },
      { act: 'refuse', action: 'funds.payout.approve', summary: '不予批准发款（释放冻结）', reason: true },
      { act: 'execute', action: 'funds.payout.execute', summary: '财务发放（经银行）' },
    ],
    payoutOut,
    async (user, id, act, reason) => presentPayout(await service.act(user, id, act, reason)),
  );

  app.get(
    '/api/cases/:id/lodgings',
    {
      config: { policy: { action: 'funds.view' } },
      schema: {
        tags,
        summary: '本案争议款暂缓发放',
        params: idParams,
        response: { 200: lodgingsOut },
      },
    },
    async (request) => ({
      items: (await lodgings.ofCase(signedIn(request), request.params.id)).map(presentLodging),
    }),
  );

  app.post(
    '/api/cases/:id/lodgings',
    {
      config: { policy: { action: 'funds.lodging.propose' }, refuses: true },
      schema: {
        tags,
        summary: '争议款暂缓发放（说明理由，报执行局长批准）',
        description:
          'Holds the disputed amount on the case account (a pending transfer to the court’s `lodged` book) so only ' +
          'the undisputed part can be paid out first. 409 `funds.balance` beyond the available balance.',
        params: idParams,
        body: z.object({ amount: fenAmount, reason: z.string().trim().min(2).max(1000) }).strict(),
        response: { 201: lodgingOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentLodging(await lodgings.propose(signedIn(request), request.params.id, request.body))),
  );

  actRoutes(
    app,
    '/api/lodgings',
    [
      { act: 'approve', action: 'funds.lodging.decide', summary: '批准暂缓发放' },
      {
        act: 'refuse',
        action: 'funds.lodging.decide',
        summary: '不予批准暂缓发放（释放冻结）',
        reason: true,
      },
      { act: 'release', action: 'funds.lodging.decide', summary: '争议解决，解除暂缓发放', reason: true },
    ],
    lodgingOut,
    async (user, id, act, reason) => presentLodging(await lodgings.act(user, id, act, reason)),
  );

  app.get(
    '/api/cases/:id/application-fee',
    {
      config: { policy: { action: 'funds.view' } },
      schema: {
        tags,
        summary: '执行申请费（按《诉讼费用交纳办法》第14条计算）',
        params: idParams,
        response: { 200: applicationFeeOut },
      },
    },
    (request) => lodgings.fee(signedIn(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/application-fee',
    {
      config: { policy: { action: 'funds.fee' }, refuses: true },
      schema: {
        tags,
        summary: '从案款中收取执行申请费（记账）',
        description:
          'Books the fee computed on the case’s claim from the case account to the court’s fees book, once per case: ' +
          '201 when booked now, 200 with the booking when it was booked before. 409 `funds.balance` when short.',
        params: idParams,
        response: { 200: applicationFeeOut, 201: applicationFeeOut },
      },
    },
    async (request, reply) => {
      const { created, fee } = await lodgings.bookFee(signedIn(request), request.params.id);
      return reply.status(created ? 201 : 200).send(fee);
    },
  );

  const claim = z.object({ creditor: z.string().trim().min(1).max(200), amount: fenAmount }).strict();
  app.post(
    '/api/funds/distribution-plans',
    {
      config: { policy: { action: 'funds.view' } },
      schema: {
        tags,
        summary: '参与分配方案计算（按比例；企业法人首封优先）',
        description:
          'Computes a plan, stores nothing. `person`/`organisation` debtor: costs, priority claims by rank, ordinary ' +
          'claims pro rata (CPL-Interp 506–508); `enterprise` (its transfer to bankruptcy not accepted or refused): ' +
          'ordinary claims in the order of seizure, each needing `seizedOn` (CPL-Interp 514). To the fen, the remainder ' +
          'rule stated in the answer.',
        body: z
          .object({
            amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
            debtorKind: z.enum(DEBTOR_KINDS),
            costs: z.array(claim).max(50).default([]),
            priority: z
              .array(claim.extend({ rank: z.number().int().min(1).max(99) }).strict())
              .max(200)
              .default([]),
            ordinary: z
              .array(claim.extend({ seizedOn: localDate.optional() }).strict())
              .max(1000)
              .default([]),
          })
          .strict()
          .superRefine((body, context) => {
            if (body.debtorKind !== 'enterprise') return;
            body.ordinary.forEach((c, index) => {
              if (!c.seizedOn)
                context.addIssue({
                  code: 'custom',
                  path: ['ordinary', index, 'seizedOn'],
                  message:
                    '企业法人首封优先：须写明查封日期 / required for an enterprise debtor (order of seizure)',
                });
            });
          }),
        response: { 200: computedPlanOut },
      },
    },
    async (request) => {
      const { amount, debtorKind } = request.body;
      const ids = (prefix: string, list: readonly object[]) =>
        list.map((c, i) => ({ ...c, id: `${prefix}${i + 1}` }));
      const costs = ids('C', request.body.costs) as { id: string; creditor: string; amount: number }[];
      const priority = ids('P', request.body.priority) as {
        id: string;
        creditor: string;
        amount: number;
        rank: number;
      }[];
      const ordinary = ids('O', request.body.ordinary) as {
        id: string;
        creditor: string;
        amount: number;
        seizedOn?: string;
      }[];
      const plan: DistributionPlan =
        debtorKind === 'enterprise'
          ? distributeBySeizure({
              amount,
              costs,
              priority,
              ordinary: ordinary.map((c) => ({ ...c, seizedOn: c.seizedOn as string })),
            })
          : distribute({ amount, costs, priority, ordinary });
      return {
        ruleId: debtorKind === 'enterprise' ? 'funds.seizure_order' : 'funds.distribution',
        clause: clauseText(
          debtorKind === 'enterprise'
            ? { source: 'CPL-Interp', article: '514', version: '2022' }
            : { source: 'CPL-Interp', article: '506–508', version: '2022' },
        ),
        remainderRule: REMAINDER_RULE,
        ...plan,
        amountUpper: chineseUpperYuan(plan.amount),
        allocations: plan.allocations.map((a) => ({ ...a, allocatedUpper: chineseUpperYuan(a.allocated) })),
      };
    },
  );

  app.get(
    '/api/funds/payouts',
    {
      config: { policy: { action: 'funds.view' } },
      schema: {
        tags,
        summary: '发款队列',
        querystring: z.object({ state: z.enum(PAYOUT_STATES).default('approved') }).strict(),
        response: { 200: payoutsOut },
      },
    },
    async (request) => ({
      items: (await service.payoutQueue(signedIn(request), [request.query.state])).map(presentPayout),
    }),
  );

  app.get(
    '/api/funds/unidentified',
    {
      config: { policy: { action: 'funds.view' } },
      schema: { tags, summary: '不明款', response: { 200: unidentifiedOut } },
    },
    async (request) => ({ items: await service.unidentified(signedIn(request)) }),
  );

  app.post(
    '/api/funds/unidentified/:id/match',
    {
      config: { policy: { action: 'funds.match' }, refuses: true },
      schema: {
        tags,
        summary: '不明款认领到案件',
        params: idParams,
        body: z.object({ caseId: z.uuid() }).strict(),
        response: { 200: matchOut },
      },
    },
    (request) => service.matchLine(signedIn(request), request.params.id, request.body.caseId),
  );

  app.post(
    '/api/funds/reconciliations',
    {
      config: { policy: { action: 'funds.verify' }, refuses: true },
      schema: {
        tags,
        summary: '与银行对账（执行款专户流水）',
        description:
          'Compares the bank’s statement lines after the last reconciled one with the booked lines: a line never ' +
          'received is booked now; every difference is an exception in the answer. 422 when the bank does not answer.',
        response: { 201: reconciliationOut },
      },
    },
    async (request, reply) => reply.status(201).send(await service.reconcile(actorOf(signedIn(request)))),
  );

  app.get(
    '/api/funds/reconciliations',
    {
      config: { policy: { action: 'funds.verify' } },
      schema: { tags, summary: '对账记录与异常', response: { 200: reconciliationsOut } },
    },
    async () => ({ items: await service.reconciliations() }),
  );

  app.get(
    '/api/funds/verify',
    {
      config: { policy: { action: 'funds.verify' } },
      schema: { tags, summary: '账务核验（分录平衡等不变式）', response: { 200: ledgerCheckOut } },
    },
    () => service.verify(),
  );
}

/**
 * `POST {prefix}/:id/{act}` for each act of a record that moves through approval (payouts, held
 * money): its policy action, a `{reason}` body where the act takes one, and the record as it answers.
 */
function actRoutes<Act extends string, Out extends z.ZodType>(
  app: App,
  prefix: string,
  acts: readonly { act: Act; action: string; summary: string; reason?: boolean }[],
  out: Out,
  run: (user: AuthUser, id: string, act: Act, reason: string | undefined) => Promise<z.output<Out>>,
): void {
  for (const { act, action, summary, reason } of acts)
    app.post(
      `${prefix}/:id/${act}`,
      {
        config: { policy: { action }, refuses: true },
        schema: {
          tags,
          summary,
          params: idParams,
          ...(reason ? { body: z.object({ reason: z.string().trim().min(2).max(500) }).strict() } : {}),
          // Widened: the caller's `run` is checked against `out` already, and fastify cannot resolve a generic schema.
          response: { 200: out as z.ZodType },
        },
      },
      async (request) => {
        const given = (request.body as { reason?: string } | undefined)?.reason;
        return run(signedIn(request), request.params.id, act, given);
      },
    );
}

/** `POST /api/bank/v1/statements`: the bank's signed statement lines, the body kept as it arrived. */
export async function registerStatementRoute(app: App, service: FundsService): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: 8 * 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      STATEMENT_PATH,
      {
        config: { policy: 'public', problems: [401, 413] },
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          tags: ['assist'],
          summary: '银行推送执行款专户流水（签名验证）',
          description:
            'Statement lines of the escrow account, signed by the bank. Each line is booked once: a line sent again ' +
            'is counted in `duplicates`. 401 unsigned, wrong key, stale or replayed; 400 malformed.',
          response: { 200: z.object({ applied: z.number().int(), duplicates: z.number().int() }) },
        },
      },
      async (request) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return service.receiveStatement(raw, request.headers, request.url);
      },
    );
  });
}
