/**
 * Counters per institution, kept in one typed array so that counting costs nothing on the hot path.
 * They let a benchmark prove that every distinct request was carried out exactly once.
 */
export const COUNTERS = [
  /** Batches posted to the gateway (signed or not). */
  'batches',
  /** Requests in batches that passed signature and validation. */
  'requests',
  /** Requests carried out: the first time each request id arrived. */
  'executed',
  /** Requests whose id had been seen before: not carried out again. */
  'duplicates',
  'rejected',
  /** Messages refused with 401. */
  'unauthorized',
  /** Batches refused with 400. */
  'invalid',
  /** Batches or lookups held past the timeout (fault). */
  'timeouts',
  /** Batches or lookups answered 503 (fault). */
  'errors',
  'lookups',
  'resultsInline',
  'resultsDropped',
  /** Callbacks answered 2xx. */
  'callbacksSent',
  /** Results in callbacks answered 2xx. */
  'resultsCalledBack',
  /** Callback attempts that failed (connection error, timeout or 5xx) and were retried or given up. */
  'callbacksFailed',
  /** Callbacks answered 4xx: not retried. */
  'callbacksRefused',
  /** Callbacks given up after the last retry. */
  'callbacksAbandoned',
] as const;

export type Counter = (typeof COUNTERS)[number];
const SLOT = Object.fromEntries(COUNTERS.map((name, i) => [name, i])) as Record<Counter, number>;

export class Stats {
  private values: Float64Array;

  constructor(private readonly institutions: number) {
    this.values = new Float64Array(institutions * COUNTERS.length);
  }

  add(institution: number, counter: Counter, by = 1): void {
    const at = institution * COUNTERS.length + SLOT[counter];
    this.values[at] = (this.values[at] as number) + by;
  }

  get(institution: number, counter: Counter): number {
    return this.values[institution * COUNTERS.length + SLOT[counter]] as number;
  }

  reset(): void {
    this.values = new Float64Array(this.institutions * COUNTERS.length);
  }

  /** Totals, and per institution the counters of those that saw anything. */
  report(codeOf: (index: number) => string): {
    totals: Record<Counter, number>;
    institutions: Record<string, Partial<Record<Counter, number>>>;
  } {
    const totals = Object.fromEntries(COUNTERS.map((name) => [name, 0])) as Record<Counter, number>;
    const institutions: Record<string, Partial<Record<Counter, number>>> = {};
    for (let i = 0; i < this.institutions; i++) {
      let row: Partial<Record<Counter, number>> | undefined;
      for (const name of COUNTERS) {
        const value = this.get(i, name);
        if (value === 0) continue;
        totals[name] += value;
        row ??= {};
        row[name] = value;
      }
      if (row) institutions[codeOf(i)] = row;
    }
    return { totals, institutions };
  }
}
