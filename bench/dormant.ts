/**
 * `npm run bench -- dormant [--pool N] [--share S] [--burst B]`: the dormant pool's six-monthly re-query
 * (docs/dormant.md), on PostgreSQL (BENCH_DATABASE_URL; a fresh database `zhixing_bench_dormant`, or
 * BENCH_DATABASE_NAME, left in place).
 *
 * 1. Scheduling N pooled debtors (goal: 1,000,000 under 10 s): each case's due day in its cycle is its
 *    id hashed over the cycle's days (rules.ts requeryDueOn) — computed for N ids, then written as
 *    (case, due day) rows in chunks of 50,000. The spread over the days is printed (min/mean/max).
 * 2. One day's share through the hub and the simulator: S pooled cases due today, sent by the daily
 *    sweep (a round each: every debtor × every institution), until every request is answered —
 *    debtors per second. Baseline, measured in the same run on the same platform: B cases due on the
 *    same day (the unspread burst the hashing avoids: a whole cycle's N would all be due at once),
 *    debtors per second, and the day's load each way.
 * On a shared machine run small sizes: the defaults are reduced (N = 1,000,000 computes in seconds;
 * S = 60, B = 300).
 */
import { parseArgs } from 'node:util';
import { startSimulator } from '../apps/assist-sim/src/server';
import { createPlatform, type Platform } from '../apps/server/src/app';
import { platformActor } from '../apps/server/src/modules/audit/service';
import { addCalendarMonths, toEpochDay } from '../apps/server/src/modules/calendar/rules';
import { generateCaseload } from '../apps/server/src/modules/cases/generate';
import { cycleScheduler } from '../apps/server/src/modules/dormant/rules';
import { seedDemoOrg } from '../apps/server/src/modules/org/demo';
import { loadConfig } from '../apps/server/src/platform/config';
import { openPostgres } from '../apps/server/src/platform/db';
import { timeOrderedIds } from '../apps/server/src/platform/ids';
import { admin, positive, urlOf } from './_shared';

const { values: args } = parseArgs({
  options: {
    pool: { type: 'string', default: '1000000' },
    share: { type: 'string', default: '60' },
    burst: { type: 'string', default: '300' },
  },
});
const POOL = positive(args.pool, '--pool');
const SHARE = positive(args.share, '--share');
const BURST = positive(args.burst, '--burst');
const DATABASE = process.env.BENCH_DATABASE_NAME || 'zhixing_bench_dormant';
const SECRET = 'zhixing-bench-dormant-secret';
const ENTERED = '2026-03-02';
const log = (text: string) => process.stderr.write(`${text}\n`);
const count = (n: number) => Math.round(n).toLocaleString('en-US');

async function open(): Promise<Platform> {
  await admin(`drop database if exists ${DATABASE} with (force)`);
  await admin(`create database ${DATABASE}`);
  const database = await openPostgres(urlOf(DATABASE), 12);
  const config = loadConfig(
    { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', ZHIXING_CLOCK: 'settable' },
    { workers: true },
  );
  const platform = await createPlatform({ ...config, webDir: '' }, { database });
  platform.ticker.stop(); // the sweeps below are run by hand, timed
  await seedDemoOrg(platform.services.org);
  return platform;
}

/** Part 1: N due days computed and written. */
async function schedule(platform: Platform) {
  const nextId = timeOrderedIds();
  const ids = Array.from({ length: POOL }, () => nextId());
  const started = performance.now();
  const dueOn = cycleScheduler(ENTERED, 1);
  const due = ids.map(dueOn);
  const computed = (performance.now() - started) / 1000;
  const days = toEpochDay(addCalendarMonths(ENTERED, 6)) - toEpochDay(ENTERED);
  const perDay = new Map<string, number>();
  for (const day of due) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  const counts = [...perDay.values()];
  await platform.database.sql.executeSql(
    'create unlogged table bench_schedule (case_id uuid primary key, next_due_on date not null)',
  );
  const writing = performance.now();
  for (let start = 0; start < POOL; start += 50_000) {
    await platform.database.sql.executeSql(
      'insert into bench_schedule (case_id, next_due_on) select unnest($1::uuid[]), unnest($2::date[])',
      [ids.slice(start, start + 50_000), due.slice(start, start + 50_000)],
    );
  }
  const written = (performance.now() - writing) / 1000;
  return {
    computed,
    written,
    days,
    min: Math.min(...counts),
    max: Math.max(...counts),
    mean: POOL / days,
  };
}

/** Closes `n` generated cases as dormant, in the pool, due `on`; returns their ids. */
async function pool(platform: Platform, ids: readonly string[], on: string): Promise<void> {
  await platform.database.sql.executeSql(
    `update cases set status = 'closed', closing_method = 'dormant', closed_on = $2::date where id = any($1::uuid[])`,
    [ids, on],
  );
  await platform.database.sql.executeSql(
    `insert into dormant_pool (case_id, court_id, entered_on, ends_on, cycle, next_due_on, created_at)
     select id, court_id, $2::date, $3::date, 1, $2::date, now() from cases where id = any($1::uuid[])`,
    [ids, on, addCalendarMonths(on, 60)],
  );
}

/** Runs the day's sweep and waits for every request of its rounds; debtors/s and requests/s. */
async function sweep(platform: Platform, ids: readonly string[], on: string) {
  const started = performance.now();
  const { queried } = await platform.services.dormant.sweep(on);
  const sent = performance.now();
  log(
    `   sweep of ${on}: ${queried} cases queried in ${((sent - started) / 1000).toFixed(2)} s; waiting for the answers`,
  );
  let total = 0;
  for (;;) {
    const { rows } = await platform.database.sql.executeSql(
      `select count(*)::int as total, count(*) filter (where r.status = 'queued')::int as pending
         from inquiry_requests r join dormant_pool p on p.last_round_id = r.round_id
        where p.case_id = any($1::uuid[])`,
      [ids],
    );
    total = Number(rows[0]?.total ?? 0);
    if (Number(rows[0]?.pending ?? 1) === 0 && total > 0) break;
    if (performance.now() - started > 600_000 || (total === 0 && performance.now() - started > 10_000))
      throw new Error(`not answered: ${total} requests`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await platform.database.sql.executeSql(
    `select count(distinct party_id)::int as debtors from inquiry_requests r join dormant_pool p on p.last_round_id = r.round_id
      where p.case_id = any($1::uuid[])`,
    [ids],
  );
  const debtors = Number(rows[0]?.debtors ?? 0);
  return { cases: queried, debtors, requests: total, seconds, sweepSeconds: (sent - started) / 1000 };
}

async function main() {
  log(`dormant bench: pool ${count(POOL)}, day's share ${SHARE} cases, burst ${BURST} cases`);
  const platform = await open();
  const simulator = await startSimulator({ port: 0, secret: SECRET });
  try {
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    await platform.services.inquiry.registry.importCatalog(platformActor, simulator.institutions, {
      secret: SECRET,
    });
    const s = await schedule(platform);
    log(
      `1. scheduling ${count(POOL)} pooled debtors: due days computed in ${s.computed.toFixed(2)} s, ` +
        `written in ${s.written.toFixed(2)} s (total ${(s.computed + s.written).toFixed(2)} s, goal < 10 s); ` +
        `per day over ${s.days} days: min ${count(s.min)}, mean ${count(s.mean)}, max ${count(s.max)}`,
    );

    log('   generating cases …');
    await generateCaseload(platform, { cases: (SHARE + BURST) * 3 + 50, seed: 20_261_206 });
    log('   generated');
    const { rows } = await platform.database.sql.executeSql(
      `select c.id from cases c where exists (select 1 from case_parties p where p.case_id = c.id and p.role = 'debtor'
          and (p.id_number is not null or p.credit_code is not null)) and c.paid_amount < c.claim_amount
        order by c.id limit $1`,
      [SHARE + BURST],
    );
    const ids = rows.map((row) => String(row.id));
    if (ids.length < SHARE + BURST) throw new Error(`only ${ids.length} cases with a debtor to query`);
    const share = ids.slice(0, SHARE);
    const burst = ids.slice(SHARE);
    const on = platform.services.dormant.today();
    const institutions = simulator.institutions.length;

    await pool(platform, share, on);
    const spread = await sweep(platform, share, on);
    await pool(platform, burst, on);
    const unspread = await sweep(platform, burst, on);

    const rate = (r: typeof spread) => r.debtors / r.seconds;
    log(
      `2. one day's share: ${spread.cases} cases, ${spread.debtors} debtors × ${institutions} institutions = ` +
        `${count(spread.requests)} requests in ${spread.seconds.toFixed(1)} s → ${rate(spread).toFixed(1)} debtors/s ` +
        `(${(spread.requests / spread.seconds).toFixed(0)} requests/s)`,
    );
    log(
      `   baseline, unspread burst in the same run: ${unspread.cases} cases, ${unspread.debtors} debtors = ` +
        `${count(unspread.requests)} requests in ${unspread.seconds.toFixed(1)} s → ${rate(unspread).toFixed(1)} debtors/s ` +
        `(${(unspread.requests / unspread.seconds).toFixed(0)} requests/s)`,
    );
    const dailyShare = POOL / s.days;
    log(
      `   for ${count(POOL)} pooled: spread, ${count(dailyShare)} debtors a day ≈ ` +
        `${(dailyShare / rate(spread) / 60).toFixed(1)} min of hub time a day; unspread, all ${count(POOL)} on one day ≈ ` +
        `${(POOL / rate(unspread) / 3600).toFixed(1)} h at the burst rate`,
    );
  } finally {
    await platform.close();
    await simulator.close();
  }
}

await main();
