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
import { DEFAULT_SECRET } from '../server';

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
  async post(
    code: string,
    tail: string,
    payload: unknown,
    tamper: (headers: Record<string, string>) => Record<string, string> = (h) => h,
  ): Promise<Posted> {
    const path = `/inst/${code}${tail}`;
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
 * The hub's callback endpoint as a test sees it: verifies each callback's signature with the
 * institution's derived key (401 otherwise), records it and answers 200, or 503 while `down`.
 */
export class CallbackReceiver {
  readonly callbacks: ReceivedCallback[] = [];
  refused = 0;
  attempts = 0;
  down = false;
  private server: http.Server | undefined;
  private readonly replay = new ReplayGuard();
  private waiters: (() => void)[] = [];

  constructor(private readonly secret = DEFAULT_SECRET) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/api/assist/v1/callbacks`;
  }

  results(): AssistResult[] {
    return this.callbacks.flatMap((callback) => callback.results);
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

  /** Resolves once `count` results have arrived (or rejects after `ms`). */
  async waitFor(count: number, ms = 10_000): Promise<AssistResult[]> {
    const deadline = Date.now() + ms;
    while (this.results().length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.results().length} of ${count} results arrived`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.results();
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
    const parsed = callbackSchema.safeParse(JSON.parse(body.toString()));
    if (failure || !parsed.success || parsed.data.institutionCode !== code) {
      this.refused++;
      response.writeHead(failure ? 401 : 400).end();
      return;
    }
    this.callbacks.push(parsed.data);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ applied: parsed.data.results.length, duplicates: 0 }));
    for (const wake of this.waiters.splice(0)) wake();
  }
}
