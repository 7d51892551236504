import { z } from 'zod';
import type { Db } from '../../platform/db';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { presentEntry } from './presenters';
import type { AuditService } from './service';

const entryOut = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.object({ id: z.string(), username: z.string() }).nullable(),
  courtCode: z.string().nullable(),
  action: z.string(),
  subject: z.string(),
  hash: z.string(),
});

export function registerAuditRoutes(app: App, audit: AuditService, policy: Policy, db: Db): void {
  app.get(
    '/api/audit',
    {
      config: { policy: { action: 'audit.view' } },
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        querystring: z
          .object({
            subject: z.string().min(1).max(200).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
          })
          .strict(),
        response: { 200: z.object({ items: z.array(entryOut) }) },
      },
    },
    async (request) => {
      const user = signedIn(request);
      const rows = await audit.list(db, {
        ...request.query,
        courtPath: user.court.path,
        includePlatform: policy.can(user, 'audit.verify'),
      });
      return { items: rows.map(presentEntry) };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { policy: { action: 'audit.verify' } },
      schema: {
        tags: ['audit'],
        summary: '校验审计哈希链',
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number(),
            brokenAt: z.object({ seq: z.number(), reason: z.string() }).optional(),
          }),
        },
      },
    },
    async () => audit.verify(db),
  );
}
