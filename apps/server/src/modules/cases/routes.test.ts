import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, filing, idNumber } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  await (await platform.as('admin')).post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
});
afterAll(() => platform.close());

async function serials(): Promise<number> {
  const rows = await platform.database.sql.executeSql('select count(*)::int as n from cases');
  return Number(rows.rows[0]?.n);
}

describe('filing', () => {
  it('401 anonymous, 403 for finance, 400 for each bad field — nothing created, no number consumed', async () => {
    expect((await platform.anonymous.post('/api/cases', filing())).statusCode).toBe(401);
    expect((await (await platform.as('finance')).post('/api/cases', filing())).statusCode).toBe(403);
    const officer = await platform.as('officer');
    const before = await serials();
    const cases: [Record<string, unknown>, string][] = [
      [{ claimAmount: -5 }, 'claimAmount'],
      [{ claimAmount: 12.5 }, 'claimAmount'],
      [{ debtors: [] }, 'debtors'],
      [{ basis: { ...filing().basis, effectiveOn: '2025-12-01' } }, 'basis.effectiveOn'],
      [
        { applicants: [{ ...filing().applicants[0], idNumber: '110105198001010010' }] },
        'applicants.0.idNumber',
      ],
      [
        { debtors: [{ ...filing().debtors[0], creditCode: `${CREDIT_CODE.slice(0, 17)}A` }] },
        'debtors.0.creditCode',
      ],
      [
        { applicants: [{ ...filing().applicants[0], payoutAccount: undefined }] },
        'applicants.0.payoutAccount',
      ],
    ];
    for (const [override, path] of cases) {
      const response = await officer.post('/api/cases', filing(override));
      expect(response.statusCode, path).toBe(400);
      expect(
        response.json().errors.map((e: { path: string }) => e.path),
        path,
      ).toContain(path);
    }
    expect(await serials()).toBe(before);
    const first = await officer.post('/api/cases', filing());
    expect(first.json().caseNumber).toBe(`（2025）京0105执${before + 1}号`);
  });

  it('files a case with numbered parties, a timeline and its deadlines', async () => {
    const officer = await platform.as('officer');
    const created = await officer.post('/api/cases', filing());
    expect(created.statusCode).toBe(201);
    expect(created.json().caseNumber).toMatch(/^（2025）京0105执\d+号$/);
    const found = (await officer.get(`/api/cases/${created.json().id}`)).json();
    expect(found).toMatchObject({
      caseNumber: created.json().caseNumber,
      status: 'open',
      filedOn: '2025-09-26',
      claimAmount: 30_000_000,
    });
    expect(found.applicants[0]).toMatchObject({ name: '王小明', id: expect.any(String) });
    expect(found.debtors[0]).toMatchObject({ name: '北京某某贸易有限公司', creditCode: CREDIT_CODE });
    expect(found.timeline.map((e: { type: string }) => e.type)).toEqual([
      'application.received',
      'case.filed',
    ]);
    const assign = found.deadlines.find((d: { ruleId: string }) => d.ruleId === 'case.assign');
    // Filed Friday 2025-09-26: 7 days → 10-03, inside the National Day holiday → the next working day, 10-09.
    expect(assign).toMatchObject({
      dueOn: '2025-10-09',
      status: 'open',
      clause: { zh: expect.stringContaining('法发〔2006〕35号'), en: 'Periods 法发〔2006〕35号' },
    });
    const conclude = found.deadlines.find((d: { ruleId: string }) => d.ruleId === 'case.conclude');
    expect(conclude.dueOn).toBe('2026-03-26');
  });

  it('warns when filed more than two years after the basis took effect', async () => {
    const officer = await platform.as('officer');
    const old = await officer.post(
      '/api/cases',
      filing({ basis: { ...filing().basis, effectiveOn: '2023-01-10' } }),
    );
    const found = (await officer.get(`/api/cases/${old.json().id}`)).json();
    expect(found.warnings.map((w: { ruleId: string }) => w.ruleId)).toContain('case.limitation');
  });

  it('answers a retried filing with the same Idempotency-Key once', async () => {
    const officer = await platform.as('officer');
    const headers = { 'idempotency-key': 'filing-retry-0001', 'content-type': 'application/json' };
    const first = await officer.request('POST', '/api/cases', filing(), headers);
    const second = await officer.request('POST', '/api/cases', filing(), headers);
    expect(second.json()).toEqual(first.json());
    expect(second.headers['idempotent-replayed']).toBe('true');
    const other = await officer.request('POST', '/api/cases', filing({ claimAmount: 1 }), headers);
    expect(other.statusCode).toBe(409);
  });

  it('files once for concurrent duplicates of one Idempotency-Key, consuming one number', async () => {
    const officer = await platform.as('officer');
    const headers = { 'idempotency-key': 'filing-race-0001', 'content-type': 'application/json' };
    const before = await serials();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => officer.request('POST', '/api/cases', filing(), headers)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.json().caseNumber)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(5);
    expect(await serials()).toBe(before + 1);
    const next = (await officer.post('/api/cases', filing())).json();
    expect(next.caseNumber).toBe(`（2025）京0105执${before + 2}号`);
  });

  it('numbers concurrent filings without gaps or repeats', async () => {
    const officer = await platform.as('officer');
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => officer.post('/api/cases', filing())),
    );
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const rows = await platform.database.sql.executeSql(
      "select serial from cases where type = '执' and year = 2025 and case_number like '%京0105%' order by serial",
    );
    const numbers = rows.rows.map((r) => Number(r.serial));
    expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
  });
});

describe('scope and listing', () => {
  it('a sibling court gets 404; the superior court sees it', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    expect((await (await platform.as('officer2')).get(`/api/cases/${id}`)).statusCode).toBe(404);
    expect((await (await platform.as('supervisor')).get(`/api/cases/${id}`)).statusCode).toBe(200);
    const list = (await (await platform.as('officer2')).get('/api/cases')).json();
    expect(list.items.some((c: { id: string }) => c.id === id)).toBe(false);
  });

  it('searches by case number and by party name, paged', async () => {
    const officer = await platform.as('officer');
    const named = await officer.post(
      '/api/cases',
      filing({ debtors: [{ kind: 'person', name: '欧阳锋', idNumber: idNumber('19700707', '011') }] }),
    );
    const byName = (await officer.get(`/api/cases?q=${encodeURIComponent('欧阳')}`)).json();
    expect(byName.items.map((c: { id: string }) => c.id)).toEqual([named.json().id]);
    const byNumber = (
      await officer.get(`/api/cases?q=${encodeURIComponent(named.json().caseNumber)}`)
    ).json();
    expect(byNumber.items[0].id).toBe(named.json().id);
    const page = (await officer.get('/api/cases?page=2&pageSize=5')).json();
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(10);
    expect((await officer.get('/api/cases?pageSize=1000')).statusCode).toBe(400);
  });

  it('finds a case as officers type: without the year, any brackets, a part of a name (trigrams)', async () => {
    const officer = await platform.as('officer');
    const debtors = [
      { kind: 'person', name: '司马淑国', idNumber: idNumber('19700808', '031') },
      {
        kind: 'entity',
        name: '北京长城淑国贸易有限公司',
        creditCode: CREDIT_CODE,
        legalRepresentative: { name: '李四', idNumber: idNumber('19750315', '002') },
        address: '北京市朝阳区某路1号',
      },
    ];
    const filed = (await officer.post('/api/cases', filing({ debtors }))).json();
    const ids = async (q: string) =>
      (
        (await officer.get(`/api/cases?pageSize=100&q=${encodeURIComponent(q)}`)).json().items as {
          id: string;
        }[]
      ).map((c) => c.id);
    const number = filed.caseNumber as string; // （2025）京0105执N号
    const withoutYear = number.replace(/^（\d{4}）/, '');
    for (const q of [
      number,
      number.replace('（', '(').replace('）', ')'),
      number.replace(/[（）]/g, ''),
      withoutYear,
    ]) {
      expect(await ids(q), q).toContain(filed.id);
    }
    // The end of a number: 执1号 is not the end of 执11号.
    expect((await ids(withoutYear)).length).toBe(1);
    expect(await ids('淑国')).toContain(filed.id);
    expect(await ids('长城淑国')).toContain(filed.id);
    expect(await ids('城淑国贸')).toContain(filed.id);
    expect(await ids('淑国贸易有')).toContain(filed.id);
    expect(await ids('淑国长城')).not.toContain(filed.id);
    expect(await ids('100%_')).toEqual([]);
  });
});

describe('list filters', () => {
  const enc = encodeURIComponent;

  it('narrows a name search by status and closing date, and finds a case number by its beginning', async () => {
    const officer = await platform.as('officer');
    const debtor = { kind: 'person', name: '诸葛孔明', idNumber: idNumber('19810303', '021') };
    const open = (await officer.post('/api/cases', filing({ debtors: [debtor] }))).json();
    const closed = (await officer.post('/api/cases', filing({ debtors: [debtor] }))).json();
    const closing = await officer.post(`/api/cases/${closed.id}/close`, {
      method: 'withdrawn',
      reason: '撤回申请',
    });
    expect(closing.statusCode).toBe(200);
    const ids = async (query: string) =>
      (await officer.get(`/api/cases?${query}`))
        .json()
        .items.map((c: { id: string }) => c.id)
        .sort();
    expect(await ids(`q=${enc('诸葛')}`)).toEqual([open.id, closed.id].sort());
    expect(await ids(`q=${enc('诸葛')}&status=open`)).toEqual([open.id]);
    expect(await ids(`q=${enc('诸葛')}&closedFrom=2025-09-26&closedTo=2025-09-26`)).toEqual([closed.id]);
    expect(await ids(`q=${enc('诸葛')}&closedFrom=2025-09-27`)).toEqual([]);
    expect(await ids(`status=closed&closedFrom=2025-09-01&closedTo=2025-09-30`)).toContain(closed.id);
    expect((await officer.get('/api/cases?closedFrom=2025-02-30')).statusCode).toBe(400);
    // `（2025）京0105执12` finds 执12号, 执120号 …: a number without its last digit and 号 finds it.
    expect(await ids(`q=${enc(closed.caseNumber.slice(0, -2))}`)).toContain(closed.id);
  });

  it('shows each case with its unmet deadline due first, as the case page has it', async () => {
    const officer = await platform.as('officer');
    const { id, caseNumber } = (await officer.post('/api/cases', filing())).json();
    const page = (await officer.get(`/api/cases/${id}`)).json();
    const unmet = page.deadlines
      .filter((d: { satisfiedOn: string | null }) => d.satisfiedOn === null)
      .sort((a: { dueOn: string }, b: { dueOn: string }) => (a.dueOn < b.dueOn ? -1 : 1));
    const [listed] = (await officer.get(`/api/cases?q=${enc(caseNumber)}`)).json().items;
    expect(listed.nextDeadline).toEqual({
      ruleId: unmet[0].ruleId,
      title: unmet[0].title,
      dueOn: unmet[0].dueOn,
      overdue: false,
      provisional: false,
      provisionalReason: null,
    });
    expect(listed.nextDeadline.title.zh).toMatch(/\p{Script=Han}/u);
    const mine = (await officer.get('/api/deadlines/mine')).json().items;
    for (const item of mine) expect(item.title.zh, item.ruleId).toMatch(/\p{Script=Han}/u);
  });
});

describe('assignment, extension, flags, closing', () => {
  it('a case carries document.issue among its abilities for those who may issue, while it is open', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    expect((await officer.get(`/api/cases/${id}`)).json().abilities).toContain('document.issue');
    expect((await (await platform.as('supervisor')).get(`/api/cases/${id}`)).json().abilities).not.toContain(
      'document.issue',
    );
    await officer.post(`/api/cases/${id}/close`, { method: 'withdrawn', reason: '撤回申请' });
    expect((await officer.get(`/api/cases/${id}`)).json().abilities).toEqual([]);
  });

  it('the head assigns; the officer cannot', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    const me = (await officer.get('/api/auth/me')).json();
    expect((await officer.post(`/api/cases/${id}/assign`, { officerId: me.user.id })).statusCode).toBe(403);
    const head = await platform.as('head');
    const assigned = await head.post(`/api/cases/${id}/assign`, { officerId: me.user.id });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().officer.displayName).toBe('张明');
    expect(assigned.json().deadlines.find((d: { ruleId: string }) => d.ruleId === 'case.assign').status).toBe(
      'met',
    );
    const mine = (await officer.get('/api/deadlines/mine')).json();
    expect(mine.items.some((d: { caseId: string }) => d.caseId === id)).toBe(true);
  });

  it('refuses to close as dormant with every violated rule and its clause; closes when performed', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    const refused = await officer.post(`/api/cases/${id}/close`, { method: 'dormant' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations.length).toBeGreaterThan(3);
    for (const v of refused.json().violations)
      expect(v).toMatchObject({ ruleId: expect.any(String), clause: expect.any(String) });

    const early = await officer.post(`/api/cases/${id}/close`, { method: 'fully_performed' });
    expect(early.statusCode).toBe(409);
    const paid = await officer.post(`/api/cases/${id}/events`, {
      type: 'performance.recorded',
      on: '2025-09-26',
      data: { amount: 30_000_000 },
    });
    expect(paid.statusCode).toBe(200);
    const closed = await officer.post(`/api/cases/${id}/close`, { method: 'fully_performed' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      closingMethod: 'fully_performed',
      closedOn: '2025-09-26',
      abilities: [],
    });
    expect((await officer.post(`/api/cases/${id}/close`, { method: 'fully_performed' })).statusCode).toBe(
      409,
    );
  });

  it('flags a case as one of the four kinds (head only) and filters by it', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    expect((await officer.post(`/api/cases/${id}/flag`, { flag: 'major' })).statusCode).toBe(403);
    const head = await platform.as('head');
    expect((await head.post(`/api/cases/${id}/flag`, { flag: 'sensitive' })).json().flag).toBe('sensitive');
    const flagged = (await head.get('/api/cases?flag=sensitive')).json();
    expect(flagged.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it('an extension is approved by the head and moves the 6-month deadline', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    const asked = await officer.post(`/api/cases/${id}/extension`, { months: 3, reason: '财产处置周期长' });
    expect(asked.statusCode).toBe(200);
    expect(
      (await officer.post(`/api/cases/${id}/extension`, { months: 3, reason: '再次申请' })).statusCode,
    ).toBe(409);
    const head = await platform.as('head');
    const approved = await head.post(`/api/cases/${id}/extension/decision`, { approve: true });
    const conclude = approved.json().deadlines.find((d: { ruleId: string }) => d.ruleId === 'case.conclude');
    expect(conclude.dueOn).toBe('2026-06-26');
  });

  it('records offline nodes, refusing future dates and bad data', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    expect(
      (await officer.post(`/api/cases/${id}/events`, { type: 'notice.served', on: '2025-12-01' })).statusCode,
    ).toBe(400);
    expect(
      (
        await officer.post(`/api/cases/${id}/events`, {
          type: 'performance.recorded',
          on: '2025-09-26',
          data: { amount: -1 },
        })
      ).json().errors[0].path,
    ).toBe('data.amount');
    expect(
      (await officer.post(`/api/cases/${id}/events`, { type: 'made.up', on: '2025-09-26' })).statusCode,
    ).toBe(400);
    const served = await officer.post(`/api/cases/${id}/events`, { type: 'notice.served', on: '2025-09-26' });
    expect(served.json().timeline.at(-1)).toMatchObject({ type: 'notice.served', actor: '张明' });
  });

  it('a pause (期限扣除) recorded today pauses the 6-month period at once, on the page and in storage', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    const paused = await officer.post(`/api/cases/${id}/events`, {
      type: 'pause.started',
      on: '2025-09-26',
      data: { kind: 'appraisal' },
    });
    const conclude = paused.json().deadlines.find((d: { ruleId: string }) => d.ruleId === 'case.conclude');
    expect(conclude).toMatchObject({ status: 'paused', dueOn: '2026-03-26' });
    const stored = await platform.database.sql.executeSql(
      "select status from case_deadlines where case_id = $1 and rule_id = 'case.conclude'",
      [id],
    );
    expect(stored.rows[0]?.status).toBe('paused');
  });
});

describe('deadlines past the last published calendar year', () => {
  it('are counted with weekends only and marked provisional, never refused', async () => {
    const admin = await platform.as('admin');
    await admin.post('/api/admin/clock', { now: '2026-11-20T09:00:00+08:00' });
    const officer = await platform.as('officer');
    const created = await officer.post('/api/cases', filing());
    expect(created.statusCode).toBe(201);
    const found = (await officer.get(`/api/cases/${created.json().id}`)).json();
    const conclude = found.deadlines.find((d: { ruleId: string }) => d.ruleId === 'case.conclude');
    expect(conclude).toMatchObject({ dueOn: '2027-05-20', provisional: true });
    const assign = found.deadlines.find((d: { ruleId: string }) => d.ruleId === 'case.assign');
    expect(assign.provisional).toBe(false);
    await admin.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
  });
});
