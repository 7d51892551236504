import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
let officer: Client;
beforeAll(async () => {
  platform = await createTestPlatform();
  officer = await platform.as('officer');
});
afterAll(() => platform.close());

interface Asset {
  id: string;
  category: string;
  state: string;
  balance: number | null;
  value: number | null;
  controlledAmount: number;
  deductedAmount: number;
  controlUntil: string | null;
  position: number | null;
  foundVia: string;
  abilities: string[];
  defaults: { amount: number | null; until: string | null };
  lastFailure: string | null;
}
interface Register {
  items: Asset[];
  summary: { category: string; count: number; balance: number; value: number; controlled: number }[];
  limit: { claim: number; costs: number; paid: number; controlled: number; remaining: number };
  leads: { id: string; track: string; verificationResult: string | null; abilities: string[] }[];
  abilities: string[];
}

/** A case filed by the officer, with one document in its dossier to serve as evidence. */
async function caseWithEvidence(claimAmount = 30_000_000) {
  const { id } = (await officer.post('/api/cases', filing({ claimAmount }))).json<{ id: string }>();
  const issued = await officer.post(`/api/cases/${id}/documents`, { kinds: ['execution_notice'] });
  const evidence = issued.json<{ items: { id: string }[] }>().items[0]?.id as string;
  const detail = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>();
  return { caseId: id, evidence, debtorId: detail.debtors[0]?.id as string };
}

const account = (debtorId: string, evidence: string, overrides: Record<string, unknown> = {}) => ({
  partyId: debtorId,
  category: 'bank',
  institution: { code: 'bank.local', name: '北京农商银行朝阳支行' },
  assetRef: '6228480010001234567',
  description: '活期存款（柜面查询）',
  balance: 10_000_000,
  evidence: [evidence],
  ...overrides,
});

const register = async (caseId: string) =>
  (await officer.get(`/api/cases/${caseId}/assets`)).json<Register>();

describe('GET /api/cases/:id/assets', () => {
  it('needs a session, hides another court’s case, and lists an empty register with its limit', async () => {
    const { caseId } = await caseWithEvidence();
    expect((await platform.anonymous.get(`/api/cases/${caseId}/assets`)).statusCode).toBe(401);
    expect((await officer.get('/api/cases/not-a-uuid/assets')).statusCode).toBe(400);
    expect((await (await platform.as('officer2')).get(`/api/cases/${caseId}/assets`)).statusCode).toBe(404);
    const empty = await register(caseId);
    expect(empty.items).toEqual([]);
    // 300,000 yuan: the application fee is 4,400 yuan (Fees 14).
    expect(empty.limit).toEqual({
      claim: 30_000_000,
      costs: 440_000,
      paid: 0,
      controlled: 0,
      remaining: 30_440_000,
    });
    expect(empty.abilities).toEqual(['asset.register', 'lead.record']);
    const supervisor = await platform.as('supervisor');
    expect((await supervisor.get(`/api/cases/${caseId}/assets`)).json<Register>().abilities).toEqual([]);
  });
});

describe('POST /api/cases/:id/assets (found offline)', () => {
  it('refuses without a session (401), bad input (400), without the permission (403), elsewhere (404)', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence();
    const body = account(debtorId, evidence);
    expect((await platform.anonymous.post(`/api/cases/${caseId}/assets`, body)).statusCode).toBe(401);
    const bad = await officer.post(`/api/cases/${caseId}/assets`, { ...body, balance: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('balance');
    const finance = await platform.as('finance');
    const forbidden = await finance.post(`/api/cases/${caseId}/assets`, body);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().detail).toContain('asset.register');
    expect((await (await platform.as('officer2')).post(`/api/cases/${caseId}/assets`, body)).statusCode).toBe(
      404,
    );
    expect((await register(caseId)).items).toEqual([]);
  });

  it('names the field that does not fit the asset, and changes nothing', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence();
    const applicant = (await officer.get(`/api/cases/${caseId}`)).json<{ applicants: { id: string }[] }>()
      .applicants[0]?.id;
    const other = await caseWithEvidence();
    const cases: [Record<string, unknown>, string][] = [
      [{ balance: undefined }, 'balance'],
      [{ category: 'vehicle', value: undefined }, 'balance'],
      [{ category: 'bank', value: 5 }, 'value'],
      [{ evidence: [] }, 'evidence'],
      [{ evidence: [other.evidence] }, 'evidence.0'],
      [{ partyId: applicant }, 'partyId'],
      [{ foundOn: '2999-01-01' }, 'foundOn'],
    ];
    for (const [overrides, path] of cases) {
      const response = await officer.post(
        `/api/cases/${caseId}/assets`,
        account(debtorId, evidence, overrides),
      );
      expect(response.statusCode, path).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await register(caseId)).items).toEqual([]);
  });

  it('registers money and property found offline, with a found node on the timeline, once per reference', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence();
    const created = await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence));
    expect(created.statusCode).toBe(201);
    expect(created.json<Asset>()).toMatchObject({
      category: 'bank',
      balance: 10_000_000,
      state: 'found',
      foundVia: 'offline',
      abilities: ['asset.control', 'asset.deduct', 'asset.decline'],
      defaults: { amount: 10_000_000 },
    });
    const car = await officer.post(
      `/api/cases/${caseId}/assets`,
      account(debtorId, evidence, {
        category: 'vehicle',
        institution: { name: '北京市公安局公安交通管理局车辆管理所' },
        assetRef: '京A12345',
        description: '小型轿车 京A12345',
        balance: undefined,
        value: 12_000_000,
      }),
    );
    expect(car.json<Asset>()).toMatchObject({ category: 'vehicle', balance: null, value: 12_000_000 });
    const again = await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence));
    expect(again.statusCode).toBe(409);

    const listed = await register(caseId);
    expect(listed.items.map((a) => a.category)).toEqual(['bank', 'vehicle']);
    expect(listed.summary).toEqual([
      { category: 'bank', count: 1, balance: 10_000_000, value: 0, controlled: 0 },
      { category: 'vehicle', count: 1, balance: 0, value: 12_000_000, controlled: 0 },
    ]);
    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: { assetId?: string; via?: string }; evidence: string[] }[];
      deadlines: { ruleId: string }[];
    }>();
    const found = detail.timeline.filter((e) => e.type === 'asset.found');
    expect(found.map((e) => e.data.via)).toEqual(['offline', 'offline']);
    expect(found[0]?.evidence).toEqual([evidence]);
    // No control deadline for property found offline (Opinion-2021 13 speaks of online results).
    expect(detail.deadlines.map((d) => d.ruleId)).not.toContain('assets.control');
    const notices = await platform.database.sql.executeSql(
      'select kind, payload from party_notifications where case_id = $1',
      [caseId],
    );
    expect(notices.rows.map((row) => row.kind)).toEqual(['assets.found', 'assets.found']);
  });
});

describe('controlling property found offline (the notice served by hand)', () => {
  it('refuses a freeze of money without an amount (400), beyond the balance (400), beyond the limit (409)', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence(1_000_000); // 10,000 yuan: costs 50 yuan
    const asset = (
      await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence))
    ).json<Asset>();
    expect((await platform.anonymous.post(`/api/assets/${asset.id}/control`, { amount: 1 })).statusCode).toBe(
      401,
    );
    expect(
      (await (await platform.as('finance')).post(`/api/assets/${asset.id}/control`, { amount: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await (await platform.as('officer2')).post(`/api/assets/${asset.id}/control`, { amount: 1 }))
        .statusCode,
    ).toBe(404);
    const noAmount = await officer.post(`/api/assets/${asset.id}/control`, {});
    expect(noAmount.statusCode).toBe(400);
    expect(noAmount.json().errors[0].path).toBe('amount');
    expect(
      (await officer.post(`/api/assets/${asset.id}/control`, { amount: 10_000_001 })).json().errors[0].path,
    ).toBe('amount');
    const over = await officer.post(`/api/assets/${asset.id}/control`, { amount: 1_005_001 });
    expect(over.statusCode).toBe(409);
    expect(over.json().violations).toEqual([
      {
        ruleId: 'assets.over_seizure',
        clause: '《关于进一步完善执行权制约机制加强执行监督的意见》第15条',
        message: expect.stringMatching(/^超标的查封：再控制¥10,050\.01/),
      },
    ]);
    const overInEnglish = await officer.request(
      'POST',
      `/api/assets/${asset.id}/control`,
      { amount: 1_005_001 },
      { 'accept-language': 'en-US,en;q=0.9,zh;q=0.5' },
    );
    expect(overInEnglish.json().violations).toEqual([
      {
        ruleId: 'assets.over_seizure',
        clause: 'Opinion-2021 art. 15',
        message: expect.stringMatching(/^Over-seizure: controlling ¥10,050\.01 more/),
      },
    ]);
    expect(overInEnglish.json().title).toBe('Refused by rule');
    expect(over.json().title).toBe('依规则不予办理');
    const long = await officer.post(`/api/assets/${asset.id}/control`, { amount: 100, until: '2099-01-01' });
    expect(long.statusCode).toBe(409);
    expect(long.json().violations[0].ruleId).toBe('assets.control_period');
    const unchanged = (await register(caseId)).items[0];
    expect(unchanged).toMatchObject({ state: 'found', controlledAmount: 0 });
  });

  it('freezes up to the limit, deducts part, renews keeping the position, releases; a released asset stays released', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence(1_000_000);
    const asset = (
      await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence))
    ).json<Asset>();
    const today = platform.services.cases.today();
    const frozen = await officer.post(`/api/assets/${asset.id}/control`, { amount: 1_005_000 });
    expect(frozen.statusCode).toBe(200);
    expect(frozen.json<Asset>()).toMatchObject({ state: 'frozen', controlledAmount: 1_005_000, position: 1 });
    expect(frozen.json<Asset>().controlUntil).toBe(
      `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`.replace('-02-29', '-02-28'),
    );
    expect((await register(caseId)).limit.remaining).toBe(0);

    expect((await officer.post(`/api/assets/${asset.id}/deduct`, { amount: 1_005_001 })).statusCode).toBe(
      400,
    );
    const deducted = await officer.post(`/api/assets/${asset.id}/deduct`, { amount: 5_000 });
    expect(deducted.json<Asset>()).toMatchObject({
      state: 'frozen',
      controlledAmount: 1_000_000,
      deductedAmount: 5_000,
    });
    // The deduction is performance: paid, no longer held; the limit stays where it was.
    expect((await register(caseId)).limit).toMatchObject({
      paid: 5_000,
      controlled: 1_000_000,
      remaining: 0,
    });
    expect((await officer.get(`/api/cases/${caseId}`)).json<{ paidAmount: number }>().paidAmount).toBe(5_000);
    expect(deducted.json<Asset>().balance).toBe(9_995_000);

    const until = frozen.json<Asset>().controlUntil as string;
    const renewed = await officer.post(`/api/assets/${asset.id}/renew`, {});
    expect(renewed.json<Asset>()).toMatchObject({ state: 'frozen', position: 1 });
    expect(renewed.json<Asset>().controlUntil).toBe(`${Number(until.slice(0, 4)) + 1}${until.slice(4)}`);

    const released = await officer.post(`/api/assets/${asset.id}/release`);
    expect(released.json<Asset>()).toMatchObject({ state: 'released', controlledAmount: 0, abilities: [] });
    const again = await officer.post(`/api/assets/${asset.id}/control`, { amount: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('已解除');

    const dossier = (await officer.get(`/api/cases/${caseId}/documents`)).json<{
      items: { title: string }[];
    }>();
    expect(dossier.items.map((d) => d.title)).toEqual([
      '执行通知书',
      '协助冻结通知书',
      '协助扣划通知书',
      '续行冻结通知书',
      '解除冻结通知书',
    ]);
    const transfers = await platform.database.sql.executeSql(
      'select amount::int as amount, status, payee from asset_transfers where asset_id = $1',
      [asset.id],
    );
    expect(transfers.rows).toEqual([
      expect.objectContaining({
        amount: 5_000,
        status: 'confirmed',
        payee: expect.objectContaining({ accountName: '北京市朝阳区人民法院执行款专户' }),
      }),
    ]);
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json<{ timeline: { type: string }[] }>()
      .timeline;
    expect(timeline.map((e) => e.type).filter((t) => t.startsWith('asset.'))).toEqual([
      'asset.found',
      'asset.controlled',
      'asset.deducted',
      'asset.renewed',
      'asset.released',
    ]);
  });

  it('seizes an indivisible asset beyond the limit only when the other property cannot pay', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence(1_000_000);
    const house = (
      await officer.post(
        `/api/cases/${caseId}/assets`,
        account(debtorId, evidence, {
          category: 'real_estate',
          institution: { name: '北京市朝阳区不动产登记中心' },
          assetRef: '京(2020)朝阳区不动产权第0012345号',
          description: '住宅 朝阳区某路1号',
          balance: undefined,
          value: 500_000_000,
        }),
      )
    ).json<Asset>();
    // A deposit that covers the claim: the house may not be seized as well.
    await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence, { balance: 2_000_000 }));
    const refused = await officer.post(`/api/assets/${house.id}/control`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations[0].ruleId).toBe('assets.over_seizure');
    const amount = await officer.post(`/api/assets/${house.id}/control`, { amount: 5 });
    expect(amount.json().errors[0].path).toBe('amount');

    const { caseId: alone, evidence: e2, debtorId: d2 } = await caseWithEvidence(1_000_000);
    const only = (
      await officer.post(
        `/api/cases/${alone}/assets`,
        account(d2, e2, {
          category: 'real_estate',
          institution: { name: '北京市朝阳区不动产登记中心' },
          assetRef: '京(2020)朝阳区不动产权第0099999号',
          description: '住宅',
          balance: undefined,
          value: 500_000_000,
        }),
      )
    ).json<Asset>();
    const seized = await officer.post(`/api/assets/${only.id}/control`, { position: 2 });
    expect(seized.statusCode).toBe(200);
    expect(seized.json<Asset>()).toMatchObject({ state: 'waiting', position: 2 });
    const until = seized.json<Asset>().controlUntil as string;
    const today = platform.services.cases.today();
    expect(Number(until.slice(0, 4)) - Number(today.slice(0, 4))).toBe(3); // real estate: 3 years
  });

  // The deadlock a browser walk-through found (issue 12): claim ¥120,000 + ¥1,700 fee, ¥100,277.35 frozen,
  // two houses found (¥2.50M, ¥3.59M). The first house may be seized, the second may not.
  it('seizes one of two houses when the frozen money falls short, and refuses the second (contract)', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence(12_000_000);
    const money = (
      await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence, { balance: 10_027_735 }))
    ).json<Asset>();
    expect((await officer.post(`/api/assets/${money.id}/control`, { amount: 10_027_735 })).statusCode).toBe(
      200,
    );
    const house = async (assetRef: string, value: number) =>
      (
        await officer.post(
          `/api/cases/${caseId}/assets`,
          account(debtorId, evidence, {
            category: 'real_estate',
            institution: { name: '北京市朝阳区不动产登记中心' },
            assetRef,
            description: '住宅',
            balance: undefined,
            value,
          }),
        )
      ).json<Asset>();
    const small = await house('京(2019)朝阳区不动产权第0000001号', 250_000_000);
    const large = await house('京(2021)朝阳区不动产权第0000002号', 359_000_000);
    const before = await register(caseId);
    expect(before.limit.remaining).toBe(2_142_265);
    const preferred = (id: string) =>
      (before.items as (Asset & { preferred: boolean })[]).find((a) => a.id === id)?.preferred;
    expect([preferred(small.id), preferred(large.id)]).toEqual([true, false]);

    const first = await officer.post(`/api/assets/${large.id}/control`, {});
    expect(first.statusCode).toBe(200);
    expect(first.json<Asset>().state).toBe('seized');
    const second = await officer.post(`/api/assets/${small.id}/control`, {});
    expect(second.statusCode).toBe(409);
    expect(second.json().violations).toEqual([
      expect.objectContaining({
        ruleId: 'assets.over_seizure',
        clause: '《关于进一步完善执行权制约机制加强执行监督的意见》第15条',
        message: expect.stringMatching(/^超标的查封：/),
      }),
    ]);
    expect((await register(caseId)).items.find((a) => a.id === small.id)?.state).toBe('found');
  });

  it('records the decision not to control, with its reason', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence();
    const asset = (
      await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence, { balance: 100 }))
    ).json<Asset>();
    expect((await officer.post(`/api/assets/${asset.id}/decline`, { reason: '' })).statusCode).toBe(400);
    const declined = await officer.post(`/api/assets/${asset.id}/decline`, {
      reason: '余额仅1元，控制无实益',
    });
    expect(declined.json()).toMatchObject({ state: 'found', declinedReason: '余额仅1元，控制无实益' });
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: { reason?: string } }[];
    }>().timeline;
    expect(timeline.find((e) => e.type === 'asset.not_controlled')?.data.reason).toBe(
      '余额仅1元，控制无实益',
    );
  });
});

describe('leads (财产线索)', () => {
  it('refuses bad input and others, records a lead with its track and deadline, verifies it once', async () => {
    const { caseId } = await caseWithEvidence();
    const body = {
      fromApplicant: true,
      reporterName: '王小明',
      description: '被执行人在某小区有一辆未登记在其名下的车辆，近日将出售',
      specific: true,
      urgent: true,
    };
    expect((await platform.anonymous.post(`/api/cases/${caseId}/leads`, body)).statusCode).toBe(401);
    expect((await officer.post(`/api/cases/${caseId}/leads`, { ...body, specific: 'yes' })).statusCode).toBe(
      400,
    );
    expect((await (await platform.as('finance')).post(`/api/cases/${caseId}/leads`, body)).statusCode).toBe(
      403,
    );
    expect((await (await platform.as('officer2')).post(`/api/cases/${caseId}/leads`, body)).statusCode).toBe(
      404,
    );
    const future = await officer.post(`/api/cases/${caseId}/leads`, {
      ...body,
      receivedAt: '2999-01-01T00:00:00+08:00',
    });
    expect(future.json().errors[0].path).toBe('receivedAt');

    const created = await officer.post(`/api/cases/${caseId}/leads`, body);
    expect(created.statusCode).toBe(201);
    const lead = created.json<{ id: string; track: string; abilities: string[] }>();
    expect(lead).toMatchObject({ track: 'specific_urgent', abilities: ['lead.verify'] });
    const deadline = (await officer.get(`/api/cases/${caseId}`))
      .json<{ deadlines: { ruleId: string; key: string; status: string }[] }>()
      .deadlines.find((d) => d.ruleId === 'assets.lead');
    expect(deadline).toMatchObject({ key: lead.id, status: 'open' });

    expect(
      (await officer.post(`/api/leads/${lead.id}/verify`, { result: 'maybe', note: 'x' })).statusCode,
    ).toBe(400);
    expect(
      (
        await (
          await platform.as('officer2')
        ).post(`/api/leads/${lead.id}/verify`, { result: 'confirmed', note: '核实' })
      ).statusCode,
    ).toBe(404);
    const verified = await officer.post(`/api/leads/${lead.id}/verify`, {
      result: 'confirmed',
      note: '现场核实属实',
    });
    expect(verified.json()).toMatchObject({ verificationResult: 'confirmed', abilities: [] });
    expect(
      (await officer.post(`/api/leads/${lead.id}/verify`, { result: 'unfounded', note: '改判' })).statusCode,
    ).toBe(409);
    const after = (await officer.get(`/api/cases/${caseId}`))
      .json<{ deadlines: { ruleId: string; key: string; status: string }[] }>()
      .deadlines.find((d) => d.ruleId === 'assets.lead');
    expect(after).toMatchObject({ key: lead.id, status: 'met' });
  });

  it('gives no deadline to another person’s lead that is neither specific nor urgent', async () => {
    const { caseId } = await caseWithEvidence();
    const created = await officer.post(`/api/cases/${caseId}/leads`, {
      fromApplicant: false,
      reporterName: '匿名群众',
      description: '听说被执行人有存款',
      specific: false,
      urgent: false,
    });
    expect(created.json()).toMatchObject({ track: 'other' });
    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{ deadlines: { ruleId: string }[] }>();
    expect(detail.deadlines.map((d) => d.ruleId)).not.toContain('assets.lead');
    expect((await register(caseId)).leads).toHaveLength(1);
  });
});

describe('rule parameters (assets.expiry)', () => {
  it('lets only an administrator change the warning days, audited, and the case page follows', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence();
    const asset = (
      await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence))
    ).json<Asset>();
    const today = platform.services.cases.today();
    const soon = new Date(`${today}T00:00:00Z`);
    soon.setUTCDate(soon.getUTCDate() + 40);
    await officer.post(`/api/assets/${asset.id}/control`, {
      amount: 100,
      until: soon.toISOString().slice(0, 10),
    });
    const warnings = async () =>
      (await officer.get(`/api/cases/${caseId}`))
        .json<{ warnings: { ruleId: string }[] }>()
        .warnings.map((w) => w.ruleId);
    expect(await warnings()).not.toContain('assets.expiry');

    const path = '/api/admin/rules/assets.expiry/parameters/warnDays';
    expect((await officer.put(path, { value: 45 })).statusCode).toBe(403);
    const admin = await platform.as('admin');
    expect((await admin.put(path, { value: 0 })).statusCode).toBe(400);
    expect(
      (await admin.put('/api/admin/rules/assets.expiry/parameters/other', { value: 5 })).statusCode,
    ).toBe(404);
    expect((await admin.put(path, { value: 45 })).json()).toMatchObject({
      ruleId: 'assets.expiry',
      values: { warnDays: 45 },
    });
    expect(await warnings()).toContain('assets.expiry');
    expect((await register(caseId)).items[0]).toMatchObject({ expiring: true });
    const listed = (await officer.get('/api/rules/parameters')).json<{
      items: { ruleId: string; parameters: { value: number; default: number }[] }[];
    }>();
    expect(listed.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'assets.expiry',
          parameters: [expect.objectContaining({ value: 45, default: 30 })],
        }),
      ]),
    );
    const audit = await platform.database.sql.executeSql(
      "select action from audit_entries where subject = 'rule:assets.expiry:warnDays'",
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['rule.parameter.set']);
    expect((await admin.request('DELETE', path)).json().values).toEqual({ warnDays: 30 });
    expect(await warnings()).not.toContain('assets.expiry');
  });
});

describe('a closed case', () => {
  it('registers nothing more and shows no acts', async () => {
    const { caseId, evidence, debtorId } = await caseWithEvidence();
    const asset = (
      await officer.post(`/api/cases/${caseId}/assets`, account(debtorId, evidence))
    ).json<Asset>();
    await officer.post(`/api/cases/${caseId}/events`, {
      type: 'applicant.confirmed_performance',
      on: platform.services.cases.today(),
    });
    expect((await officer.post(`/api/cases/${caseId}/close`, { method: 'fully_performed' })).statusCode).toBe(
      200,
    );
    expect((await officer.post(`/api/assets/${asset.id}/control`, { amount: 1 })).statusCode).toBe(409);
    const closed = await register(caseId);
    expect(closed.abilities).toEqual([]);
    expect(closed.items[0]?.abilities).toEqual([]);
  });
});
