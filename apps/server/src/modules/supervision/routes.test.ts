import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

interface Overdue {
  today: string;
  total: number;
  courts: { courtId: string; code: string; count: number; worstDaysOverdue: number }[];
  items: { caseId: string; courtCode: string; ruleId: string; title: { zh: string }; daysOverdue: number }[];
}

let platform: TestPlatform;
let officer: Client;
let head: Client;
let supervisor: Client;
const ids: string[] = [];
let elsewhere = '';

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  const admin = await platform.as('admin');
  await admin.post('/api/admin/clock', { now: '2026-11-02T09:00:00+08:00' });
  officer = await platform.as('officer');
  head = await platform.as('head');
  supervisor = await platform.as('supervisor');
  for (let i = 0; i < 2; i++) ids.push((await officer.post('/api/cases', filing())).json().id);
  // A case of 京0101, under another intermediate court: outside the supervisor's and the head's scope.
  elsewhere = (await (await platform.as('officer2')).post('/api/cases', filing())).json().id;
  const me = (await officer.get('/api/auth/me')).json();
  await head.post(`/api/cases/${ids[0]}/assign`, { officerId: me.user.id });
  await officer.post(`/api/cases/${ids[0]}/extension`, { months: 3, reason: '财产处置周期长' });
  await admin.post('/api/admin/clock', { now: '2026-11-20T09:00:00+08:00' });
});
afterAll(() => platform.close());

describe('supervision', () => {
  it('answers 401 without a session and 403 to roles without the permission', async () => {
    expect((await platform.anonymous.get('/api/supervision/overdue')).statusCode).toBe(401);
    expect((await officer.get('/api/supervision/overdue')).statusCode).toBe(403);
    expect((await supervisor.get('/api/supervision/queue')).statusCode).toBe(403);
    expect((await supervisor.get('/api/deadlines/mine')).statusCode).toBe(403);
  });

  it('shows the supervisor the overdue deadlines of his court and the courts below it, by court', async () => {
    const overdue = (await supervisor.get('/api/supervision/overdue')).json<Overdue>();
    expect(overdue.today).toBe('2026-11-20');
    expect(overdue.courts.map((c) => c.code).sort()).toEqual(['京0105', '京0113', '京03']);
    const chaoyang = overdue.courts[0];
    expect(chaoyang).toMatchObject({ code: '京0105' });
    expect(chaoyang?.count).toBe(overdue.total);
    expect(overdue.items.length).toBe(overdue.total);
    expect(overdue.items.some((i) => i.caseId === elsewhere)).toBe(false);
    // 分案 within 7 days of filing on 11-02: the unassigned case is overdue, with the rule's Chinese name.
    const assign = overdue.items.find((i) => i.caseId === ids[1] && i.ruleId === 'case.assign');
    expect(assign).toMatchObject({ courtCode: '京0105', title: { zh: '立案后7日内确定承办人' } });
    expect(assign?.daysOverdue).toBeGreaterThan(0);
    expect(overdue.items.some((i) => i.caseId === ids[0] && i.ruleId === 'case.assign')).toBe(false);
  });

  it('lists what waits for the head: the extension request, the case to assign, the overdue', async () => {
    const queue = (await head.get('/api/supervision/queue')).json();
    expect(queue.extensionRequests).toEqual([
      expect.objectContaining({
        caseId: ids[0],
        months: 3,
        reason: '财产处置周期长',
        requestedOn: '2026-11-02',
      }),
    ]);
    expect(queue.unassigned.map((c: { caseId: string }) => c.caseId)).toEqual([ids[1]]);
    expect(queue.unassigned[0].dueOn).toBe('2026-11-09');
    expect(queue.overdue.length).toBeGreaterThan(0);
    await head.post(`/api/cases/${ids[0]}/extension/decision`, { approve: false });
    expect((await head.get('/api/supervision/queue')).json().extensionRequests).toEqual([]);
  });
});

describe('the platform date', () => {
  it('answers every signed-in user the legal date of the platform clock, and nobody else', async () => {
    expect((await supervisor.get('/api/today')).json()).toMatchObject({ today: '2026-11-20' });
    expect((await platform.anonymous.get('/api/today')).statusCode).toBe(401);
  });
});
