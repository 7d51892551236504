/**
 * `npm run bench -- inquiry [--debtors N] [--banks N] [--raw N] [--floor N] [--failures R]
 * [--roles all|api,worker…] [--pool N]`: a national sweep through the hub (网络查控) on PostgreSQL
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test; a fresh database
 * `zhixing_bench_inquiry`, or BENCH_DATABASE_NAME — two runs side by side each need their own — left
 * in place).
 *
 * 1. Baselines, measured first in the same run: the simulator's raw capacity (`bench/assist-sim.ts`,
 *    a hub-side client posting signed batches of 1,000 straight to the gateways with 4 in flight and
 *    a minimal callback receiver), and the database floor (`_inquiry-floor.ts`: the hub's own three
 *    statements per request, on a caseload of its own with --floor debtors, nothing else). Together
 *    with the CPU the simulator and the client spend per request they give the ceiling of any sweep
 *    on this machine.
 * 2. Generates open cases (`generateCaseload`) until their debtors number N (default 100,000).
 * 3. Starts the simulator (its own process, the national set: 24 banks by default, 37 institutions)
 *    with R (default 1%) of batches answered 503 and R of results never called back (found by
 *    polling), and the server (`serve --role all`, its own process) on the same database.
 * 4. The sweep: one round per case — every debtor × every institution — started through
 *    `InquiryService.startRounds` in transactions of 500 cases (as the dormant-case sweep will), then
 *    dispatched, answered and applied by the server. Timed from the first round to the last answer;
 *    the CPU each process spent on it is read from /proc.
 * 5. Proves nothing was lost or done twice: every request answered (none pending, none failed), the
 *    simulator's distinct request ids = its executions = the requests table, one complete round and
 *    one `inquiry.answered` per case; prints peak memory of the server and of the simulator.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPlatform, type Platform } from '../apps/server/src/app';
import { platformActor } from '../apps/server/src/modules/audit/service';
import { generateCaseload } from '../apps/server/src/modules/cases/generate';
import { seedDemoOrg } from '../apps/server/src/modules/org/demo';
import { loadConfig } from '../apps/server/src/platform/config';
import { openPostgres } from '../apps/server/src/platform/db';
import { backendsCpu, cpuSince, databaseFloor } from './_inquiry-floor';
import { admin, cpuOf, positive, urlOf } from './_shared';

const { values: args } = parseArgs({
  options: {
    debtors: { type: 'string', default: '100000' },
    banks: { type: 'string', default: '24' },
    raw: { type: 'string', default: '300000' },
    // Debtors of the database floor's own caseload (× every institution = its requests).
    floor: { type: 'string', default: '3000' },
    failures: { type: 'string', default: '0.01' },
    // The hub as one process (`all`), or as API nodes and workers side by side (`api,worker`).
    roles: { type: 'string', default: 'all' },
    // Connections each hub process keeps to PostgreSQL (DATABASE_POOL_SIZE); the server's default if not given.
    pool: { type: 'string' },
  },
});
const DEBTORS = positive(args.debtors, '--debtors');
const BANKS = positive(args.banks, '--banks');
const RAW = positive(args.raw, '--raw');
const FLOOR_DEBTORS = positive(args.floor, '--floor');
const FAILURES = Number(args.failures);
const ROLES = args.roles.split(',');
const POOL = args.pool === undefined ? undefined : positive(args.pool, '--pool');
if (
  !ROLES.every((role) => ['all', 'api', 'worker'].includes(role)) ||
  ROLES.filter((role) => role !== 'worker').length !== 1
)
  throw new Error(
    '--roles: one process taking callbacks (all or api), and any number of workers (api,worker)',
  );
const DATABASE = process.env.BENCH_DATABASE_NAME || 'zhixing_bench_inquiry';
const SECRET = 'bench-inquiry-secret';
const ROUNDS_PER_TRANSACTION = 500;
const root = path.resolve(import.meta.dirname, '..');
const log = (text: string) => process.stderr.write(`${text}\n`);
const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** Peak resident memory of a process (VmHWM), in MiB. */
function peakMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

/** A child process, resolved once a line of its stdout matches. */
function spawnUntil(
  command: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...command], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = ready.exec(seen);
      if (match) resolve({ child, match });
    });
    child.once('exit', (code) => reject(new Error(`${command.join(' ')} exited with ${code}: ${seen}`)));
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function simJson<T>(url: string, method: string, route: string, payload?: unknown): Promise<T> {
  const response = await fetch(url + route, {
    method,
    ...(payload === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }),
  });
  return (await response.json()) as T;
}

// ─── 1. The simulator's raw capacity ─────────────────────────────────────────────────────────────────

interface RawFigures {
  perSecond: number;
  /** CPU the simulator spent per request, and the minimal client (signing, posting, receiving callbacks). */
  simCpuPerRequestUs: number;
  clientCpuPerRequestUs: number;
}

async function rawCapacity(): Promise<RawFigures & { output: string }> {
  log(`raw capacity: bench/assist-sim.ts --requests ${RAW} --clients 4 --banks ${BANKS}`);
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/assist-sim.ts',
      '--requests',
      String(RAW),
      '--clients',
      '4',
      '--banks',
      String(BANKS),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the raw-capacity bench failed (${code}):\n${output}`);
  const line = /^raw figures: (.*)$/m.exec(output);
  if (!line) throw new Error(`no figures in the raw-capacity output:\n${output}`);
  return { ...(JSON.parse(line[1] as string) as RawFigures), output: output.replace(line[0], '').trim() };
}

// ─── 2. The caseload ─────────────────────────────────────────────────────────────────────────────────

async function freshPlatform(name: string): Promise<Platform> {
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const database = await openPostgres(urlOf(name), 8);
  await database.migrate();
  const config = loadConfig(
    { DATABASE_URL: urlOf(name), LOG_LEVEL: 'silent' },
    { demo: false, workers: false },
  );
  const platform = await createPlatform({ ...config, webDir: '' }, { database, logger: false });
  await seedDemoOrg(platform.services.org);
  return platform;
}

/** Open cases, oldest first, until their debtors number `wanted`: the sweep's caseload. */
async function sweepCases(platform: Platform, wanted: number): Promise<{ ids: string[]; debtors: number }> {
  // Most generated cases are closed by now (two years of filings); a sample tells how many to make.
  let cases = Math.ceil(wanted / 2);
  for (let seed = 20_260_401; ; seed += 1) {
    log(`generating ${count(cases)} cases`);
    await generateCaseload(platform, { cases, seed });
    const { rows } = await platform.database.sql.executeSql(
      `select c.id, count(*)::int as debtors from cases c join case_parties p on p.case_id = c.id and p.role = 'debtor'
        where c.status = 'open' group by c.id order by c.id`,
    );
    const ids: string[] = [];
    let debtors = 0;
    for (const row of rows) {
      if (debtors >= wanted) break;
      ids.push(String(row.id));
      debtors += Number(row.debtors);
    }
    if (debtors >= wanted) return { ids, debtors };
    const total = Number(
      (await platform.database.sql.executeSql('select count(*)::int as n from cases')).rows[0]?.n,
    );
    cases = Math.ceil((((wanted - debtors) * total) / Math.max(1, debtors)) * 1.05) + 100;
  }
}

// ─── 4. The sweep ────────────────────────────────────────────────────────────────────────────────────

/**
 * Pending requests by where they are — waiting in the queue, or in a batch until it is looked up (both
 * hold only what is in flight, so counting them stays cheap while the sweep runs) — and rounds still
 * running (complete once checked after their last answer).
 */
async function pendingCounts(platform: Platform): Promise<Record<string, number>> {
  const { rows } = await platform.database.sql.executeSql(
    `select 'queued' as status, count(*)::int as n from inquiry_queue
     union all select 'in batches', coalesce(sum(cardinality(request_ids)), 0)::int from inquiry_batches
     union all select 'rounds running', count(*)::int from inquiry_rounds where status = 'running'`,
  );
  return Object.fromEntries(rows.map((row) => [String(row.status), Number(row.n)]));
}

/** Finished requests by status: counted once, at the end. */
async function finishedCounts(platform: Platform): Promise<Record<string, number>> {
  const { rows } = await platform.database.sql.executeSql(
    'select status, count(*)::int as n from inquiry_requests group by status',
  );
  return Object.fromEntries(rows.map((row) => [String(row.status), Number(row.n)]));
}

async function sweep(platform: Platform, caseIds: string[], expected: number) {
  const started = performance.now();
  let enqueued = 0;
  for (let i = 0; i < caseIds.length; i += ROUNDS_PER_TRANSACTION) {
    const orders = caseIds
      .slice(i, i + ROUNDS_PER_TRANSACTION)
      .map((caseId) => ({ caseId, officerName: '张明' }));
    const started = await platform.database.transaction((tx) =>
      platform.services.inquiry.startRounds(tx, orders, platformActor),
    );
    enqueued += started.reduce((sum, round) => sum + round.requests, 0);
  }
  const enqueueSeconds = (performance.now() - started) / 1000;
  log(`  ${count(enqueued)} requests enqueued in ${enqueueSeconds.toFixed(1)} s`);
  if (enqueued !== expected) throw new Error(`enqueued ${enqueued}, expected ${expected}`);
  for (;;) {
    const counts = await pendingCounts(platform);
    // A batch lists its requests until it is looked up, answered or not: the rounds say what is done.
    const pending = (counts.queued ?? 0) + (counts['rounds running'] ?? 0);
    const seconds = (performance.now() - started) / 1000;
    log(`  ${seconds.toFixed(0)} s: ${JSON.stringify(counts)}`);
    if (pending === 0) return { seconds, enqueueSeconds, counts: await finishedCounts(platform) };
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

/** The hub's processes on one database: the one that takes callbacks listens on `port`, workers do not. */
async function startHub(port: number) {
  const env = {
    DATABASE_URL: urlOf(DATABASE),
    PORT: String(port),
    HOST: '127.0.0.1',
    ZHIXING_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Results that never come by callback are looked up after 10 s rather than 5 minutes, once their
    // batch's lease (the gateway's timeout and this margin) has passed.
    ZHIXING_INQUIRY_TUNING: JSON.stringify({
      pollAfterMs: 10_000,
      leaseMarginMs: 2000,
      maintenanceIntervalMs: 2000,
    }),
    LOG_LEVEL: 'error',
    ...(POOL === undefined ? {} : { DATABASE_POOL_SIZE: String(POOL) }),
  };
  return Promise.all(
    ROLES.map(async (role) => ({
      role,
      ...(await spawnUntil(
        ['apps/server/src/cli.ts', 'serve', '--role', role],
        env,
        role === 'worker' ? /role worker/ : /open http:/,
      )),
    })),
  );
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const raw = await rawCapacity();
  const sim = await spawnUntil(
    ['apps/assist-sim/src/main.ts', '--port', '0', '--banks', String(BANKS), '--secret', SECRET],
    {},
    /listening on (\S+)/,
  );
  const simUrl = sim.match[1] as string;
  const catalog = await simJson<{
    institutions: Parameters<Platform['services']['inquiry']['registry']['importCatalog']>[1];
  }>(simUrl, 'GET', '/sim/institutions');
  const caseload = async (name: string, wanted: number) => {
    const platform = await freshPlatform(name);
    const found = await sweepCases(platform, wanted);
    await platform.database.sql.executeSql('vacuum analyze');
    await platform.services.inquiry.registry.importCatalog(platformActor, catalog.institutions, {
      secret: SECRET,
    });
    return { platform, ...found };
  };

  const floorDatabase = `${DATABASE}_floor`;
  const floorCases = await caseload(floorDatabase, FLOOR_DEBTORS);
  log(`database floor: ${count(floorCases.debtors)} debtors × ${catalog.institutions.length} institutions`);
  const floor = await databaseFloor(
    floorCases.platform,
    floorDatabase,
    floorCases.ids,
    ROUNDS_PER_TRANSACTION,
  );
  await floorCases.platform.close();
  await admin(`drop database if exists ${floorDatabase} with (force)`);

  const { platform, ids, debtors } = await caseload(DATABASE, DEBTORS);
  const institutions = catalog.institutions.length;
  await simJson(simUrl, 'PUT', '/sim/faults', { errorRate: FAILURES, dropRate: FAILURES });

  const port = await freePort();
  const servers = await startHub(port);
  try {
    const expected = debtors * institutions;
    log(
      `sweep: ${count(ids.length)} cases, ${count(debtors)} debtors × ${institutions} institutions = ${count(expected)} requests`,
    );
    const cpuOfHub = () => servers.reduce((sum, server) => sum + cpuOf(server.child.pid as number), 0);
    const before = {
      hub: cpuOfHub(),
      sim: cpuOf(sim.child.pid as number),
      bench: cpuOf(process.pid),
      backends: await backendsCpu(platform, DATABASE),
    };
    const result = await sweep(platform, ids, expected);
    // Where the sweep's CPU went, per request (the bench process starts the rounds, as a sweep job would).
    const spent = {
      hub: cpuOfHub() - before.hub,
      'rounds started (bench process)': cpuOf(process.pid) - before.bench,
      PostgreSQL: cpuSince(before.backends, await backendsCpu(platform, DATABASE)),
      simulator: cpuOf(sim.child.pid as number) - before.sim,
    };
    const stats = await simJson<{
      totals: Record<string, number>;
      distinctRequests: number;
    }>(simUrl, 'GET', '/sim/stats');
    const rounds = await platform.database.sql.executeSql(
      `select (select count(*)::int from inquiry_rounds where status = 'complete') as complete,
              (select count(*)::int from case_events where type = 'inquiry.answered' and data ? 'roundId') as answered_events,
              (select count(*)::int from inquiry_requests) as requests`,
    );
    const hub = rounds.rows[0] as { complete: number; answered_events: number; requests: number };
    const perSecond = expected / result.seconds;
    const checks = {
      'requests in the table': hub.requests,
      answered: result.counts.answered ?? 0,
      'failed (given up)': result.counts.failed ?? 0,
      'distinct request ids at the simulator': stats.distinctRequests,
      'executed at the simulator': stats.totals.executed,
      'duplicates received (resends, not executed)': stats.totals.duplicates,
      'batches answered 503 (injected)': stats.totals.errors,
      'results dropped (injected, found by polling)': stats.totals.resultsDropped,
      lookups: stats.totals.lookups,
      'rounds complete / cases': `${hub.complete} / ${ids.length}`,
      'inquiry.answered events': hub.answered_events,
    };
    const exact =
      hub.requests === expected &&
      (result.counts.answered ?? 0) === expected &&
      stats.distinctRequests === expected &&
      stats.totals.executed === expected &&
      hub.complete === ids.length &&
      hub.answered_events === ids.length;
    process.stdout.write(
      `\n${raw.output.trim()}\n\ninquiry sweep on PostgreSQL (hub processes ${ROLES.join(' + ')} and the simulator, same machine)\n`,
    );
    console.table([
      {
        run: 'simulator raw capacity (baseline)',
        requests: RAW,
        'requests/s': Math.round(raw.perSecond),
        'vs raw': '100%',
      },
      {
        run: `sweep: ${count(debtors)} debtors × ${institutions}`,
        requests: expected,
        seconds: Number(result.seconds.toFixed(1)),
        'requests/s': Math.round(perSecond),
        'vs raw': `${Math.round((100 * perSecond) / raw.perSecond)}%`,
      },
    ]);
    console.table(checks);
    const cores = availableParallelism();
    const sweepCpu = Object.values(spent).reduce((sum, seconds) => sum + seconds, 0);
    process.stdout.write(
      `\nthe sweep's CPU, per request (${cores} cores: ${((1e6 * cores) / perSecond).toFixed(0)} µs of machine time per request at this rate)\n`,
    );
    console.table(
      Object.fromEntries(
        [...Object.entries(spent), ['all', sweepCpu] as const].map(([what, seconds]) => [
          what,
          {
            'CPU s': Number(seconds.toFixed(1)),
            'µs/request': Number(((seconds * 1e6) / expected).toFixed(1)),
          },
        ]),
      ),
    );
    const floorUs = floor.at(-1)?.cpuPerRequestUs ?? 0;
    const leastUs = floorUs + raw.simCpuPerRequestUs + raw.clientCpuPerRequestUs;
    const ceiling = (1e6 * cores) / leastUs;
    process.stdout.write(
      `\nbaseline: the database floor (${floorDatabase}: each request started, claimed and answered, one statement after another, no hub logic)\n`,
    );
    console.table(
      floor.map((step) => ({
        step: step.step,
        requests: step.requests,
        seconds: Number(step.seconds.toFixed(1)),
        'PostgreSQL CPU µs/request': Number(step.cpuPerRequestUs.toFixed(1)),
      })),
    );
    process.stdout.write(
      floorUs > 0
        ? `ceiling on this machine: ${cores} cores / (database floor ${floorUs.toFixed(1)} µs + simulator ${raw.simCpuPerRequestUs.toFixed(1)} µs + minimal client ${raw.clientCpuPerRequestUs.toFixed(1)} µs per request) = ${count(ceiling)} requests/s = ${Math.round((100 * ceiling) / raw.perSecond)}% of raw capacity, for a hub that did nothing else\n`
        : "ceiling: not measured (the database backends' CPU is not readable here: PostgreSQL runs on another machine)\n",
    );
    process.stdout.write(
      `enqueue (rounds started, ${ROUNDS_PER_TRANSACTION} cases a transaction): ${result.enqueueSeconds.toFixed(1)} s\n` +
        `time to complete: ${result.seconds.toFixed(1)} s (goal: under 600 s at ≥ 50% of raw capacity)\n` +
        `peak memory: hub ${servers.map((server) => `${server.role} ${peakMiB(server.child.pid as number)} MiB`).join(', ')}, simulator ${peakMiB(sim.child.pid as number)} MiB, ` +
        `bench process ${peakMiB(process.pid)} MiB\n` +
        `nothing lost or done twice: ${exact ? 'yes' : 'NO'}\n`,
    );
    if (!exact) process.exitCode = 1;
  } finally {
    for (const server of servers) server.child.kill('SIGTERM');
    sim.child.kill('SIGTERM');
    await platform.close();
  }
}

await main();
