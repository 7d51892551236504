/**
 * `npm run bench -- auction [--bidders N] [--watchers N] [--bids N] [--concurrency C]`: one auction on
 * PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test; a fresh database
 * `zhixing_bench_auction`, or BENCH_DATABASE_NAME, left in place) with N registered bidders and N
 * WebSocket watchers (in a child process, bench/_auction-watchers.ts).
 *
 * 1. Bidding: C bidders at a time send `POST /api/auctions/:id/bids` (through the HTTP layer, in
 *    process) at the current price plus 1–20 increments until --bids are accepted; each accepted bid
 *    was committed (row lock on the auction, gap-free seq, audit entry, NOTIFY) before its answer.
 *    Accepted bids/s, refusals (a competing bid got there first), and each accepted bid's request → 201
 *    time (its transaction under contention; part of the latency below). Ceiling measured in the same
 *    run: plain transactions of one insert + one NOTIFY at the same concurrency.
 * 2. Fan-out: every bid goes NOTIFY → LISTEN → each watcher's socket. Bid-to-watcher latency (from
 *    the bid's request being sent to the message's arrival at the watcher), p50/p99, lost and
 *    misordered bids per watcher, server memory per watcher (RSS growth / watchers). Baseline in the
 *    same run: a plain `ws` server broadcasting the same messages, at the same pace, to the same number
 *    of watchers (latency from its send).
 * The goal is 1,000 bidders and 10,000 watchers, p99 < 100 ms; on the shared 2-core machine run fewer
 * watchers (default 2,000) and say so.
 */
import { fork } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';
import { createPlatform, type Platform } from '../apps/server/src/app';
import { seedDemoOrg } from '../apps/server/src/modules/org/demo';
import type { SettableClock } from '../apps/server/src/platform/clock';
import { loadConfig } from '../apps/server/src/platform/config';
import { openPostgres } from '../apps/server/src/platform/db';
import { filing, idNumber } from '../apps/server/src/test/factories';
import { admin, positive, urlOf } from './_shared';

const { values: args } = parseArgs({
  options: {
    bidders: { type: 'string', default: '1000' },
    watchers: { type: 'string', default: '2000' },
    bids: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '16' },
  },
});
const BIDDERS = positive(args.bidders, '--bidders');
const WATCHERS = positive(args.watchers, '--watchers');
const BIDS = positive(args.bids, '--bids');
const CONCURRENCY = positive(args.concurrency, '--concurrency');
const DATABASE = process.env.BENCH_DATABASE_NAME || 'zhixing_bench_auction';
const log = (text: string) => process.stderr.write(`${text}\n`);
const now = () => performance.timeOrigin + performance.now();
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function open(): Promise<Platform> {
  await admin(`drop database if exists ${DATABASE} with (force)`);
  await admin(`create database ${DATABASE}`);
  const database = await openPostgres(urlOf(DATABASE), CONCURRENCY + 4);
  const config = loadConfig({ LOG_LEVEL: 'silent', ZHIXING_CLOCK: 'settable' }, { workers: false });
  const platform = await createPlatform({ ...config, webDir: '' }, { database, logger: false });
  await seedDemoOrg(platform.services.org);
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  return platform;
}

async function login(platform: Platform, username: string) {
  const response = await platform.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'zhixing-demo' },
  });
  const cookie = response.cookies.find((c) => c.name === 'zx_session')?.value;
  const csrf = response.json<{ csrfToken: string }>().csrfToken;
  return (method: 'GET' | 'POST', url: string, payload?: object) =>
    platform.app.inject({
      method,
      url,
      payload,
      headers: { cookie: `zx_session=${cookie}`, 'x-csrf-token': csrf },
    });
}

/** An auction in its bidding hours with BIDDERS registered people, each with a session. */
async function setUp(platform: Platform) {
  const officer = await login(platform, 'officer');
  const caseId = (await officer('POST', '/api/cases', filing())).json<{ id: string }>().id;
  const issued = await officer('POST', `/api/cases/${caseId}/documents`, { kinds: ['execution_notice'] });
  const evidence = issued.json<{ items: { id: string }[] }>().items[0]?.id;
  const detail = (await officer('GET', `/api/cases/${caseId}`)).json<{ debtors: { id: string }[] }>();
  const asset = await officer('POST', `/api/cases/${caseId}/assets`, {
    partyId: detail.debtors[0]?.id,
    category: 'real_estate',
    institution: { name: '北京市朝阳区不动产登记中心' },
    assetRef: '京(2020)朝阳区不动产权第0000001号',
    description: '朝阳区某小区3号楼502室',
    value: 1_000_000_00,
    evidence: [evidence],
  });
  const assetId = asset.json<{ id: string }>().id;
  await officer('POST', `/api/assets/${assetId}/control`, {});
  await officer('POST', `/api/assets/${assetId}/valuations`, { method: 'agreement', price: 1_000_000_00 });
  const t = platform.clock.now().getTime();
  const startsAt = new Date(t + 31 * 86_400_000);
  const created = await officer('POST', `/api/assets/${assetId}/auctions`, {
    round: 1,
    startPrice: 700_000_00,
    deposit: 70_000_00,
    increment: 1_000_00,
    announcedAt: new Date(t).toISOString(),
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 86_400_000).toISOString(),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const auctionId = created.json<{ id: string }>().id;
  const people = Array.from({ length: BIDDERS }, (_, i) => ({
    id: randomUUID(),
    token: randomBytes(24).toString('base64url'),
    csrf: randomBytes(12).toString('base64url'),
    idNumber: idNumber('19900101', String(i % 1000).padStart(3, '0'), String(310000 + i)),
    phone: `15${String(i).padStart(9, '0')}`,
  }));
  await platform.database.sql.executeSql(
    `with p as (select * from jsonb_to_recordset($1::jsonb) as p(id uuid, "idNumber" text, phone text, hash text, csrf text)),
       i as (insert into people (id, kind, real_name, id_number, phone, confirmed_at, created_at)
             select id, 'person', '竞买人', "idNumber", phone, now(), now() from p)
     insert into person_sessions (token_hash, person_id, csrf_token, created_at, expires_at)
     select hash, id, csrf, now(), now() + interval '1 day' from p`,
    [JSON.stringify(people.map((p) => ({ ...p, hash: createHash('sha256').update(p.token).digest('hex') })))],
  );
  for (let i = 0; i < people.length; i += 50) {
    await Promise.all(
      people.slice(i, i + 50).map((p) =>
        platform.app.inject({
          method: 'POST',
          url: `/api/auctions/${auctionId}/bidders`,
          payload: { declaresNoConflict: true },
          headers: { cookie: `zx_person=${p.token}`, 'x-csrf-token': p.csrf },
        }),
      ),
    );
  }
  // Into the bidding hours.
  (platform.clock as SettableClock).set(new Date(startsAt.getTime() + 3_600_000));
  return { auctionId, people };
}

function watchersProcess() {
  const child = fork(path.join(import.meta.dirname, '_auction-watchers.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<string, (message: Record<string, unknown>) => void>();
  child.on('message', (message: Record<string, unknown>) => {
    const kind = String(message.kind);
    if (kind === 'error') throw new Error(String(message.error));
    waiting.get(kind)?.(message);
  });
  const ask = (message: object, reply: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      waiting.set(reply, resolve);
      child.send(message);
    });
  return { child, ask, up: new Promise<void>((resolve) => waiting.set('up', () => resolve())) };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function main() {
  log(`auction bench: ${BIDDERS} bidders, ${WATCHERS} watchers, ${BIDS} bids, concurrency ${CONCURRENCY}`);
  const platform = await open();
  const { auctionId, people } = await setUp(platform);
  const port = (platform.app.server.address() as AddressInfo).port;
  const watchers = watchersProcess();
  await watchers.up;

  // ── Phase 1: the platform ──
  const rssBefore = process.memoryUsage().rss;
  const connectStart = now();
  await watchers.ask(
    { kind: 'connect', url: `ws://127.0.0.1:${port}/api/public/auctions/${auctionId}/live`, count: WATCHERS },
    'connected',
  );
  const connectSeconds = (now() - connectStart) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssWatching = process.memoryUsage().rss;
  log(`  ${WATCHERS} watchers connected in ${connectSeconds.toFixed(1)} s`);

  const sent: Record<string, number> = {};
  const sentOrder: { seq: number; at: number; text: string }[] = [];
  let current = 700_000_00 - 1_000_00;
  let accepted = 0;
  let refused = 0;
  /** Request to acknowledgement of each accepted bid: the bid's own transaction, under contention. */
  const acks: number[] = [];
  const bidStart = now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, lane) => {
      let turn = lane;
      while (accepted < BIDS) {
        const person = people[(turn * 7919) % people.length] as (typeof people)[number];
        turn += CONCURRENCY;
        const amount = current + 1_000_00 * (1 + Math.floor(Math.random() * 20));
        const t0 = now();
        const response = await platform.app.inject({
          method: 'POST',
          url: `/api/auctions/${auctionId}/bids`,
          payload: { amount },
          headers: { cookie: `zx_person=${person.token}`, 'x-csrf-token': person.csrf },
        });
        if (response.statusCode === 201) {
          acks.push(now() - t0);
          const bid = response.json<{
            seq: number;
            amount: number;
            endsAt: string;
            at: string;
            bidder: string;
          }>();
          sent[String(bid.seq)] = t0;
          sentOrder.push({
            seq: bid.seq,
            at: t0,
            text: JSON.stringify({
              type: 'bid',
              seq: bid.seq,
              bidder: bid.bidder,
              amount: bid.amount,
              kind: 'raise',
              at: bid.at,
              endsAt: bid.endsAt,
            }),
          });
          current = Math.max(current, bid.amount);
          accepted++;
        } else {
          refused++;
          const minimum = /即 ¥([\d,]+)\.(\d\d)/.exec(response.json<{ detail: string }>().detail ?? '');
          if (minimum)
            current = Math.max(current, Number(`${minimum[1]?.replaceAll(',', '')}${minimum[2]}`) - 1_000_00);
        }
      }
    }),
  );
  const bidSeconds = (now() - bidStart) / 1000;
  const { rows } = await platform.database.sql.executeSql(
    'select count(*)::int as n, max(seq)::int as last, min(seq)::int as first from auction_bids where auction_id = $1',
    [auctionId],
  );
  const stored = rows[0] as { n: number; last: number; first: number };
  const expected = stored.n;
  await until(
    async () => Number((await watchers.ask({ kind: 'received' }, 'received')).total) >= expected * WATCHERS,
    60_000,
  );
  const live = await watchers.ask({ kind: 'report', sent, expected }, 'report');

  // The ceiling: one insert + one NOTIFY per transaction, same concurrency.
  await platform.database.sql.executeSql(
    'create table if not exists bench_plain (id bigserial primary key, auction_id uuid, amount bigint, at timestamptz)',
  );
  let plainDone = 0;
  const plainStart = now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (plainDone < expected) {
        plainDone++;
        await platform.database.transaction(async (tx) => {
          await tx.sql.executeSql('insert into bench_plain (auction_id, amount, at) values ($1, $2, now())', [
            auctionId,
            plainDone,
          ]);
          await tx.sql.executeSql("select pg_notify('bench_plain', $1)", [String(plainDone)]);
        });
      }
    }),
  );
  const plainSeconds = (now() - plainStart) / 1000;

  // ── Phase 2: a plain ws broadcast of the same messages at the same pace ──
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await new Promise((resolve) => server.once('listening', resolve));
  const plainPort = (server.address() as AddressInfo).port;
  const rssPlainBefore = process.memoryUsage().rss;
  await watchers.ask({ kind: 'connect', url: `ws://127.0.0.1:${plainPort}/`, count: WATCHERS }, 'connected');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssPlainWatching = process.memoryUsage().rss;
  const order = [...sentOrder].sort((x, y) => x.seq - y.seq);
  const plainSent: Record<string, number> = {};
  const replayStart = now();
  const firstAt = Math.min(...order.map((o) => o.at));
  for (const item of order) {
    const wait = item.at - firstAt - (now() - replayStart);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    plainSent[String(item.seq)] = now();
    for (const client of server.clients) client.send(item.text);
  }
  await until(
    async () =>
      Number((await watchers.ask({ kind: 'received' }, 'received')).total) >= order.length * WATCHERS,
    60_000,
  );
  const plain = await watchers.ask({ kind: 'report', sent: plainSent, expected: order.length }, 'report');
  server.close();
  watchers.child.send({ kind: 'exit' });

  const perWatcher = (rssWatching - rssBefore) / WATCHERS;
  const perWatcherPlain = (rssPlainWatching - rssPlainBefore) / WATCHERS;
  const table = [
    ['', 'platform (NOTIFY → LISTEN → ws)', 'plain ws broadcast'],
    [
      'accepted bids/s',
      `${(expected / bidSeconds).toFixed(0)} (${expected} accepted, ${refused} refused, ${CONCURRENCY} in flight)`,
      `ceiling insert+NOTIFY tx: ${(expected / plainSeconds).toFixed(0)}/s`,
    ],
    [
      'seq stored',
      `1..${stored.last}, ${stored.n} rows ${stored.n === stored.last && stored.first === 1 ? '(gap-free)' : '(GAPS!)'}`,
      '',
    ],
    [
      'bid acknowledged p50/p99',
      `${ms(quantile(acks, 0.5))} / ${ms(quantile(acks, 0.99))} (request → 201, in the latency below)`,
      '',
    ],
    ['latency p50', ms(Number(live.p50)), ms(Number(plain.p50))],
    ['latency p99', ms(Number(live.p99)), ms(Number(plain.p99))],
    ['latency max', ms(Number(live.max)), ms(Number(plain.max))],
    ['messages received', String(live.samples), String(plain.samples)],
    ['lost / misordered', `${live.lost} / ${live.misordered}`, `${plain.lost} / ${plain.misordered}`],
    [
      'server memory / watcher',
      `${(perWatcher / 1024).toFixed(1)} KB (RSS ${mb(rssBefore)} → ${mb(rssWatching)})`,
      `${(perWatcherPlain / 1024).toFixed(1)} KB`,
    ],
    ['watchers connected', `${WATCHERS} in ${connectSeconds.toFixed(1)} s`, String(WATCHERS)],
  ];
  for (const row of table) process.stdout.write(`${row[0]?.padEnd(26)}${row[1]?.padEnd(60)}${row[2]}\n`);
  process.stdout.write(
    `latency: from the bid's request being sent to the message's arrival (platform); from the broadcast's send (plain).\n`,
  );
  process.stdout.write(
    `bidding ran in this process through app.inject (no HTTP parsing); the watchers in a child process over real sockets.\n`,
  );
  await platform.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(String((error as Error)?.stack ?? error));
    process.exit(1);
  },
);
