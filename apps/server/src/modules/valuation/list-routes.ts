import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { actorOf } from '../org/service';
import type { ValuationService } from './service';

const tags = ['valuation'];
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{1,59}$/, '小写字母、数字和 ._- lower-case letters, digits, ._-');
const name = z.string().trim().min(1).max(100);
const endpoint = z.url({ protocol: /^https?$/ }).max(300);
const key = z.string().min(16).max(200);
const policy = { policy: { action: 'valuation.lists.manage' } } as const;
/** Adding a code already on the list is a 409. */
const adding = { ...policy, refuses: true } as const;
const lists = z.object({
  platforms: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      endpoint: z.string(),
      active: z.boolean(),
      updatedAt: z.string(),
    }),
  ),
  agencies: z.array(z.object({ code: z.string(), name: z.string(), active: z.boolean() })),
});

/**
 * 系统管理 › 询价评估名单: the national list of price-inquiry platforms (RefPrice 10) and the list of
 * appraisal agencies drawn from (RefPrice 16). Entries are disabled, never deleted: procedures name them.
 */
export function registerValuationListRoutes(app: App, service: ValuationService): void {
  app.get(
    '/api/admin/valuation-lists',
    { config: policy, schema: { tags, summary: '询价平台与评估机构名单', response: { 200: lists } } },
    () => service.readLists(),
  );

  app.post(
    '/api/admin/price-platforms',
    {
      config: adding,
      schema: {
        tags,
        summary: '新增司法网络询价平台',
        description: 'The key signs the messages to the platform (assist-protocol); it is never shown again.',
        body: z.object({ code, name, endpoint, key }).strict(),
        response: { 201: lists },
      },
    },
    async (request, reply) => {
      await service.addToList(actorOf(signedIn(request)), 'platform', request.body);
      return reply.status(201).send(await service.readLists());
    },
  );

  app.patch(
    '/api/admin/price-platforms/:code',
    {
      config: policy,
      schema: {
        tags,
        summary: '启用、停用或修改询价平台',
        params: z.object({ code }),
        body: z.object({ active: z.boolean(), name, endpoint, key }).partial().strict(),
        response: { 200: lists },
      },
    },
    async (request) => {
      await service.updateListEntry(
        actorOf(signedIn(request)),
        'platform',
        request.params.code,
        request.body,
      );
      return service.readLists();
    },
  );

  app.post(
    '/api/admin/appraisal-agencies',
    {
      config: adding,
      schema: {
        tags,
        summary: '新增评估机构（摇号名单）',
        body: z.object({ code, name }).strict(),
        response: { 201: lists },
      },
    },
    async (request, reply) => {
      await service.addToList(actorOf(signedIn(request)), 'agency', request.body);
      return reply.status(201).send(await service.readLists());
    },
  );

  app.patch(
    '/api/admin/appraisal-agencies/:code',
    {
      config: policy,
      schema: {
        tags,
        summary: '启用、停用或更名评估机构',
        params: z.object({ code }),
        body: z.object({ active: z.boolean(), name }).partial().strict(),
        response: { 200: lists },
      },
    },
    async (request) => {
      await service.updateListEntry(actorOf(signedIn(request)), 'agency', request.params.code, request.body);
      return service.readLists();
    },
  );
}
