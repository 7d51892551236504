import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import { buildCalendar } from '../calendar/rules';
import { checkGuards } from '../compliance/rules';
import {
  AGENCY_RETURN,
  dueAfterStay,
  PROCEDURE_GUARDS,
  REISSUE,
  REISSUE_ACTION,
  redrawList,
  reissueDueOn,
  returnedLate,
  STAY,
} from './procedure-rules';
import { draw } from './rules';

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);

describe('valuation.reissue (RefPrice 27)', () => {
  const priced = { status: 'priced' as const, validUntil: '2026-03-02', today: '2026-03-03', running: false };
  it('only the price in force, only after its last valid day, one procedure at a time', () => {
    expect(REISSUE.check(priced)).toBeNull();
    expect(REISSUE.check({ ...priced, today: '2026-03-02' })?.zh).toContain('尚未届满');
    expect(REISSUE.check({ ...priced, status: 'superseded' })?.zh).toContain('现行');
    expect(REISSUE.check({ ...priced, validUntil: null })).not.toBeNull();
    expect(REISSUE.check({ ...priced, running: true })?.en).toContain('another procedure');
    const [violation] = checkGuards(PROCEDURE_GUARDS, REISSUE_ACTION, { ...priced, today: '2026-01-01' });
    expect(violation?.ruleId).toBe('valuation.reissue');
  });
  it('an agency reports within 15 days; platforms and the parties need no day here', () => {
    expect(reissueDueOn(calendar, 'appraisal', '2026-03-02')).toBe('2026-03-17');
    // 15 days from 16 Sep 2026 is 1 Oct, in the National Day holiday: the next working day.
    expect(reissueDueOn(calendar, 'appraisal', '2026-09-16')).toBe('2026-10-08');
    expect(reissueDueOn(calendar, 'online_inquiry', '2026-03-02')).toBeNull();
    expect(reissueDueOn(calendar, 'agreement', '2026-03-02')).toBeNull();
  });
});

describe('valuation.agency_return (RefPrice 19)', () => {
  const missed = {
    reason: 'missed_period' as const,
    reportDueOn: '2026-03-02',
    today: '2026-03-03',
    stayed: false,
  };
  it('missing the period only once it is over and not stayed; other reasons at any time', () => {
    expect(AGENCY_RETURN.check(missed)).toBeNull();
    expect(AGENCY_RETURN.check({ ...missed, today: '2026-03-02' })?.zh).toContain('尚未届满');
    expect(AGENCY_RETURN.check({ ...missed, stayed: true })?.zh).toContain('暂停');
    expect(AGENCY_RETURN.check({ ...missed, reason: 'conflict', today: '2026-02-01' })).toBeNull();
  });
  it('the file back within 3 days of the end, late after; only missing the period can be late', () => {
    expect(returnedLate(calendar, 'missed_period', '2026-03-02', '2026-03-05')).toBe(false);
    expect(returnedLate(calendar, 'missed_period', '2026-03-02', '2026-03-06')).toBe(true);
    expect(returnedLate(calendar, 'materials', '2026-03-02', '2026-06-01')).toBe(false);
  });
  it('a redraw draws from the list without the agencies that had the file, verifiably', () => {
    const list = redrawList(['c', 'a', 'e', 'b', 'd', 'c'], ['a', 'b', 'x']);
    expect(list).toEqual(['c', 'd', 'e']);
    expect(draw('seed', list, 3).sort()).toEqual(['c', 'd', 'e']);
    expect(redrawList(['a', 'b'], ['a', 'b'])).toEqual([]);
  });
});

describe('valuation.stay (stays excluded, RefPrice 19)', () => {
  it('only an appraisal, one stay at a time, resumed only when stayed', () => {
    expect(STAY.check({ status: 'appraising', stayedSince: null, resume: false })).toBeNull();
    expect(STAY.check({ status: 'appraising', stayedSince: '2026-03-02', resume: false })).not.toBeNull();
    expect(STAY.check({ status: 'appraising', stayedSince: '2026-03-02', resume: true })).toBeNull();
    expect(STAY.check({ status: 'appraising', stayedSince: null, resume: true })).not.toBeNull();
    expect(STAY.check({ status: 'inquiring', stayedSince: null, resume: false })?.zh).toContain('委托评估');
  });
  it('the days stayed are added to the due date, which then leaves a rest day', () => {
    expect(dueAfterStay(calendar, '2026-03-02', '2026-03-10', '2026-03-14')).toBe('2026-03-06');
    expect(dueAfterStay(calendar, '2026-03-02', '2026-03-10', '2026-03-10')).toBe('2026-03-02');
    // 2 March + 5 days is Saturday 7 March: the Monday after.
    expect(dueAfterStay(calendar, '2026-03-02', '2026-03-10', '2026-03-15')).toBe('2026-03-09');
  });
});
