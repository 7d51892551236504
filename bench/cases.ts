/**
 * `npm run bench -- cases [--cases N] [--filings N] [--requests N]`: the case module at scale on
 * PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). Builds a fresh
 * database `zhixing_bench` (dropped and recreated each run, left in place afterwards for EXPLAIN),
 * generates N synthetic cases (default 1,000,000) into the demo courts, then measures, each next to a
 * baseline measured in the same run:
 *
 * - bulk generation (cases/s), next to filing the same cases one at a time through the service;
 * - filing through `CasesService.file` with 16 concurrent callers, next to one at a time — each
 *   filing as the web sends it (with an Idempotency-Key) and with one pg-boss job enqueued in its
 *   transaction (a queue declared here), as the online property query will be;
 * - list and search latency through HTTP injection as the officer of the busiest court — every
 *   query the case list and the workbench home send — next to the floor of a signed-in request
 *   (GET /api/auth/me);
 * - re-evaluating the deadlines of every open case with the service's sweep (`sweepDeadlines`),
 *   next to case by case (extrapolated from a sample);
 * - peak RSS.
 */
import { parseArgs } from 'node:util';
import { createPlatform, type Platform } from '../apps/server/src/app';
import { addCalendarDays, type WorkingCalendar } from '../apps/server/src/modules/calendar/rules';
import { type FilingInput, filingSchema } from '../apps/server/src/modules/cases/filing';
import { generateCaseload } from '../apps/server/src/modules/cases/generate';
import {
  type CaseFacts,
  type DeadlineRule,
  evaluateDeadlines,
} from '../apps/server/src/modules/compliance/rules';
import { DEMO_PASSWORD, seedDemoOrg } from '../apps/server/src/modules/org/demo';
import { type AuthUser, SESSION_COOKIE } from '../apps/server/src/platform/auth';
import { loadConfig } from '../apps/server/src/platform/config';
import { type Database, openPostgres, type Tx } from '../apps/server/src/platform/db';
import type { Role } from '../apps/server/src/platform/policy';
import { filing, idNumber } from '../apps/server/src/test/factories';
import { admin, positive, urlOf } from './_shared';

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000000' },
    filings: { type: 'string', default: '5000' },
    requests: { type: 'string', default: '500' },
  },
});
const CASES = positive(args.cases, '--cases');
const FILINGS = positive(args.filings, '--filings');
const REQUESTS = positive(args.requests, '--requests');
const DATABASE = 'zhixing_bench';
const CONCURRENCY = 16;
/** Filings done one at a time for the baseline: enough for a stable rate, few enough to be quick. */
const SEQUENTIAL_FILINGS = Math.min(1000, FILINGS);
/** No query type may take more than this in total, so a slow one cannot hold up the run for long. */
const QUERY_BUDGET_MS = 60_000;
const NAIVE_SAMPLE = 1000;
/** The job each filing enqueues in its transaction, standing in for the online property query's. */
const FILED_QUEUE = 'bench.case-filed';

// ─── Set-up ───────────────────────────────────────────────────────────────────────────────────────

async function freshPlatform(): Promise<Platform> {
  await admin(`drop database if exists ${DATABASE} with (force)`);
  await admin(`create database ${DATABASE}`);
  const database = await openPostgres(urlOf(DATABASE), CONCURRENCY + 4);
  await database.migrate();
  const config = loadConfig(
    { DATABASE_URL: urlOf(DATABASE), LOG_LEVEL: 'silent' },
    { demo: false, workers: false },
  );
  const platform = await createPlatform({ ...config, webDir: '' }, { database, logger: false });
  await seedDemoOrg(platform.services.org);
  await platform.jobs.declare(FILED_QUEUE);
  platform.services.cases.onFiled(async (tx, filed) => {
    await platform.jobs.enqueue(tx, FILED_QUEUE, { caseId: filed.id });
  });
  return platform;
}

const log = (text: string) => process.stderr.write(`${text}\n`);

async function rows(database: Database | Tx, text: string, values: unknown[] = []) {
  return (await database.sql.executeSql(text, values)).rows;
}

// ─── Statistics ───────────────────────────────────────────────────────────────────────────────────

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

interface Latency {
  p50: number;
  p99: number;
  n: number;
}

function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: samples.length };
}

// ─── Generation ───────────────────────────────────────────────────────────────────────────────────

async function generate(platform: Platform) {
  let last = 0;
  const result = await generateCaseload(platform, {
    cases: CASES,
    seed: 20_240_101,
    onProgress: (done) => {
      if (performance.now() - last < 10_000 && done < CASES) return;
      last = performance.now();
      log(`  generated ${done.toLocaleString('en-US')} cases`);
    },
  });
  // What autovacuum would do in a while; the list queries are planned on statistics. And what the
  // checkpointer would have done long before anyone files again: write out the bulk load, so that its
  // gigabytes are not flushed under the filings measured next.
  const started = performance.now();
  await rows(platform.database, 'vacuum analyze');
  await rows(platform.database, 'checkpoint');
  return { ...result, vacuumSeconds: (performance.now() - started) / 1000 };
}

// ─── Filing ───────────────────────────────────────────────────────────────────────────────────────

/**
 * One officer of each court, as the service sees a signed-in user (no session needed). Filings
 * spread over the courts, as they do nationally: one court's filings queue on its serial counter.
 */
async function courtOfficers(database: Database): Promise<AuthUser[]> {
  const found = await rows(
    database,
    `select distinct on (c.id) u.id, u.username, u.display_name, u.roles,
            c.id as court_id, c.code, c.name, c.level, c.path
     from users u join courts c on c.id = u.court_id
     where 'officer' = any(u.roles) and u.active
     order by c.id, u.username`,
  );
  return found.map((row) => ({
    id: String(row.id),
    username: String(row.username),
    displayName: String(row.display_name),
    roles: row.roles as Role[],
    court: {
      id: String(row.court_id),
      code: String(row.code),
      name: String(row.name),
      level: String(row.level),
      path: String(row.path),
    },
    sessionId: 'bench',
    csrfToken: 'bench',
  }));
}

/** The n-th filing: the factory's body with its own applicant, so every case differs. */
function filingInput(n: number): FilingInput {
  const body = filing();
  const birth = `19${String(50 + (n % 50)).padStart(2, '0')}0${1 + (n % 9)}1${n % 10}`;
  const applicant = { ...body.applicants[0], name: `申请人${n}`, idNumber: idNumber(birth, '003') };
  return filingSchema.parse({ ...body, applicants: [applicant] });
}

async function fileAll(
  platform: Platform,
  officers: AuthUser[],
  count: number,
  concurrency: number,
  offset: number,
) {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let n = next++; n < count; n = next++) {
      const officer = officers[n % officers.length];
      if (!officer) throw new Error('no officer to file with');
      const started = performance.now();
      // As the web files: with a key of its own, so a retry would answer the same.
      await platform.services.cases.file(officer, filingInput(offset + n), `bench-filing-${offset + n}`);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: count / seconds, latency: latencyOf(latencies) };
}

// ─── List and search ──────────────────────────────────────────────────────────────────────────────

async function signIn(platform: Platform, username: string): Promise<string> {
  const response = await platform.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  if (!cookie) throw new Error(`sign-in of ${username} failed: ${response.statusCode}`);
  return cookie;
}

/** Times GET requests (after a short warm-up), stopping early when the query budget runs out. */
async function timeRequests(
  platform: Platform,
  cookie: string,
  urls: (i: number) => string,
): Promise<Latency> {
  const get = async (url: string) => {
    const started = performance.now();
    const response = await platform.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `${SESSION_COOKIE}=${cookie}` },
    });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 10; i += 1) await get(urls(i));
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < REQUESTS && performance.now() - started < QUERY_BUDGET_MS; i += 1) {
    samples.push(await get(urls(i)));
  }
  return latencyOf(samples);
}

async function searchSamples(database: Database, courtCode: string) {
  const [court] = await rows(database, 'select id from courts where code = $1', [courtCode]);
  const names = await rows(
    database,
    `select name from case_parties tablesample system (1) where court_id = $1 limit $2`,
    [court?.id, REQUESTS],
  );
  const numbers = await rows(
    database,
    `select case_number from cases tablesample system (1) where court_id = $1 limit $2`,
    [court?.id, REQUESTS],
  );
  // A person's surname and first given character; a company's city and brand: what a clerk types.
  const prefixes = names.map((row) =>
    [...String(row.name)].slice(0, String(row.name).length > 4 ? 4 : 2).join(''),
  );
  const caseNumbers = numbers.map((row) => String(row.case_number));
  // A number's beginning, as typed before its last two digits: `（2026）京0105执123`.
  const numberPrefixes = caseNumbers.map((n) => n.slice(0, -3)).filter((n) => /\d$/.test(n));
  // Trigram searches: a number without its year (`京0105执123号`); a person's given name (`淑国` of
  // 王淑国), its two last characters; three characters from the middle of a longer name (a company's).
  const withoutYear = caseNumbers.map((n) => n.replace(/^（\d{4}）/u, ''));
  // A whole number typed on a Latin keyboard: `(2026)京0105执123号`.
  const asciiBrackets = caseNumbers.map((n) => n.replace('（', '(').replace('）', ')'));
  const chars = names.map((row) => [...String(row.name)]);
  const givenNames = chars.filter((c) => c.length === 3).map((c) => c.slice(1).join(''));
  const middles = chars.filter((c) => c.length >= 6).map((c) => c.slice(2, 5).join(''));
  return {
    prefixes,
    numbers: caseNumbers,
    numberPrefixes,
    withoutYear,
    asciiBrackets,
    givenNames,
    middles,
  };
}

/** Every query the case list and the workbench home send, by name: the URL of the i-th request. */
function listQueries(samples: Awaited<ReturnType<typeof searchSamples>>, today: string) {
  const at = <T>(list: readonly T[], i: number) => list[i % list.length];
  const q = (text: string | undefined) => encodeURIComponent(text ?? '');
  const month = today.slice(0, 7);
  return {
    page: (i: number) => `/api/cases?page=${1 + (i % 50)}`,
    name: (i: number) => `/api/cases?q=${q(at(samples.prefixes, i))}`,
    number: (i: number) => `/api/cases?q=${q(at(samples.numbers, i))}`,
    numberPrefix: (i: number) => `/api/cases?q=${q(at(samples.numberPrefixes, i))}`,
    numberWithoutYear: (i: number) => `/api/cases?q=${q(at(samples.withoutYear, i))}`,
    asciiBrackets: (i: number) => `/api/cases?q=${q(at(samples.asciiBrackets, i))}`,
    givenName: (i: number) => `/api/cases?q=${q(at(samples.givenNames, i))}`,
    nameMiddle: (i: number) => `/api/cases?q=${q(at(samples.middles, i))}`,
    overdue: (i: number) => `/api/cases?deadline=overdue&page=${1 + (i % 10)}`,
    open: (i: number) => `/api/cases?status=open&page=${1 + (i % 10)}`,
    openOverdue: () => '/api/cases?status=open&deadline=overdue&pageSize=1',
    openDueSoon: () => '/api/cases?status=open&deadline=due_soon&pageSize=1',
    openOnTrack: () => '/api/cases?status=open&deadline=on_track&pageSize=1',
    closedThisMonth: () => `/api/cases?status=closed&closedFrom=${month}-01&closedTo=${today}&pageSize=1`,
  };
}

type ListQuery = keyof ReturnType<typeof listQueries>;

async function listLatencies(platform: Platform) {
  const cookie = await signIn(platform, 'officer');
  const samples = await searchSamples(platform.database, '京0105');
  const queries = listQueries(samples, platform.services.cases.today());
  const latencies = {} as Record<ListQuery, Latency>;
  for (const [name, url] of Object.entries(queries) as [ListQuery, (i: number) => string][]) {
    latencies[name] = await timeRequests(platform, cookie, url);
  }
  return { floor: await timeRequests(platform, cookie, () => '/api/auth/me'), ...latencies };
}

// ─── Deadline re-evaluation ───────────────────────────────────────────────────────────────────────

interface OpenCase {
  id: string;
  facts: CaseFacts;
}

function openCaseOf(row: Record<string, unknown>, events: CaseFacts['events']): OpenCase {
  return {
    id: String(row.id),
    facts: {
      filedOn: String(row.filed_on),
      receivedOn: String(row.received_on),
      basisEffectiveOn: String(row.basis_effective_on),
      claimAmount: Number(row.claim_amount),
      status: 'open',
      events,
    },
  };
}

const CASE_COLUMNS = `id, filed_on::text as filed_on, received_on::text as received_on,
  basis_effective_on::text as basis_effective_on, claim_amount`;

async function eventsOf(database: Database | Tx, ids: readonly string[]) {
  const found = await rows(
    database,
    `select case_id, type, "on"::text as on, at, data from case_events where case_id = any($1::uuid[])
     order by case_id, id`,
    [ids],
  );
  const byCase = new Map<string, CaseFacts['events'][number][]>();
  for (const row of found) {
    const list = byCase.get(String(row.case_id)) ?? [];
    list.push({
      type: String(row.type),
      on: String(row.on),
      at: (row.at as Date).toISOString(),
      data: row.data as Record<string, unknown>,
    });
    byCase.set(String(row.case_id), list);
  }
  return byCase;
}

/** The baseline: one case at a time — load its events, evaluate it alone, rewrite its rows. */
async function reevaluateOneByOne(
  platform: Platform,
  rules: readonly DeadlineRule[],
  calendar: WorkingCalendar,
  asOf: string,
) {
  const sample = await rows(
    platform.database,
    `select ${CASE_COLUMNS}, court_id, officer_id from cases where status = 'open' order by id desc limit $1`,
    [NAIVE_SAMPLE],
  );
  const started = performance.now();
  for (const row of sample) {
    await platform.database.transaction(async (tx) => {
      await rows(tx, 'select id from cases where id = $1 for update', [row.id]);
      const events = await eventsOf(tx, [String(row.id)]);
      const openCase = openCaseOf(row, events.get(String(row.id)) ?? []);
      const deadlines = evaluateDeadlines(rules, openCase.facts, calendar, asOf);
      await rows(tx, 'delete from case_deadlines where case_id = $1', [row.id]);
      for (const d of deadlines) {
        await rows(
          tx,
          `insert into case_deadlines (case_id, court_id, rule_id, due_on, satisfied_on, status, officer_id)
           values ($1, $2, $3, $4, $5, $6, $7)`,
          [row.id, row.court_id, d.ruleId, d.dueOn, d.satisfiedOn, d.status, row.officer_id],
        );
      }
    });
  }
  return { cases: sample.length, seconds: (performance.now() - started) / 1000 };
}

async function reevaluation(platform: Platform) {
  const { calendar } = await platform.services.calendar.planningCalendar();
  const rules = platform.rulebook.deadlines();
  // As the nightly sweep would: tomorrow, so that deadlines falling due today turn overdue.
  const asOf = addCalendarDays(platform.services.cases.today(), 1);
  const started = performance.now();
  const swept = await platform.services.cases.sweepDeadlines(asOf);
  const sweep = { ...swept, seconds: (performance.now() - started) / 1000 };
  const naive = await reevaluateOneByOne(platform, rules, calendar, asOf);
  return { sweep, naive, naiveTotal: (naive.seconds / naive.cases) * sweep.cases };
}

// ─── Report ───────────────────────────────────────────────────────────────────────────────────────

const num = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (l: Latency) => `${num(l.p50, 1)} / ${num(l.p99, 1)} ms`;
const row = (figure: string, measured: string, baseline: string, goal: string) =>
  `  ${figure.padEnd(42)}${measured.padEnd(34)}${baseline.padEnd(46)}${goal}`;

async function main(): Promise<void> {
  const platform = await freshPlatform();
  try {
    log(`generating ${num(CASES)} cases into ${DATABASE} …`);
    const generated = await generate(platform);
    log(
      `filing ${num(SEQUENTIAL_FILINGS)} cases one at a time, then ${num(FILINGS)} with ${CONCURRENCY} callers …`,
    );
    const officers = await courtOfficers(platform.database);
    const sequential = await fileAll(platform, officers, SEQUENTIAL_FILINGS, 1, 0);
    const concurrent = await fileAll(platform, officers, FILINGS, CONCURRENCY, SEQUENTIAL_FILINGS);
    log('timing lists and searches …');
    const lists = await listLatencies(platform);
    log('re-evaluating deadlines …');
    const deadlines = await reevaluation(platform);
    const rssMb = process.resourceUsage().maxRSS / 1024;

    const listRows: [ListQuery, string][] = [
      ['page', 'list GET /api/cases?page=1…50'],
      ['name', 'search ?q=<party name prefix>'],
      ['number', 'search ?q=<case number>'],
      ['numberPrefix', 'search ?q=<case number prefix>'],
      ['numberWithoutYear', 'search ?q=<number without year> (trgm)'],
      ['asciiBrackets', 'search ?q=<(year)number>, ASCII brackets'],
      ['givenName', 'search ?q=<given name, 2 chars> (trgm)'],
      ['nameMiddle', 'search ?q=<3 chars mid-name> (trgm)'],
      ['overdue', 'filter ?deadline=overdue&page=1…10'],
      ['open', 'filter ?status=open&page=1…10'],
      ['openOverdue', 'home: open & overdue (count)'],
      ['openDueSoon', 'home: open & due soon (count)'],
      ['openOnTrack', 'home: open & on track (count)'],
      ['closedThisMonth', 'home: closed this month (count)'],
    ];
    const budget = (l: Latency) => (l.n < REQUESTS ? ` (${l.n} in ${QUERY_BUDGET_MS / 1000} s)` : '');
    const floor = `GET /api/auth/me ${ms(lists.floor)}`;
    process.stdout.write(
      [
        `cases on PostgreSQL (${DATABASE}): ${num(CASES)} generated cases up to ${generated.today}; p50 / p99 over ${REQUESTS} requests each`,
        row('figure', 'measured', 'baseline (same run)', 'goal'),
        row(
          `generate ${num(CASES)} cases`,
          `${num(CASES / generated.seconds)} cases/s`,
          `service, one at a time: ${num(sequential.perSecond)} cases/s`,
          '1M in a few minutes',
        ),
        row('  (then vacuum analyze, checkpoint)', `${num(generated.vacuumSeconds, 1)} s`, '', ''),
        row(
          `file ${num(FILINGS)} cases, ${CONCURRENCY} concurrent`,
          `${num(concurrent.perSecond)} cases/s`,
          `one at a time: ${num(sequential.perSecond)} cases/s`,
          '≥ 500 cases/s',
        ),
        row(
          '  latency of one filing',
          ms(concurrent.latency),
          `one at a time: ${ms(sequential.latency)}`,
          '',
        ),
        ...listRows.map(([name, label]) =>
          row(label, ms(lists[name]) + budget(lists[name]), floor, 'p99 < 50 ms'),
        ),
        row(
          `re-evaluate ${num(deadlines.sweep.cases)} open cases`,
          `${num(deadlines.sweep.seconds, 1)} s`,
          `one by one: ${num(deadlines.naiveTotal, 0)} s (from ${num(deadlines.naive.cases)})`,
          '< 60 s',
        ),
        row('  (service sweepDeadlines) rows changed', num(deadlines.sweep.changed), '', ''),
        row('peak RSS', `${num(rssMb)} MB`, '', ''),
        '',
      ].join('\n'),
    );
  } finally {
    await platform.close();
  }
}

await main();
