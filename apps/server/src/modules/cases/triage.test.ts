import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing, pngImage } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { generateCaseload } from './generate';
import { triage } from './triage-rules';

let platform: TestPlatform;
let officer: Client;
let admin: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  admin = await platform.as('admin');
  await admin.post('/api/admin/clock', { now: '2026-03-02T09:00:00+08:00' });
  officer = await platform.as('officer');
});
afterAll(() => platform.close());

async function rows(text: string, values: unknown[] = []) {
  return (await platform.database.sql.executeSql(text, values)).rows;
}

async function file(claimAmount = 30_000_000): Promise<string> {
  const response = await officer.post('/api/cases', filing({ claimAmount }));
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

/** Money found by hand (an offline asset with its evidence). */
async function deposit(caseId: string, balance: number, assetRef = '6228480010001234567') {
  const upload = await officer.request(
    'POST',
    `/api/cases/${caseId}/documents/upload?fileName=${encodeURIComponent('回单.png')}`,
    pngImage(),
    { 'content-type': 'image/png' },
  );
  const detail = (await officer.get(`/api/cases/${caseId}`)).json<{ debtors: { id: string }[] }>();
  const response = await officer.post(`/api/cases/${caseId}/assets`, {
    partyId: detail.debtors[0]?.id,
    category: 'bank',
    institution: { code: 'bank.local', name: '北京农商银行朝阳支行' },
    assetRef,
    description: '活期存款（柜面查询）',
    balance,
    evidence: [upload.json<{ id: string }>().id],
  });
  expect(response.statusCode).toBe(201);
}

async function answered(caseId: string, on = '2026-03-02') {
  expect(
    (await officer.post(`/api/cases/${caseId}/events`, { type: 'inquiry.answered', on })).statusCode,
  ).toBe(200);
}

interface TriageView {
  track: 'simple' | 'normal' | null;
  since: string | null;
  dueOn: string | null;
  targetMonths: number;
  corrected: boolean;
  overdue: boolean;
  history: { type: string; data: Record<string, unknown> }[];
}

const view = async (caseId: string, client = officer) =>
  (await client.get(`/api/cases/${caseId}/triage`)).json<TriageView>();

describe('triage after the first collective query', () => {
  it('marks a case simple when the money found pays it, with the court’s period as a warning', async () => {
    const id = await file(30_000_000);
    expect((await view(id)).track).toBeNull();
    await deposit(id, 40_000_000);
    await answered(id);
    const marked = await view(id);
    expect(marked).toMatchObject({
      track: 'simple',
      since: '2026-03-02',
      dueOn: '2026-06-02',
      targetMonths: 3,
    });
    expect(marked.history).toHaveLength(1);
    expect(marked.history[0]).toMatchObject({
      type: 'triage.marked',
      data: { track: 'simple', available: 40_000_000 },
    });
    const detail = (await officer.get(`/api/cases/${id}`)).json<{
      warnings: { ruleId: string; message: { zh: string } }[];
    }>();
    expect(detail.warnings.find((w) => w.ruleId === 'case.triage.simple_period')?.message.zh).toBe(
      '简案：应于2026-06-02前办结（3个月）',
    );
    // A later answer does not triage again.
    await answered(id);
    expect((await view(id)).history).toHaveLength(1);
    const audit = await rows(
      `select count(*)::int as n from audit_entries where action = 'case.triage.mark' and case_id = $1`,
      [id],
    );
    expect(Number(audit[0]?.n)).toBe(1);
  });

  it('marks a case when the hub records the answer (system nodes, as a completed round does)', async () => {
    const id = await file(500_000);
    await deposit(id, 600_000);
    await platform.database.transaction((tx) =>
      platform.services.cases.recordSystemEvents(tx, [
        {
          caseId: id,
          events: [
            { type: 'inquiry.answered', on: '2026-03-02', data: { answered: 3, failed: 0 }, evidence: [] },
          ],
        },
      ]),
    );
    const marked = await view(id);
    expect(marked).toMatchObject({ track: 'simple', since: '2026-03-02' });
    expect(marked.history.map((event) => event.type)).toEqual(['triage.marked']);
    // The case list filters by track.
    const listed = async (track: string) =>
      (await officer.get(`/api/cases?track=${track}&pageSize=100`))
        .json<{ items: { id: string }[] }>()
        .items.map((c) => c.id);
    expect(await listed('simple')).toContain(id);
    expect(await listed('normal')).not.toContain(id);
    expect((await officer.get('/api/cases?track=easy')).statusCode).toBe(400);
  });

  it('marks normal when nothing, or too little, was found', async () => {
    const none = await file();
    await answered(none);
    expect((await view(none)).track).toBe('normal');
    const short = await file(30_000_000);
    await deposit(short, 29_999_999);
    await answered(short);
    expect((await view(short)).track).toBe('normal');
  });

  it('an officer corrects the track with a reason, audited; the same track again is a conflict', async () => {
    const id = await file();
    await answered(id);
    const url = `/api/cases/${id}/triage`;
    expect(
      (await platform.anonymous.post(url, { track: 'simple', reason: '当事人已同意即时履行' })).statusCode,
    ).toBe(401);
    expect(
      (await (await platform.as('finance')).post(url, { track: 'simple', reason: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await (await platform.as('officer2')).post(url, { track: 'simple', reason: 'x' })).statusCode,
    ).toBe(404);
    expect((await officer.post(url, { track: 'simple' })).statusCode).toBe(400);
    expect((await officer.post(url, { track: 'simple', reason: '   ' })).statusCode).toBe(400);
    const corrected = await officer.post(url, { track: 'simple', reason: '被执行人已承诺一次性履行' });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ track: 'simple', corrected: true });
    expect(corrected.json().history.at(-1)).toMatchObject({
      type: 'triage.corrected',
      data: { track: 'simple', from: 'normal', reason: '被执行人已承诺一次性履行' },
    });
    const again = await officer.post(url, { track: 'simple', reason: '再次' });
    expect(again.statusCode).toBe(409);
    const audit = await rows(
      `select actor_name, after_digest from audit_entries where action = 'case.triage.correct' and case_id = $1`,
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_name).toBe('张明');
  });

  it('a simple case past the configured period becomes normal on the daily sweep', async () => {
    const id = await file(1_000_000);
    await deposit(id, 1_000_000);
    await answered(id);
    expect((await view(id)).track).toBe('simple');
    // The court sets 1 month (rule parameter, audited by the compliance module).
    const set = await admin.put('/api/admin/rules/case.triage.simple_period/parameters/targetMonths', {
      value: 1,
      reason: '本院简案一个月内办结',
    });
    expect(set.statusCode).toBe(200);
    const listed = (await officer.get('/api/rules/parameters')).json<{
      items: { ruleId: string; parameters: { name: string; value: number }[] }[];
    }>();
    expect(listed.items.find((i) => i.ruleId === 'case.triage.simple_period')?.parameters[0]).toMatchObject({
      name: 'targetMonths',
      value: 1,
    });
    expect((await view(id)).dueOn).toBe('2026-04-02');
    // On the last day it stays simple; the day after it moves.
    expect(await platform.services.triage.sweep('2026-04-02')).toMatchObject({ moved: 0 });
    await admin.post('/api/admin/clock', { now: '2026-04-03T09:00:00+08:00' });
    expect((await view(id)).overdue).toBe(true);
    const swept = await platform.services.triage.sweep('2026-04-03');
    expect(swept.moved).toBeGreaterThanOrEqual(1);
    const moved = await view(id);
    expect(moved).toMatchObject({ track: 'normal', since: '2026-04-03', overdue: false });
    expect(moved.history.at(-1)).toMatchObject({
      type: 'triage.overran',
      data: { from: 'simple', track: 'normal', dueOn: '2026-04-02', targetMonths: 1 },
    });
    expect((await platform.services.triage.sweep('2026-04-03')).moved).toBe(0);
    // Back to the first day, and the platform's period back to its default from that day.
    await admin.post('/api/admin/clock', { now: '2026-03-02T09:00:00+08:00' });
    await admin.request('DELETE', '/api/admin/rules/case.triage.simple_period/parameters/targetMonths');
  });
});

describe('the period per court', () => {
  it('a court’s own period applies to its cases only, and moves them on the sweep', async () => {
    const officer2 = await platform.as('officer2');
    const mine = await file(1_000_000);
    await deposit(mine, 1_000_000);
    await answered(mine);
    const { id: theirs } = (await officer2.post('/api/cases', filing({ claimAmount: 1_000 }))).json<{
      id: string;
    }>();
    expect(
      (await officer2.post(`/api/cases/${theirs}/events`, { type: 'inquiry.answered', on: '2026-03-02' }))
        .statusCode,
    ).toBe(200);
    expect((await view(theirs, officer2)).track).toBe('normal');
    await officer2.post(`/api/cases/${theirs}/triage`, {
      track: 'simple',
      reason: '被执行人当庭表示即时履行',
    });
    const [court] = await rows(`select court_id from cases where id = $1`, [theirs]);
    const courtId = String(court?.court_id);
    const set = await admin.put('/api/admin/rules/case.triage.simple_period/parameters/targetMonths', {
      value: 2,
      courtId,
      reason: '东城法院简案两个月内办结',
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().change).toMatchObject({ value: 2, courtId });
    expect(
      (
        await admin.put('/api/admin/rules/case.triage.simple_period/parameters/targetMonths', {
          value: 2,
          courtId: '00000000-0000-4000-8000-000000000000',
        })
      ).statusCode,
    ).toBe(400);
    expect(await view(theirs, officer2)).toMatchObject({ targetMonths: 2, dueOn: '2026-05-02' });
    expect(await view(mine)).toMatchObject({ targetMonths: 3, dueOn: '2026-06-02' });
    const detail = (await officer2.get(`/api/cases/${theirs}`)).json<{
      warnings: { ruleId: string; message: { zh: string } }[];
    }>();
    expect(detail.warnings.find((w) => w.ruleId === 'case.triage.simple_period')?.message.zh).toBe(
      '简案：应于2026-05-02前办结（2个月）',
    );
    await admin.post('/api/admin/clock', { now: '2026-05-03T09:00:00+08:00' });
    await platform.services.triage.sweep('2026-05-03');
    expect((await view(theirs, officer2)).track).toBe('normal');
    expect((await view(mine)).track).toBe('simple');
    const reset = await admin.request(
      'DELETE',
      `/api/admin/rules/case.triage.simple_period/parameters/targetMonths?courtId=${courtId}`,
    );
    expect(reset.statusCode).toBe(200);
    const audit = await rows(
      `select court_id from audit_entries where subject = 'rule:case.triage.simple_period:targetMonths' order by seq`,
    );
    expect(audit.map((row) => row.court_id)).toContain(courtId);
    await admin.post('/api/admin/clock', { now: '2026-03-02T09:00:00+08:00' });
  });
});

describe('triage on a generated caseload', () => {
  it('marks every open answered case once, by the rule, and no other', async () => {
    const before = new Set((await rows('select id from cases')).map((row) => String(row.id)));
    await generateCaseload(platform, { cases: 300, seed: 16, today: '2026-03-02' });
    // Money found for a few open answered cases without a mark: enough for some, one fen short for others.
    const open = await rows(
      `select c.id, c.court_id, c.claim_amount, c.paid_amount,
              (select p.id from case_parties p where p.case_id = c.id and p.role = 'debtor' limit 1) as debtor
         from cases c
        where c.status = 'open'
          and exists (select 1 from case_events e where e.case_id = c.id and e.type = 'inquiry.answered')
          and not exists (select 1 from case_triage t where t.case_id = c.id)
        order by c.id limit 10`,
    );
    expect(open.length).toBe(10);
    for (const [index, row] of open.entries()) {
      const owed = Math.max(Number(row.claim_amount) - Number(row.paid_amount), 0);
      await platform.database.sql.executeSql(
        `insert into assets (case_id, court_id, party_id, category, institution_code, institution_name, asset_ref,
                             description, balance, divisible, state, found_via, found_on, created_at, updated_at)
         values ($1, $2, $3, 'bank', 'bank.gen', '模拟银行', $4, '活期存款', $5, true, 'found', 'online', '2026-03-01', now(), now())`,
        [row.id, row.court_id, row.debtor, `acct-${index}`, index < 5 ? owed : Math.max(owed - 1, 0)],
      );
    }
    const first = await platform.services.triage.sweep('2026-03-02');
    expect(first.marked).toBeGreaterThan(0);
    // Every open case whose query was answered has exactly one mark; closed and unanswered cases none.
    const check = await rows(
      `select c.id, c.status, c.claim_amount, c.paid_amount, t.track,
              exists (select 1 from case_events e where e.case_id = c.id and e.type = 'inquiry.answered') as answered,
              (select count(*)::int from case_events e where e.case_id = c.id and e.type = 'triage.marked') as marks,
              coalesce((select json_agg(json_build_object('divisible', a.divisible, 'balance', a.balance,
                                                          'frozenByOthers', a.frozen_by_others))
                          from assets a where a.case_id = c.id), '[]'::json) as assets
         from cases c left join case_triage t on t.case_id = c.id`,
    ).then((all) => all.filter((row) => !before.has(String(row.id))));
    expect(check).toHaveLength(300);
    let simple = 0;
    for (const row of check) {
      const due = row.status === 'open' && row.answered === true;
      expect(row.marks, String(row.id)).toBe(due ? 1 : 0);
      if (!due) {
        expect(row.track).toBeNull();
        continue;
      }
      const expected = triage({
        claimAmount: Number(row.claim_amount),
        paidAmount: Number(row.paid_amount),
        assets: (row.assets as { divisible: boolean; balance: number | null; frozenByOthers: number }[]).map(
          (a) => ({
            ...a,
            balance: a.balance === null ? null : Number(a.balance),
            frozenByOthers: Number(a.frozenByOthers),
          }),
        ),
      }).track;
      expect(row.track, String(row.id)).toBe(expected);
      if (expected === 'simple') simple += 1;
    }
    expect(simple).toBeGreaterThanOrEqual(5);
    expect(check.filter((row) => row.track === 'normal').length).toBeGreaterThan(50);
    // A second sweep marks nothing again.
    expect((await platform.services.triage.sweep('2026-03-02')).marked).toBe(0);
  });
});
