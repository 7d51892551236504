import { z } from 'zod';
import type { Database } from '../../platform/db';
import type { App } from '../../platform/http';
import type { NotifyService } from './service';

const outboxItem = z.object({
  id: z.string(),
  channel: z.string(),
  recipient: z.string(),
  template: z.string(),
  body: z.object({ zh: z.string(), en: z.string() }),
  state: z.string(),
  createdAt: z.string(),
});

export function registerNotifyRoutes(app: App, notify: NotifyService, database: Database): void {
  app.get(
    '/api/admin/outbox',
    {
      config: { policy: { action: 'notify.view' } },
      schema: {
        tags: ['admin'],
        summary: '通知发件箱（演示环境记录的短信）',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
        response: { 200: z.object({ items: z.array(outboxItem) }) },
      },
    },
    async (request) => ({
      items: (await notify.outbox(database.db, request.query.limit)).map((row) => ({
        id: row.id,
        channel: row.channel,
        recipient: row.recipient,
        template: row.template,
        body: row.body,
        state: row.state,
        createdAt: row.createdAt.toISOString(),
      })),
    }),
  );
}
