/**
 * The inquiry hub's rules (网络查控): the deadline to start the online query, and the pure parts of
 * delivery — retry backoff, the circuit breaker, progress. No I/O, no clock: instants come in as
 * arguments (real time for the technical timers, the platform clock's date for the legal ones).
 */
import type { AssistRequest } from '@zhixing/assist-protocol';
import { CASE_EVENTS } from '../cases/rules';
import type { Clause, DeadlineRule, RulebookPart } from '../compliance/rules';

const OPINION_13: Clause = { source: 'Opinion-2021', article: '13' };

/**
 * 收案后5个工作日内发起网络查控 (总对总、点对点). Satisfied by the round the hub starts on filing (or an
 * officer's), recorded as `inquiry.started`; closing satisfies it too: a case closed within the 5
 * days (paid, withdrawn) has no property to look for.
 */
export const INQUIRY_START: DeadlineRule = {
  id: 'inquiry.start',
  clause: OPINION_13,
  title: {
    zh: '收案后5个工作日内发起网络查控（总对总、点对点）',
    en: 'Start the online property query within 5 working days of receiving the case',
  },
  trigger: CASE_EVENTS.filed,
  satisfiedBy: [CASE_EVENTS.inquiryStarted, CASE_EVENTS.closed],
  period: { count: 5, unit: 'working_days' },
  action: 'warn',
};

export const inquiryRulebookPart: RulebookPart = { deadlines: [INQUIRY_START], warnings: [], guards: [] };

/** The request as stored and sent, less its id (the row's id is the wire `requestId`). */
export type WireRequest = Omit<AssistRequest, 'requestId'>;

// ─── Delivery ─────────────────────────────────────────────────────────────────────────────────────

/** The technical timers of delivery, in milliseconds of real time. */
export interface Tuning {
  /** Sends of one request before it is given up as failed. */
  maxAttempts: number;
  /** Backoff after the n-th failed send: base × 2^(n−1), at most cap, with up to 25% jitter. */
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Consecutive failed batches that open an institution's breaker. */
  breakerThreshold: number;
  /** How long an open breaker waits before one probe batch (doubling while probes fail, up to cap). */
  breakerCooldownMs: number;
  breakerCooldownCapMs: number;
  /** A claimed batch's lease: the institution's timeout plus this margin. */
  leaseMarginMs: number;
  /** A request sent this long ago without a result is looked up (`results/lookup`). */
  pollAfterMs: number;
  /** A dispatcher drains this long, then hands over to a fresh job (other institutions get a turn). */
  drainWindowMs: number;
  /** The institution's dispatch lease, renewed by its dispatcher while it drains. */
  dispatchLeaseMs: number;
  /** The maintenance loop's period in worker processes. */
  maintenanceIntervalMs: number;
}

export const DEFAULT_TUNING: Tuning = {
  maxAttempts: 5,
  backoffBaseMs: 2_000,
  backoffCapMs: 5 * 60_000,
  breakerThreshold: 5,
  breakerCooldownMs: 30_000,
  breakerCooldownCapMs: 10 * 60_000,
  leaseMarginMs: 15_000,
  pollAfterMs: 5 * 60_000,
  drainWindowMs: 30_000,
  dispatchLeaseMs: 60_000,
  maintenanceIntervalMs: 3_000,
};

/** Delay before the next send after `attempts` failed sends; `random` in [0, 1) spreads retries. */
export function backoffMs(tuning: Tuning, attempts: number, random: number): number {
  const exponential = tuning.backoffBaseMs * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(tuning.backoffCapMs, exponential);
  return Math.round(capped * (1 + 0.25 * random));
}

/** Whether a failed send should be retried at all: a 4xx other than 408/429 will fail the same way. */
export function isRetryable(status: number | null): boolean {
  if (status === null) return true; // network error or timeout
  return status === 408 || status === 429 || status >= 500;
}

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface Breaker {
  state: BreakerState;
  /** Consecutive failed batches. */
  failures: number;
  /** Real time (ms) before which an open breaker sends nothing. */
  openUntil: number | null;
}

/**
 * 熔断: after `breakerThreshold` consecutive failed batches the breaker opens for a cooldown; then one
 * probe batch goes (half-open): success closes it, failure opens it again for twice as long.
 */
export function breakerAfter(tuning: Tuning, breaker: Breaker, ok: boolean, now: number): Breaker {
  if (ok) return { state: 'closed', failures: 0, openUntil: null };
  const failures = breaker.failures + 1;
  if (breaker.state !== 'half_open' && failures < tuning.breakerThreshold) {
    return { state: 'closed', failures, openUntil: null };
  }
  const openings = Math.max(0, failures - tuning.breakerThreshold);
  const cooldown = Math.min(tuning.breakerCooldownCapMs, tuning.breakerCooldownMs * 2 ** openings);
  return { state: 'open', failures, openUntil: now + cooldown };
}

/** What a dispatcher may send now: everything, one probe batch, or nothing until the cooldown ends. */
export function breakerAllows(breaker: Breaker, now: number): 'all' | 'probe' | 'none' {
  if (breaker.state === 'closed') return 'all';
  if (breaker.state === 'half_open') return 'probe';
  return breaker.openUntil !== null && now >= breaker.openUntil ? 'probe' : 'none';
}

// ─── Progress ─────────────────────────────────────────────────────────────────────────────────────

export interface Progress {
  total: number;
  answered: number;
  failed: number;
  /** Queued, or sent and waiting for the result. */
  pending: number;
}

export function progressOf(counts: Partial<Record<string, number>>): Progress {
  const answered = counts.answered ?? 0;
  const failed = counts.failed ?? 0;
  const pending = (counts.queued ?? 0) + (counts.sent ?? 0);
  return { total: answered + failed + pending, answered, failed, pending };
}

export const FINAL_STATUSES = ['answered', 'failed'] as const;
