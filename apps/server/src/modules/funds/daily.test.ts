import { ESCROW_BANK_CODE } from '@zhixing/assist-protocol';
import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, sim, startTestSimulator } from '../../test/simulator';

/**
 * With workers running, as in production: a payout whose bank answer was lost is sent again by the
 * 15 s resend without a restart, and the ticker's daily task reconciles the ledger with the bank.
 */
const PAYEE = { accountNo: '6222020200112233445', accountName: '王小明' };

let platform: TestPlatform;
let simulator: RunningSimulator;
let officer: Client;
let head: Client;
let finance: Client;
let caseId: string;
let accountNo: string;

const balance = async () =>
  (await officer.get(`/api/cases/${caseId}/account`)).json<{ balance: number; held: number }>();

beforeAll(async () => {
  platform = await createTestPlatform({ listen: true, workers: true, clock: 'settable' });
  simulator = await startTestSimulator(platform);
  const address = platform.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  await sim(simulator, 'PUT', '/sim/bank/subscription', { url: `http://127.0.0.1:${address.port}` });
  officer = await platform.as('officer');
  head = await platform.as('head');
  finance = await platform.as('finance');
  caseId = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
  accountNo = (await officer.get(`/api/cases/${caseId}/account`)).json<{ accountNo: string }>().accountNo;
  await sim(simulator, 'POST', '/sim/bank/transfers', {
    toAccount: accountNo,
    amount: 800_000,
    payerName: '李四',
  });
  await eventually(balance, (a) => a.balance === 800_000, 10_000);
});
afterAll(async () => {
  await simulator.close();
  await platform.close();
});

describe('payouts still executing', () => {
  it('are sent again by the periodic resend while the server keeps running, and paid once', async () => {
    const { id } = (
      await officer.post(`/api/cases/${caseId}/payouts`, { amount: 300_000, payee: PAYEE })
    ).json<{
      id: string;
    }>();
    expect((await head.post(`/api/payouts/${id}/approve`)).statusCode).toBe(200);
    await sim(simulator, 'PUT', `/sim/faults/${ESCROW_BANK_CODE}`, { errorRate: 1 });
    const executed = await finance.post(`/api/payouts/${id}/execute`);
    expect(executed.json()).toMatchObject({ state: 'executing' });
    await sim(simulator, 'DELETE', `/sim/faults/${ESCROW_BANK_CODE}`);
    const state = async () =>
      (await officer.get(`/api/cases/${caseId}/payouts`))
        .json<{ items: { id: string; state: string }[] }>()
        .items.find((p) => p.id === id)?.state;
    // The resend runs every 15 s; a loaded machine may take longer, and no restart happens meanwhile.
    await eventually(state, (s) => s === 'paid', 45_000);
    expect(simulator.simulator.accounts.lines.filter((l) => l.kind === 'payout')).toHaveLength(1);
    expect(await balance()).toMatchObject({ balance: 500_000, held: 0 });
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  }, 60_000);
});

describe('daily reconciliation', () => {
  it('runs once a legal day from the ticker, books a line the push lost and shows it to finance', async () => {
    // Every line so far pushed and booked first; then a deposit the bank never pushes: only
    // reconciliation finds it.
    await eventually(
      async () => simulator.simulator.statements.delivered,
      (n) => n >= simulator.simulator.accounts.lines.length,
      15_000,
    );
    simulator.simulator.statements.subscribe(null);
    await sim(simulator, 'POST', '/sim/bank/transfers', {
      toAccount: accountNo,
      amount: 12_345,
      payerName: '王五',
    });
    const before = (await finance.get('/api/funds/reconciliations')).json<{ items: unknown[] }>().items
      .length;
    const tomorrow = new Date(platform.clock.now().getTime() + 86_400_000).toISOString();
    await (await platform.as('admin')).post('/api/admin/clock', { now: tomorrow });
    expect(await platform.ticker.tick()).toContain('funds.reconcile-daily');
    expect(await platform.ticker.tick()).not.toContain('funds.reconcile-daily');
    const items = await eventually(
      async () =>
        (await finance.get('/api/funds/reconciliations')).json<{
          items: { createdBy: string; bankLines: number; exceptions: { kind: string; amount: number }[] }[];
        }>().items,
      (list) => list.length > before,
      20_000,
    );
    expect(items).toHaveLength(before + 1);
    expect(items[0]?.createdBy).toBe('system');
    expect(items[0]?.exceptions).toEqual([expect.objectContaining({ kind: 'missing', amount: 12_345 })]);
    expect((await balance()).balance).toBe(512_345);
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  }, 40_000);
});
