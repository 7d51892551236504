import { CATEGORY_CODES } from '@zhixing/assist-protocol';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { localDate } from '../calendar/zod';
import { presentLead, presentRegister } from './presenters';
import { assetOut, leadOut, registerOut } from './responses';
import type { AssetsService } from './service';

const idParams = z.object({ id: z.uuid() });
/** Money is integer fen. */
const fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);
const tags = ['assets'];

const offlineSchema = z
  .object({
    partyId: z.uuid(),
    category: z.enum(CATEGORY_CODES),
    institution: z.object({ code: z.string().trim().max(60).optional(), name: text(100) }).strict(),
    assetRef: text(100),
    description: text(300),
    balance: fen.optional(),
    value: fen.optional(),
    foundOn: localDate.optional(),
    evidence: z.array(z.uuid()).max(50).default([]),
    leadId: z.uuid().optional(),
  })
  .strict();

const leadSchema = z
  .object({
    fromApplicant: z.boolean(),
    reporterName: text(100),
    reporterContact: z.string().trim().max(100).optional(),
    description: text(2000),
    specific: z.boolean(),
    urgent: z.boolean(),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
    evidence: z.array(z.uuid()).max(50).default([]),
  })
  .strict();

export function registerAssetsRoutes(app: App, service: AssetsService, policy: Policy): void {
  const permitted = (request: FastifyRequest) => {
    const user = signedIn(request);
    return (act: string) => policy.can(user, act);
  };
  const register = async (request: FastifyRequest, caseId: string) =>
    presentRegister(await service.register(signedIn(request), caseId), permitted(request));
  /** An act answers with the asset as it stands after it (its new state, or a pending one). */
  const asset = async (request: FastifyRequest, assetId: string) => {
    const caseId = await service.caseOfAsset(signedIn(request), assetId);
    const found = (await register(request, caseId)).items.find((item) => item.id === assetId);
    if (!found) throw new Error('asset vanished from its register');
    return found;
  };
  const lead = async (request: FastifyRequest, leadId: string) => {
    const caseId = await service.caseOfLead(signedIn(request), leadId);
    const found = (await service.register(signedIn(request), caseId)).leads.find(
      (item) => item.id === leadId,
    );
    if (!found) throw new Error('lead vanished from its register');
    return presentLead(found, permitted(request));
  };
  const act = (path: string, action: string, summary: string) => ({
    path: `/api/assets/:id/${path}`,
    options: {
      config: { policy: { action }, refuses: true },
      schema: { tags, summary, params: idParams, response: { 200: assetOut } },
    },
  });

  app.get(
    '/api/cases/:id/assets',
    {
      config: { policy: { action: 'case.view' } },
      schema: { tags, summary: '财产登记（查控结果）', params: idParams, response: { 200: registerOut } },
    },
    (request) => register(request, request.params.id),
  );

  app.post(
    '/api/cases/:id/assets',
    {
      config: { policy: { action: 'asset.register' }, refuses: true },
      schema: {
        tags,
        summary: '登记线下查找的财产（附证据）',
        params: idParams,
        body: offlineSchema,
        response: { 201: assetOut },
      },
    },
    async (request, reply) => {
      const id = await service.addOffline(signedIn(request), request.params.id, request.body);
      return reply.status(201).send(await asset(request, id));
    },
  );

  const control = act('control', 'asset.control', '冻结/查封');
  app.post(
    control.path,
    {
      ...control.options,
      schema: {
        ...control.options.schema,
        description:
          'Money needs `amount` (fen, at most the balance); other property is seized whole. `until` defaults to ' +
          'the longest period (CPL-Interp 485). Beyond the claim plus costs: 409 `assets.over_seizure`.',
        body: z
          .object({
            amount: fen.positive().optional(),
            until: localDate.optional(),
            position: z.number().int().min(1).max(99).optional(),
          })
          .strict(),
      },
    },
    async (request) => {
      await service.control(signedIn(request), request.params.id, request.body);
      return asset(request, request.params.id);
    },
  );

  const deduct = act('deduct', 'asset.deduct', '扣划至本案账户');
  app.post(
    deduct.path,
    {
      ...deduct.options,
      schema: { ...deduct.options.schema, body: z.object({ amount: fen.positive() }).strict() },
    },
    async (request) => {
      await service.deduct(signedIn(request), request.params.id, request.body.amount);
      return asset(request, request.params.id);
    },
  );

  const release = act('release', 'asset.release', '解除冻结/查封');
  app.post(release.path, release.options, async (request) => {
    await service.release(signedIn(request), request.params.id);
    return asset(request, request.params.id);
  });

  const renew = act('renew', 'asset.renew', '续行冻结/查封');
  app.post(
    renew.path,
    {
      ...renew.options,
      schema: {
        ...renew.options.schema,
        body: z.object({ until: localDate.optional() }).strict().default({}),
      },
    },
    async (request) => {
      await service.renew(signedIn(request), request.params.id, request.body);
      return asset(request, request.params.id);
    },
  );

  const decline = act('decline', 'asset.decline', '决定不予控制（说明理由）');
  app.post(
    decline.path,
    {
      ...decline.options,
      schema: { ...decline.options.schema, body: z.object({ reason: text(500) }).strict() },
    },
    async (request) => {
      await service.decline(signedIn(request), request.params.id, request.body.reason);
      return asset(request, request.params.id);
    },
  );

  app.post(
    '/api/cases/:id/leads',
    {
      config: { policy: { action: 'lead.record' }, refuses: true },
      schema: {
        tags,
        summary: '登记财产线索',
        params: idParams,
        body: leadSchema,
        response: { 201: leadOut },
      },
    },
    async (request, reply) => {
      const id = await service.addLead(signedIn(request), request.params.id, request.body);
      return reply.status(201).send(await lead(request, id));
    },
  );

  app.post(
    '/api/leads/:id/verify',
    {
      config: { policy: { action: 'lead.verify' }, refuses: true },
      schema: {
        tags,
        summary: '核查财产线索',
        params: idParams,
        body: z
          .object({
            result: z.enum(['in_progress', 'confirmed', 'unfounded']),
            note: text(2000),
            assetId: z.uuid().optional(),
          })
          .strict(),
        response: { 200: leadOut },
      },
    },
    async (request) => {
      await service.verifyLead(signedIn(request), request.params.id, request.body);
      return lead(request, request.params.id);
    },
  );
}
