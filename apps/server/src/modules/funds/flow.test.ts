import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, sim, startTestSimulator } from '../../test/simulator';

interface Account {
  accountNo: string;
  balance: number;
  available: number;
  held: number;
  performed: number;
  entries: { id: string; kind: string; phase: string; amount: number }[];
}

const PAYEE = { accountNo: '6222020200112233445', accountName: '王小明' };

let platform: TestPlatform;
let simulator: RunningSimulator;
let officer: Client;
let head: Client;
let finance: Client;
let caseId: string;

const account = async () => (await officer.get(`/api/cases/${caseId}/account`)).json<Account>();
const pay = (toAccount: string, amount: number, payerName = '北京某某贸易有限公司') =>
  sim<{ transferId: string }>(simulator, 'POST', '/sim/bank/transfers', { toAccount, amount, payerName });

beforeAll(async () => {
  platform = await createTestPlatform({ listen: true });
  simulator = await startTestSimulator(platform);
  const address = platform.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  await sim(simulator, 'PUT', '/sim/bank/subscription', { url: `http://127.0.0.1:${address.port}` });
  officer = await platform.as('officer');
  head = await platform.as('head');
  finance = await platform.as('finance');
  const filed = await officer.post('/api/cases', filing());
  expect(filed.statusCode).toBe(201);
  caseId = filed.json<{ id: string }>().id;
});
afterAll(async () => {
  await simulator.close();
  await platform.close();
});

describe('money in: the bank pushes signed statement lines', () => {
  it('opens the case account at filing, with a check-digit number and nothing in it', async () => {
    const opened = await account();
    expect(opened.accountNo).toMatch(/^\d{19}$/);
    expect(opened).toMatchObject({ balance: 0, available: 0, held: 0, entries: [] });
  });

  it('books a transfer to the case account, counts it performed and starts funds.payout_notice', async () => {
    const { accountNo } = await account();
    const { transferId } = await pay(accountNo, 1_234_567);
    expect(transferId).toBeTruthy();
    const booked = await eventually(account, (a) => a.balance === 1_234_567, 10_000);
    expect(booked.performed).toBe(1_234_567);
    expect(booked.entries).toMatchObject([{ kind: 'deposit', phase: 'single', amount: 1_234_567 }]);
    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{ deadlines: { ruleId: string }[] }>();
    expect(detail.deadlines.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['funds.payout_notice', 'funds.unpaid']),
    );
  });

  it('leaves money to a number with a wrong check digit unidentified, and finance matches it by hand', async () => {
    const { accountNo } = await account();
    const wrong = `${accountNo.slice(0, -1)}${(Number(accountNo.slice(-1)) + 1) % 10}`;
    await pay(wrong, 50_000, '张三');
    const listed = await eventually(
      async () =>
        (await finance.get('/api/funds/unidentified')).json<{
          items: { id: string; amount: number; payerName: string }[];
        }>(),
      (body) => body.items.some((item) => item.payerName === '张三'),
      10_000,
    );
    const item = listed.items.find((i) => i.payerName === '张三');
    expect(item).toMatchObject({ amount: 50_000 });
    expect((await account()).balance).toBe(1_234_567);
    expect((await officer.post(`/api/funds/unidentified/${item?.id}/match`, { caseId })).statusCode).toBe(
      403,
    );
    const matched = await finance.post(`/api/funds/unidentified/${item?.id}/match`, { caseId });
    expect(matched.statusCode).toBe(200);
    expect((await account()).balance).toBe(1_284_567);
    expect((await finance.post(`/api/funds/unidentified/${item?.id}/match`, { caseId })).statusCode).toBe(
      404,
    );
  });

  it('books money for a case that came in without a filing (no account yet) by the number it encodes', async () => {
    const other = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
    const { rows } = await platform.database.sql.executeSql(
      'delete from fund_accounts where case_id = $1 returning account_no',
      [other],
    );
    const accountNo = String(rows[0]?.account_no);
    const delivered = simulator.simulator.statements.delivered;
    await pay(accountNo, 7_700);
    // Read only once the line was taken: the read would open the account itself.
    await eventually(
      async () => simulator.simulator.statements.delivered,
      (n) => n > delivered,
      10_000,
    );
    const opened = (await officer.get(`/api/cases/${other}/account`)).json<Account>();
    expect(opened).toMatchObject({ accountNo, balance: 7_700 });
  });

  it('absorbs a statement line sent twice (the bank retries): booked once', async () => {
    const before = await account();
    const line = simulator.simulator.accounts.lines.at(-2);
    if (!line) throw new Error('no line');
    simulator.simulator.statements.publish(line);
    await eventually(
      async () => simulator.simulator.statements.delivered,
      (n) => n >= 3,
      10_000,
    );
    expect((await account()).balance).toBe(before.balance);
  });
});

describe('payouts: propose, approve, execute through the bank', () => {
  it('refuses bad amounts with 400 and changes nothing', async () => {
    for (const amount of [0, -5, 12.5, '100']) {
      const response = await officer.post(`/api/cases/${caseId}/payouts`, { amount, payee: PAYEE });
      expect(response.statusCode).toBe(400);
    }
    expect((await account()).held).toBe(0);
  });

  it('refuses another account (funds.payee) and more than the balance (funds.balance) with 409', async () => {
    const other = await officer.post(`/api/cases/${caseId}/payouts`, {
      amount: 100,
      payee: { accountNo: '6222000011112222333', accountName: '执行员个人' },
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['funds.payee']);
    expect(other.json().violations[0].message).toContain('不是立案时确认的收款账户');
    const english = await officer.request(
      'POST',
      `/api/cases/${caseId}/payouts`,
      { amount: 100, payee: { accountNo: '6222000011112222333', accountName: '执行员个人' } },
      { 'accept-language': 'en' },
    );
    expect(english.json().violations[0]).toMatchObject({
      ruleId: 'funds.payee',
      clause: 'Opinion-2021 art. 20',
    });
    expect(english.json().violations[0].message).toContain('not the payout account confirmed at filing');
    const beyond = await officer.post(`/api/cases/${caseId}/payouts`, { amount: 9_999_999, payee: PAYEE });
    expect(beyond.statusCode).toBe(409);
    expect(beyond.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['funds.balance']);
  });

  it('holds, approves, pays once through the bank, and the ledger verifies', async () => {
    const proposed = await officer.request(
      'POST',
      `/api/cases/${caseId}/payouts`,
      { amount: 1_000_000, payee: PAYEE },
      {
        'idempotency-key': 'payout-key-0001',
      },
    );
    expect(proposed.statusCode).toBe(201);
    const again = await officer.request(
      'POST',
      `/api/cases/${caseId}/payouts`,
      { amount: 1_000_000, payee: PAYEE },
      {
        'idempotency-key': 'payout-key-0001',
      },
    );
    expect(again.json()).toEqual(proposed.json());
    const { id } = proposed.json<{ id: string }>();
    expect(await account()).toMatchObject({ balance: 1_284_567, held: 1_000_000, available: 284_567 });
    expect((await finance.post(`/api/payouts/${id}/execute`)).statusCode).toBe(409);
    expect((await officer.post(`/api/payouts/${id}/approve`)).statusCode).toBe(403);
    expect((await head.post(`/api/payouts/${id}/approve`)).json()).toMatchObject({ state: 'approved' });
    const queue = (await finance.get('/api/funds/payouts?state=approved')).json<{
      items: { id: string }[];
    }>();
    expect(queue.items.map((p) => p.id)).toContain(id);
    const executed = await finance.post(`/api/payouts/${id}/execute`);
    expect(executed.json()).toMatchObject({ state: 'paid', amountUpper: '壹万元整' });
    expect(await account()).toMatchObject({ balance: 284_567, held: 0, available: 284_567 });
    const bankLines = simulator.simulator.accounts.lines.filter((l) => l.kind === 'payout');
    expect(bankLines).toHaveLength(1);
    await eventually(
      async () => simulator.simulator.statements.delivered,
      (n) => n >= (bankLines[0]?.seq ?? 0),
      10_000,
    );
    expect((await account()).balance).toBe(284_567);
    const verify = await finance.get('/api/funds/verify');
    expect(verify.json()).toMatchObject({ ok: true });
    expect((await officer.get('/api/funds/verify')).statusCode).toBe(403);
  });

  it('voids the hold when the head refuses', async () => {
    const proposed = await officer.post(`/api/cases/${caseId}/payouts`, { amount: 200_000, payee: PAYEE });
    const { id } = proposed.json<{ id: string }>();
    expect((await account()).held).toBe(200_000);
    const refused = await head.post(`/api/payouts/${id}/refuse`, { reason: '款项有争议' });
    expect(refused.json()).toMatchObject({ state: 'refused', reason: '款项有争议' });
    expect(await account()).toMatchObject({ held: 0, available: 284_567 });
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  });
});

describe('cash and counter receipts', () => {
  it('books cash two officers took and handed over the same day, with a receipt in capitals', async () => {
    const before = await account();
    const today = platform.services.funds.today();
    const cash = {
      amount: 150_000,
      payerName: '被执行人李四',
      method: 'cash',
      collectedBy: ['张明', '陈静'],
      collectedOn: today,
      handedOverOn: today,
      payerSigned: true,
    };
    expect((await officer.post(`/api/cases/${caseId}/cash`, cash)).statusCode).toBe(403);
    const receipt = await finance.post(`/api/cases/${caseId}/cash`, cash);
    expect(receipt.statusCode).toBe(201);
    expect(receipt.json()).toMatchObject({ amountUpper: '壹仟伍佰元整', amountText: '¥1,500.00' });
    expect(await account()).toMatchObject({
      balance: before.balance + 150_000,
      performed: before.performed + 150_000,
    });
  });

  it('refuses cash taken by one officer, unsigned, handed over late, with 409 funds.cash, booking nothing', async () => {
    const before = await account();
    const today = platform.services.funds.today();
    const refused = await finance.post(`/api/cases/${caseId}/cash`, {
      amount: 10_000,
      payerName: '某人',
      method: 'cash',
      collectedBy: ['张明'],
      collectedOn: '2026-01-05',
      handedOverOn: today,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['funds.cash']);
    expect(refused.json().violations[0].message).toContain('两名');
    expect((await account()).balance).toBe(before.balance);
    const counter = await finance.post(`/api/cases/${caseId}/cash`, {
      amount: 10_000,
      payerName: '某人',
      method: 'counter',
      collectedOn: today,
      handedOverOn: today,
    });
    expect(counter.statusCode).toBe(201);
  });
});

describe('reconciliation against the bank’s statement', () => {
  it('finds nothing to report when every line arrived, then books and reports a line never pushed', async () => {
    const first = await finance.post('/api/funds/reconciliations');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ fromSeq: 0, exceptions: [] });
    expect(first.json().bankLines).toBe(simulator.simulator.accounts.lines.length);

    simulator.simulator.statements.subscribe(null);
    const before = await account();
    await pay(before.accountNo, 3_300);
    const second = (await finance.post('/api/funds/reconciliations')).json();
    expect(second).toMatchObject({ bankLines: 1, exceptions: [{ kind: 'missing', amount: 3_300 }] });
    expect((await account()).balance).toBe(before.balance + 3_300);
    expect((await finance.get('/api/funds/reconciliations')).json().items[0].exceptions).toHaveLength(1);
    expect((await officer.post('/api/funds/reconciliations')).statusCode).toBe(403);
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  });
});
