import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../platform/db';
import { serverRoot } from '../../platform/paths';
import { adminQuery, testDatabaseUrl, withDatabaseName } from '../../test/database';
import { filing, idNumber } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, sim, startTestSimulator } from '../../test/simulator';

/**
 * Nothing is lost or done twice when a worker dies mid-flight: a worker process (`serve --role
 * worker`) on PostgreSQL is killed (SIGKILL) while its batches are at the institutions, a new one is
 * started, and the simulator's counters show every request carried out exactly once — the freeze
 * included — and the hub shows every request answered once.
 *
 * Two processes cannot share the embedded database, so this test needs a PostgreSQL server:
 * TEST_DATABASE_URL, else the local one. Without one it is skipped locally, and fails under CI.
 */
const BASE_URL = testDatabaseUrl() ?? 'postgres://postgres@127.0.0.1:5432/test';
const probe = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 2000 });
const reachable = await probe.connect().then(
  () => probe.end().then(() => true),
  () => false,
);
if (!reachable && process.env.CI) throw new Error(`the crash test needs PostgreSQL at ${BASE_URL}`);

const CASES = 12;
/** Requests in flight: what the batches list. */
const IN_BATCHES = 'select coalesce(sum(cardinality(request_ids)), 0)::int as n from inquiry_batches';
const TUNING = { leaseMarginMs: 500, dispatchLeaseMs: 2000, maintenanceIntervalMs: 200, pollAfterMs: 800 };

let name: string;
let url: string;
let api: TestPlatform;
let simulator: RunningSimulator;
let worker: ChildProcess | null = null;

function startWorker(): ChildProcess {
  const address = api.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(serverRoot, 'src/cli.ts'), 'serve', '--role', 'worker'],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        ZHIXING_PUBLIC_URL: `http://127.0.0.1:${address.port}`,
        ZHIXING_INQUIRY_TUNING: JSON.stringify(TUNING),
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return child;
}

async function count(sql: string, values: unknown[] = []): Promise<number> {
  const { rows } = await api.database.sql.executeSql(sql, values);
  return Number(rows[0]?.n ?? 0);
}

beforeAll(async () => {
  if (!reachable) return;
  name = `zhixing_hub_crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await adminQuery(BASE_URL, `create database ${name}`);
  url = withDatabaseName(BASE_URL, name);
  const database = await openPostgres(url);
  await database.migrate();
  api = await createTestPlatform({ database, listen: true });
  // Batches wait at the institutions long enough to kill the worker meanwhile; results never come by
  // callback, so what the dead worker sent is found again only by resending (or polling).
  simulator = await startTestSimulator(api, { faults: { all: { latencyMs: 1500, dropRate: 1 } } });
}, 120_000);

afterAll(async () => {
  if (!reachable) return;
  worker?.kill('SIGKILL');
  await simulator?.close();
  await api?.close();
  await adminQuery(BASE_URL, `drop database if exists ${name} with (force)`);
});

describe.skipIf(!reachable)('a worker killed mid-batch', () => {
  it('leaves every request answered exactly once after a restart, the freeze carried out once', async () => {
    const officer = await api.as('officer');
    const debtorId = idNumber('19850505', '123');
    await sim(simulator, 'PUT', `/sim/subjects/${debtorId}`, {
      holdings: [{ category: 'bank', institution: 'bank.icbc', balance: 8_000_000 }],
    });
    const holding = (
      await sim<{ holdings: { assetRef: string }[] }>(simulator, 'GET', `/sim/subjects/${debtorId}`)
    ).holdings[0] as { assetRef: string };
    const caseIds: string[] = [];
    for (let i = 0; i < CASES; i += 1) {
      const debtor = {
        kind: 'person',
        name: `被执行人${i}`,
        idNumber: i === 0 ? debtorId : idNumber('19700101', String(200 + i)),
      };
      caseIds.push(
        (await officer.post('/api/cases', filing({ debtors: [debtor] }))).json<{ id: string }>().id,
      );
    }
    // No worker yet: each filing left its start-round job; a freeze of the first debtor's deposit is queued.
    const [first] = caseIds;
    const { rows } = await api.database.sql.executeSql(
      `select c.id, c.court_id, c.case_number, p.id as party_id, i.id as institution_id
         from cases c join case_parties p on p.case_id = c.id and p.role = 'debtor', institutions i
        where c.id = $1 and i.code = 'bank.icbc'`,
      [first],
    );
    const target = rows[0] as Record<string, string>;
    const freezeIds = await api.database.transaction((tx) =>
      api.services.inquiry.enqueue(tx, [
        {
          caseId: target.id as string,
          courtId: target.court_id as string,
          partyId: target.party_id as string,
          institutionId: target.institution_id as string,
          kind: 'freeze',
          subject: { kind: 'person', name: '被执行人0', identifier: debtorId },
          basis: {
            caseNumber: target.case_number as string,
            courtCode: '京0105',
            courtName: '北京市朝阳区人民法院',
            documentId: randomUUID(),
            documentTitle: '协助冻结存款通知书',
            officerName: '张明',
          },
          assetRef: holding.assetRef,
          amount: 3_000_000,
          until: '2027-06-30',
        },
      ]),
    );
    const institutions = (await api.services.inquiry.institutions(api.database.db)).length;
    const total = CASES * institutions + 1;

    worker = startWorker();
    // The worker starts the filings' rounds, then dispatches; it is killed while batches are claimed
    // and at the institutions (each waits 1.5 s for its answer, its receipt not yet back). Their
    // requests stay `sent`; the restarted worker looks them up and sends again what never arrived.
    await eventually(
      () => count('select count(*)::int as n from inquiry_rounds'),
      (n) => n === CASES,
      60_000,
    );
    await eventually(
      () => count(IN_BATCHES),
      (sent) => sent > 0,
      60_000,
    );
    await eventually(
      async () => (await sim<{ totals: { batches: number } }>(simulator, 'GET', '/sim/stats')).totals.batches,
      (n) => n > 0,
      60_000,
    );
    worker.kill('SIGKILL');
    await new Promise((resolve) => worker?.once('exit', resolve));
    const stranded = await count(IN_BATCHES);
    expect(stranded).toBeGreaterThan(0);

    worker = startWorker();
    await eventually(
      () => count("select count(*)::int as n from inquiry_requests where status <> 'answered'"),
      (open) => open === 0,
      240_000,
    );

    const stats = await sim<{ totals: { executed: number; lookups: number }; distinctRequests: number }>(
      simulator,
      'GET',
      '/sim/stats',
    );
    // What the dead worker had sent was looked up (what never arrived, sent again): each request
    // reached the institution and was carried out exactly once.
    expect(stats.totals.lookups).toBeGreaterThan(0);
    expect(stats.distinctRequests).toBe(total);
    expect(stats.totals.executed).toBe(total);
    expect(await count("select count(*)::int as n from inquiry_requests where status = 'answered'")).toBe(
      total,
    );
    // One round complete per case, recorded once on each timeline. Completion is checked after the
    // last answers commit (RoundSettler): when lookups bring them all in one burst, a moment later.
    await eventually(
      () => count("select count(*)::int as n from inquiry_rounds where status = 'complete'"),
      (complete) => complete === CASES,
      30_000,
    );
    expect(await count("select count(*)::int as n from case_events where type = 'inquiry.answered'")).toBe(
      CASES,
    );
    // The freeze: carried out once (one control of this court on the deposit), answered once.
    const subject = await sim<{
      holdings: { assetRef: string; controls: { courtCode: string; amount: number }[] }[];
    }>(simulator, 'GET', `/sim/subjects/${debtorId}`);
    const controls = subject.holdings.find((h) => h.assetRef === holding.assetRef)?.controls ?? [];
    expect(controls.filter((c) => c.courtCode === '京0105')).toEqual([
      expect.objectContaining({ amount: 3_000_000 }),
    ]);
    const { rows: freeze } = await api.database.sql.executeSql(
      "select status, result->>'status' as outcome from inquiry_requests where id = $1",
      [freezeIds[0]],
    );
    expect(freeze[0]).toEqual({ status: 'answered', outcome: 'completed' });
  }, 420_000);
});
