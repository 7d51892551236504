/**
 * The whole story through the platform clock, the hub and the simulator: file, query (nothing found),
 * restriction, interview, the checklist, close as dormant (pool, public search), six months later an
 * asset appears on the simulator, the re-query finds it (`dormant.found`), restore as 执恢.
 */
import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, filing, idNumber, pngImage } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, sim, startTestSimulator } from '../../test/simulator';

interface Condition {
  ruleId: string;
  clause: { zh: string };
  met: boolean;
  evidence?: { zh: string };
  missing?: { zh: string };
}

let platform: TestPlatform;
let simulator: RunningSimulator;
let officer: Client;
let admin: Client;

const setClock = async (now: string) => {
  const set = await admin.post('/api/admin/clock', { now });
  expect(set.statusCode).toBe(200);
};

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable', workers: true, listen: true });
  simulator = await startTestSimulator(platform);
  admin = await platform.as('admin');
  await setClock('2025-01-10T09:00:00+08:00');
  // The workers' ticker ran once at start-up on the real date, later than the test's 2025: forget it,
  // as a court moving its training clock back would.
  await platform.database.sql.executeSql('delete from daily_ticks', []);
  officer = await platform.as('officer');
});
afterAll(async () => {
  await platform.close();
  await simulator.close();
});

const check = async (id: string) =>
  (await officer.get(`/api/cases/${id}/closing-check?method=dormant`)).json<{
    ready: boolean;
    conditions: Condition[];
  }>();
const unmet = async (id: string) => (await check(id)).conditions.filter((c) => !c.met).map((c) => c.ruleId);
const record = async (id: string, type: string, on: string, data = {}, evidence: string[] = []) => {
  const response = await officer.post(`/api/cases/${id}/events`, { type, on, data, evidence });
  expect(response.statusCode, response.body).toBe(200);
};

describe('终本 from filing to restoration, through the clock', () => {
  it('closes only when every condition holds, pools, re-queries six months later, warns and restores', async () => {
    // Nothing to find: the debtor holds nothing anywhere.
    await sim(simulator, 'PUT', `/sim/subjects/${CREDIT_CODE}`, { holdings: [] });
    const base = filing();
    const filed = await officer.post(
      '/api/cases',
      filing({
        basis: { ...base.basis, effectiveOn: '2024-12-01', documentNumber: '（2024）京0105民初88号' },
      }),
    );
    expect(filed.statusCode).toBe(201);
    const id = filed.json<{ id: string }>().id;
    await eventually(
      async () =>
        (await officer.get(`/api/cases/${id}/inquiries`)).json<{
          pending: number;
          total: number;
          rounds: { status: string }[];
        }>(),
      (o) => o.total > 0 && o.pending === 0 && o.rounds[0]?.status === 'complete',
    );

    // Anonymous, another court, bad query: refused before anything.
    expect((await platform.anonymous.get(`/api/cases/${id}/closing-check`)).statusCode).toBe(401);
    expect((await (await platform.as('officer2')).get(`/api/cases/${id}/closing-check`)).statusCode).toBe(
      404,
    );
    expect((await officer.get(`/api/cases/${id}/closing-check?method=terminated`)).statusCode).toBe(400);

    // The query covered every category: that condition is met, with its evidence; most others are not.
    const first = await check(id);
    const inquiry = first.conditions.find((c) => c.ruleId === 'case.close.dormant.inquiry');
    expect(inquiry?.met).toBe(true);
    expect(inquiry?.evidence?.zh).toContain('bank');
    expect(first.ready).toBe(false);

    // The route refuses with exactly the checklist's unmet conditions.
    const refused = await officer.post(`/api/cases/${id}/close`, { method: 'dormant' });
    expect(refused.statusCode).toBe(409);
    const violations = refused.json<{ violations: { ruleId: string; clause: { zh: string } }[] }>()
      .violations;
    expect(violations.map((v) => v.ruleId)).toEqual(await unmet(id));
    expect(violations.map((v) => v.ruleId)).toContain('case.close.dormant.three_months');

    // The record, step by step.
    await record(id, 'notice.served', '2025-01-10');
    await record(id, 'report_order.served', '2025-01-10');
    await record(id, 'report.checked', '2025-01-10', { result: 'reported' });
    await record(id, 'investigation.onsite', '2025-01-10');
    const debtorId = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>().debtors[0]
      ?.id;
    const restricted = await officer.post(`/api/cases/${id}/restrictions`, { debtorId });
    expect(restricted.statusCode, restricted.body).toBe(201);
    expect(await unmet(id)).toEqual([
      'case.close.dormant.three_months',
      'case.close.dormant.interview',
      'case.close.dormant.approval',
    ]);

    // Three months and a day later: the applicant heard (record attached) and agreeing in writing.
    await setClock('2025-04-11T10:00:00+08:00');
    const upload = await officer.request(
      'POST',
      `/api/cases/${id}/documents/upload?fileName=${encodeURIComponent('约谈笔录')}`,
      pngImage(),
      { 'content-type': 'application/octet-stream' },
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const doc = upload.json<{ id: string }>().id;
    await record(id, 'interview.applicant', '2025-04-11', {}, [doc]);
    expect(await unmet(id)).toEqual(['case.close.dormant.approval']);
    await record(id, 'applicant.agreed_dormant', '2025-04-11', {}, [doc]);
    expect((await check(id)).ready).toBe(true);

    const closed = await officer.post(`/api/cases/${id}/close`, { method: 'dormant' });
    expect(closed.statusCode, closed.body).toBe(200);
    const pool = (await officer.get(`/api/cases/${id}/dormant`)).json<{
      entry: { enteredOn: string; nextDueOn: string; cycle: number };
    }>();
    expect(pool.entry).toMatchObject({ enteredOn: '2025-04-11', cycle: 1 });
    expect(pool.entry.nextDueOn >= '2025-04-11' && pool.entry.nextDueOn < '2025-10-11').toBe(true);

    // Published, identity masked (an entity: its credit code is public; the legal representative is not shown).
    const published = await platform.anonymous.get(
      `/api/public/dormant?name=${encodeURIComponent('北京某某贸易有限公司')}`,
    );
    expect(published.statusCode).toBe(200);
    expect(published.json().items).toHaveLength(1);
    expect(published.json().items[0]).toMatchObject({ debtor: { name: '北京某某贸易有限公司' } });
    expect(published.body).not.toContain('李四');
    // The ruling is published with the entry (Dormant 6): its text, identity numbers masked.
    const [entry] = published.json<{ items: { caseNumber: string; ruling: string }[] }>().items;
    const ruling = await platform.anonymous.get(entry?.ruling ?? '');
    expect(ruling.statusCode).toBe(200);
    expect(ruling.json()).toMatchObject({ caseNumber: entry?.caseNumber, title: '执行裁定书' });
    expect(ruling.body).toContain('1101051980****');
    expect(ruling.body).not.toContain(idNumber('19800101', '001'));

    // Meanwhile the debtor gets a car; six months on, the tick runs the re-query.
    await sim(simulator, 'PUT', `/sim/subjects/${CREDIT_CODE}`, {
      holdings: [{ category: 'vehicle', value: 12_000_000, description: '小型汽车 京A54321' }],
    });
    await setClock('2025-10-11T09:00:00+08:00');
    expect(await platform.ticker.tick()).toEqual(expect.arrayContaining(['dormant.sweep']));
    const found = await eventually(
      async () =>
        (await officer.get(`/api/cases/${id}`)).json<{
          warnings: { ruleId: string; message: { zh: string } }[];
          timeline: { type: string }[];
        }>(),
      (d) => d.warnings.some((w) => w.ruleId === 'dormant.found'),
    );
    expect(found.warnings.find((w) => w.ruleId === 'dormant.found')?.message.zh).toContain('京A54321');
    expect(found.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['dormant.requeried', 'dormant.result']),
    );
    const after = (await officer.get(`/api/cases/${id}/dormant`)).json<{
      entry: { cycle: number; queries: number; found: number; lastQueriedOn: string; nextDueOn: string };
    }>();
    expect(after.entry).toMatchObject({ cycle: 2, queries: 1, found: 1, lastQueriedOn: '2025-10-11' });
    expect(after.entry.nextDueOn >= '2025-10-11' && after.entry.nextDueOn < '2026-04-11').toBe(true);

    // Controlled at once (Dormant 10): the officer seizes the car on the case still resting in the pool;
    // nothing else is done on a closed case (a deduction is refused until the case is restored).
    const car = (await officer.get(`/api/cases/${id}/assets`))
      .json<{ items: { id: string; description: string }[] }>()
      .items.find((a) => a.description.includes('京A54321'));
    expect(car).toBeDefined();
    const seized = await officer.post(`/api/assets/${car?.id}/control`, {});
    expect(seized.statusCode, seized.body).toBe(200);
    expect(seized.json()).toMatchObject({ state: 'seized' });
    const deducted = await officer.post(`/api/assets/${car?.id}/deduct`, { amount: 100 });
    expect(deducted.statusCode).toBe(409);
    expect(deducted.body).toContain('已结案');

    // Restore: a 执恢 case with its own number, linked both ways, carrying parties, the car and the restriction.
    expect((await (await platform.as('finance')).post(`/api/cases/${id}/restore`, {})).statusCode).toBe(403);
    const restored = await officer.post(`/api/cases/${id}/restore`, {
      ground: 'court_found',
      reason: '定期查询发现车辆',
    });
    expect(restored.statusCode, restored.body).toBe(201);
    const { id: newId, caseNumber } = restored.json<{ id: string; caseNumber: string }>();
    expect(caseNumber).toBe('（2025）京0105执恢1号');
    const fresh = (await officer.get(`/api/cases/${newId}`)).json<{
      status: string;
      debtors: { name: string }[];
      timeline: { type: string; data: Record<string, unknown> }[];
      deadlines: { ruleId: string }[];
    }>();
    expect(fresh.status).toBe('open');
    expect(fresh.debtors.map((d) => d.name)).toEqual(['北京某某贸易有限公司']);
    expect(fresh.timeline.find((e) => e.type === 'case.restored_from')?.data).toMatchObject({
      originalId: id,
    });
    expect(fresh.deadlines.map((d) => d.ruleId)).toContain('case.conclude');
    const register = (await officer.get(`/api/cases/${newId}/assets`)).json<{
      items: { description: string }[];
    }>();
    expect(register.items.map((a) => a.description)).toContain('小型汽车 京A54321');
    const credit = (await officer.get(`/api/cases/${newId}/credit`)).json<{ restrictions: unknown[] }>();
    expect(credit.restrictions).toHaveLength(1);
    const links = (await officer.get(`/api/cases/${id}/restorations`)).json<{
      restoredAs: { id: string; caseNumber: string }[];
    }>();
    expect(links.restoredAs).toEqual([expect.objectContaining({ id: newId, caseNumber })]);
    const back = (await officer.get(`/api/cases/${newId}/restorations`)).json<{
      restoredFrom: { id: string }[];
    }>();
    expect(back.restoredFrom.map((r) => r.id)).toEqual([id]);
    // The original left the pool and its warning is answered; it cannot be restored twice.
    const original = (await officer.get(`/api/cases/${id}`)).json<{ warnings: { ruleId: string }[] }>();
    expect(original.warnings.map((w) => w.ruleId)).not.toContain('dormant.found');
    expect((await officer.get(`/api/cases/${id}/dormant`)).json().entry).toMatchObject({
      leftReason: 'restored',
    });
    expect(
      (
        await platform.anonymous.get(`/api/public/dormant?name=${encodeURIComponent('北京某某贸易有限公司')}`)
      ).json().items,
    ).toEqual([]);
    expect((await officer.post(`/api/cases/${newId}/restore`, {})).statusCode).toBe(409);

    // Supervision: the court's figures.
    expect((await officer.get('/api/supervision/dormant')).statusCode).toBe(403);
    const figures = (await (await platform.as('head')).get('/api/supervision/dormant')).json<{
      courts: {
        code: string;
        closed: number;
        dormant: number;
        dormantRate: number;
        restored: number;
        closedWithConditionMissing: number;
      }[];
    }>();
    expect(figures.courts.find((c) => c.code === '京0105')).toMatchObject({
      closed: 1,
      dormant: 1,
      dormantRate: 1,
      restored: 1,
      closedWithConditionMissing: 0,
    });

    const verified = await admin.get('/api/audit/verify');
    expect(verified.json()).toMatchObject({ ok: true });
  }, 120_000);
});
