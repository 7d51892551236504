import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { actorOf } from '../org/service';
import type { CalendarService } from './service';
import { localDate } from './zod';

const day = z
  .object({ date: localDate, kind: z.enum(['holiday', 'workday']), name: z.string().trim().min(1).max(40) })
  .strict();
const yearParams = z.object({ year: z.coerce.number().int().min(1949).max(2200) });
const yearOut = z.object({ year: z.number(), days: z.array(day) });
/** Public reference data: anyone may read it, within a rate limit. */
const publicRead = { policy: 'public', rateLimit: { max: 1200, timeWindow: '1 minute' } } as const;

export function registerCalendarRoutes(app: App, calendar: CalendarService): void {
  app.get(
    '/api/calendar/deadline',
    {
      config: publicRead,
      schema: {
        tags: ['calendar'],
        summary: '期限计算 Due date of a legal period',
        querystring: z
          .object({
            from: localDate,
            count: z.coerce.number().int().min(0).max(100_000),
            unit: z.enum(['working_days', 'days', 'months']),
          })
          .strict(),
        response: { 200: z.object({ due: z.string() }) },
      },
    },
    async (request) => {
      const { from, count, unit } = request.query;
      return { due: await calendar.deadline(from, count, unit) };
    },
  );

  app.get(
    '/api/calendar/years',
    {
      config: publicRead,
      schema: {
        tags: ['calendar'],
        summary: '日历年份',
        response: { 200: z.object({ years: z.array(z.number()) }) },
      },
    },
    async () => ({ years: await calendar.years() }),
  );

  app.get(
    '/api/calendar/:year',
    {
      config: publicRead,
      schema: {
        tags: ['calendar'],
        summary: '某年节假日与调休',
        params: yearParams,
        response: { 200: yearOut },
      },
    },
    async (request) => ({ year: request.params.year, days: await calendar.yearDays(request.params.year) }),
  );

  app.put(
    '/api/admin/calendar/:year',
    {
      config: { policy: { action: 'admin.calendar.manage' } },
      schema: {
        tags: ['admin'],
        summary: '修改某年日历',
        params: yearParams,
        body: z.object({ days: z.array(day).max(200) }).strict(),
        response: { 200: yearOut },
      },
    },
    async (request) => {
      const days = await calendar.replaceYear(
        actorOf(signedIn(request)),
        request.params.year,
        request.body.days,
      );
      return { year: request.params.year, days };
    },
  );
}
