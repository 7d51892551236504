/**
 * Pushes the escrow account's statement lines to the platform that subscribed (`PUT
 * /sim/bank/subscription`): in order, batched over a short window, signed by the bank, retried with
 * backoff until the platform answers 2xx (a 4xx other than 401 ends the batch: the platform refused it).
 */
import { STATEMENT_PATH, type StatementLine, sign } from '@zhixing/assist-protocol';

export class StatementPublisher {
  private url: string | null = null;
  private readonly queue: StatementLine[] = [];
  private timer: NodeJS.Timeout | undefined;
  private sending = false;
  private closed = false;
  delivered = 0;

  constructor(
    private readonly bankCode: string,
    private readonly key: string,
    private readonly windowMs = 20,
  ) {}

  /** The platform's base URL (`http://host:port`); null stops pushing (lines still kept). */
  subscribe(baseUrl: string | null): void {
    this.url = baseUrl === null ? null : `${baseUrl.replace(/\/+$/, '')}${STATEMENT_PATH}`;
    this.schedule();
  }

  /** Lines not yet accepted by the platform. */
  get pending(): number {
    return this.queue.length;
  }

  get subscription(): string | null {
    return this.url;
  }

  publish(line: StatementLine): void {
    this.queue.push(line);
    this.schedule();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private schedule(delay = this.windowMs): void {
    if (this.closed || this.sending || this.timer || !this.url || this.queue.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private async flush(attempt = 0): Promise<void> {
    const url = this.url;
    if (!url || this.queue.length === 0) return;
    this.sending = true;
    const lines = this.queue.slice(0, 1000);
    const body = JSON.stringify({ institutionCode: this.bankCode, lines });
    const target = new URL(url);
    let retry = true;
    try {
      const response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...sign(this.bankCode, this.key, { method: 'POST', path: target.pathname, body }),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.text();
      retry = response.status >= 500 || response.status === 401 || response.status === 429;
    } catch {
      retry = true;
    }
    this.sending = false;
    if (!retry) {
      this.queue.splice(0, lines.length);
      this.delivered += lines.length;
      this.schedule(0);
    } else if (!this.closed) {
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          void this.flush(attempt + 1);
        },
        Math.min(30_000, 200 * 2 ** attempt),
      );
    }
  }
}
