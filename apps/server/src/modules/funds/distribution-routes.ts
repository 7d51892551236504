import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { yuan } from '../../platform/i18n';
import { localDate } from '../calendar/zod';
import { chineseUpperYuan } from '../documents/rules';
import type { Allocation, DistributionPlan } from './distribution';
import { GROUPS, REMAINDER_RULE } from './distribution';
import { DEBTOR_KINDS, OBJECTION_STATES, type ObjectionAct } from './distribution-rules';
import type { FundsDistributions } from './distributions';
import type { DistributionObjections } from './objections';
import { distributionOut, drawnOut, idOut, sharesPaidOut } from './responses';

const tags = ['funds'];
const idParams = z.object({ id: z.uuid() });
const fen = z.number().int('须为整数（分） must be whole fen').min(0).max(Number.MAX_SAFE_INTEGER);
const party = z.string().trim().min(1).max(200);
const manage = { policy: { action: 'funds.distribution.manage' }, refuses: true };

const money = (amount: number) => ({
  amount,
  amountText: yuan(amount),
  amountUpper: chineseUpperYuan(amount),
});

function presentPlan(plan: DistributionPlan | null) {
  if (!plan) return null;
  return {
    ...money(plan.amount),
    surplus: plan.surplus,
    surplusText: yuan(plan.surplus),
    allocations: plan.allocations.map((a: Allocation) => ({
      ...a,
      allocatedText: yuan(a.allocated),
      allocatedUpper: chineseUpperYuan(a.allocated),
    })),
  };
}

/** 参与分配: joining, the plan served, objections and their periods, the undisputed shares paid. */
export function registerDistributionRoutes(
  app: App,
  distributions: FundsDistributions,
  objections: DistributionObjections,
): void {
  app.get(
    '/api/cases/:id/distribution',
    {
      config: { policy: { action: 'funds.view' } },
      schema: {
        tags,
        summary: '参与分配：债权人、分配方案、异议与期间',
        params: idParams,
        response: { 200: distributionOut },
      },
    },
    async (request) => {
      const found = await distributions.ofCase(signedIn(request), request.params.id);
      if (!found) return { distribution: null };
      const { row, claims, plan, payable, lodgeable, objectionDueOn, objections, proposed } = found;
      return {
        distribution: {
          id: row.id,
          debtorKind: row.debtorKind,
          state: row.state,
          documentId: row.documentId,
          servedOn: row.servedOn,
          objectionDueOn,
          lodged: row.lodged,
          lodgedText: yuan(row.lodged),
          lodgeable,
          remainderRule: REMAINDER_RULE,
          claims: claims.map((claim) => ({
            ...claim,
            payable: payable?.shares.get(claim.id) ?? 0,
            proposed: proposed.get(claim.id) ?? 0,
          })),
          plan: presentPlan(plan),
          disputed: payable?.disputed ?? 0,
          objections: objections.map((objection) => ({
            ...objection,
            revision: presentPlan(objection.revision),
          })),
        },
      };
    },
  );

  app.post(
    '/api/cases/:id/distribution',
    {
      config: manage,
      schema: {
        tags,
        summary: '启动参与分配（被执行人为自然人或其他组织）',
        description:
          '409 `funds.distribution_enterprise` for an enterprise legal person (首封优先, CPL-Interp 514, applies instead); ' +
          '409 when the case already has one.',
        params: idParams,
        body: z.object({ debtorKind: z.enum(DEBTOR_KINDS) }).strict(),
        response: { 201: idOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await distributions.open(signedIn(request), request.params.id, request.body.debtorKind),
      }),
  );

  app.post(
    '/api/distributions/:id/claims',
    {
      config: manage,
      schema: {
        tags,
        summary: '债权人书面申请参与分配（附执行依据）',
        description:
          'An ordinary creditor joins with his title (named, or a document uploaded to the case’s dossier); secured and ' +
          'preferential creditors may join directly. 409 `funds.distribution_join` once the shares are being paid, or ' +
          'without a title. Joining a served plan withdraws it (drawn and served again).',
        params: idParams,
        body: z
          .object({
            creditor: party,
            group: z.enum(GROUPS),
            rank: z.number().int().min(1).max(99).optional(),
            amount: fen.positive('须大于零 must be positive'),
            title: z
              .object({
                documentNumber: z.string().trim().min(2).max(200),
                issuingCourt: z.string().trim().min(2).max(200),
              })
              .strict()
              .optional(),
            titleDocumentId: z.uuid().optional(),
            payee: z
              .object({
                accountNo: z.string().trim().min(4).max(60),
                accountName: z.string().trim().min(1).max(200),
                bankName: z.string().trim().min(1).max(200).optional(),
              })
              .strict()
              .optional(),
            joinedOn: localDate.optional(),
          })
          .strict(),
        response: { 201: idOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ id: await distributions.join(signedIn(request), request.params.id, request.body) }),
  );

  app.post(
    '/api/distributions/:id/plan',
    {
      config: manage,
      schema: {
        tags,
        summary: '制作并送达分配方案（文书，金额大写）',
        description:
          'Draws the plan over `amount` (costs, priority claims by rank, ordinary claims pro rata to the fen, the ' +
          'remainder rule), stores it as a document served on every creditor and the debtor; the 15 days to object ' +
          'start. 409 `funds.balance` beyond the available money.',
        params: idParams,
        body: z.object({ amount: fen }).strict(),
        response: { 201: drawnOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        documentId: await distributions.draw(signedIn(request), request.params.id, request.body.amount),
      }),
  );

  app.post(
    '/api/distributions/:id/objections',
    {
      config: manage,
      schema: {
        tags,
        summary: '登记对分配方案的书面异议（送达后15日内）',
        description:
          '`changes`: the claims the objector says should be admitted at another amount (0: not at all). 409 ' +
          '`funds.distribution_objection_in_time` after the 15 days from service.',
        params: idParams,
        body: z
          .object({
            objector: party,
            changes: z
              .array(z.object({ claimId: z.uuid(), amount: fen }).strict())
              .min(1)
              .max(100),
            reason: z.string().trim().min(2).max(2000),
            filedOn: localDate.optional(),
          })
          .strict(),
        response: { 201: idOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ id: await objections.object(signedIn(request), request.params.id, request.body) }),
  );

  const acts: { act: ObjectionAct; summary: string; body?: z.ZodType }[] = [
    { act: 'notify', summary: '通知其他债权人和被执行人（反对意见期间起算）', body: onBody() },
    {
      act: 'oppose',
      summary: '登记反对意见（收到通知后15日内）',
      body: z.object({ by: party, on: localDate.optional() }).strict(),
    },
    { act: 'revise', summary: '无人反对：按异议修正分配方案' },
    {
      act: 'suit',
      summary: '登记异议人起诉（收到反对意见通知后15日内；争议款提存）',
      body: z.object({ reference: z.string().trim().min(2).max(200), on: localDate.optional() }).strict(),
    },
    { act: 'lapse', summary: '逾期未起诉：按原分配方案分配' },
    { act: 'uphold', summary: '登记判决：支持异议（修正方案，解除提存）' },
    { act: 'dismiss', summary: '登记判决：驳回异议（按原方案，解除提存）' },
  ];
  for (const { act, summary, body } of acts)
    app.post(
      `/api/distribution-objections/:id/${act}`,
      {
        config: manage,
        schema: {
          tags,
          summary,
          params: idParams,
          ...(body ? { body } : {}),
          response: { 200: z.object({ state: z.enum(OBJECTION_STATES) }) },
        },
      },
      async (request) => ({
        state: await objections.objectionAct(
          signedIn(request),
          request.params.id,
          act,
          (request.body ?? {}) as { on?: string; by?: string; reference?: string },
        ),
      }),
    );

  app.post(
    '/api/distributions/:id/payouts',
    {
      config: manage,
      schema: {
        tags,
        summary: '发放无争议的分配款（异议期满后）',
        description:
          'Each creditor’s undisputed share not yet proposed becomes a payout to the account he named when joining, ' +
          'held at once (the head approves, finance pays). 409 `funds.distribution_period_running` before the ' +
          'objection period ended; `funds.balance` when the account is short.',
        params: idParams,
        response: { 201: sharesPaidOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ payouts: await distributions.pay(signedIn(request), request.params.id) }),
  );
}

function onBody() {
  return z.object({ on: localDate.optional() }).strict();
}
