/**
 * Results go back to the hub by signed callbacks. Results for the same callback URL from the same
 * institution are coalesced (up to MAX_BATCH per callback, after a short window), deliveries are
 * limited in number at once, and a delivery that meets a connection error, a timeout or a 5xx is
 * retried with exponential backoff; a 2xx or a 4xx ends it. Faults shuffle, delay, duplicate and
 * mis-sign callbacks on the way out.
 */
import http from 'node:http';
import https from 'node:https';
import { derivedKey, MAX_BATCH, sign } from '@zhixing/assist-protocol';
import type { FaultPlan } from './faults';
import type { Stats } from './stats';

export interface CallbackOptions {
  /** How long results wait for company before a callback leaves. */
  windowMs: number;
  /** Deliveries in flight at once, over all URLs. */
  concurrency: number;
  /** Attempts per callback, the first included. */
  attempts: number;
  /** Backoff after the first failure; doubles each time, with jitter, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** A callback not answered within this is a failed attempt. */
  timeoutMs: number;
}

export const CALLBACK_DEFAULTS: CallbackOptions = {
  windowMs: 20,
  concurrency: 16,
  attempts: 10,
  backoffMs: 200,
  maxBackoffMs: 30_000,
  timeoutMs: 10_000,
};

/** Who signs a callback: an institution of the catalog or a price-inquiry platform. */
export interface Sender {
  index: number;
  code: string;
}

/** The callback's JSON text around the items: the assist protocol's `{institutionCode, results}` by default. */
export type Envelope = (code: string, items: string) => string;
const ASSIST_ENVELOPE: Envelope = (code, items) =>
  `{"institutionCode":${JSON.stringify(code)},"results":[${items}]}`;

interface Outbox {
  id: number;
  institution: Sender;
  envelope: Envelope;
  url: URL;
  results: string[];
  timer: NodeJS.Timeout | undefined;
  sent: number;
}

interface Delivery {
  outbox: Outbox;
  body: string;
  count: number;
  badSignature: boolean;
  attempt: number;
}

export class CallbackSender {
  private readonly outboxes = new Map<string, Outbox>();
  private readonly queue: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private closed = false;
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };

  constructor(
    private readonly options: CallbackOptions,
    private readonly keys: readonly string[],
    private readonly faults: FaultPlan,
    private readonly stats: Stats,
    private readonly seed: number,
  ) {}

  /** Queues results (their JSON texts) for the URL, after `delayMs` if given. */
  enqueue(
    institution: Sender,
    callbackUrl: string,
    results: string[],
    delayMs = 0,
    envelope: Envelope = ASSIST_ENVELOPE,
  ): void {
    if (results.length === 0 || this.closed) return;
    if (delayMs > 0) {
      this.later(delayMs, () => this.enqueue(institution, callbackUrl, results, 0, envelope));
      return;
    }
    const key = `${institution.index}\n${callbackUrl}`;
    let outbox = this.outboxes.get(key);
    if (!outbox) {
      outbox = {
        id: this.outboxes.size,
        institution,
        envelope,
        url: new URL(callbackUrl),
        results: [],
        timer: undefined,
        sent: 0,
      };
      this.outboxes.set(key, outbox);
    }
    for (const result of results) outbox.results.push(result);
    if (outbox.results.length >= MAX_BATCH) this.flush(outbox);
    else if (!outbox.timer) {
      const box = outbox;
      outbox.timer = setTimeout(() => this.flush(box), this.options.windowMs);
    }
  }

  /** Deliveries not yet answered, queued or in flight (a benchmark waits for none). */
  get backlog(): number {
    let waiting = this.queue.length + this.inFlight + this.timers.size;
    for (const outbox of this.outboxes.values()) waiting += outbox.results.length;
    return waiting;
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const outbox of this.outboxes.values()) if (outbox.timer) clearTimeout(outbox.timer);
    this.timers.clear();
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }

  private later(ms: number, run: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  private flush(outbox: Outbox): void {
    if (outbox.timer) clearTimeout(outbox.timer);
    outbox.timer = undefined;
    while (outbox.results.length > 0) {
      const chunk = outbox.results.splice(0, MAX_BATCH);
      const { badSignature, delayMs } = this.faults.forCallback(
        outbox.institution.index,
        outbox.id,
        outbox.sent++,
      );
      if (delayMs > 0) shuffle(chunk, outbox.sent ^ this.seed);
      const body = outbox.envelope(outbox.institution.code, chunk.join(','));
      const delivery = { outbox, body, count: chunk.length, badSignature, attempt: 0 };
      if (delayMs > 0) this.later(delayMs, () => this.submit(delivery));
      else this.submit(delivery);
    }
  }

  private submit(delivery: Delivery): void {
    this.queue.push(delivery);
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.inFlight < this.options.concurrency && this.queue.length > 0) {
      const delivery = this.queue.shift() as Delivery;
      this.inFlight++;
      this.post(delivery, (status) => {
        this.inFlight--;
        this.settle(delivery, status);
        this.pump();
      });
    }
  }

  private settle(delivery: Delivery, status: number): void {
    const institution = delivery.outbox.institution.index;
    if (status >= 200 && status < 300) {
      this.stats.add(institution, 'callbacksSent');
      this.stats.add(institution, 'resultsCalledBack', delivery.count);
    } else if (status >= 400 && status < 500) this.stats.add(institution, 'callbacksRefused');
    else {
      this.stats.add(institution, 'callbacksFailed');
      delivery.attempt++;
      if (delivery.attempt >= this.options.attempts) this.stats.add(institution, 'callbacksAbandoned');
      else this.later(this.backoff(delivery.attempt), () => this.submit(delivery));
    }
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.options.maxBackoffMs, this.options.backoffMs * 2 ** (attempt - 1));
    return Math.round(base * (0.75 + Math.random() * 0.5));
  }

  /** One attempt; `done` gets the HTTP status, or 0 for a connection error or timeout. */
  private post(delivery: Delivery, done: (status: number) => void): void {
    const { url, institution } = delivery.outbox;
    const path = url.pathname + url.search;
    const key = delivery.badSignature
      ? derivedKey('not-the-key', institution.code)
      : (this.keys[institution.index] as string);
    const headers = sign(institution.code, key, { method: 'POST', path, body: delivery.body });
    const transport = url.protocol === 'https:' ? https : http;
    let finished = false;
    const finish = (status: number) => {
      if (finished) return;
      finished = true;
      done(status);
    };
    const request = transport.request(
      url,
      {
        method: 'POST',
        agent: this.agents[url.protocol === 'https:' ? 'https:' : 'http:'],
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(delivery.body),
        },
        timeout: this.options.timeoutMs,
      },
      (response) => {
        response.resume();
        response.on('end', () => finish(response.statusCode ?? 0));
        response.on('error', () => finish(0));
      },
    );
    request.on('timeout', () => request.destroy(new Error('callback timed out')));
    request.on('error', () => finish(0));
    request.end(delivery.body);
  }
}

/** Fisher–Yates with a small deterministic generator: callbacks out of order, reproducibly. */
function shuffle(items: string[], seed: number): void {
  let state = seed >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [items[i], items[j]] = [items[j] as string, items[i] as string];
  }
}
