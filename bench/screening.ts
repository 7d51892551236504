/**
 * `npm run bench -- screening [--listings N] [--batches N] [--seconds S] [--rate R]`: the partner
 * screening service (联合惩戒筛查) against its baseline, on PostgreSQL (BENCH_DATABASE_URL; a fresh
 * database `zhixing_bench_screening`, left in place).
 *
 * 1. Writes N measures in force (default 10,000,000; run small sizes on a shared machine) into
 *    credit_screening, each keyed by the digest of a valid identity number, and the same numbers into a
 *    baseline table with a primary-key index.
 * 2. Index: loads the in-memory index in this process (ScreeningIndex.start) — rebuild time and the
 *    heap it adds.
 * 3. A server process (`serve --role api`) on the database, with a partner key: identity checks per
 *    second over HTTP in batches of 1,000 (a tenth of them listed), 4 calls in flight; then single
 *    checks at R requests/s (default 1,000) for S seconds, open loop — p50/p99 latency, timed from the
 *    moment each call was due. The client is node:http with keep-alive and at most 64 connections
 *    (fetch opened a connection per call in flight and fell behind the schedule on its own).
 *    BENCH_SERVER_FLAGS adds node flags to the server (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`).
 * 4. Baseline in the same run: the same batches as `select … where id_number = any($1)` on the
 *    indexed table (4 connections), and single checks at the same rate.
 * 5. Ceiling in the same run: the single checks' open loop against a bare node:http process answering
 *    a constant — the latency no HTTP implementation beats on this machine at this moment.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { identityCheckCharacter } from '../apps/server/src/modules/cases/identity';
import { subjectDigest } from '../apps/server/src/modules/credit/changes';
import { ScreeningIndex } from '../apps/server/src/modules/credit/screening-index';
import { hashToken } from '../apps/server/src/platform/auth';
import { type Database, openPostgres } from '../apps/server/src/platform/db';
import { admin, cpuOf, positive, urlOf } from './_shared';

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '10000000' },
    batches: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '5' },
    rate: { type: 'string', default: '1000' },
  },
});
const LISTINGS = positive(args.listings, '--listings');
const BATCHES = positive(args.batches, '--batches');
const SECONDS = positive(args.seconds, '--seconds');
const RATE = positive(args.rate, '--rate');
const BATCH = 1000;
const IN_FLIGHT = 4;
const WRITE_CHUNK = 20_000;
const NAME = process.env.BENCH_DATABASE_NAME || 'zhixing_bench_screening';
const root = path.resolve(import.meta.dirname, '..');

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** The i-th synthetic identity number: valid, unique for i below 36.5 million. */
function idNumber(i: number): string {
  const day = new Date(Date.UTC(1940, 0, 1) + (i % 36_500) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');
  const first17 = `110105${day}${String(Math.floor(i / 36_500) % 1000).padStart(3, '0')}`;
  return first17 + identityCheckCharacter(first17);
}

/** Numbers to check: one in ten listed, the rest not (beyond the listed range). */
function subjectsOf(batch: number, size: number): string[] {
  return Array.from({ length: size }, (_, k) => {
    const n = batch * size + k;
    return n % 10 === 0 ? idNumber(n % LISTINGS) : idNumber(LISTINGS + (n % 1_000_000));
  });
}

async function seed(database: Database, key: string): Promise<void> {
  await database.sql.executeSql('insert into credit_settings (name, value) values ($1, $2)', [
    'screening_digest_key',
    key,
  ]);
  await database.sql.executeSql('create table bench_subjects (id_number text primary key)');
  const started = performance.now();
  for (let from = 0; from < LISTINGS; from += WRITE_CHUNK) {
    const numbers = Array.from({ length: Math.min(WRITE_CHUNK, LISTINGS - from) }, (_, k) =>
      idNumber(from + k),
    );
    const digests = numbers.map((n) => subjectDigest(key, n));
    await database.sql.executeSql(
      `insert into credit_screening (record_id, seq, entry)
       select gen_random_uuid(), 0, jsonb_build_object('measure', 'listing', 'recordId', gen_random_uuid(),
              'subjects', jsonb_build_array(d), 'bound', '[]'::jsonb, 'name', '某某',
              'caseNumber', '（2025）京0105执1号', 'court', '北京市朝阳区人民法院', 'inForceFrom', '2020-01-01',
              'endsOn', null, 'temporaryLifts', '[]'::jsonb, 'exitBan', false)
         from unnest($1::text[]) as t(d)`,
      [digests],
    );
    await database.sql.executeSql('insert into bench_subjects select unnest($1::text[])', [numbers]);
    if (from % 1_000_000 === 0 && from > 0) process.stdout.write(`  written ${from.toLocaleString()}\n`);
  }
  // As autovacuum would have (the index's rebuild sizes itself by the planner's estimate).
  await database.sql.executeSql('vacuum analyze bench_subjects');
  await database.sql.executeSql('vacuum analyze credit_screening');
  process.stdout.write(
    `seeded ${LISTINGS.toLocaleString()} listings in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startServer(url: string, port: number): ChildProcess {
  return spawn(
    process.execPath,
    [
      ...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      path.join(root, 'apps/server/src/cli.ts'),
      'serve',
      '--role',
      'api',
    ],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/**
 * The ceiling: a bare node:http server in its own process answering every call with the same small
 * JSON, no framework, no lookup — no implementation over HTTP answers faster on this machine now.
 */
function startBareServer(port: number): ChildProcess {
  const program = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => {
    s.writeHead(200, { 'content-type': 'application/json' }); s.end('{"results":[{"listed":false}]}'); }); })
    .listen(${port}, '127.0.0.1');`;
  return spawn(process.execPath, ['-e', program], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitHealthy(base: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const status = await fetch(`${base}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs `count` calls, `IN_FLIGHT` at a time; checks per second. */
async function throughput(count: number, call: (batch: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) await call(next++);
    }),
  );
  return (count * BATCH) / ((performance.now() - started) / 1000);
}

/** Open loop: one call every 1/RATE s for SECONDS, each timed; p50 and p99 in ms. */
async function openLoop(
  call: (i: number) => Promise<void>,
): Promise<{ p50: number; p99: number; sent: number }> {
  const latencies: number[] = [];
  const total = RATE * SECONDS;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    // From when the call was due (or sent, if a little early): a client behind its schedule counts.
    const from = Math.min(due, performance.now());
    pending.push(call(i).then(() => void latencies.push(performance.now() - from)));
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), sent: latencies.length };
}

async function main(): Promise<void> {
  await admin(`drop database if exists ${NAME} with (force)`);
  await admin(`create database ${NAME}`);
  const url = urlOf(NAME);
  const database = await openPostgres(url, IN_FLIGHT + 2);
  await database.migrate();
  const key = randomBytes(32).toString('hex');
  await seed(database, key);

  // Heap and the typed arrays' buffers (outside the heap) both count.
  const used = () => {
    const memory = process.memoryUsage();
    return memory.heapUsed + memory.arrayBuffers;
  };
  gc();
  const before = used();
  const index = new ScreeningIndex(database);
  const loaded = await index.start();
  gc();
  const indexBytes = used() - before;
  const indexMb = indexBytes / 1024 / 1024;
  const arraysMb = index.bytes / 1024 / 1024;
  await index.stop();

  const partnerKey = `zxp_${randomBytes(24).toString('base64url')}`;
  await database.sql.executeSql(
    `insert into partner_keys (name, sector, purpose, scopes, prefix, key_hash, rate_per_minute, created_by, created_at)
     values ('基准测试航空公司', 'airline', '基准测试', '{screen}', 'zxp_be', $1, 100000000, 'bench', now())`,
    [hashToken(partnerKey)],
  );
  const port = await freePort();
  const server = startServer(url, port);
  const base = `http://127.0.0.1:${port}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  try {
    const startupMs = await waitHealthy(base);
    // Bodies built before the clock starts: the load generator's own JSON is not the server's time.
    const bodyOf = (numbers: string[]) =>
      JSON.stringify({ subjects: numbers.map((idNumber) => ({ idNumber })) });
    const post = (to: number, body: string) =>
      new Promise<void>((resolve, reject) => {
        const request = http.request(
          {
            host: '127.0.0.1',
            port: to,
            path: '/api/partner/v1/screen',
            method: 'POST',
            agent,
            headers: {
              authorization: `Bearer ${partnerKey}`,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              response.statusCode === 200
                ? resolve()
                : reject(new Error(`screen answered ${response.statusCode}: ${Buffer.concat(chunks)}`)),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    const screen = (body: string) => post(port, body);
    // Warm-up: JIT and connections.
    for (let i = 0; i < 5; i += 1) await screen(bodyOf(subjectsOf(i, BATCH)));
    const batches = Array.from({ length: BATCHES }, (_, b) => subjectsOf(b, BATCH));
    const batchBodies = batches.map(bodyOf);
    // The server's CPU time per check and per single call: less at the mercy of the machine's load
    // than rates and latencies.
    const serverCpu = () => cpuOf(server.pid as number);
    let cpuBefore = serverCpu();
    const httpRate = await throughput(BATCHES, (b) => screen(batchBodies[b] as string));
    const batchCpuUs = ((serverCpu() - cpuBefore) * 1e6) / (BATCHES * BATCH);
    const singles = subjectsOf(7, RATE * SECONDS);
    const singleBodies = singles.map((number) => bodyOf([number]));
    cpuBefore = serverCpu();
    const httpSingle = await openLoop((i) => screen(singleBodies[i] as string));
    const singleCpuUs = ((serverCpu() - cpuBefore) * 1e6) / httpSingle.sent;

    // The ceiling, in the same run: the same open loop against a bare server answering a constant.
    const barePort = await freePort();
    const bare = startBareServer(barePort);
    let bareSingle: Awaited<ReturnType<typeof openLoop>>;
    try {
      await waitHealthy(`http://127.0.0.1:${barePort}`);
      for (let i = 0; i < 50; i += 1) await post(barePort, singleBodies[i] as string);
      bareSingle = await openLoop((i) => post(barePort, singleBodies[i] as string));
    } finally {
      bare.kill('SIGTERM');
    }

    const anyQuery = 'select id_number from bench_subjects where id_number = any($1::text[])';
    const sqlRate = await throughput(BATCHES, async (b) => {
      await database.sql.executeSql(anyQuery, [batches[b]], { prepare: true });
    });
    const sqlSingle = await openLoop(async (i) => {
      await database.sql.executeSql(anyQuery, [[singles[i]]], { prepare: true });
    });

    const rows = [
      ['in-memory index over HTTP', Math.round(httpRate), httpSingle],
      ['PostgreSQL = ANY($1), indexed (baseline)', Math.round(sqlRate), sqlSingle],
    ] as const;
    process.stdout.write(
      `\nscreening with ${LISTINGS.toLocaleString()} listings (${BATCHES} batches of ${BATCH}; singles at ${RATE}/s for ${SECONDS} s)\n`,
    );
    for (const [what, rate, single] of rows) {
      process.stdout.write(
        `  ${what.padEnd(44)} ${rate.toLocaleString().padStart(10)} checks/s   single p50 ${single.p50.toFixed(2)} ms  p99 ${single.p99.toFixed(2)} ms (${single.sent} sent)\n`,
      );
    }
    process.stdout.write(
      `  ${'ceiling: bare node:http answering a constant'.padEnd(44)} ${''.padStart(10)}            single p50 ${bareSingle.p50.toFixed(2)} ms  p99 ${bareSingle.p99.toFixed(2)} ms (${bareSingle.sent} sent)\n`,
    );
    process.stdout.write(
      `  server CPU: ${batchCpuUs.toFixed(2)} µs a check in batches, ${singleCpuUs.toFixed(0)} µs a single call\n`,
    );
    process.stdout.write(
      `  index: ${loaded.entries.toLocaleString()} entries rebuilt in ${(loaded.ms / 1000).toFixed(2)} s, ${indexMb.toFixed(0)} MB ` +
        `(heap + buffers; typed arrays ${arraysMb.toFixed(0)} MB), ${(indexBytes / loaded.entries).toFixed(0)} B/entry ` +
        `→ ${(((indexBytes / loaded.entries) * 10_000_000) / 1024 ** 3).toFixed(2)} GB at 10,000,000; ` +
        `server process ready (index included) in ${(startupMs / 1000).toFixed(1)} s\n`,
    );
  } finally {
    agent.destroy();
    server.kill('SIGTERM');
    await database.close();
  }
}

await main();
