import { z } from 'zod';
import {
  type Clock,
  isSettableInstant,
  SETTABLE_RANGE,
  SettableClock,
  shanghaiDateOf,
} from '../../platform/clock';
import type { Database } from '../../platform/db';
import { invalid } from '../../platform/errors';
import { type App, signedIn } from '../../platform/http';
import type { AuditService } from '../audit/service';
import { actorOf } from '../org/service';

export function registerHealthRoutes(app: App, database: Database, version: string): void {
  app.get(
    '/api/health',
    {
      config: { policy: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: {
        tags: ['system'],
        summary: '健康检查',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await database.sql.executeSql('select 1');
      return { status: 'ok' as const, database: database.driver, version };
    },
  );
}

const clockOut = z.object({ now: z.string(), settable: z.boolean() });

/** The platform's legal date for any signed-in page (its clock may be set: never the browser's). */
export function registerTodayRoute(app: App, clock: Clock): void {
  app.get(
    '/api/today',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['system'],
        summary: '平台日期（上海时间）The platform clock’s legal date',
        response: { 200: z.object({ today: z.string(), now: z.string() }) },
      },
    },
    async () => {
      const now = clock.now();
      return { today: shanghaiDateOf(now), now: now.toISOString() };
    },
  );
}

/**
 * The settable platform clock (ZHIXING_CLOCK=settable): tests, demos and training courts move time
 * and see deadlines follow. On a server with the system clock these routes do not exist (404).
 */
export function registerClockRoutes(app: App, clock: Clock, database: Database, audit: AuditService): void {
  if (!(clock instanceof SettableClock)) return;
  const config = { policy: { action: 'clock.manage' } } as const;
  app.get(
    '/api/admin/clock',
    { config, schema: { tags: ['system'], summary: '平台时钟', response: { 200: clockOut } } },
    async () => ({
      now: clock.now().toISOString(),
      settable: true,
    }),
  );
  app.post(
    '/api/admin/clock',
    {
      config,
      schema: {
        tags: ['system'],
        summary: '设置平台时钟',
        body: z.object({ now: z.iso.datetime({ offset: true }) }).strict(),
        response: { 200: clockOut },
      },
    },
    async (request) => {
      const instant = new Date(request.body.now);
      if (!isSettableInstant(instant)) {
        const [from, until] = [SETTABLE_RANGE.from.toISOString(), SETTABLE_RANGE.until.toISOString()];
        throw invalid('now', {
          zh: `平台时钟只能设在 2000 年至 2099 年之间（${from} 起，${until} 前）`,
          en: `must be from ${from} and before ${until}`,
        });
      }
      const before = clock.now().toISOString();
      // Recorded first, so the clock never moves without its audit entry.
      await database.transaction(async (tx) => {
        await audit.append(tx, {
          actor: actorOf(signedIn(request)),
          courtId: null,
          action: 'clock.set',
          subject: 'platform:clock',
          before: { now: before },
          after: { now: instant.toISOString() },
        });
      });
      clock.set(instant);
      return { now: clock.now().toISOString(), settable: true };
    },
  );
}
