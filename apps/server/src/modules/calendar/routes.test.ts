import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

const deadline = (query: string) => platform.anonymous.get(`/api/calendar/deadline?${query}`);

describe('deadline', () => {
  it('counts working days across the 2025 Spring Festival and its make-up days', async () => {
    // 春节 2025-01-28 … 02-04 off; Sunday 01-26 is a make-up working day. From Friday 01-24:
    // 01-26 (1), 01-27 (2), holiday, 02-05 (3), 02-06 (4), 02-07 (5).
    const response = await deadline('from=2025-01-24&count=5&unit=working_days');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ due: '2025-02-07', provisional: false, reason: null });
  });

  it('rolls a calendar-day period ending in National Day to the next working day', async () => {
    // 2025-09-23 + 7 days = 09-30 (a Tuesday, working); + 8 days = 10-01, a holiday → 10-09.
    expect((await deadline('from=2025-09-23&count=7&unit=days')).json()).toEqual({
      due: '2025-09-30',
      provisional: false,
      reason: null,
    });
    expect((await deadline('from=2025-09-23&count=8&unit=days')).json()).toEqual({
      due: '2025-10-09',
      provisional: false,
      reason: null,
    });
  });

  it('ends a month period on the month’s last day when it has no such day', async () => {
    expect((await deadline('from=2024-01-31&count=1&unit=months')).json()).toEqual({
      due: '2024-02-29',
      provisional: false,
      reason: null,
    });
  });

  it('400 names the field for a bad date, count or unit; 422 for a year it does not hold', async () => {
    const badDate = await deadline('from=2025-02-30&count=1&unit=days');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().errors[0].path).toBe('from');
    expect((await deadline('from=2025-02-01&count=-1&unit=days')).json().errors[0].path).toBe('count');
    expect((await deadline('from=2025-02-01&count=1&unit=weeks')).json().errors[0].path).toBe('unit');
    const missing = await deadline('from=2040-03-01&count=3&unit=working_days');
    expect(missing.statusCode).toBe(422);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.json().detail).toMatch(/2040/);
  });
});

describe('years', () => {
  it('holds every State Council year from 2016', async () => {
    const { years } = (await platform.anonymous.get('/api/calendar/years')).json();
    expect(years).toEqual(expect.arrayContaining([2016, 2020, 2024, 2025, 2026]));
    const y2024 = (await platform.anonymous.get('/api/calendar/2024')).json();
    expect(y2024.days).toContainEqual({ date: '2024-02-04', kind: 'workday', name: '春节' });
    expect((await platform.anonymous.get('/api/calendar/2040')).statusCode).toBe(422);
  });

  it('an administrator replaces a year (audited); others may not; bad entries are refused', async () => {
    const body = { days: [{ date: '2040-01-01', kind: 'holiday', name: '元旦' }] };
    expect((await platform.anonymous.put('/api/admin/calendar/2040', body)).statusCode).toBe(401);
    expect((await (await platform.as('officer')).put('/api/admin/calendar/2040', body)).statusCode).toBe(403);

    const admin = await platform.as('admin');
    const weekdayMakeUp = await admin.put('/api/admin/calendar/2040', {
      days: [{ date: '2040-01-02', kind: 'workday', name: '元旦' }],
    });
    expect(weekdayMakeUp.statusCode).toBe(400);
    expect(weekdayMakeUp.json().errors[0].path).toBe('days.0.kind');
    const otherYear = await admin.put('/api/admin/calendar/2040', {
      days: [{ date: '2041-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(otherYear.json().errors[0].path).toBe('days.0.date');

    const saved = await admin.put('/api/admin/calendar/2040', body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().days).toEqual(body.days);
    // The new year is used at once: 2040-01-02 is a Monday and a working day.
    expect((await deadline('from=2040-01-01&count=1&unit=working_days')).json()).toEqual({
      due: '2040-01-02',
      provisional: false,
      reason: null,
    });
    const { items } = (await admin.get('/api/audit?subject=calendar:2040')).json();
    expect(items[0]).toMatchObject({ action: 'calendar.replace_year', actor: { username: 'admin' } });
  });
});
