/**
 * What the simulator's tests talk to it with: a hub-side client that signs batches and lookups with
 * the protocol package, and a callback receiver that verifies the institutions' signatures.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type AssistRequest,
  type AssistResult,
  type BatchReceipt,
  batchReceiptSchema,
  callbackSchema,
  claimedInstitution,
  derivedKey,
  GATEWAY_PATHS,
  type LookupAnswer,
  lookupAnswerSchema,
  ReplayGuard,
  sign,
  verify,
} from '@zhixing/assist-protocol';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_SECRET, type RunningSimulator, type SimulatorOptions, startSimulator } from '../server';

export const BASIS = {
  caseNumber: '（2026）京0105执12号',
  courtCode: '京0105',
  courtName: '北京市朝阳区人民法院',
  documentId: '0b8f7c1e-2f7a-4c59-9d3e-5a1f0c2b7e11',
  documentTitle: '协助查询通知书',
  officerName: '张明',
};

export const OTHER_COURT = {
  ...BASIS,
  caseNumber: '（2026）沪0115执88号',
  courtCode: '沪0115',
  courtName: '上海市浦东新区人民法院',
};

/** A valid resident identity number (check character computed). */
export function person(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (weights[i] as number);
  const check = (12 - (sum % 11)) % 11;
  return first17 + (check === 10 ? 'X' : String(check));
}

export function query(identifier: string, extra: Partial<AssistRequest> = {}): AssistRequest {
  return {
    requestId: randomUUID(),
    kind: 'query',
    subject: { kind: 'person', name: '王某', identifier },
    basis: BASIS,
    ...extra,
  } as AssistRequest;
}

export function control(
  kind: AssistRequest['kind'],
  identifier: string,
  extra: Partial<AssistRequest>,
): AssistRequest {
  return { ...query(identifier), kind, ...extra } as AssistRequest;
}

export interface Posted {
  status: number;
  body: unknown;
}

export class HubClient {
  constructor(
    readonly simUrl: string,
    readonly secret = DEFAULT_SECRET,
  ) {}

  keyOf(code: string): string {
    return derivedKey(this.secret, code);
  }

  /** Posts a signed body to an institution's gateway; `tamper` changes the headers before sending. */
  post(
    code: string,
    tail: string,
    payload: unknown,
    tamper: (headers: Record<string, string>) => Record<string, string> = (h) => h,
  ): Promise<Posted> {
    return this.signedPost(`/inst/${code}${tail}`, code, payload, tamper);
  }

  /** Posts a body to any path of the simulator, signed as the hub does for `code`. */
  async signedPost(
    path: string,
    code: string,
    payload: unknown,
    tamper: (headers: Record<string, string>) => Record<string, string> = (h) => h,
  ): Promise<Posted> {
    const body = JSON.stringify(payload);
    const headers = tamper({ ...sign(code, this.keyOf(code), { method: 'POST', path, body }) });
    const response = await fetch(this.simUrl + path, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async batch(code: string, callbackUrl: string, requests: AssistRequest[]): Promise<BatchReceipt> {
    const answer = await this.post(code, GATEWAY_PATHS.batches, {
      batchId: randomUUID(),
      callbackUrl,
      requests,
    });
    if (answer.status !== 200)
      throw new Error(`batch answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return batchReceiptSchema.parse(answer.body);
  }

  async lookup(code: string, requestIds: string[]): Promise<LookupAnswer> {
    const answer = await this.post(code, GATEWAY_PATHS.lookup, { requestIds });
    if (answer.status !== 200) throw new Error(`lookup answered ${answer.status}`);
    return lookupAnswerSchema.parse(answer.body);
  }

  async sim(method: string, path: string, payload?: unknown): Promise<Posted> {
    const response = await fetch(this.simUrl + path, {
      method,
      headers: payload === undefined ? {} : { 'content-type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
}

export interface ReceivedCallback {
  institutionCode: string;
  results: AssistResult[];
}

/**
 * A signed-callback endpoint as a test sees it: verifies each callback's signature with the sender's
 * derived key (401 otherwise), lets `accept` parse it (400 when it cannot), records it and answers
 * 200, or 503 while `down`.
 */
class SignedReceiver<T> {
  readonly received: { code: string; items: T[] }[] = [];
  refused = 0;
  attempts = 0;
  down = false;
  private server: http.Server | undefined;
  private readonly replay = new ReplayGuard();
  private waiters: (() => void)[] = [];

  constructor(
    private readonly accept: (json: unknown, code: string) => T[] | undefined,
    private readonly secret: string,
    private readonly path: string,
  ) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}${this.path}`;
  }

  items(): T[] {
    return this.received.flatMap((callback) => callback.items);
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => this.receive(request, response, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once `count` items have arrived (or rejects after `ms`). */
  async waitFor(count: number, ms = 10_000): Promise<T[]> {
    const deadline = Date.now() + ms;
    while (this.items().length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.items().length} of ${count} arrived`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.items();
  }

  private receive(request: http.IncomingMessage, response: http.ServerResponse, body: Buffer): void {
    this.attempts++;
    if (this.down) {
      response.writeHead(503).end();
      return;
    }
    const code = claimedInstitution(request.headers) ?? '';
    const parts = { method: request.method ?? '', path: request.url ?? '', body };
    const failure = verify(derivedKey(this.secret, code), parts, request.headers, this.replay);
    const items = failure ? undefined : this.accept(JSON.parse(body.toString()), code);
    if (!items) {
      this.refused++;
      response.writeHead(failure ? 401 : 400).end();
      return;
    }
    this.received.push({ code, items });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ applied: items.length, duplicates: 0 }));
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** The hub's assist callback endpoint: callbacks parsed with the protocol's schema. */
export class CallbackReceiver extends SignedReceiver<AssistResult> {
  constructor(secret = DEFAULT_SECRET) {
    super(
      (json, code) => {
        const parsed = callbackSchema.safeParse(json);
        return parsed.success && parsed.data.institutionCode === code ? parsed.data.results : undefined;
      },
      secret,
      '/api/assist/v1/callbacks',
    );
  }

  get callbacks(): ReceivedCallback[] {
    return this.received.map(({ code, items }) => ({ institutionCode: code, results: items }));
  }

  results(): AssistResult[] {
    return this.items();
  }
}

export interface ReceivedReport {
  inquiryId: string;
  platformCode: string;
  status: string;
  price?: number;
}

/** Where price-inquiry platforms report: `{platformCode, reports}`. */
export class PriceReceiver extends SignedReceiver<ReceivedReport> {
  constructor(secret = DEFAULT_SECRET) {
    super(
      (json, code) => {
        const callback = json as { platformCode?: string; reports?: ReceivedReport[] };
        return callback.platformCode === code && Array.isArray(callback.reports)
          ? callback.reports
          : undefined;
      },
      secret,
      '/api/valuation/price-reports',
    );
  }

  reports(): ReceivedReport[] {
    return this.items();
  }
}

export interface SimulatorContext<R> {
  sim: RunningSimulator;
  hub: HubClient;
  receiver: R;
}

/**
 * A test file's simulator (started once) and a fresh receiver for each test; after each test the
 * receiver stops and every fault is cleared.
 */
export function useSimulator<R extends { start(): Promise<R>; stop(): Promise<void> }>(
  options: SimulatorOptions,
  receiver: () => R,
): SimulatorContext<R> {
  const context = {} as SimulatorContext<R>;
  beforeAll(async () => {
    context.sim = await startSimulator(options);
    context.hub = new HubClient(context.sim.url);
  });
  afterAll(() => context.sim.close());
  beforeEach(async () => {
    context.receiver = await receiver().start();
    return async () => {
      await context.receiver.stop();
      await context.hub.sim('DELETE', '/sim/faults');
    };
  });
  return context;
}
