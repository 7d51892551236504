import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { RECOMPUTE_PROVISIONAL } from '../cases/jobs';
import { STATE_COUNCIL_CALENDAR } from './holidays';
import { dayOfWeek } from './rules';

/** The calendar ends with 2026: on 2026-12-10, deadlines running into 2027 are provisional until it comes. */
let platform: TestPlatform;
let admin: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  admin = await platform.as('admin');
  await admin.post('/api/admin/clock', { now: '2026-12-10T09:00:00+08:00' });
});
afterAll(() => platform.close());

interface ShownDeadline {
  ruleId: string;
  key: string;
  dueOn: string;
  provisional: boolean;
  provisionalReason: { zh: string; en: string } | null;
}

/** A holiday-cn file for 2027 that makes `holidays` rest days (named 春节 and 国庆节 as asked). */
function file2027(days: { date: string; name: string }[]): string {
  return JSON.stringify({ year: 2027, days: days.map((d) => ({ ...d, isOffDay: true })) });
}

describe('a year the calendar does not hold yet', () => {
  it('warns the administrator from 1 November that next year is missing', async () => {
    const status = (await admin.get('/api/calendar/status')).json();
    expect(status.missing.year).toBe(2027);
    expect(status.missing.message.zh).toMatch(/2027年/);
    await admin.post('/api/admin/clock', { now: '2026-10-31T09:00:00+08:00' });
    expect((await admin.get('/api/calendar/status')).json().missing).toBeNull();
    await admin.post('/api/admin/clock', { now: '2026-12-10T09:00:00+08:00' });
  });

  it('answers the deadline tool with a provisional date and its reason, not an error', async () => {
    const response = await platform.anonymous.get(
      '/api/calendar/deadline?from=2026-12-20&count=10&unit=working_days',
    );
    expect(response.statusCode).toBe(200);
    // Weekends only: 12-21…12-25 (5), 12-28…12-31 (4), 2027-01-01 (10).
    expect(response.json()).toMatchObject({ due: '2027-01-01', provisional: true });
    expect(response.json().reason.zh).toMatch(/^暂定：2027年/);
    const held = (
      await platform.anonymous.get('/api/calendar/deadline?from=2026-12-01&count=3&unit=days')
    ).json();
    expect(held).toEqual({ due: '2026-12-04', provisional: false, reason: null });
  });

  it('marks deadlines in 2027 provisional on the case, the list and 我的期限; recomputes them when 2027 arrives', async () => {
    const officer = await platform.as('officer');
    const head = await platform.as('head');
    const { id } = (await officer.post('/api/cases', filing())).json();
    const officerId =
      (await officer.get('/api/auth/me')).json().user?.id ?? (await officer.get('/api/auth/me')).json().id;
    expect((await head.post(`/api/cases/${id}/assign`, { officerId })).statusCode).toBe(200);
    const deadlines = async () => (await officer.get(`/api/cases/${id}`)).json().deadlines as ShownDeadline[];
    const before = await deadlines();
    const in2027 = before.filter((d) => d.dueOn >= '2027-01-01');
    expect(in2027.length).toBeGreaterThan(0);
    expect(in2027.every((d) => d.provisional && d.provisionalReason?.zh.startsWith('暂定'))).toBe(true);
    expect(
      before.filter((d) => d.dueOn < '2027').every((d) => !d.provisional && d.provisionalReason === null),
    ).toBe(true);

    const listed = (await officer.get('/api/cases?pageSize=100'))
      .json()
      .items.find((c: { id: string }) => c.id === id);
    expect(listed.nextDeadline.provisional).toBe(listed.nextDeadline.dueOn >= '2027-01-01');
    const mine = (await officer.get('/api/deadlines/mine'))
      .json()
      .items.filter((d: { caseId: string }) => d.caseId === id);
    expect(mine.some((d: ShownDeadline) => d.provisional)).toBe(true);

    // 2027 arrives, and the first provisional date turns out to be a holiday (the test's arrangement).
    const moved = in2027.filter((d) => dayOfWeek(d.dueOn) !== 0 && dayOfWeek(d.dueOn) !== 6)[0];
    if (!moved) throw new Error('no weekday deadline in 2027');
    const without = await admin.post('/api/admin/calendar/2027/import', {
      format: 'holiday-cn',
      content: file2027([{ date: moved.dueOn, name: '元旦' }]),
    });
    expect(without.statusCode).toBe(409);
    expect(without.json().violations[0]).toMatchObject({ ruleId: 'calendar.year.complete' });
    expect((await admin.get('/api/calendar/years')).json().years).not.toContain(2027);

    const imported = await admin.post('/api/admin/calendar/2027/import', {
      format: 'holiday-cn',
      content: file2027([
        { date: '2026-12-31', name: '元旦' },
        { date: moved.dueOn, name: '春节' },
        { date: '2027-10-01', name: '国庆节' },
      ]),
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().skipped).toEqual([{ date: '2026-12-31', kind: 'holiday', name: '元旦' }]);
    expect(imported.json().days).toHaveLength(2);
    expect(await platform.jobs.countQueued(RECOMPUTE_PROVISIONAL)).toBe(1);
    expect(await platform.services.cases.recomputeProvisional(2027)).toMatchObject({ cases: 1 });

    const after = await deadlines();
    const same = after.find((d) => d.ruleId === moved.ruleId && d.key === moved.key);
    expect((same?.dueOn ?? '') > moved.dueOn).toBe(true);
    expect(after.every((d) => !d.provisional)).toBe(true);
    const node = (await officer.get(`/api/cases/${id}`))
      .json()
      .timeline.find(
        (e: { type: string; data: { ruleId: string } }) =>
          e.type === 'deadline.recomputed' && e.data.ruleId === moved.ruleId,
      );
    expect(node.data).toMatchObject({ from: moved.dueOn, to: same?.dueOn, year: 2027 });
    // Run again, nothing moves twice.
    expect(await platform.services.cases.recomputeProvisional(2027)).toEqual({ cases: 0, moved: 0 });
  });

  it('400 names the place of an unreadable file; exports a held year in both formats', async () => {
    const bad = await admin.post('/api/admin/calendar/2027/import', {
      format: 'ics',
      content: 'not a calendar',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('content');
    expect(
      (
        await (
          await platform.as('officer')
        ).post('/api/admin/calendar/2027/import', { format: 'ics', content: 'x' })
      ).statusCode,
    ).toBe(403);
    const ics = await platform.anonymous.get('/api/calendar/2025/export?format=ics');
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    const back = await admin.post('/api/admin/calendar/2025/import', { format: 'ics', content: ics.body });
    expect(back.statusCode).toBe(200);
    expect(back.json().days).toEqual(STATE_COUNCIL_CALENDAR[2025]);
  });
});
