import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { actorOf } from '../org/service';
import { formatCalendar } from './formats';
import type { CalendarService } from './service';
import { localDate } from './zod';

const day = z
  .object({ date: localDate, kind: z.enum(['holiday', 'workday']), name: z.string().trim().min(1).max(40) })
  .strict();
const yearParams = z.object({ year: z.coerce.number().int().min(1949).max(2200) });
const yearOut = z.object({ year: z.number(), days: z.array(day) });
const text = z.object({ zh: z.string(), en: z.string() });
const formatEnum = z.enum(['holiday-cn', 'ics']);
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
        response: {
          200: z.object({
            due: z.string(),
            /** Counted with weekends only: the due date falls in a year the calendar does not hold. */
            provisional: z.boolean(),
            reason: text.nullable(),
          }),
        },
      },
    },
    async (request) => {
      const { from, count, unit } = request.query;
      return calendar.deadline(from, count, unit);
    },
  );

  app.get(
    '/api/calendar/status',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['calendar'],
        summary: '工作日历状态（缺少的年份）',
        response: {
          200: z.object({
            years: z.array(z.number()),
            missing: z.object({ year: z.number(), message: text }).nullable(),
          }),
        },
      },
    },
    async () => calendar.status(),
  );

  app.get(
    '/api/calendar/:year/export',
    {
      config: publicRead,
      schema: {
        tags: ['calendar'],
        summary: '导出某年日历（holiday-cn JSON 或 iCalendar）',
        params: yearParams,
        querystring: z.object({ format: formatEnum.default('holiday-cn') }).strict(),
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { format } = request.query;
      const body = formatCalendar(format, year, await calendar.yearDays(year));
      const [type, extension] = format === 'ics' ? ['text/calendar', 'ics'] : ['application/json', 'json'];
      return reply
        .type(`${type}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="${year}.${extension}"`)
        .send(body);
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
      config: { policy: { action: 'admin.calendar.manage' }, refuses: true },
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

  app.post(
    '/api/admin/calendar/:year/import',
    {
      config: { policy: { action: 'admin.calendar.manage' }, refuses: true },
      schema: {
        tags: ['admin'],
        summary: '导入某年国务院放假安排（holiday-cn JSON 或 iCalendar 文件）',
        params: yearParams,
        body: z
          .object({
            format: formatEnum,
            content: z.string().min(1).max(200_000),
            /** Import a year without Spring Festival or National Day anyway. */
            confirmed: z.boolean().default(false),
          })
          .strict(),
        response: { 200: yearOut.extend({ skipped: z.array(day) }) },
      },
    },
    async (request) => {
      const { days, skipped } = await calendar.importYear(
        actorOf(signedIn(request)),
        request.params.year,
        request.body,
      );
      return { year: request.params.year, days, skipped };
    },
  );
}
