import { z } from 'zod';
import type { Db } from '../../platform/db';
import { invalid } from '../../platform/errors';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { actionGroups } from './actions';
import { presentEntry } from './presenters';
import type { AuditService } from './service';

const text = z.object({ zh: z.string(), en: z.string() });

const entryOut = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).nullable(),
  courtCode: z.string().nullable(),
  action: z.string(),
  actionTitle: text,
  subject: z.string(),
  case: z.object({ id: z.string(), caseNumber: z.string() }).nullable(),
  hash: z.string(),
});

const day = z.iso.date();

const auditQuery = z
  .object({
    subject: z.string().min(1).max(200).optional(),
    actor: z.string().min(1).max(100).optional().describe('账户 id、用户名或姓名'),
    action: z.string().min(1).max(100).optional().describe('操作代码，或其分组（如 case）'),
    case: z.string().min(1).max(100).optional().describe('案件 id 或案号'),
    from: day.optional().describe('起始日期（北京时间，含）'),
    to: day.optional().describe('截止日期（北京时间，含）'),
    before: z.coerce.number().int().min(1).optional().describe('只列序号小于此数的条目（翻页）'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();

export function registerAuditRoutes(app: App, audit: AuditService, policy: Policy, db: Db): void {
  app.get(
    '/api/audit',
    {
      config: { policy: { action: 'audit.view' } },
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(entryOut) }) },
      },
    },
    async (request) => {
      const user = signedIn(request);
      const { case: caseRef, before, from, to, ...filters } = request.query;
      if (from && to && from > to)
        throw invalid('to', { zh: '截止日期早于起始日期', en: 'the end date is before the start date' });
      const caseId = caseRef === undefined ? undefined : await audit.caseIdOf(db, caseRef);
      if (caseId === null) return { items: [] };
      const rows = await audit.list(db, {
        ...filters,
        from,
        to,
        caseId,
        beforeSeq: before,
        courtPath: user.court.path,
        includePlatform: policy.can(user, 'audit.verify'),
      });
      return { items: rows.map(presentEntry) };
    },
  );

  app.get(
    '/api/audit/actions',
    {
      config: { policy: { action: 'audit.view' } },
      schema: {
        tags: ['audit'],
        summary: '审计操作类型（筛选用）',
        response: {
          200: z.object({
            groups: z.array(
              z.object({
                group: z.string(),
                title: text,
                actions: z.array(z.object({ action: z.string(), title: text })),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ groups: actionGroups() }),
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
