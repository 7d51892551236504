import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { langOf } from '../../platform/i18n';
import { actorOf } from '../org/service';
import { type PartnerRow, type PartnerService, SCOPES, type Scope, serializeScreening } from './partners';
import { SECTOR_IDS } from './rules';

const SCREEN_BODY_LIMIT = 4 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a partner key needs for this route (checked before the body is read). */
    partnerScope?: Scope;
  }
  interface FastifyRequest {
    /** The partner of the bearer key, on the partner API's routes. */
    partner: PartnerRow | null;
  }
}

function presentPartner(row: PartnerRow) {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector,
    purpose: row.purpose,
    scopes: row.scopes,
    prefix: row.prefix,
    ratePerMinute: row.ratePerMinute,
    webhookUrl: row.webhookUrl,
    deliveredSeq: row.deliveredSeq,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export const partnerInput = z
  .object({
    name: z.string().trim().min(2).max(200),
    sector: z.enum(SECTOR_IDS),
    purpose: z.string().trim().min(4).max(500).describe('法定用途（如：依《限制消费规定》拒绝售票）'),
    scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length),
    ratePerMinute: z.number().int().min(1).max(1_000_000).default(6000),
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .default(null),
  })
  .strict();

/**
 * The partner API in a scope of its own: machines with bearer keys, not browsers with sessions. The
 * key is checked before the body is read (a stranger's body is never parsed), from the key cache
 * (a revocation is seen within KEY_CACHE_MS); every screening call is counted and logged by
 * `PartnerService.screen`. Helmet's headers (for pages) and the generic input walk are not run
 * (`helmet: false`, `machine`): they were most of a single check's cost apart from the socket.
 */
function partnerApi(partners: PartnerService) {
  return async (api: App) => {
    api.decorateRequest('partner', null);
    api.addHook('preParsing', async (request, _reply, payload) => {
      const scope = request.routeOptions.config.partnerScope;
      if (scope) request.partner = await partners.authorize(request.headers.authorization, scope);
      return payload;
    });

    api.post(
      '/api/partner/v1/screen',
      {
        config: { policy: 'public', problems: [401], machine: true, partnerScope: 'screen' },
        helmet: false,
        bodyLimit: SCREEN_BODY_LIMIT,
        schema: {
          tags: ['partner'],
          summary: '联合惩戒筛查（合作单位）',
          description:
            'Authorization: Bearer <partner key>. Up to 1,000 subjects, each `{idNumber}`, `{creditCode}` or `{digest}` ' +
            '(HMAC-SHA256 under the screening digest key, hex). Answers in the order sent; a malformed subject gets ' +
            '`{error}`. 401 without a valid key, 403 without the `screen` scope, 413 beyond 1,000, 429 over the key’s rate.',
          body: z.object({ subjects: z.array(z.unknown()) }).strict(),
        },
      },
      async (request, reply) => {
        const answer = partners.screen(
          partnerOf(request),
          request.body.subjects,
          langOf(request.headers['accept-language']),
        );
        return reply.type('application/json; charset=utf-8').send(serializeScreening(answer.results));
      },
    );

    api.get(
      '/api/partner/v1/changes',
      {
        config: { policy: 'public', problems: [401], machine: true, partnerScope: 'changes' },
        helmet: false,
        schema: {
          tags: ['partner'],
          summary: '失信与限消变更（游标）',
          description: 'Changes after the cursor `after`, in order; `next` is the cursor for the next call.',
          querystring: z
            .object({
              after: z.coerce.number().int().min(0).default(0),
              limit: z.coerce.number().int().min(1).max(1000).default(500),
            })
            .strict(),
        },
      },
      async (request) => partners.changes(partnerOf(request), request.query.after, request.query.limit),
    );
  };
}

function partnerOf(request: FastifyRequest): PartnerRow {
  if (!request.partner) throw new Error('partner route without a partner scope');
  return request.partner;
}

/** The partner API (Bearer keys, not sessions) and the administrators' key management. */
export function registerPartnerRoutes(app: App, partners: PartnerService): void {
  app.register(partnerApi(partners));

  const manage = { policy: { action: 'partner.manage' } } as const;
  app.get(
    '/api/admin/partner-keys',
    { config: manage, schema: { tags: ['partner'], summary: '合作单位密钥与调用量' } },
    async () => ({
      items: (await partners.list()).map(({ row, usage }) => ({ ...presentPartner(row), usage })),
    }),
  );

  app.post(
    '/api/admin/partner-keys',
    {
      config: manage,
      schema: {
        tags: ['partner'],
        summary: '签发合作单位密钥（仅显示一次）',
        body: partnerInput,
      },
    },
    async (request, reply) => {
      const created = await partners.create(request.body, actorOf(signedIn(request)));
      return reply.status(201).send({
        ...presentPartner(created.partner),
        key: created.key,
        digestKey: created.digestKey,
        webhookSecret: created.webhookSecret,
      });
    },
  );

  app.post(
    '/api/admin/partner-keys/:id/revoke',
    {
      config: manage,
      schema: { tags: ['partner'], summary: '吊销合作单位密钥', params: z.object({ id: z.uuid() }) },
    },
    async (request) => presentPartner(await partners.revoke(request.params.id, actorOf(signedIn(request)))),
  );

  app.post(
    '/api/admin/partner-keys/:id/redeliver',
    {
      config: manage,
      schema: {
        tags: ['partner'],
        summary: '重新推送（合作单位接口恢复后）',
        description:
          'Wakes the webhook delivery of a partner whose retries were exhausted while its endpoint was down: the ' +
          'changes after its cursor are sent again, in order. 404 unknown or revoked key, 409 no webhook.',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) =>
      reply.status(202).send(await partners.redeliver(request.params.id, actorOf(signedIn(request)))),
  );
}
