import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

interface Account {
  balance: number;
  available: number;
  held: number;
  entries: { kind: string; phase: string; amount: number }[];
}

const PAYEE = { accountNo: '6222020200112233445', accountName: '王小明' };

let platform: TestPlatform;
let officer: Client;
let head: Client;
let finance: Client;
let caseId: string;

const account = async () => (await officer.get(`/api/cases/${caseId}/account`)).json<Account>();

beforeAll(async () => {
  platform = await createTestPlatform();
  officer = await platform.as('officer');
  head = await platform.as('head');
  finance = await platform.as('finance');
  caseId = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
  const today = platform.services.funds.today();
  const paid = await finance.post(`/api/cases/${caseId}/cash`, {
    amount: 1_000_000,
    payerName: '被执行人李四',
    method: 'counter',
    collectedOn: today,
    handedOverOn: today,
  });
  expect(paid.statusCode).toBe(201);
});
afterAll(() => platform.close());

describe('the application fee (执行申请费)', () => {
  it('is computed on the claim by Fees art. 14 and booked once from the case account', async () => {
    const due = await officer.get(`/api/cases/${caseId}/application-fee`);
    // 300,000 yuan: 50 + (500,000 − 10,000) × 1.5% − … → 50 + 4,350 = 4,400 yuan.
    expect(due.json()).toMatchObject({
      claim: 30_000_000,
      amount: 440_000,
      amountUpper: '肆仟肆佰元整',
      booked: false,
      transferId: null,
    });
    expect(due.json().clause.zh).toContain('诉讼费用交纳办法');
    expect((await officer.post(`/api/cases/${caseId}/application-fee`)).statusCode).toBe(403);
    const booked = await finance.post(`/api/cases/${caseId}/application-fee`);
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ amount: 440_000, booked: true });
    const again = await finance.post(`/api/cases/${caseId}/application-fee`);
    expect(again.statusCode).toBe(200);
    expect(again.json().transferId).toBe(booked.json().transferId);
    const after = await account();
    expect(after).toMatchObject({ balance: 560_000, available: 560_000, held: 0 });
    expect(after.entries.filter((e) => e.kind === 'fee')).toEqual([
      expect.objectContaining({ kind: 'fee', phase: 'single', amount: -440_000 }),
    ]);
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  });
});

describe('disputed money held (暂缓发放)', () => {
  it('holds the disputed part, pays the undisputed part first, and needs the head to approve or release', async () => {
    expect(
      (await officer.post(`/api/cases/${caseId}/lodgings`, { amount: 0, reason: '有争议' })).statusCode,
    ).toBe(400);
    expect((await officer.post(`/api/cases/${caseId}/lodgings`, { amount: 100 })).statusCode).toBe(400);
    expect(
      (await finance.post(`/api/cases/${caseId}/lodgings`, { amount: 100, reason: '有争议' })).statusCode,
    ).toBe(403);
    const beyond = await officer.post(`/api/cases/${caseId}/lodgings`, { amount: 600_000, reason: '有争议' });
    expect(beyond.statusCode).toBe(409);
    expect(beyond.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['funds.balance']);

    const lodged = await officer.post(`/api/cases/${caseId}/lodgings`, {
      amount: 300_000,
      reason: '案外人对其中3,000元主张权利，已提起异议',
    });
    expect(lodged.statusCode).toBe(201);
    expect(lodged.json()).toMatchObject({ state: 'proposed', amount: 300_000, amountUpper: '叁仟元整' });
    expect(lodged.json().holdId).toBeUndefined();
    const id = lodged.json<{ id: string }>().id;
    expect(await account()).toMatchObject({ balance: 560_000, held: 300_000, available: 260_000 });

    // The undisputed part is paid first: only it can be proposed.
    const tooMuch = await officer.post(`/api/cases/${caseId}/payouts`, { amount: 260_001, payee: PAYEE });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().violations[0].ruleId).toBe('funds.balance');
    expect(
      (await officer.post(`/api/cases/${caseId}/payouts`, { amount: 260_000, payee: PAYEE })).statusCode,
    ).toBe(201);

    expect((await officer.post(`/api/lodgings/${id}/approve`)).statusCode).toBe(403);
    expect((await head.post(`/api/lodgings/${id}/release`, { reason: '争议已解决' })).statusCode).toBe(409);
    const approved = await head.post(`/api/lodgings/${id}/approve`);
    expect(approved.json()).toMatchObject({ state: 'approved', decidedBy: expect.any(String) });
    expect((await head.post(`/api/lodgings/${id}/refuse`, { reason: '不予批准' })).statusCode).toBe(409);
    expect((await account()).held).toBe(560_000);

    const released = await head.post(`/api/lodgings/${id}/release`, {
      reason: '异议之诉判决驳回，争议已解决',
    });
    expect(released.json()).toMatchObject({ state: 'released', endReason: '异议之诉判决驳回，争议已解决' });
    expect(await account()).toMatchObject({ held: 260_000, available: 300_000 });

    const second = (
      await officer.post(`/api/cases/${caseId}/lodgings`, { amount: 100_000, reason: '另有争议' })
    ).json<{
      id: string;
    }>();
    expect(
      (await head.post(`/api/lodgings/${second.id}/refuse`, { reason: '理由不成立' })).json().state,
    ).toBe('refused');
    expect((await account()).available).toBe(300_000);

    const list = (await officer.get(`/api/cases/${caseId}/lodgings`)).json<{ items: { state: string }[] }>();
    expect(list.items.map((l) => l.state)).toEqual(['refused', 'released']);
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json<{ timeline: { type: string }[] }>()
      .timeline;
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'funds.lodged',
        'funds.lodging_approved',
        'funds.lodging_ended',
        'funds.fee_booked',
      ]),
    );
    const other = await platform.as('officer2');
    expect((await other.get(`/api/cases/${caseId}/lodgings`)).statusCode).toBe(404);
    expect((await head.post('/api/lodgings/00000000-0000-4000-8000-000000000000/approve')).statusCode).toBe(
      404,
    );
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  });
});

describe('a distribution plan computed (参与分配, 首封优先)', () => {
  it('shares pro rata for a person, pays in seizure order for an enterprise, and asks an enterprise for seizure days', async () => {
    const claims = {
      amount: 100,
      costs: [],
      priority: [],
      ordinary: [
        { creditor: '甲', amount: 100, seizedOn: '2026-03-01' },
        { creditor: '乙', amount: 200, seizedOn: '2026-03-01' },
        { creditor: '丙', amount: 300, seizedOn: '2026-03-02' },
      ],
    };
    const person = await officer.post('/api/funds/distribution-plans', { ...claims, debtorKind: 'person' });
    expect(person.statusCode, person.body).toBe(200);
    expect(person.json()).toMatchObject({ ruleId: 'funds.distribution', surplus: 0 });
    expect(person.json().allocations.map((a: { allocated: number }) => a.allocated)).toEqual([17, 33, 50]);
    expect(person.json().remainderRule.zh).toContain('小数部分');
    const enterprise = await officer.post('/api/funds/distribution-plans', {
      ...claims,
      debtorKind: 'enterprise',
    });
    expect(enterprise.json()).toMatchObject({ ruleId: 'funds.seizure_order' });
    expect(enterprise.json().clause.zh).toContain('第514条');
    expect(enterprise.json().allocations.map((a: { allocated: number }) => a.allocated)).toEqual([33, 67, 0]);
    const undated = await officer.post('/api/funds/distribution-plans', {
      amount: 100,
      debtorKind: 'enterprise',
      ordinary: [{ creditor: '甲', amount: 100 }],
    });
    expect(undated.statusCode).toBe(400);
    expect(undated.json().errors[0].path).toBe('ordinary.0.seizedOn');
    expect(
      (await officer.post('/api/funds/distribution-plans', { amount: -1, debtorKind: 'person' })).statusCode,
    ).toBe(400);
    expect(
      (await platform.anonymous.post('/api/funds/distribution-plans', { amount: 1, debtorKind: 'person' }))
        .statusCode,
    ).toBe(401);
  });
});
