/**
 * `npm run bench -- funds [--transfers N] [--concurrency C] [--cases N] [--lines N] [--chunk N]`: the
 * ledger of 执行款 on PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test;
 * a fresh database `zhixing_bench_funds`, or BENCH_DATABASE_NAME, left in place).
 *
 * 1. Ledger transfers (`ledger.ts book`): each in its own transaction, between two random case
 *    accounts, with its idempotency key (unique), both accounts locked in id order, the balance
 *    checked and the four running totals maintained — at C in flight. Baseline, measured in the same
 *    run at the same concurrency: plain single-row inserts, one per transaction, into a table of the
 *    same columns and width with only a primary key.
 * 2. Statement matching: N bank statement lines (9 in 10 to a case's account, 1 in 10 with a wrong
 *    check digit, so unidentified) applied as the bank pushes them — chunks of --chunk lines, one
 *    transaction each, in order — each line deduplicated, matched by account number, booked, put on
 *    the case's timeline (its payout deadlines refreshed) and counted as performed. Baseline: the same
 *    lines inserted plainly (a multi-row insert per chunk) into a table of the same columns. Ceiling:
 *    only what matching cannot do without (the account lookup, the line, transfer and timeline node
 *    inserted plainly, the accounts' totals moved) on copies of their tables with every index.
 * The goal sizes are 1,000,000 lines (under 60 s) and ≥ 5,000 transfers/s at ≥ 50% of the plain rate;
 * on a shared machine run small sizes and extrapolate, as the output says.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { StatementLine } from '@zhixing/assist-protocol';
import { createPlatform, type Platform } from '../apps/server/src/app';
import { generateCaseload } from '../apps/server/src/modules/cases/generate';
import { book } from '../apps/server/src/modules/funds/ledger';
import { seedDemoOrg } from '../apps/server/src/modules/org/demo';
import { loadConfig } from '../apps/server/src/platform/config';
import { type Database, openPostgres } from '../apps/server/src/platform/db';
import { admin, positive, urlOf } from './_shared';

const { values: args } = parseArgs({
  options: {
    transfers: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '16' },
    cases: { type: 'string', default: '2000' },
    lines: { type: 'string', default: '10000' },
    chunk: { type: 'string', default: '1000' },
  },
});
const TRANSFERS = positive(args.transfers, '--transfers');
const CONCURRENCY = positive(args.concurrency, '--concurrency');
const CASES = positive(args.cases, '--cases');
const LINES = positive(args.lines, '--lines');
const CHUNK = positive(args.chunk, '--chunk');
const DATABASE = process.env.BENCH_DATABASE_NAME || 'zhixing_bench_funds';
const log = (text: string) => process.stderr.write(`${text}\n`);
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const ON = '2026-03-02';

async function open(): Promise<Platform> {
  await admin(`drop database if exists ${DATABASE} with (force)`);
  await admin(`create database ${DATABASE}`);
  const database = await openPostgres(urlOf(DATABASE), CONCURRENCY + 4);
  const config = loadConfig({ LOG_LEVEL: 'silent' }, { workers: false });
  const platform = await createPlatform({ ...config, webDir: '' }, { database, logger: false });
  await seedDemoOrg(platform.services.org);
  return platform;
}

/** Runs `work(i)` for i in [0, n) with `concurrency` in flight; seconds taken. */
async function timed(n: number, concurrency: number, work: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await work(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** Every case's account opened (as filing opens it) and funded from its court's bank book. */
async function fundAccounts(
  platform: Platform,
): Promise<{ ids: string[]; cases: string[]; numbers: string[]; courtId: string }> {
  const { database } = platform;
  await database.sql.executeSql(
    `insert into fund_accounts (court_id, case_id, kind, account_no, no_overdraft, created_at)
     select court_id, id, 'case', account_no, true, now() from cases on conflict do nothing`,
  );
  const { rows } = await database.sql.executeSql(
    `select a.id, a.case_id, a.account_no, a.court_id from fund_accounts a where a.kind = 'case' order by a.id`,
  );
  const byCourt = new Map<string, string>();
  for (const row of rows) {
    const court = String(row.court_id);
    if (!byCourt.has(court)) {
      byCourt.set(
        court,
        await database.transaction((tx) => platform.services.funds.courtBook(tx, court, 'bank')),
      );
    }
    await database.transaction((tx) =>
      book(tx, {
        key: `fund:${row.id}`,
        courtId: court,
        caseId: null,
        debitAccountId: byCourt.get(court) as string,
        creditAccountId: String(row.id),
        amount: 1_000_000_000,
        kind: 'deposit',
        on: ON,
        at: new Date(),
        actorName: 'bench',
      }),
    );
  }
  return {
    ids: rows.map((row) => String(row.id)),
    cases: rows.map((row) => String(row.case_id)),
    numbers: rows.map((row) => String(row.account_no)),
    courtId: String(rows[0]?.court_id),
  };
}

async function ledgerRate(database: Database, accounts: readonly string[], courtId: string) {
  const run = randomUUID();
  const pick = () => accounts[Math.floor(Math.random() * accounts.length)] as string;
  const seconds = await timed(TRANSFERS, CONCURRENCY, async (i) => {
    const debit = pick();
    let credit = pick();
    while (credit === debit) credit = pick();
    await database.transaction((tx) =>
      book(tx, {
        key: `bench:${run}:${i}`,
        courtId,
        caseId: null,
        debitAccountId: debit,
        creditAccountId: credit,
        amount: 1 + (i % 10_000),
        kind: 'match',
        on: ON,
        at: new Date(),
        actorName: 'bench',
      }),
    );
  });
  return TRANSFERS / seconds;
}

/** The baseline: the transfer row's columns and width, a primary key only, one insert per transaction. */
async function plainRate(database: Database, accounts: readonly string[], courtId: string) {
  await database.sql.executeSql(`create table if not exists bench_plain_transfers (
    id uuid primary key default gen_random_uuid(), key text not null, court_id uuid not null, case_id uuid,
    debit_account_id uuid not null, credit_account_id uuid not null, amount bigint not null, kind text not null,
    phase text not null, pending_id uuid, "on" date not null, at timestamptz not null, actor_name text not null,
    data jsonb not null default '{}')`);
  const run = randomUUID();
  const pick = () => accounts[Math.floor(Math.random() * accounts.length)] as string;
  const seconds = await timed(TRANSFERS, CONCURRENCY, (i) =>
    database.transaction((tx) =>
      tx.sql.executeSql(
        `insert into bench_plain_transfers (key, court_id, case_id, debit_account_id, credit_account_id, amount, kind,
           phase, pending_id, "on", at, actor_name, data) values ($1, $2, null, $3, $4, $5, 'match', 'single', null, $6, $7, 'bench', '{}')`,
        [`plain:${run}:${i}`, courtId, pick(), pick(), 1 + (i % 10_000), ON, new Date()],
        { prepare: true },
      ),
    ),
  );
  return TRANSFERS / seconds;
}

function statementLines(numbers: readonly string[]): StatementLine[] {
  const at = new Date().toISOString();
  return Array.from({ length: LINES }, (_, i) => {
    const accountNo = numbers[i % numbers.length] as string;
    const wrong = i % 10 === 9;
    return {
      lineId: `B${String(i).padStart(9, '0')}`,
      seq: i + 1,
      accountNo: wrong ? `${accountNo.slice(0, -1)}${(Number(accountNo.slice(-1)) + 1) % 10}` : accountNo,
      amount: 100 + (i % 50_000),
      kind: 'deposit',
      payerName: `付款人${i % 997}`,
      transferId: `T${i}`,
      at,
    };
  });
}

async function matchingSeconds(platform: Platform, lines: readonly StatementLine[]) {
  const started = performance.now();
  for (let from = 0; from < lines.length; from += CHUNK) {
    const chunk = lines.slice(from, from + CHUNK);
    await platform.database.transaction((tx) => platform.services.funds.applyLines(tx, 'bank.icbc', chunk));
  }
  return (performance.now() - started) / 1000;
}

/**
 * The ceiling: only what matching cannot do without — each line's account looked up by its number,
 * the line, its transfer and, for a case's money, the timeline node inserted plainly (a multi-row
 * insert each per chunk), each account's running total moved once a chunk — on copies of the tables
 * with all their indexes and checks. No duplicate check, lock, deadline, performed amount or audit: no
 * implementation that records a line, books it and tells the case does less.
 */
async function ceilingSeconds(
  database: Database,
  lines: readonly StatementLine[],
  accounts: { ids: string[]; cases: string[]; courtId: string },
) {
  for (const table of ['fund_statement_lines', 'fund_transfers', 'case_events', 'fund_accounts']) {
    await database.sql.executeSql(
      `create table if not exists bench_ceiling_${table} (like ${table} including all)`,
    );
  }
  await database.sql.executeSql('insert into bench_ceiling_fund_accounts select * from fund_accounts');
  const bank = accounts.ids[0] as string;
  const started = performance.now();
  for (let from = 0; from < lines.length; from += CHUNK) {
    const rows = lines.slice(from, from + CHUNK).map((line, k) => {
      const i = from + k;
      const matched = i % 10 !== 9;
      const account = i % accounts.ids.length;
      return {
        id: randomUUID(),
        transfer: randomUUID(),
        line_id: line.lineId,
        account_no: line.accountNo,
        amount: line.amount,
        payer_name: line.payerName,
        kind: line.kind,
        transfer_id: line.transferId,
        case_id: matched ? accounts.cases[account] : null,
        credit: matched ? accounts.ids[account] : bank,
      };
    });
    const json = JSON.stringify(rows);
    await database.transaction(async (tx) => {
      // Each line's account found by its number; each account's running total moved once a chunk.
      await tx.sql.executeSql(
        'select id from bench_ceiling_fund_accounts where account_no = any($1::text[])',
        [[...new Set(rows.map((row) => row.account_no))]],
      );
      await tx.sql.executeSql(
        `update bench_ceiling_fund_accounts a set credits_posted = a.credits_posted + d.amount
           from (select l.credit, sum(l.amount) as amount from jsonb_to_recordset($1::jsonb) as l(credit uuid, amount bigint)
                 group by l.credit) d where a.id = d.credit`,
        [json],
      );
      await tx.sql.executeSql(
        `insert into bench_ceiling_fund_statement_lines (id, institution_code, line_id, court_id, account_no, amount,
           payer_name, bank_kind, bank_transfer_id, received_on, received_at, state, case_id, transfer_id)
         select l.id, 'bank.icbc', l.line_id, $2, l.account_no, l.amount, l.payer_name, l.kind, l.transfer_id, $3::date,
                now(), case when l.case_id is null then 'unidentified' else 'matched' end, l.case_id, l.transfer
           from jsonb_to_recordset($1::jsonb) as l(id uuid, line_id text, account_no text, amount bigint,
                payer_name text, kind text, transfer_id text, case_id uuid, transfer uuid)`,
        [json, accounts.courtId, ON],
      );
      await tx.sql.executeSql(
        `insert into bench_ceiling_fund_transfers (id, key, court_id, case_id, debit_account_id, credit_account_id,
           amount, kind, phase, "on", at, actor_name, data)
         select l.transfer, 'line:' || l.id, $2, l.case_id, $4, l.credit, l.amount, 'deposit', 'single', $3::date, now(),
                'bank', jsonb_build_object('lineId', l.id, 'payerName', l.payer_name)
           from jsonb_to_recordset($1::jsonb) as l(id uuid, transfer uuid, case_id uuid, credit uuid, amount bigint,
                payer_name text)
          where l.credit <> $4`,
        [json, accounts.courtId, ON, bank],
      );
      await tx.sql.executeSql(
        `insert into bench_ceiling_case_events (case_id, court_id, type, "on", at, actor_name, data)
         select l.case_id, $2, 'funds.received', $3::date, now(), 'system',
                jsonb_build_object('amount', l.amount, 'source', 'deposit', 'transferId', l.transfer)
           from jsonb_to_recordset($1::jsonb) as l(case_id uuid, amount bigint, transfer uuid)
          where l.case_id is not null`,
        [json, accounts.courtId, ON],
      );
    });
  }
  return (performance.now() - started) / 1000;
}

async function plainLinesSeconds(database: Database, lines: readonly StatementLine[]) {
  await database.sql.executeSql(
    'create table if not exists bench_plain_lines (like fund_statement_lines including defaults)',
  );
  const started = performance.now();
  for (let from = 0; from < lines.length; from += CHUNK) {
    const chunk = lines.slice(from, from + CHUNK);
    await database.transaction((tx) =>
      tx.sql.executeSql(
        `insert into bench_plain_lines (id, institution_code, line_id, account_no, amount, payer_name, bank_kind,
           bank_transfer_id, received_on, received_at, state)
         select gen_random_uuid(), 'bank.icbc', l.line_id, l.account_no, l.amount, l.payer_name, l.kind, l.transfer_id,
                $2::date, now(), 'unidentified'
           from jsonb_to_recordset($1::jsonb) as l(line_id text, account_no text, amount bigint, payer_name text,
                kind text, transfer_id text)`,
        [
          JSON.stringify(
            chunk.map((l) => ({
              line_id: l.lineId,
              account_no: l.accountNo,
              amount: l.amount,
              payer_name: l.payerName,
              kind: l.kind,
              transfer_id: l.transferId,
            })),
          ),
          ON,
        ],
      ),
    );
  }
  return (performance.now() - started) / 1000;
}

const platform = await open();
try {
  log(`generating ${count(CASES)} cases and opening their accounts …`);
  await generateCaseload(platform, { cases: CASES, seed: 20_260_301 });
  const { ids, cases, numbers, courtId } = await fundAccounts(platform);
  log(
    `ledger: ${count(TRANSFERS)} transfers at ${CONCURRENCY} in flight over ${count(ids.length)} accounts …`,
  );
  const plain = await plainRate(platform.database, ids, courtId);
  const ledger = await ledgerRate(platform.database, ids, courtId);
  const verified = await platform.services.funds.verify();
  log(`statement: ${count(LINES)} lines in chunks of ${count(CHUNK)} …`);
  const lines = statementLines(numbers);
  const plainLines = await plainLinesSeconds(platform.database, lines);
  const ceiling = await ceilingSeconds(platform.database, lines, { ids, cases, courtId });
  const matching = await matchingSeconds(platform, lines);
  const again = await matchingSeconds(platform, lines.slice(0, CHUNK));
  const perMillion = (matching / LINES) * 1_000_000;
  process.stdout.write(
    `${[
      `funds benchmark on PostgreSQL (${DATABASE}), ${CONCURRENCY} in flight`,
      `  ledger transfers (key, locks, balance check, totals): ${count(ledger)}/s`,
      `  baseline plain single-row inserts, same width:       ${count(plain)}/s   → ${((100 * ledger) / plain).toFixed(1)}% of plain`,
      `  ledger verified after the run: ${verified.ok ? 'ok' : JSON.stringify(verified.problem)} (${count(verified.transfers)} transfers)`,
      `  statement matching: ${count(LINES)} lines in ${matching.toFixed(2)} s = ${count(LINES / matching)} lines/s` +
        ` (1,000,000 lines ≈ ${perMillion.toFixed(0)} s at this rate)`,
      `  baseline plain insert of the same lines:              ${plainLines.toFixed(2)} s = ${count(LINES / plainLines)} lines/s`,
      `  ceiling: account lookup, line + transfer + node inserted, totals moved:  ${ceiling.toFixed(2)} s` +
        ` (1,000,000 lines ≈ ${((ceiling / LINES) * 1_000_000).toFixed(0)} s)`,
      `  a chunk pushed again: ${CHUNK} duplicates absorbed in ${again.toFixed(2)} s`,
    ].join('\n')}\n`,
  );
} finally {
  await platform.close();
}
