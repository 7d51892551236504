import { randomUUID } from 'node:crypto';
import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../platform/db';
import { adminQuery, testDatabaseUrl, withDatabaseName } from '../../test/database';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, sim, startTestSimulator } from '../../test/simulator';

/**
 * On PostgreSQL (several connections, real concurrency): many payouts proposed at once against one
 * balance hold no more than it; and a payout whose bank answer is lost (the platform stopped while
 * the bank carried it out) is paid exactly once after a restart. Needs a PostgreSQL server:
 * TEST_DATABASE_URL, else the local one; without one it is skipped locally, and fails under CI.
 */
const BASE_URL = testDatabaseUrl() ?? 'postgres://postgres@127.0.0.1:5432/test';
const probe = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 2000 });
const reachable = await probe.connect().then(
  () => probe.end().then(() => true),
  () => false,
);
if (!reachable && process.env.CI)
  throw new Error(`the funds PostgreSQL tests need PostgreSQL at ${BASE_URL}`);

const PAYEE = { accountNo: '6222020200112233445', accountName: '王小明' };
const BANK = 'bank.icbc';

let name: string;
let url: string;
let platform: TestPlatform;
let simulator: RunningSimulator;

async function start(): Promise<TestPlatform> {
  const database = await openPostgres(url, 12);
  const started = await createTestPlatform({ database, listen: true, workers: true });
  const address = started.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  simulator.simulator.statements.subscribe(`http://127.0.0.1:${address.port}`);
  return started;
}

async function fundedCase(officer: Client, amount: number): Promise<{ id: string; accountNo: string }> {
  const { id } = (await officer.post('/api/cases', filing())).json<{ id: string }>();
  const account = async () =>
    (await officer.get(`/api/cases/${id}/account`)).json<{ accountNo: string; balance: number }>();
  const { accountNo } = await account();
  await sim(simulator, 'POST', '/sim/bank/transfers', {
    toAccount: accountNo,
    amount,
    payerName: '被执行人',
  });
  await eventually(account, (a) => a.balance === amount, 10_000);
  return { id, accountNo };
}

beforeAll(async () => {
  if (!reachable) return;
  name = `zhixing_funds_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await adminQuery(BASE_URL, `create database ${name}`);
  url = withDatabaseName(BASE_URL, name);
  const database = await openPostgres(url);
  await database.migrate();
  await database.close();
  // The simulator first (its bank pushes statements to whichever platform subscribes).
  const bootstrap = await createTestPlatform({ database: await openPostgres(url) });
  simulator = await startTestSimulator(bootstrap);
  await bootstrap.close();
  platform = await start();
}, 120_000);

afterAll(async () => {
  if (!reachable) return;
  await simulator?.close();
  await platform?.close();
  await adminQuery(BASE_URL, `drop database if exists ${name} with (force)`);
});

describe.skipIf(!reachable)('funds on PostgreSQL', () => {
  it('holds no more than the balance when 20 payouts are proposed at once', async () => {
    const officer = await platform.as('officer');
    const { id } = await fundedCase(officer, 1_000_000);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        officer.post(`/api/cases/${id}/payouts`, { amount: 100_000, payee: PAYEE }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(10);
    for (const answer of answers.filter((a) => a.statusCode === 409)) {
      expect(answer.json().violations[0].ruleId).toBe('funds.balance');
    }
    const account = (await officer.get(`/api/cases/${id}/account`)).json<{
      held: number;
      available: number;
    }>();
    expect(account).toMatchObject({ held: 1_000_000, available: 0 });
    const finance = await platform.as('finance');
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  });

  it('pays a payout whose bank answer was lost exactly once after a restart', async () => {
    const officer = await platform.as('officer');
    const head = await platform.as('head');
    const finance = await platform.as('finance');
    const { id, accountNo } = await fundedCase(officer, 500_000);
    const { id: payoutId } = (
      await officer.post(`/api/cases/${id}/payouts`, { amount: 300_000, payee: PAYEE })
    ).json<{ id: string }>();
    await head.post(`/api/payouts/${payoutId}/approve`);
    // The bank carries the instruction out but its answer never comes, and no statement reaches us.
    simulator.simulator.statements.subscribe(null);
    await platform.database.sql.executeSql('update institutions set timeout_ms = 300 where code = $1', [
      BANK,
    ]);
    await sim(simulator, 'PUT', `/sim/faults/${BANK}`, { timeoutRate: 1, holdMs: 5_000 });
    const executed = await finance.post(`/api/payouts/${payoutId}/execute`);
    expect(executed.json()).toMatchObject({ state: 'executing' });
    const paidOut = () => simulator.simulator.accounts.lines.filter((l) => l.reference === `PAY-${payoutId}`);
    expect(paidOut()).toHaveLength(1);

    // The bank answers again, in its usual time: the resend at start must not time out on a busy machine.
    await platform.database.sql.executeSql('update institutions set timeout_ms = default where code = $1', [
      BANK,
    ]);
    await platform.close();
    await sim(simulator, 'DELETE', `/sim/faults/${BANK}`);
    platform = await start();
    const again = await platform.as('officer');
    const paid = await eventually(
      async () =>
        (await again.get(`/api/cases/${id}/payouts`)).json<{ items: { id: string; state: string }[] }>(),
      (body) => body.items.some((p) => p.id === payoutId && p.state === 'paid'),
      60_000,
    );
    expect(paid.items.find((p) => p.id === payoutId)?.state).toBe('paid');
    expect(paidOut()).toHaveLength(1);
    // The statement's payout line arrives after: it confirms nothing twice.
    await eventually(
      async () => simulator.simulator.statements.delivered,
      () => simulator.simulator.statements.pending === 0,
      10_000,
    );
    const account = (await again.get(`/api/cases/${id}/account`)).json<{
      balance: number;
      held: number;
      accountNo: string;
    }>();
    expect(account).toMatchObject({ balance: 200_000, held: 0, accountNo });
    expect((await (await platform.as('finance')).get('/api/funds/verify')).json()).toMatchObject({
      ok: true,
    });
  }, 120_000);
});
