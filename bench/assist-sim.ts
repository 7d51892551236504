/**
 * `npm run bench -- assist-sim [--requests N] [--clients N] [--banks N]`: the institution simulator's
 * raw capacity, the physical limit of any sweep through the hub. The simulator runs as its own
 * process (as beside the server); this process plays the hub: N concurrent clients sign and post
 * batches of 1,000 queries straight to the gateways, round-robin over the national set, and a minimal
 * receiver verifies the signed callbacks. Measured in the same run, each on fresh request ids:
 *
 * - callbacks, N clients: requests/s from the first post to the last result called back;
 * - baseline, inline: the same batches with every result inline in the answer (no callbacks);
 * - baseline, one client: callbacks, one batch in flight at a time.
 *
 * Each run also reports the CPU the simulator spent per request (from /proc): wall-clock rates move
 * with whatever else the machine runs, CPU per request much less.
 *
 * Then checks the simulator's counters: every distinct request carried out exactly once, every result
 * called back exactly once, none lost; and prints the simulator's resident memory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  claimedInstitution,
  derivedKey,
  GATEWAY_PATHS,
  MAX_BATCH,
  ReplayGuard,
  sign,
  verify,
} from '@zhixing/assist-protocol';
import { cpuOf, positive } from './_shared';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '300000' },
    clients: { type: 'string', default: '4' },
    banks: { type: 'string', default: '24' },
  },
});
const REQUESTS = positive(args.requests, '--requests');
const CLIENTS = positive(args.clients, '--clients');
const BANKS = positive(args.banks, '--banks');
const SECRET = 'bench-assist-sim';
const root = path.resolve(import.meta.dirname, '..');
const log = (text: string) => process.stderr.write(`${text}\n`);

// ─── The simulator, as a process of its own ──────────────────────────────────────────────────────────

interface Sim {
  child: ChildProcess;
  url: string;
}

async function startSim(): Promise<Sim> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'apps/assist-sim/src/main.ts',
      '--port',
      '0',
      '--banks',
      String(BANKS),
      '--secret',
      SECRET,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (\S+)/.exec(seen);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`assist-sim exited with ${code}`)));
  });
  return { child, url };
}

async function simJson(
  sim: Sim,
  method: string,
  route: string,
  payload?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(sim.url + route, {
    method,
    headers: payload === undefined ? {} : { 'content-type': 'application/json' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  return (await response.json()) as Record<string, unknown>;
}

// ─── The hub's side: clients and a callback receiver ─────────────────────────────────────────────────

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The callback endpoint: verifies each signature, counts results, and notices any result twice. */
class Receiver {
  private server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const code = claimedInstitution(request.headers) ?? '';
      const failure = verify(
        this.keyOf(code),
        { method: 'POST', path: request.url ?? '', body },
        request.headers,
        this.replay,
      );
      if (failure) {
        this.refused++;
        response.writeHead(401).end();
        return;
      }
      const { results } = JSON.parse(body.toString()) as { results: { requestId: string }[] };
      for (const result of results) {
        if (this.seen.has(result.requestId)) this.twice++;
        else this.seen.add(result.requestId);
      }
      this.callbacks++;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"applied":0,"duplicates":0}');
      if (this.seen.size >= this.expected) this.done?.();
    });
  });
  private readonly replay = new ReplayGuard();
  private readonly keys = new Map<string, string>();
  seen = new Set<string>();
  twice = 0;
  refused = 0;
  callbacks = 0;
  private expected = Number.POSITIVE_INFINITY;
  private done: (() => void) | undefined;

  keyOf(code: string): string {
    let key = this.keys.get(code);
    if (!key) {
      key = derivedKey(SECRET, code);
      this.keys.set(code, key);
    }
    return key;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/assist/v1/callbacks`;
  }

  expect(count: number): Promise<void> {
    this.seen = new Set();
    this.twice = 0;
    this.callbacks = 0;
    this.expected = count;
    return new Promise((resolve) => {
      this.done = resolve;
    });
  }

  stop(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

/** Batch bodies of 1,000 queries on distinct debtors, made as text: the client must not be the limit. */
function batchBody(callbackUrl: string, debtorBase: number): string {
  const requests: string[] = [];
  for (let i = 0; i < MAX_BATCH; i++) {
    const n = debtorBase + i;
    const identifier = idNumber(n);
    requests.push(
      `{"requestId":"${randomUUID()}","kind":"query","subject":{"kind":"person","name":"被执行人${n}","identifier":"${identifier}"},"basis":{"caseNumber":"（2026）京0105执${n}号","courtCode":"京0105","courtName":"北京市朝阳区人民法院","documentId":"0b8f7c1e-2f7a-4c59-9d3e-5a1f0c2b7e11","documentTitle":"协助查询通知书","officerName":"张明"}}`,
    );
  }
  return `{"batchId":"${randomUUID()}","callbackUrl":"${callbackUrl}","requests":[${requests.join(',')}]}`;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idNumber(n: number): string {
  const first17 = `${['110105', '310115', '440306', '330102', '510107'][n % 5]}19${String(50 + (n % 50))}0101${String(n % 1000).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] as number);
  const check = (12 - (sum % 11)) % 11;
  return first17 + (check === 10 ? 'X' : String(check));
}

interface Run {
  label: string;
  requests: number;
  seconds: number;
  perSecond: number;
  /** CPU seconds the simulator process and this process spent on the run. */
  simCpu: number;
  hubCpu: number;
}

/**
 * Posts `batches` batches with `clients` in flight at once, round-robin over the institutions, and
 * waits for every result: inline answers, or callbacks at the receiver.
 */
/** What every run shares: the simulator, the receiver and where batches go. */
interface Setup {
  sim: Sim;
  receiver: Receiver;
  callbackUrl: string;
  codes: string[];
}

async function run(
  label: string,
  { sim, receiver, callbackUrl, codes }: Setup,
  batches: number,
  clients: number,
  inline: boolean,
): Promise<Run> {
  const total = batches * MAX_BATCH;
  const calledBack = inline ? Promise.resolve() : receiver.expect(total);
  let next = 0;
  let inlineResults = 0;
  const started = performance.now();
  const simCpu = cpuOf(sim.child.pid as number);
  const hubCpu = cpuOf(process.pid);
  const client = async () => {
    for (let b = next++; b < batches; b = next++) {
      const code = codes[b % codes.length] as string;
      const body = batchBody(callbackUrl, (b * MAX_BATCH) % 100_000);
      const url = new URL(`${sim.url}/inst/${code}${GATEWAY_PATHS.batches}`);
      const headers = sign(code, receiver.keyOf(code), { method: 'POST', path: url.pathname, body });
      const answer = await post(url, headers, body);
      if (answer.status !== 200)
        throw new Error(`${code} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
      if (inline) inlineResults += (JSON.parse(answer.text) as { results: unknown[] }).results.length;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  await calledBack;
  const seconds = (performance.now() - started) / 1000;
  if (inline && inlineResults !== total) throw new Error(`${inlineResults} of ${total} results inline`);
  if (!inline && (receiver.twice > 0 || receiver.refused > 0))
    throw new Error(`${receiver.twice} results twice, ${receiver.refused} callbacks refused`);
  const result = {
    label,
    requests: total,
    seconds,
    perSecond: total / seconds,
    simCpu: cpuOf(sim.child.pid as number) - simCpu,
    hubCpu: cpuOf(process.pid) - hubCpu,
  };
  log(`  ${label}: ${total.toLocaleString('en-US')} requests in ${seconds.toFixed(1)} s`);
  return result;
}

async function main(): Promise<void> {
  const sim = await startSim();
  const receiver = new Receiver();
  const callbackUrl = await receiver.start();
  try {
    const catalog = (await simJson(sim, 'GET', '/sim/institutions')) as unknown as {
      institutions: { code: string; maxBatch: number }[];
    };
    // Batches of 1,000 go to the institutions that take them (the national banks, platforms); the
    // registries and local banks take smaller ones and are exercised by the hub's sweep.
    const codes = catalog.institutions.filter((i) => i.maxBatch >= MAX_BATCH).map((i) => i.code);
    const batches = Math.max(1, Math.round(REQUESTS / MAX_BATCH));
    const setup: Setup = { sim, receiver, callbackUrl, codes };
    log(
      `assist-sim bench: ${batches} batches of ${MAX_BATCH} over ${codes.length} institutions, ${CLIENTS} clients`,
    );
    await run('warm-up', setup, Math.min(20, batches), CLIENTS, false);
    await simJson(sim, 'DELETE', '/sim/stats');
    const distinctBefore = Number((await simJson(sim, 'GET', '/sim/stats')).distinctRequests);

    const callbacks = await run(`callbacks, ${CLIENTS} clients`, setup, batches, CLIENTS, false);
    const afterCallbacks = await simJson(sim, 'GET', '/sim/stats');
    await simJson(sim, 'PUT', '/sim/faults', { inlineRate: 1 });
    const inline = await run(`inline, ${CLIENTS} clients`, setup, batches, CLIENTS, true);
    await simJson(sim, 'DELETE', '/sim/faults');
    const single = await run('callbacks, 1 client', setup, Math.max(1, Math.round(batches / 3)), 1, false);
    const stats = await simJson(sim, 'GET', '/sim/stats');

    const totals = stats.totals as Record<string, number>;
    const sent = callbacks.requests + inline.requests + single.requests;
    const distinct = Number(stats.distinctRequests) - distinctBefore;
    const calledBackFirst = (afterCallbacks.totals as Record<string, number>).resultsCalledBack;
    const checks = {
      'requests sent': sent,
      'distinct request ids at the simulator (new in this run)': distinct,
      executed: totals.executed,
      duplicates: totals.duplicates,
      'results called back (callback runs)': totals.resultsCalledBack,
      'results inline (inline run)': totals.resultsInline,
      'callbacks failed / refused / abandoned': `${totals.callbacksFailed} / ${totals.callbacksRefused} / ${totals.callbacksAbandoned}`,
    };
    const exact =
      totals.executed === sent &&
      distinct === sent &&
      totals.duplicates === 0 &&
      totals.resultsCalledBack === callbacks.requests + single.requests &&
      calledBackFirst === callbacks.requests &&
      totals.resultsInline === inline.requests;

    const table = [callbacks, inline, single].map((r) => ({
      run: r.label,
      requests: r.requests,
      seconds: Number(r.seconds.toFixed(2)),
      'requests/s': Math.round(r.perSecond),
      'vs inline': `${Math.round((100 * r.perSecond) / inline.perSecond)}%`,
      'sim CPU s': Number(r.simCpu.toFixed(1)),
      // CPU per request is steadier than wall time on a machine shared with other work.
      'sim CPU µs/request': Number(((r.simCpu * 1e6) / r.requests).toFixed(1)),
      'hub-side CPU s': Number(r.hubCpu.toFixed(1)),
    }));
    process.stdout.write(
      '\nassist-sim raw capacity (simulator process + this hub-side process, same machine)\n',
    );
    console.table(table);
    // For bench/inquiry.ts, which measures the sweep against this (one line, JSON).
    process.stdout.write(
      `raw figures: ${JSON.stringify({
        perSecond: callbacks.perSecond,
        simCpuPerRequestUs: (callbacks.simCpu * 1e6) / callbacks.requests,
        clientCpuPerRequestUs: (callbacks.hubCpu * 1e6) / callbacks.requests,
      })}\n`,
    );
    console.table(checks);
    process.stdout.write(
      `every request carried out exactly once and called back exactly once: ${exact ? 'yes' : 'NO'}\n` +
        `simulator resident memory: ${Math.round(Number(stats.rssBytes) / 2 ** 20)} MiB for ${Number(stats.distinctRequests).toLocaleString('en-US')} remembered requests\n`,
    );
    if (!exact) process.exitCode = 1;
  } finally {
    receiver.stop();
    agent.destroy();
    sim.child.kill('SIGTERM');
  }
}

await main();
