import { z } from 'zod';
import type { Database } from '../../platform/db';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { isLocalDate } from '../calendar/rules';
import { checkIdentityNumber } from '../cases/identity';
import { CREDIT_ACTIONS } from './policy';
import { presentConsumption, presentCorrection, presentListing, presentRestriction } from './presenters';
import { searchDishonest, searchRestricted } from './public';
import {
  caseCreditOut,
  consumptionOut,
  correctionOut,
  listingOut,
  publicListingsOut,
  publicRestrictionsOut,
  restrictionOut,
} from './responses';
import {
  BOUND_ROLES,
  CONSUMPTION_BASES,
  CORRECTION_KINDS,
  DELETION_REASONS,
  GROUNDS,
  type Ground,
  LIFT_REASONS,
  MAX_EXTENSION_YEARS,
  MAX_GRACE_MONTHS,
  PUBLIC_ROLES,
  RESTRICTED_ITEMS,
  TEMPORARY_LIFT_REASONS,
} from './rules';
import type { CreditService } from './service';

const ids = <T extends readonly { id: string }[]>(list: T) =>
  list.map((e) => e.id) as [T[number]['id'], ...T[number]['id'][]];
const caseParams = z.object({ id: z.uuid() });
const localDate = z.string().refine(isLocalDate, 'must be a real date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(2).max(max);
const requestedBy = z.enum(['applicant', 'court']).default('court').describe('申请执行人申请或法院依职权');
const graceMonths = z
  .number()
  .int()
  .min(0)
  .max(MAX_GRACE_MONTHS)
  .default(0)
  .describe('宽限期（月），0 为不设');
const boundPerson = z
  .object({
    role: z.enum(ids(BOUND_ROLES)),
    name: text(100),
    idNumber: z
      .string()
      .refine(
        (v) => checkIdentityNumber(v, '9999-12-31').ok,
        '不是有效的公民身份号码 / not a valid identity number',
      ),
  })
  .strict();

/** The `Idempotency-Key` header, if one was sent (a retry with it answers the first result). */
function idempotencyKeyOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const key = headers['idempotency-key'];
  return typeof key === 'string' ? key : undefined;
}

export function registerCreditRoutes(app: App, service: CreditService, policy: Policy): void {
  const write = (action: string) => ({ policy: { action } }) as const;

  app.get(
    '/api/cases/:id/credit',
    {
      config: write('credit.view'),
      schema: {
        tags: ['credit'],
        summary: '本案失信与限消',
        params: caseParams,
        response: { 200: caseCreditOut },
      },
    },
    async (request) => {
      const user = signedIn(request);
      const found = await service.ofCase(user, request.params.id);
      const open = found.row.status === 'open';
      return {
        today: found.today,
        restrictions: found.restrictions.map((r) => presentRestriction(r, found.today)),
        listings: found.listings.map((l) => presentListing(l, found.today)),
        corrections: found.corrections.map(presentCorrection),
        consumptionRequests: found.consumption.map(presentConsumption),
        debtors: found.debtors.map((d) => ({
          id: d.id,
          kind: d.kind,
          name: d.name,
          idNumber: d.idNumber,
          creditCode: d.creditCode,
        })),
        grounds: [...GROUNDS],
        abilities: CREDIT_ACTIONS.filter(
          (action) =>
            policy.can(user, action) &&
            (open ||
              action === 'credit.end' ||
              action === 'credit.correction' ||
              action === 'credit.reconsideration.decide'),
        ),
      };
    },
  );

  app.post(
    '/api/cases/:id/restrictions',
    {
      config: { ...write('credit.restrict'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '发布限制消费令',
        description:
          'Send `Idempotency-Key` to make a retry answer with the same restriction (`idempotent-replayed`).',
        params: caseParams,
        body: z
          .object({
            debtorId: z.uuid(),
            requestedBy,
            graceMonths,
            exitBan: z.boolean().default(false).describe('同时限制出境'),
            boundPersons: z
              .array(boundPerson)
              .max(20)
              .default([])
              .describe('单位被执行人：法定代表人以外受约束的人员'),
            campusLoanStudent: z.boolean().default(false),
          })
          .strict(),
        response: { 201: restrictionOut },
      },
    },
    async (request, reply) => {
      const result = await service.restrict(
        signedIn(request),
        request.params.id,
        request.body,
        idempotencyKeyOf(request.headers),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(presentRestriction(result.body, service.today()));
    },
  );

  app.post(
    '/api/cases/:id/dishonest-listings',
    {
      config: { ...write('credit.list'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '纳入失信被执行人名单',
        description:
          '409 `credit.minor`, `credit.ground_one`, `credit.restriction_only`, `credit.period`, `credit.campus_loan`, `credit.relisting`, `credit.report`. ' +
          'Send `Idempotency-Key` to make a retry answer with the same listing (`idempotent-replayed`).',
        params: caseParams,
        body: z
          .object({
            debtorId: z.uuid(),
            ground: z
              .number()
              .int()
              .refine((g) => GROUNDS.some((e) => e.ground === g), '失信情形为1至6项 / ground must be 1 to 6'),
            facts: text(4000).describe('失信事实'),
            evidence: z.array(z.uuid()).max(50).default([]),
            requestedBy,
            graceMonths,
            ableToPerform: z.boolean().default(true).describe('第一项：有履行能力'),
            adequateSecurity: z.boolean().default(false),
            seizedPropertySufficient: z.boolean().default(false),
            laterInOrderOfPerformance: z.boolean().default(false),
            extensionYears: z.number().int().min(0).max(MAX_EXTENSION_YEARS).default(0),
            extensionReason: z.string().trim().max(2000).nullable().default(null),
            campusLoanStudent: z.boolean().default(false),
            publicRole: z
              .enum(ids(PUBLIC_ROLES))
              .default('none')
              .describe('国家工作人员、国家机关、国有企业（通报，失信规定第8条）'),
            reportTo: z
              .string()
              .trim()
              .max(200)
              .nullable()
              .default(null)
              .describe('通报的所在单位或上级单位'),
          })
          .strict(),
        response: { 201: listingOut },
      },
    },
    async (request, reply) => {
      const body = { ...request.body, ground: request.body.ground as Ground };
      const result = await service.list(
        signedIn(request),
        request.params.id,
        body,
        idempotencyKeyOf(request.headers),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(presentListing(result.body, service.today()));
    },
  );

  const restrictionParams = z.object({ id: z.uuid(), restrictionId: z.uuid() });
  app.post(
    '/api/cases/:id/restrictions/:restrictionId/lift',
    {
      config: { ...write('credit.end'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '解除限制消费令（或登记解除申请）',
        description:
          '`now: false` records the request only, which starts `credit.lift_restriction` (3 working days; urgent: at once).',
        params: restrictionParams,
        body: z.object({ reason: z.enum(ids(LIFT_REASONS)), now: z.boolean().default(true) }).strict(),
        response: { 200: restrictionOut },
      },
    },
    async (request) => {
      const { id, restrictionId } = request.params;
      return presentRestriction(
        await service.liftRestriction(signedIn(request), id, restrictionId, request.body),
        service.today(),
      );
    },
  );

  app.post(
    '/api/cases/:id/restrictions/:restrictionId/temporary-lifts',
    {
      config: { ...write('credit.temporary_lift'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '临时解除乘坐飞机、高铁限制（院长批准，最长一个月）',
        params: restrictionParams,
        body: z
          .object({
            from: localDate,
            until: localDate,
            items: z
              .array(z.enum(ids(RESTRICTED_ITEMS)))
              .min(1)
              .max(2),
            reason: z.enum(ids(TEMPORARY_LIFT_REASONS)),
            presidentApproved: z.boolean(),
          })
          .strict(),
        response: { 200: restrictionOut },
      },
    },
    async (request) => {
      const { id, restrictionId } = request.params;
      return presentRestriction(
        await service.temporarilyLift(signedIn(request), id, restrictionId, request.body),
        service.today(),
      );
    },
  );

  const listingParams = z.object({ id: z.uuid(), listingId: z.uuid() });
  app.post(
    '/api/cases/:id/dishonest-listings/:listingId/deletion',
    {
      config: { ...write('credit.end'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '删除失信信息',
        description:
          '409 `credit.delete`: a fixed-period listing ends at expiry or by early decision only (Dishonest 10 ¶2).',
        params: listingParams,
        body: z.object({ reason: z.enum(ids(DELETION_REASONS)) }).strict(),
        response: { 200: listingOut },
      },
    },
    async (request) => {
      const { id, listingId } = request.params;
      return presentListing(
        await service.endListing(signedIn(request), id, listingId, request.body),
        service.today(),
      );
    },
  );

  app.post(
    '/api/cases/:id/dishonest-listings/:listingId/revocation',
    {
      config: { ...write('credit.end'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '撤销错误纳入',
        params: listingParams,
        body: z.object({}).strict(),
        response: { 200: listingOut },
      },
    },
    async (request) => {
      const { id, listingId } = request.params;
      const row = await service.endListing(signedIn(request), id, listingId, { reason: 'wrongly_listed' });
      return presentListing(row, service.today());
    },
  );

  app.post(
    '/api/cases/:id/dishonest-listings/:listingId/corrections',
    {
      config: { ...write('credit.correction'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '登记纠正申请（15日内审查）',
        params: listingParams,
        body: z.object({ kind: z.enum(ids(CORRECTION_KINDS)), reason: text(2000) }).strict(),
        response: { 201: correctionOut },
      },
    },
    async (request, reply) => {
      const { id, listingId } = request.params;
      const row = await service.requestCorrection(signedIn(request), id, listingId, request.body);
      return reply.status(201).send(presentCorrection(row));
    },
  );

  app.post(
    '/api/cases/:id/credit-corrections/:correctionId/decision',
    {
      config: { ...write('credit.correction'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '审查纠正申请',
        params: z.object({ id: z.uuid(), correctionId: z.uuid() }),
        body: z.object({ accept: z.boolean(), note: text(2000) }).strict(),
        response: { 200: correctionOut },
      },
    },
    async (request) => {
      const { id, correctionId } = request.params;
      return presentCorrection(
        await service.decideCorrection(signedIn(request), id, correctionId, request.body),
      );
    },
  );

  app.post(
    '/api/cases/:id/credit-corrections/:correctionId/reconsideration',
    {
      config: { ...write('credit.correction'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '登记复议申请（驳回纠正申请的决定送达后10日内，向上一级法院）',
        description:
          '409 `credit.reconsideration_filing`: only a refused correction, once, within 10 days of service ' +
          '(`servedOn`, default the decision day). Starts `credit.reconsideration` (15 days); the listing stands.',
        params: z.object({ id: z.uuid(), correctionId: z.uuid() }),
        body: z.object({ reason: text(2000), servedOn: localDate.optional() }).strict(),
        response: { 201: correctionOut },
      },
    },
    async (request, reply) => {
      const { id, correctionId } = request.params;
      const row = await service.requestReconsideration(signedIn(request), id, correctionId, request.body);
      return reply.status(201).send(presentCorrection(row));
    },
  );

  app.post(
    '/api/cases/:id/credit-corrections/:correctionId/reconsideration/decision',
    {
      config: { ...write('credit.reconsideration.decide'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '复议决定（上一级法院）',
        description:
          '`revoke: true` revokes (or deletes) the listing as the correction asked; the change feed says so. ' +
          '403 for a user of the case’s own court.',
        params: z.object({ id: z.uuid(), correctionId: z.uuid() }),
        body: z.object({ revoke: z.boolean(), note: text(2000) }).strict(),
        response: { 200: correctionOut },
      },
    },
    async (request) => {
      const { id, correctionId } = request.params;
      return presentCorrection(
        await service.decideReconsideration(signedIn(request), id, correctionId, request.body),
      );
    },
  );

  app.post(
    '/api/cases/:id/restrictions/:restrictionId/consumption-requests',
    {
      config: { ...write('credit.consumption'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '登记必要消费申请（生活或经营必需；受约束人员以个人财产支付）',
        params: restrictionParams,
        body: z
          .object({
            basis: z.enum(ids(CONSUMPTION_BASES)),
            applicant: text(100),
            applicantRole: z.enum(['debtor', ...ids(BOUND_ROLES)]).default('debtor'),
            items: z
              .array(z.enum(ids(RESTRICTED_ITEMS)))
              .min(1)
              .max(RESTRICTED_ITEMS.length),
            purpose: text(2000),
            from: localDate,
            until: localDate,
          })
          .strict(),
        response: { 201: consumptionOut },
      },
    },
    async (request, reply) => {
      const { id, restrictionId } = request.params;
      const row = await service.requestConsumption(signedIn(request), id, restrictionId, request.body);
      return reply.status(201).send(presentConsumption(row));
    },
  );

  app.post(
    '/api/cases/:id/consumption-requests/:requestId/decision',
    {
      config: { ...write('credit.consumption.decide'), refuses: true },
      schema: {
        tags: ['credit'],
        summary: '决定是否准许必要消费（事先批准）',
        description:
          '409 `credit.consumption` when allowing: the approval comes before the consumption (Restrict 8), ' +
          'paying from own property is for a bound person (Restrict 3), the restriction must be in force.',
        params: z.object({ id: z.uuid(), requestId: z.uuid() }),
        body: z.object({ allow: z.boolean(), note: text(2000) }).strict(),
        response: { 200: consumptionOut },
      },
    },
    async (request) => {
      const { id, requestId } = request.params;
      return presentConsumption(
        await service.decideConsumption(signedIn(request), id, requestId, request.body),
      );
    },
  );
}

/** 失信被执行人、限制消费人员公开查询: by exact name, rate-limited per address, numbers masked. */
export function registerPublicCreditRoutes(app: App, database: Database, today: () => string): void {
  const publicRead = { policy: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } } as const;
  const name = z.string().trim().min(2).max(100).describe('姓名或单位名称（完整）');
  app.get(
    '/api/public/dishonest',
    {
      config: publicRead,
      schema: {
        tags: ['public'],
        summary: '失信被执行人公开查询',
        querystring: z
          .object({
            name,
            idNumber: z
              .string()
              .trim()
              .regex(/^\d{17}[\dXx]$/, '18位公民身份号码或统一社会信用代码')
              .optional(),
          })
          .strict(),
        response: { 200: publicListingsOut },
      },
    },
    async (request) => ({
      items: await searchDishonest(database, today(), request.query.name, request.query.idNumber),
    }),
  );
  app.get(
    '/api/public/restricted',
    {
      config: publicRead,
      schema: {
        tags: ['public'],
        summary: '限制消费人员公开查询',
        querystring: z.object({ name }).strict(),
        response: { 200: publicRestrictionsOut },
      },
    },
    async (request) => ({ items: await searchRestricted(database, today(), request.query.name) }),
  );
}
