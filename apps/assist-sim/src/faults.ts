/**
 * Faults injected per institution (or for all): latency, timeouts, 5xx answers, and the ways
 * callbacks go wrong. Every decision is a pure function of the seed and what it is about (the
 * institution's n-th batch, a request id, an outbox's n-th callback), so a run with the same seed and
 * the same traffic meets the same faults.
 */
import { z } from 'zod';
import { hash32, mix, unit } from './random';

const rate = z.number().min(0).max(1);
const ms = z.number().int().min(0).max(600_000);

export const faultsSchema = z
  .object({
    /** Added before answering a batch or a lookup. */
    latencyMs: ms,
    /** Time until a request's result is final: lookups answer `pending` and callbacks wait until then. */
    processingMs: ms,
    /** Share of batches (and lookups) whose answer is held past the hub's timeout and then cut off. The
     * batch is carried out all the same: the hub learns of it only by resending or polling. */
    timeoutRate: rate,
    /** How long a timed-out answer is held before the connection is cut. */
    holdMs: ms,
    /** Share of batches (and lookups) answered 503 without carrying anything out. */
    errorRate: rate,
    /** Share of callbacks signed with a wrong key (the hub refuses them; polling must find the results). */
    badSignatureRate: rate,
    /** Share of results called back twice, the second time in a later callback. */
    duplicateRate: rate,
    /** Callbacks out of order: each is delayed by up to `reorderMs` and its results are shuffled. */
    reorderMs: ms,
    /** Share of results never called back (polling must find them). */
    dropRate: rate,
    /** Share of results answered inline in the batch answer instead of by callback (when final at once). */
    inlineRate: rate,
  })
  .strict()
  .partial();

export type Faults = Required<z.infer<typeof faultsSchema>>;
export type FaultsInput = z.infer<typeof faultsSchema>;

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  processingMs: 0,
  timeoutRate: 0,
  holdMs: 30_000,
  errorRate: 0,
  badSignatureRate: 0,
  duplicateRate: 0,
  reorderMs: 0,
  dropRate: 0,
  inlineRate: 0,
};

/** Salts that keep the decisions of one kind independent of the others. */
const KIND = { timeout: 1, error: 2, badSignature: 3, duplicate: 4, drop: 5, inline: 6, reorder: 7 } as const;

export class FaultPlan {
  private all: Faults = NO_FAULTS;
  private readonly byInstitution = new Map<number, Faults>();
  private readonly counters: Uint32Array;

  constructor(
    private readonly seed: number,
    institutions: number,
  ) {
    this.counters = new Uint32Array(institutions);
  }

  of(institution: number): Faults {
    return this.byInstitution.get(institution) ?? this.all;
  }

  setAll(input: FaultsInput): void {
    this.all = { ...NO_FAULTS, ...input };
    this.byInstitution.clear();
  }

  set(institution: number, input: FaultsInput): void {
    this.byInstitution.set(institution, { ...NO_FAULTS, ...input });
  }

  clear(institution?: number): void {
    if (institution === undefined) {
      this.all = NO_FAULTS;
      this.byInstitution.clear();
    } else this.byInstitution.delete(institution);
  }

  describe(codeOf: (index: number) => string): { all: Faults; institutions: Record<string, Faults> } {
    const institutions: Record<string, Faults> = {};
    for (const [index, faults] of this.byInstitution) institutions[codeOf(index)] = faults;
    return { all: this.all, institutions };
  }

  /** What happens to the institution's next batch or lookup. */
  nextCall(institution: number): 'timeout' | 'error' | 'ok' {
    const faults = this.of(institution);
    if (faults.timeoutRate === 0 && faults.errorRate === 0) return 'ok';
    const n = this.counters[institution] as number;
    this.counters[institution] = n + 1;
    if (unit(mix(this.seed, institution, n, KIND.timeout)) < faults.timeoutRate) return 'timeout';
    if (unit(mix(this.seed, institution, n, KIND.error)) < faults.errorRate) return 'error';
    return 'ok';
  }

  /** Decisions about one result, by its request id. */
  forResult(institution: number, requestId: string, kind: 'duplicate' | 'drop' | 'inline'): boolean {
    const faults = this.of(institution);
    const share =
      kind === 'duplicate' ? faults.duplicateRate : kind === 'drop' ? faults.dropRate : faults.inlineRate;
    if (share === 0) return false;
    if (share === 1) return true;
    return unit(mix(this.seed, hash32(requestId), KIND[kind])) < share;
  }

  /** Decisions about the n-th callback of an outbox. */
  forCallback(institution: number, outbox: number, n: number): { badSignature: boolean; delayMs: number } {
    const faults = this.of(institution);
    const badSignature =
      faults.badSignatureRate > 0 &&
      unit(mix(this.seed, outbox, n, KIND.badSignature)) < faults.badSignatureRate;
    const delayMs =
      faults.reorderMs > 0 ? Math.floor(unit(mix(this.seed, outbox, n, KIND.reorder)) * faults.reorderMs) : 0;
    return { badSignature, delayMs };
  }
}
