import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import { buildCalendar, type LocalDate } from '../calendar/rules';
import { casesRulebookPart } from '../cases/rules';
import {
  type CaseFacts,
  clauseText,
  type Deadline,
  evaluateDeadlines,
  Rulebook,
  type TimelineFact,
} from '../compliance/rules';
import {
  backoffMs,
  breakerAfter,
  breakerAllows,
  DEFAULT_TUNING,
  INQUIRY_START,
  inquiryRulebookPart,
  isRetryable,
  progressOf,
} from './rules';

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const book = new Rulebook([casesRulebookPart, inquiryRulebookPart]);

const ev = (type: string, on: LocalDate): TimelineFact => ({ type, on });

function facts(events: readonly TimelineFact[], overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    filedOn: '2025-03-03',
    receivedOn: '2025-03-03',
    basisEffectiveOn: '2025-01-02',
    claimAmount: 1_000_000,
    status: 'open',
    events,
    ...overrides,
  };
}

function mustDeadline(ruleId: string, f: CaseFacts, today: LocalDate): Deadline {
  const deadline = evaluateDeadlines(book.deadlines(), f, calendar, today).find((d) => d.ruleId === ruleId);
  if (!deadline) throw new Error(`no deadline ${ruleId}`);
  return deadline;
}

describe('inquiry.start — online query within 5 working days', () => {
  it('cites Opinion-2021 art. 13 and is the inquiry module’s', () => {
    expect(clauseText(INQUIRY_START.clause)).toEqual({
      zh: '《关于进一步完善执行权制约机制加强执行监督的意见》第13条',
      en: 'Opinion-2021 art. 13',
    });
    expect(book.byId('inquiry.start')).toBe(INQUIRY_START);
    expect(casesRulebookPart.deadlines?.map((r) => r.id)).not.toContain('inquiry.start');
  });

  it('counts working days over the Spring Festival, the make-up Sunday included', () => {
    // filed Fri 01-24: 01-26 (调休), 01-27, 02-05, 02-06, 02-07.
    const d = mustDeadline('inquiry.start', facts([], { filedOn: '2025-01-24' }), '2025-01-24');
    expect(d.dueOn).toBe('2025-02-07');
  });

  it('counts working days over National Day, the make-up Saturday included', () => {
    // filed Tue 09-30: 10-09, 10-10, 10-11 (调休), 10-13, 10-14.
    expect(mustDeadline('inquiry.start', facts([], { filedOn: '2025-09-30' }), '2025-09-30').dueOn).toBe(
      '2025-10-14',
    );
  });

  it('is met by starting the query or by closing, overdue otherwise', () => {
    // filed Mon 03-03 → Mon 03-10.
    expect(
      mustDeadline('inquiry.start', facts([ev('inquiry.started', '2025-03-04')]), '2025-03-20').status,
    ).toBe('met');
    expect(
      mustDeadline('inquiry.start', facts([ev('inquiry.started', '2025-03-11')]), '2025-03-20').status,
    ).toBe('met_late');
    expect(mustDeadline('inquiry.start', facts([ev('case.closed', '2025-03-05')]), '2025-03-20').status).toBe(
      'met',
    );
    expect(mustDeadline('inquiry.start', facts([]), '2025-03-11').status).toBe('overdue');
  });
});

describe('delivery', () => {
  const tuning = { ...DEFAULT_TUNING, backoffBaseMs: 1000, backoffCapMs: 8000 };

  it('backs off exponentially up to the cap, with at most 25% jitter', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(tuning, n, 0))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(backoffMs(tuning, 2, 0.999)).toBe(2500);
  });

  it('retries timeouts, 408, 429 and 5xx, not other client errors', () => {
    expect([null, 408, 429, 500, 503].every(isRetryable)).toBe(true);
    expect([400, 401, 404, 413].some(isRetryable)).toBe(false);
  });

  it('opens the breaker after consecutive failures, probes after the cooldown, closes on success', () => {
    const t = { ...DEFAULT_TUNING, breakerThreshold: 3, breakerCooldownMs: 1000, breakerCooldownCapMs: 3000 };
    let breaker = { state: 'closed' as const, failures: 0, openUntil: null } as Parameters<
      typeof breakerAfter
    >[1];
    breaker = breakerAfter(t, breaker, false, 0);
    breaker = breakerAfter(t, breaker, false, 0);
    expect(breaker).toEqual({ state: 'closed', failures: 2, openUntil: null });
    breaker = breakerAfter(t, breaker, false, 100);
    expect(breaker).toEqual({ state: 'open', failures: 3, openUntil: 1100 });
    expect(breakerAllows(breaker, 1099)).toBe('none');
    expect(breakerAllows(breaker, 1100)).toBe('probe');
    // The probe fails: open again, twice as long; then capped.
    breaker = breakerAfter(t, { ...breaker, state: 'half_open' }, false, 2000);
    expect(breaker).toEqual({ state: 'open', failures: 4, openUntil: 4000 });
    breaker = breakerAfter(t, { ...breaker, state: 'half_open' }, false, 5000);
    expect(breaker.openUntil).toBe(8000);
    expect(breakerAfter(t, breaker, true, 9000)).toEqual({ state: 'closed', failures: 0, openUntil: null });
  });

  it('counts progress: pending is queued and sent', () => {
    expect(progressOf({ queued: 2, sent: 3, answered: 4, failed: 1 })).toEqual({
      total: 10,
      answered: 4,
      failed: 1,
      pending: 5,
    });
    expect(progressOf({})).toEqual({ total: 0, answered: 0, failed: 0, pending: 0 });
  });
});
