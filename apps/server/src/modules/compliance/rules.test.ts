import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import {
  addCalendarDays,
  buildCalendar,
  CalendarYearMissingError,
  dueDate,
  fromEpochDay,
  type LocalDate,
  toEpochDay,
} from '../calendar/rules';
import {
  type CaseFacts,
  type Clause,
  checkGuards,
  clauseText,
  type Deadline,
  DeadlineEvaluator,
  type DeadlineRule,
  DuplicateRuleIdError,
  evaluateDeadlines,
  evaluateMany,
  evaluateWarnings,
  type GuardRule,
  nextDeadline,
  onlyFirstOccurrenceCounts,
  PAUSE_KINDS,
  parameterError,
  parameterValues,
  Rulebook,
  settingsOn,
  type TimelineFact,
  type WarningRule,
  withParameters,
} from './rules';

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const CLAUSE: Clause = { source: 'Opinion-2021', article: '13' };
const TITLE = { zh: '测试', en: 'Test' };

function rule(overrides: Partial<DeadlineRule> & Pick<DeadlineRule, 'id'>): DeadlineRule {
  return {
    clause: CLAUSE,
    title: TITLE,
    trigger: 'case.filed',
    satisfiedBy: ['done'],
    period: { count: 7, unit: 'days' },
    action: 'warn',
    ...overrides,
  };
}

function facts(events: readonly TimelineFact[], overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    filedOn: '2025-03-03',
    basisEffectiveOn: '2025-01-02',
    claimAmount: 100_000,
    status: 'open',
    events,
    ...overrides,
  };
}

const ev = (type: string, on: LocalDate, data?: Record<string, unknown>): TimelineFact =>
  data ? { type, on, data } : { type, on };
const pause = (kind: string, started: LocalDate, ended?: LocalDate): TimelineFact[] => [
  ev('pause.started', started, { kind }),
  ...(ended ? [ev('pause.ended', ended, { kind })] : []),
];

/** The single deadline of a one-rule evaluation. */
function only(r: DeadlineRule, f: CaseFacts, today: LocalDate, now?: string): Deadline & { dueAt?: string } {
  const deadlines = evaluateDeadlines([r], f, calendar, today, now);
  expect(deadlines).toHaveLength(1);
  return deadlines[0] as Deadline;
}

const OPINION_13_TEXT = {
  zh: '《关于进一步完善执行权制约机制加强执行监督的意见》第13条',
  en: 'Opinion-2021 art. 13',
};
const CPL_250_TEXT = { zh: '民事诉讼法（2023年）第250条', en: 'CPL (2023) art. 250' };

describe('clauseText', () => {
  it('names the source, its version when given, and the article, in both languages', () => {
    expect(clauseText({ source: 'Opinion-2021', article: '13' })).toEqual(OPINION_13_TEXT);
    expect(clauseText({ source: 'CPL', article: '250', version: '2023' })).toEqual(CPL_250_TEXT);
    expect(clauseText({ source: 'CPL-Interp', article: '480', version: '2022' }).zh).toBe(
      '民诉法解释（2022年）第480条',
    );
    expect(clauseText({ source: 'RefPrice', article: '22–23' }).en).toBe('RefPrice art. 22–23');
  });

  it('cites a whole document by its document number (文号), without "art." or 条', () => {
    expect(clauseText({ source: 'Periods', article: '法发〔2006〕35号' })).toEqual({
      zh: '《关于人民法院办理执行案件若干期限的规定》（法发〔2006〕35号）',
      en: 'Periods 法发〔2006〕35号',
    });
  });

  it('keeps a source cited by its own Chinese name', () => {
    expect(clauseText({ source: '拍卖变卖规定', article: '16' }).zh).toBe('拍卖变卖规定第16条');
  });
});

describe('evaluateDeadlines: trigger and satisfaction', () => {
  const assign = rule({ id: 'x.assign', satisfiedBy: ['case.assigned'] });

  it('yields nothing when the trigger has not happened', () => {
    const r = rule({ id: 'x', trigger: 'lead.received' });
    expect(evaluateDeadlines([r], facts([]), calendar, '2025-03-04')).toEqual([]);
  });

  it('yields nothing when appliesTo is false, and the deadline when it is true', () => {
    const big = rule({ id: 'x.big', appliesTo: (f) => f.claimAmount > 1_000_000 });
    expect(evaluateDeadlines([big], facts([]), calendar, '2025-03-04')).toEqual([]);
    expect(
      evaluateDeadlines([big], facts([], { claimAmount: 2_000_000 }), calendar, '2025-03-04'),
    ).toHaveLength(1);
  });

  it('takes case.filed from filedOn when the timeline has no such event', () => {
    const d = only(assign, facts([]), '2025-03-04');
    expect(d).toEqual({
      ruleId: 'x.assign',
      key: '',
      clause: OPINION_13_TEXT,
      title: TITLE,
      action: 'warn',
      triggeredOn: '2025-03-03',
      dueOn: '2025-03-10',
      satisfiedOn: null,
      status: 'open',
      daysLeft: 6,
    });
  });

  it('prefers an explicit case.filed event over filedOn', () => {
    expect(only(assign, facts([ev('case.filed', '2025-03-05')]), '2025-03-05').triggeredOn).toBe(
      '2025-03-05',
    );
  });

  it('starts the period at the FIRST occurrence of the trigger, wherever it sits in the timeline', () => {
    const r = rule({ id: 'x', trigger: 'lead.received' });
    const d = only(
      r,
      facts([ev('lead.received', '2025-03-12'), ev('lead.received', '2025-03-10')]),
      '2025-03-12',
    );
    expect(d.triggeredOn).toBe('2025-03-10');
    expect(d.dueOn).toBe('2025-03-17');
  });

  it('is satisfied by the first event of any satisfying type on or after the trigger', () => {
    const r = rule({ id: 'x', trigger: 'lead.received', satisfiedBy: ['a', 'b'] });
    const timeline = [
      ev('a', '2025-03-01'),
      ev('lead.received', '2025-03-10'),
      ev('b', '2025-03-14'),
      ev('a', '2025-03-12'),
    ];
    const d = only(r, facts(timeline), '2025-03-20');
    expect(d.satisfiedOn).toBe('2025-03-12');
    expect(d.status).toBe('met');
    expect(d.daysLeft).toBeNull();
  });

  it('counts a satisfying event on the trigger day itself, but none before it', () => {
    const r = rule({ id: 'x', trigger: 'lead.received' });
    expect(
      only(r, facts([ev('lead.received', '2025-03-10'), ev('done', '2025-03-10')]), '2025-03-11').status,
    ).toBe('met');
    expect(
      only(r, facts([ev('done', '2025-03-09'), ev('lead.received', '2025-03-10')]), '2025-03-11').status,
    ).toBe('open');
  });

  it('leaves closing to the rule data: case.closed satisfies only rules that list it', () => {
    const closes = rule({ id: 'x.closes', satisfiedBy: ['done', 'case.closed'] });
    const f = facts([ev('case.closed', '2025-03-05')], { status: 'closed' });
    const [a, b] = evaluateDeadlines([closes, assign], f, calendar, '2025-04-01');
    expect(a?.status).toBe('met');
    expect(b?.status).toBe('overdue');
  });

  it('answers the rules in their order, with the formatted clause', () => {
    const r1 = rule({ id: 'a', clause: { source: 'CPL', article: '250', version: '2023' } });
    const r2 = rule({ id: 'b' });
    const result = evaluateDeadlines([r1, r2], facts([]), calendar, '2025-03-04');
    expect(result.map((d) => [d.ruleId, d.clause.en])).toEqual([
      ['a', 'CPL (2023) art. 250'],
      ['b', 'Opinion-2021 art. 13'],
    ]);
  });
});

describe('evaluateDeadlines: status', () => {
  // Filed Mon 2025-03-03; 7 days → Mon 2025-03-10.
  const r = rule({ id: 'x' });

  it('met when satisfied on the due day, met_late the day after', () => {
    expect(only(r, facts([ev('done', '2025-03-10')]), '2025-03-20').status).toBe('met');
    expect(only(r, facts([ev('done', '2025-03-11')]), '2025-03-20')).toMatchObject({
      status: 'met_late',
      satisfiedOn: '2025-03-11',
      daysLeft: null,
    });
  });

  it('open through the due day, overdue after it, with daysLeft counting down through zero', () => {
    expect(only(r, facts([]), '2025-03-03')).toMatchObject({ status: 'open', daysLeft: 7 });
    expect(only(r, facts([]), '2025-03-10')).toMatchObject({ status: 'open', daysLeft: 0 });
    expect(only(r, facts([]), '2025-03-11')).toMatchObject({ status: 'overdue', daysLeft: -1 });
    expect(only(r, facts([]), '2025-04-10')).toMatchObject({ status: 'overdue', daysLeft: -31 });
  });

  it('met (not late) when satisfied before today even though the due day has passed', () => {
    expect(only(r, facts([ev('done', '2025-03-04')]), '2025-06-01').status).toBe('met');
  });
});

describe('evaluateDeadlines: counting over rest days (CPL 85)', () => {
  it('rolls a days period ending in the Spring Festival forward to the next working day', () => {
    // Filed Fri 2025-01-24; 7 days → Fri 01-31, inside 春节 (01-28…02-04) → Wed 02-05.
    const d = only(rule({ id: 'x' }), facts([], { filedOn: '2025-01-24' }), '2025-01-24');
    expect(d.dueOn).toBe('2025-02-05');
    expect(d.daysLeft).toBe(12);
  });

  it('counts the make-up Sunday before the Spring Festival as a working day', () => {
    // Filed Fri 2025-01-24: working days 01-26 (调休上班), 01-27, 02-05, 02-06, 02-07.
    const r = rule({ id: 'x', period: { count: 5, unit: 'working_days' } });
    expect(only(r, facts([], { filedOn: '2025-01-24' }), '2025-01-24').dueOn).toBe('2025-02-07');
  });

  it('rolls a months period ending on National Day to the first day after the holiday', () => {
    // 2025-04-01 + 6 months = 10-01, 国庆节 runs to 10-08 → Thu 10-09.
    const r = rule({ id: 'x', period: { count: 6, unit: 'months' } });
    expect(only(r, facts([], { filedOn: '2025-04-01' }), '2025-04-01').dueOn).toBe('2025-10-09');
  });

  it('agrees with dueDate of the calendar module for every unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2016-01-01'), max: toEpochDay('2025-06-30') }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('days' as const, 'working_days' as const, 'months' as const),
        (day, count, unit) => {
          const filedOn = fromEpochDay(day);
          const r = rule({ id: 'x', period: { count: unit === 'months' ? count % 13 : count, unit } });
          expect(only(r, facts([], { filedOn }), filedOn).dueOn).toBe(
            dueDate(calendar, filedOn, r.period.count, unit),
          );
        },
      ),
    );
  });

  it('throws CalendarYearMissingError rather than guess the holidays of a missing year', () => {
    // 2026-12-28 + 7 days = 2027-01-04; the calendar holds 2016–2026.
    expect(() =>
      evaluateDeadlines([rule({ id: 'x' })], facts([], { filedOn: '2026-12-28' }), calendar, '2026-12-28'),
    ).toThrow(CalendarYearMissingError);
  });
});

describe('evaluateDeadlines: latest (outer limit)', () => {
  // Received Mon 03-03; assigned Wed 03-12: 3 days → Sat 03-15 → Mon 03-17; the limit 03-03 + 10 = Thu 03-13.
  const notice = rule({
    id: 'x.notice',
    trigger: 'case.assigned',
    satisfiedBy: ['notice.served'],
    period: { count: 3, unit: 'days' },
    latest: { trigger: 'application.received', period: { count: 10, unit: 'days' } },
  });
  const assigned = ev('case.assigned', '2025-03-12');

  it('takes the outer limit when it is earlier', () => {
    const d = only(
      notice,
      facts([assigned], { receivedOn: '2025-03-03', filedOn: '2025-03-07' }),
      '2025-03-12',
    );
    expect(d.dueOn).toBe('2025-03-13');
    expect(d.triggeredOn).toBe('2025-03-12');
  });

  it('measures satisfaction against the outer limit', () => {
    const f = facts([assigned, ev('notice.served', '2025-03-14')], { receivedOn: '2025-03-03' });
    expect(only(notice, f, '2025-03-20').status).toBe('met_late');
  });

  it('keeps the own period when it is earlier', () => {
    const d = only(notice, facts([assigned], { receivedOn: '2025-03-10' }), '2025-03-12');
    expect(d.dueOn).toBe('2025-03-17');
  });

  it('ignores the limit while its trigger has not happened', () => {
    const d = only(notice, facts([assigned]), '2025-03-12');
    expect(d.dueOn).toBe('2025-03-17');
  });

  it('takes the limit trigger from an explicit event as well', () => {
    const d = only(notice, facts([assigned, ev('application.received', '2025-03-04')]), '2025-03-12');
    expect(d.dueOn).toBe('2025-03-14');
  });

  it('yields nothing when only the limit trigger has happened', () => {
    expect(
      evaluateDeadlines([notice], facts([], { receivedOn: '2025-03-03' }), calendar, '2025-03-20'),
    ).toEqual([]);
  });
});

describe('evaluateDeadlines: pauses', () => {
  // Filed Fri 2025-01-10; 6 months → Thu 2025-07-10.
  const conclude = rule({
    id: 'x.conclude',
    satisfiedBy: ['case.closed'],
    period: { count: 6, unit: 'months' },
    pausable: true,
    extendable: true,
  });
  const filed = { filedOn: '2025-01-10' };

  it('without pauses: 6 months from filing', () => {
    expect(only(conclude, facts([], filed), '2025-03-01').dueOn).toBe('2025-07-10');
  });

  it('moves the due date by the paused days, then rolls off a rest day', () => {
    // 10 days of appraisal: 07-10 + 10 = Sun 07-20 → Mon 07-21.
    const d = only(conclude, facts(pause('appraisal', '2025-02-01', '2025-02-11'), filed), '2025-03-01');
    expect(d).toMatchObject({ dueOn: '2025-07-21', status: 'open' });
  });

  it('counts overlapping pauses once', () => {
    // publication 02-01…02-11 and appraisal 02-06…02-16: 15 days → Fri 07-25.
    const events = [
      ...pause('publication', '2025-02-01', '2025-02-11'),
      ...pause('appraisal', '2025-02-06', '2025-02-16'),
    ];
    expect(only(conclude, facts(events, filed), '2025-03-01').dueOn).toBe('2025-07-25');
  });

  it('adds disjoint pauses', () => {
    // 5 + 6 days: 07-10 + 11 = Mon 07-21.
    const events = [
      ...pause('jurisdiction', '2025-02-01', '2025-02-06'),
      ...pause('coordination', '2025-03-01', '2025-03-07'),
    ];
    expect(only(conclude, facts(events, filed), '2025-04-01').dueOn).toBe('2025-07-21');
  });

  it('with a pause not yet ended: paused, with a due date as if it ended today', () => {
    // suspension since 03-01, today 03-21: 20 days → Wed 07-30.
    const d = only(conclude, facts(pause('suspension', '2025-03-01'), filed), '2025-03-21');
    expect(d).toMatchObject({ status: 'paused', dueOn: '2025-07-30', daysLeft: 131 });
  });

  it('is paused from the day the pause starts, before it has excused a whole day', () => {
    // suspension started today: nothing excused yet (07-10 stands), but the period no longer runs.
    const d = only(conclude, facts(pause('suspension', '2025-03-21'), filed), '2025-03-21');
    expect(d).toMatchObject({ status: 'paused', dueOn: '2025-07-10' });
    // … also when the pause starts on the filing day itself.
    const sameDay = only(conclude, facts(pause('appraisal', '2025-01-10'), filed), '2025-01-10');
    expect(sameDay).toMatchObject({ status: 'paused', dueOn: '2025-07-10' });
    // A pause started and ended today excuses no day and pauses nothing.
    const ended = only(conclude, facts(pause('appraisal', '2025-03-21', '2025-03-21'), filed), '2025-03-21');
    expect(ended).toMatchObject({ status: 'open', dueOn: '2025-07-10' });
  });

  it('is not paused by a pause recorded for a day after today', () => {
    const d = only(conclude, facts(pause('suspension', '2025-03-25'), filed), '2025-03-21');
    expect(d).toMatchObject({ status: 'open', dueOn: '2025-07-10' });
  });

  it('is no longer paused once the pause ends, nor once the case is concluded', () => {
    expect(
      only(conclude, facts(pause('suspension', '2025-03-01', '2025-03-21'), filed), '2025-04-01').status,
    ).toBe('open');
    const closed = facts([...pause('suspension', '2025-03-01'), ev('case.closed', '2025-03-10')], filed);
    expect(only(conclude, closed, '2025-04-01').status).toBe('met');
  });

  it('pairs each end with the open pause of the same kind', () => {
    // appraisal 02-01…02-11 (10 days); publication opened 02-05 stays open to today 02-15 (10 days) → union 02-01…02-15.
    const events = [
      ev('pause.started', '2025-02-01', { kind: 'appraisal' }),
      ev('pause.started', '2025-02-05', { kind: 'publication' }),
      ev('pause.ended', '2025-02-11', { kind: 'appraisal' }),
    ];
    const d = only(conclude, facts(events, filed), '2025-02-15');
    expect(d).toMatchObject({ status: 'paused', dueOn: '2025-07-24' });
  });

  it('ignores pauses of kinds the law does not list, unmatched ends, and pauses before the trigger', () => {
    const events = [
      ...pause('holiday', '2025-02-01', '2025-02-11'),
      ev('pause.ended', '2025-02-20', { kind: 'appraisal' }),
      ...pause('appraisal', '2024-12-01', '2025-01-05'),
    ];
    expect(only(conclude, facts(events, filed), '2025-03-01').dueOn).toBe('2025-07-10');
  });

  it('counts only the part of a pause after the trigger day', () => {
    // appraisal 2025-01-05…01-15: the days 01-11…01-14 count (4) → Mon 07-14.
    expect(
      only(conclude, facts(pause('appraisal', '2025-01-05', '2025-01-15'), filed), '2025-03-01').dueOn,
    ).toBe('2025-07-14');
  });

  it('does not revive a period that ran out before the pause began', () => {
    const d = only(conclude, facts(pause('suspension', '2025-07-15'), filed), '2025-08-01');
    expect(d).toMatchObject({ status: 'overdue', dueOn: '2025-07-10' });
  });

  it('excuses a deferral (暂缓) for at most one year', () => {
    // deferral 2025-02-01…2026-03-01 counts 2025-02-01…2026-02-01 = 365 days: 2025-07-10 + 365 = Fri 2026-07-10.
    const d = only(conclude, facts(pause('deferral', '2025-02-01', '2026-03-01'), filed), '2026-03-02');
    expect(d.dueOn).toBe('2026-07-10');
    // open beyond its year: no longer paused
    expect(only(conclude, facts(pause('deferral', '2025-02-01'), filed), '2026-03-02')).toMatchObject({
      status: 'open',
      dueOn: '2026-07-10',
    });
  });

  it('does not move a rule that is not pausable', () => {
    const plain = { ...conclude, id: 'x.plain', pausable: false };
    expect(
      only(plain, facts(pause('appraisal', '2025-02-01', '2025-02-11'), filed), '2025-03-01').dueOn,
    ).toBe('2025-07-10');
  });

  it('ends a pausable period on the day its unpaused days reach the period length (day-by-day oracle)', () => {
    const daysRule = rule({ id: 'x.days', period: { count: 30, unit: 'days' }, pausable: true });
    const start = toEpochDay('2025-01-10');
    const intervals = fc.array(
      fc.record({
        kind: fc.constantFrom(...PAUSE_KINDS.filter((k) => k.id !== 'deferral').map((k) => k.id)),
        from: fc.integer({ min: -10, max: 80 }),
        length: fc.integer({ min: 0, max: 20 }),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(intervals, (list) => {
        const paused = new Set<number>();
        const events: TimelineFact[] = [];
        for (const { kind, from, length } of list) {
          events.push(...pause(kind, fromEpochDay(start + from), fromEpochDay(start + from + length)));
          for (let day = start + from; day < start + from + length; day += 1) paused.add(day);
        }
        let day = start;
        for (let counted = 0; counted < 30; ) {
          day += 1;
          if (!paused.has(day)) counted += 1;
        }
        const expected = fromEpochDay(calendar.nthWorkingEpochDay(day, 1));
        // Pauses of one kind pair first-in first-out; overlapping ones still cover their union.
        expect(only(daysRule, facts(events, { filedOn: '2025-01-10' }), '2025-12-31').dueOn).toBe(expected);
      }),
    );
  });
});

describe('evaluateDeadlines: extensions', () => {
  const conclude = rule({
    id: 'x.conclude',
    satisfiedBy: ['case.closed'],
    period: { count: 6, unit: 'months' },
    pausable: true,
    extendable: true,
  });
  const filed = { filedOn: '2025-01-10' };

  it('adds the approved months to an extendable rule', () => {
    // 6 + 3 months: Fri 2025-10-10.
    const d = only(
      conclude,
      facts([ev('extension.approved', '2025-07-01', { months: 3 })], filed),
      '2025-07-01',
    );
    expect(d.dueOn).toBe('2025-10-10');
  });

  it('adds every approved extension', () => {
    const events = [
      ev('extension.approved', '2025-07-01', { months: 3 }),
      ev('extension.approved', '2025-10-01', { months: 1 }),
    ];
    expect(only(conclude, facts(events, filed), '2025-10-01').dueOn).toBe('2025-11-10');
  });

  it('counts a months period and its extension as one period (no month-end drift)', () => {
    // 2025-01-31 + (1 + 1) months = 03-31, not (01-31 + 1 = 02-28) + 1 = 03-28.
    const oneMonth = { ...conclude, period: { count: 1, unit: 'months' as const } };
    const d = only(
      oneMonth,
      facts([ev('extension.approved', '2025-02-20', { months: 1 })], { filedOn: '2025-01-31' }),
      '2025-02-20',
    );
    expect(d.dueOn).toBe('2025-03-31');
  });

  it('ignores extensions for another rule, malformed months, and extensions before the trigger', () => {
    const events = [
      ev('extension.approved', '2025-07-01', { months: 3, ruleId: 'other.rule' }),
      ev('extension.approved', '2025-07-01', { months: '3' }),
      ev('extension.approved', '2025-07-01', { months: -1 }),
      ev('extension.approved', '2025-07-01', { months: 1.5 }),
      ev('extension.approved', '2024-12-01', { months: 3 }),
    ];
    expect(only(conclude, facts(events, filed), '2025-07-01').dueOn).toBe('2025-07-10');
    const own = [ev('extension.approved', '2025-07-01', { months: 2, ruleId: 'x.conclude' })];
    expect(only(conclude, facts(own, filed), '2025-07-01').dueOn).toBe('2025-09-10');
  });

  it('does not extend a rule that is not extendable', () => {
    const plain = { ...conclude, id: 'x.plain', extendable: false };
    expect(
      only(plain, facts([ev('extension.approved', '2025-07-01', { months: 3 })], filed), '2025-07-01').dueOn,
    ).toBe('2025-07-10');
  });

  it('combines an extension with pauses, rolling once at the end', () => {
    // 9 months → 10-10, + 10 paused days → Mon 10-20.
    const events = [
      ...pause('appraisal', '2025-02-01', '2025-02-11'),
      ev('extension.approved', '2025-07-01', { months: 3 }),
    ];
    expect(only(conclude, facts(events, filed), '2025-07-01').dueOn).toBe('2025-10-20');
  });
});

describe('evaluateDeadlines: hours', () => {
  // "Within 24 hours" (Opinion-2021 13), here 20 hours to make the Shanghai date differ from the UTC one.
  const verify = rule({
    id: 'x.verify',
    trigger: 'lead.received',
    satisfiedBy: ['lead.verifying'],
    period: { count: 20, unit: 'hours' },
  });
  const received: TimelineFact = { type: 'lead.received', on: '2025-03-10', at: '2025-03-10T10:00:00+08:00' };

  it('counts clock hours from the trigger instant; dueOn is the Asia/Shanghai date of dueAt', () => {
    const d = only(verify, facts([received]), '2025-03-10', '2025-03-10T12:00:00+08:00');
    // due 2025-03-11 06:00 in Shanghai = 2025-03-10 22:00 UTC
    expect(d).toMatchObject({
      dueAt: '2025-03-10T22:00:00.000Z',
      dueOn: '2025-03-11',
      status: 'open',
      daysLeft: 1,
    });
  });

  it('is overdue one millisecond after dueAt, not at it', () => {
    expect(only(verify, facts([received]), '2025-03-11', '2025-03-10T22:00:00.000Z').status).toBe('open');
    expect(only(verify, facts([received]), '2025-03-11', '2025-03-10T22:00:00.001Z').status).toBe('overdue');
  });

  it('without now, is overdue only from the day after dueOn', () => {
    expect(only(verify, facts([received]), '2025-03-11').status).toBe('open');
    expect(only(verify, facts([received]), '2025-03-12').status).toBe('overdue');
  });

  it('compares the satisfying instant with dueAt', () => {
    const at = (iso: string): TimelineFact => ({ type: 'lead.verifying', on: '2025-03-11', at: iso });
    expect(only(verify, facts([received, at('2025-03-11T06:00:00+08:00')]), '2025-03-12').status).toBe('met');
    expect(only(verify, facts([received, at('2025-03-11T06:01:00+08:00')]), '2025-03-12').status).toBe(
      'met_late',
    );
    // no instant: on time when on the due day
    expect(only(verify, facts([received, ev('lead.verifying', '2025-03-11')]), '2025-03-12').status).toBe(
      'met',
    );
  });

  it('ignores a satisfying event earlier the same day than the trigger instant', () => {
    const before: TimelineFact = {
      type: 'lead.verifying',
      on: '2025-03-10',
      at: '2025-03-10T09:00:00+08:00',
    };
    expect(only(verify, facts([received, before]), '2025-03-10', '2025-03-10T12:00:00+08:00').status).toBe(
      'open',
    );
  });

  it('takes the earliest instant among same-day triggers', () => {
    const later: TimelineFact = { type: 'lead.received', on: '2025-03-10', at: '2025-03-10T15:00:00+08:00' };
    expect(only(verify, facts([later, received]), '2025-03-10').dueAt).toBe('2025-03-10T22:00:00.000Z');
  });

  it('without an instant (or with one outside its day, a recording time), starts at 00:00 Shanghai', () => {
    expect(only(verify, facts([ev('lead.received', '2025-03-10')]), '2025-03-10').dueAt).toBe(
      '2025-03-10T12:00:00.000Z',
    );
    const recordedLater: TimelineFact = {
      type: 'lead.received',
      on: '2025-03-10',
      at: '2025-03-13T09:00:00+08:00',
    };
    expect(only(verify, facts([recordedLater]), '2025-03-10').dueAt).toBe('2025-03-10T12:00:00.000Z');
  });

  it('does not roll an hours period off a rest day', () => {
    // Friday 2025-01-24 20:00 + 24 h = Saturday 20:00.
    const day = rule({ ...verify, id: 'x.day', period: { count: 24, unit: 'hours' } });
    const fri: TimelineFact = { type: 'lead.received', on: '2025-01-24', at: '2025-01-24T20:00:00+08:00' };
    expect(only(day, facts([fri]), '2025-01-24')).toMatchObject({
      dueOn: '2025-01-25',
      dueAt: '2025-01-25T12:00:00.000Z',
    });
  });

  it('has no dueAt for periods in days', () => {
    expect(only(rule({ id: 'x' }), facts([]), '2025-03-04')).not.toHaveProperty('dueAt');
  });

  it('rejects a malformed instant', () => {
    const bad: TimelineFact = { type: 'lead.received', on: '2025-03-10', at: 'yesterday' };
    expect(() => evaluateDeadlines([verify], facts([bad]), calendar, '2025-03-10')).toThrow(RangeError);
  });
});

describe('evaluateWarnings', () => {
  const late: WarningRule = {
    id: 'w.late',
    clause: { source: 'CPL', article: '250', version: '2023' },
    title: TITLE,
    level: 'warn',
    check: (f, today) => (f.filedOn < today ? { zh: `${today}前立案`, en: `filed before ${today}` } : null),
  };
  const always = { zh: '总是', en: 'always' };
  const info: WarningRule = { ...late, id: 'w.info', level: 'info', check: () => always };

  it('lists the warnings that apply, with rule id, clause, title, level and message', () => {
    expect(evaluateWarnings([late, info], facts([]), '2025-03-04')).toEqual([
      {
        ruleId: 'w.late',
        clause: CPL_250_TEXT,
        title: TITLE,
        level: 'warn',
        message: { zh: '2025-03-04前立案', en: 'filed before 2025-03-04' },
      },
      {
        ruleId: 'w.info',
        clause: CPL_250_TEXT,
        title: TITLE,
        level: 'info',
        message: always,
      },
    ]);
    expect(evaluateWarnings([late], facts([]), '2025-03-03')).toEqual([]);
  });
});

describe('checkGuards', () => {
  interface Subject {
    amount: number;
    reason?: string;
  }
  const positive: GuardRule<Subject> = {
    id: 'g.positive',
    clause: CLAUSE,
    action: 'pay',
    check: (s) => (s.amount > 0 ? null : { zh: '金额须为正数', en: 'amount must be positive' }),
  };
  const reason: GuardRule<Subject> = {
    id: 'g.reason',
    clause: { source: 'Funds', article: '法发〔2017〕6号' },
    action: 'pay',
    check: (s) => (s.reason ? null : { zh: '须写明理由', en: 'a reason is needed' }),
  };
  const other: GuardRule<Subject> = {
    id: 'g.other',
    clause: CLAUSE,
    action: 'refund',
    check: () => ({ zh: '不在此处', en: 'never here' }),
  };
  const guards = [positive, reason, other];

  it('lists every violated guard of the action, not only the first', () => {
    expect(checkGuards(guards, 'pay', { amount: 0 })).toEqual([
      {
        ruleId: 'g.positive',
        clause: OPINION_13_TEXT,
        message: { zh: '金额须为正数', en: 'amount must be positive' },
      },
      {
        ruleId: 'g.reason',
        clause: { zh: '《关于执行款物管理工作的规定》（法发〔2017〕6号）', en: 'Funds 法发〔2017〕6号' },
        message: { zh: '须写明理由', en: 'a reason is needed' },
      },
    ]);
  });

  it('returns nothing when every guard holds, and ignores guards of other actions', () => {
    expect(checkGuards(guards, 'pay', { amount: 5, reason: 'x' })).toEqual([]);
    expect(checkGuards(guards, 'unknown', { amount: 0 })).toEqual([]);
  });

  it('checks the registry guards through the action string', () => {
    const book = new Rulebook([{ guards }]);
    expect(checkGuards(book.guards(), 'refund', { amount: 1 })).toHaveLength(1);
    expect(checkGuards(book.guardsFor<Subject>('pay'), 'pay', { amount: 1 })).toHaveLength(1);
    expect(book.guardsFor<Subject>('pay').map((g) => g.id)).toEqual(['g.positive', 'g.reason']);
  });
});

describe('Rulebook', () => {
  const deadline = rule({ id: 'r.deadline' });
  const warning: WarningRule = {
    id: 'r.warning',
    clause: CLAUSE,
    title: TITLE,
    level: 'info',
    check: () => null,
  };
  const guard: GuardRule<number> = { id: 'r.guard', clause: CLAUSE, action: 'a', check: () => null };

  it('gathers the parts of every module and finds a rule by id', () => {
    const book = new Rulebook([{ deadlines: [deadline] }, { warnings: [warning], guards: [guard] }, {}]);
    expect(book.deadlines()).toEqual([deadline]);
    expect(book.warnings()).toEqual([warning]);
    expect(book.guards()).toEqual([guard]);
    expect(book.byId('r.warning')).toBe(warning);
    expect(book.byId('r.guard')).toBe(guard);
    expect(book.byId('nope')).toBeUndefined();
  });

  it('refuses a duplicate id, within a kind or across kinds and parts', () => {
    expect(() => new Rulebook([{ deadlines: [deadline] }, { deadlines: [deadline] }])).toThrow(
      DuplicateRuleIdError,
    );
    expect(
      () => new Rulebook([{ deadlines: [deadline], warnings: [{ ...warning, id: 'r.deadline' }] }]),
    ).toThrow(/r\.deadline/);
    expect(
      () => new Rulebook([{ warnings: [warning] }, { guards: [{ ...guard, id: 'r.warning' }] }]),
    ).toThrow(DuplicateRuleIdError);
  });

  it('refuses a period that is no count of a known unit', () => {
    expect(
      () => new Rulebook([{ deadlines: [rule({ id: 'x', period: { count: -1, unit: 'days' } })] }]),
    ).toThrow(RangeError);
    expect(
      () => new Rulebook([{ deadlines: [rule({ id: 'x', period: { count: 1.5, unit: 'days' } })] }]),
    ).toThrow(RangeError);
    const weeks = { count: 1, unit: 'weeks' } as unknown as DeadlineRule['period'];
    expect(() => new Rulebook([{ deadlines: [rule({ id: 'x', period: weeks })] }])).toThrow(RangeError);
  });
});

/**
 * Both give the same answer, or both refuse with CalendarYearMissingError (long extensions and pauses
 * can run past the calendar's last year).
 */
function expectSameOutcome<T>(actual: () => T, expected: () => T): void {
  let answer: T;
  try {
    answer = expected();
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarYearMissingError);
    expect(actual).toThrow(CalendarYearMissingError);
    return;
  }
  expect(actual()).toEqual(answer);
}

describe('nextDeadline', () => {
  const d = (ruleId: string, dueOn: LocalDate, satisfiedOn: LocalDate | null = null) =>
    ({ ruleId, dueOn, satisfiedOn }) as Deadline;

  it('is the unmet deadline due first, ties going to the lower rule id', () => {
    expect(nextDeadline([d('b', '2025-03-01'), d('c', '2025-02-01'), d('a', '2025-02-01')])?.ruleId).toBe(
      'a',
    );
  });

  it('skips met deadlines, and is null when all are met or there are none', () => {
    expect(nextDeadline([d('a', '2025-01-01', '2025-01-01'), d('b', '2025-05-01')])?.ruleId).toBe('b');
    expect(nextDeadline([d('a', '2025-01-01', '2025-01-02')])).toBeNull();
    expect(nextDeadline([])).toBeNull();
  });
});

describe('evaluateMany', () => {
  const rules: DeadlineRule[] = [
    rule({ id: 'm.assign', satisfiedBy: ['case.assigned'] }),
    rule({
      id: 'm.notice',
      trigger: 'case.assigned',
      satisfiedBy: ['notice.served', 'case.closed'],
      period: { count: 3, unit: 'days' },
      latest: { trigger: 'application.received', period: { count: 10, unit: 'days' } },
    }),
    rule({
      id: 'm.inquiry',
      satisfiedBy: ['inquiry.started', 'case.closed'],
      period: { count: 5, unit: 'working_days' },
    }),
    rule({
      id: 'm.conclude',
      satisfiedBy: ['case.closed'],
      period: { count: 6, unit: 'months' },
      pausable: true,
      extendable: true,
    }),
    rule({
      id: 'm.lead',
      trigger: 'lead.received',
      satisfiedBy: ['lead.verifying'],
      period: { count: 24, unit: 'hours' },
    }),
    rule({ id: 'm.big', appliesTo: (f) => f.claimAmount >= 50_000, satisfiedBy: ['case.closed'] }),
  ];
  const first = toEpochDay('2024-01-01');
  const dayArb = fc.integer({ min: 0, max: 500 }).map((n) => fromEpochDay(first + n));
  const eventArb: fc.Arbitrary<TimelineFact> = fc.oneof(
    fc.record({
      type: fc.constantFrom(
        'case.assigned',
        'notice.served',
        'inquiry.started',
        'case.closed',
        'application.received',
        'lead.verifying',
        'other',
      ),
      on: dayArb,
    }),
    fc
      .record({
        on: dayArb,
        hour: fc.integer({ min: 0, max: 23 }),
        type: fc.constantFrom('lead.received', 'lead.verifying'),
      })
      .map(({ on, hour, type }) => ({ type, on, at: `${on}T${String(hour).padStart(2, '0')}:30:00+08:00` })),
    fc.record({
      type: fc.constantFrom('pause.started', 'pause.ended'),
      on: dayArb,
      data: fc.record({ kind: fc.constantFrom(...PAUSE_KINDS.map((k) => k.id), 'bogus') }),
    }),
    fc.record({
      type: fc.constant('extension.approved'),
      on: dayArb,
      data: fc.record({ months: fc.integer({ min: 0, max: 6 }) }),
    }),
  );
  const factsArb: fc.Arbitrary<CaseFacts> = fc
    .record({
      filedOn: dayArb,
      receivedOn: fc.option(dayArb, { nil: undefined }),
      basisEffectiveOn: dayArb,
      claimAmount: fc.integer({ min: 0, max: 100_000 }),
      status: fc.constantFrom('open' as const, 'closed' as const),
      events: fc.array(eventArb, { maxLength: 12 }),
    })
    .map(({ receivedOn, ...rest }) => (receivedOn === undefined ? rest : { ...rest, receivedOn }));

  it('equals per-case evaluation, case by case (shared caches change nothing)', () => {
    fc.assert(
      fc.property(
        fc.array(factsArb, { maxLength: 20 }),
        dayArb,
        fc.integer({ min: 0, max: 23 }),
        (list, today, hour) => {
          const now = `${today}T${String(hour).padStart(2, '0')}:00:00+08:00`;
          expectSameOutcome(
            () => evaluateMany(rules, list, calendar, today, now),
            () => list.map((f) => evaluateDeadlines(rules, f, calendar, today, now)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps one evaluator consistent across calls with different days', () => {
    const evaluator = new DeadlineEvaluator(rules, calendar);
    fc.assert(
      fc.property(factsArb, dayArb, (f, today) => {
        expectSameOutcome(
          () => evaluator.evaluate(f, today),
          () => evaluateDeadlines(rules, f, calendar, today),
        );
      }),
    );
  });

  it('changes no deadline for a repeat of a type whose first occurrence alone counts', () => {
    const plain = rules.filter((r) => r.appliesTo === undefined);
    expect(onlyFirstOccurrenceCounts(plain, 'lead.received')).toBe(true);
    const leadArb = fc.record({ on: dayArb, hour: fc.integer({ min: 0, max: 22 }) });
    fc.assert(
      fc.property(factsArb, leadArb, fc.integer({ min: 0, max: 40 }), dayArb, (f, lead, later, today) => {
        const first = {
          type: 'lead.received',
          on: lead.on,
          at: `${lead.on}T${String(lead.hour).padStart(2, '0')}:00:00+08:00`,
        };
        const before = { ...f, events: [first, ...f.events.filter((e) => e.type !== 'lead.received')] };
        const on = addCalendarDays(lead.on, later);
        const repeat = { type: 'lead.received', on, at: `${on}T23:59:00+08:00` };
        expectSameOutcome(
          () => evaluateDeadlines(plain, { ...before, events: [...before.events, repeat] }, calendar, today),
          () => evaluateDeadlines(plain, before, calendar, today),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('says a repeat may count when a rule is satisfied by the type, keys or filters its trigger, or applies to some cases', () => {
    const base = rule({ id: 'x', trigger: 'money.in', satisfiedBy: ['paid'] });
    expect(onlyFirstOccurrenceCounts([base], 'money.in')).toBe(true);
    expect(onlyFirstOccurrenceCounts([base], 'unrelated')).toBe(true);
    expect(
      onlyFirstOccurrenceCounts([{ ...base, latest: { trigger: 'limit', period: base.period } }], 'limit'),
    ).toBe(true);
    expect(onlyFirstOccurrenceCounts([base], 'paid')).toBe(false);
    expect(onlyFirstOccurrenceCounts([{ ...base, instanceKey: 'assetId' }], 'money.in')).toBe(false);
    expect(onlyFirstOccurrenceCounts([{ ...base, triggerWhen: { kind: 'bank' } }], 'money.in')).toBe(false);
    expect(
      onlyFirstOccurrenceCounts(
        [{ ...base, variants: [{ when: { kind: 'bank' }, period: base.period }] }],
        'money.in',
      ),
    ).toBe(false);
    expect(onlyFirstOccurrenceCounts([base, rule({ id: 'y', appliesTo: () => true })], 'money.in')).toBe(
      false,
    );
    for (const type of [
      'pause.started',
      'pause.ended',
      'extension.approved',
      'case.filed',
      'application.received',
    ]) {
      expect(onlyFirstOccurrenceCounts([base], type)).toBe(false);
    }
  });

  it('answers nothing for no cases', () => {
    expect(evaluateMany(rules, [], calendar, '2025-01-01')).toEqual([]);
  });

  it('reads filings around every holiday the same way in bulk as one by one', () => {
    const list = Array.from({ length: 400 }, (_, i) =>
      facts([], { filedOn: addCalendarDays('2024-12-01', i) }),
    );
    expect(evaluateMany(rules, list, calendar, '2025-06-01')).toEqual(
      list.map((f) => evaluateDeadlines(rules, f, calendar, '2025-06-01')),
    );
  });
});

describe('evaluateDeadlines: instances keyed by event data', () => {
  // One deadline per asset: control within 3 working days of the feedback that found it.
  const control = rule({
    id: 'x.control',
    trigger: 'asset.found',
    satisfiedBy: ['asset.controlled', 'case.closed'],
    period: { count: 3, unit: 'working_days' },
    instanceKey: 'assetId',
  });
  const found = (assetId: unknown, on: LocalDate, more: Record<string, unknown> = {}) =>
    ev('asset.found', on, { assetId, ...more });
  const controlled = (assetId: unknown, on: LocalDate) => ev('asset.controlled', on, { assetId });
  const all = (r: DeadlineRule, events: TimelineFact[], today: LocalDate, now?: string) =>
    evaluateDeadlines([r], facts(events), calendar, today, now);

  it('yields one deadline per key, each with its key, in the order of their triggers', () => {
    const deadlines = all(control, [found('b', '2025-03-05'), found('a', '2025-03-04')], '2025-03-05');
    expect(deadlines.map((d) => [d.key, d.triggeredOn, d.dueOn])).toEqual([
      ['a', '2025-03-04', '2025-03-07'],
      ['b', '2025-03-05', '2025-03-10'],
    ]);
    expect(deadlines.every((d) => d.ruleId === 'x.control' && d.clause.en === 'Opinion-2021 art. 13')).toBe(
      true,
    );
  });

  it('keys rules without instances by the empty string', () => {
    expect(only(rule({ id: 'x' }), facts([]), '2025-03-04').key).toBe('');
  });

  it('starts each instance at the FIRST trigger with its key, earliest day then earliest instant', () => {
    const later = found('a', '2025-03-10');
    const earlier = found('a', '2025-03-04');
    expect(all(control, [later, earlier], '2025-03-10').map((d) => d.triggeredOn)).toEqual(['2025-03-04']);
    const lead = rule({
      id: 'x.lead',
      trigger: 'lead.received',
      satisfiedBy: ['lead.verified'],
      period: { count: 24, unit: 'hours' },
      instanceKey: 'leadId',
    });
    const at = (hour: string): TimelineFact => ({
      type: 'lead.received',
      on: '2025-03-10',
      at: `2025-03-10T${hour}:00:00+08:00`,
      data: { leadId: 'L1' },
    });
    expect(all(lead, [at('15'), at('09')], '2025-03-10')[0]?.dueAt).toBe('2025-03-11T01:00:00.000Z');
  });

  it('is satisfied by the first satisfying event with the same key, not by another key’s', () => {
    const events = [
      found('a', '2025-03-04'),
      found('b', '2025-03-04'),
      controlled('b', '2025-03-05'),
      controlled('a', '2025-03-12'),
      controlled('a', '2025-03-06'),
    ];
    const [a, b] = all(control, events, '2025-03-20');
    expect(a).toMatchObject({ key: 'a', satisfiedOn: '2025-03-06', status: 'met' });
    expect(b).toMatchObject({ key: 'b', satisfiedOn: '2025-03-05', status: 'met' });
    const onlyB = all(control, [found('a', '2025-03-04'), controlled('b', '2025-03-05')], '2025-03-20');
    expect(onlyB).toMatchObject([{ key: 'a', satisfiedOn: null, status: 'overdue' }]);
  });

  it('ignores a satisfying event with the key before its instance began', () => {
    const events = [controlled('a', '2025-03-03'), found('a', '2025-03-04')];
    expect(all(control, events, '2025-03-05')[0]).toMatchObject({ satisfiedOn: null, status: 'open' });
  });

  it('lets a satisfying event without the key satisfy every instance begun by then (case closed)', () => {
    const events = [found('a', '2025-03-04'), found('b', '2025-03-05'), ev('case.closed', '2025-03-06')];
    expect(all(control, events, '2025-03-20').map((d) => [d.key, d.satisfiedOn])).toEqual([
      ['a', '2025-03-06'],
      ['b', '2025-03-06'],
    ]);
    const foundAfter = [ev('case.closed', '2025-03-06'), found('c', '2025-03-07')];
    expect(all(control, foundAfter, '2025-03-20')[0]).toMatchObject({ key: 'c', satisfiedOn: null });
  });

  it('starts nothing from a trigger without a usable key; a numeric key is its decimal string', () => {
    const events = [
      ev('asset.found', '2025-03-04'),
      found('', '2025-03-04'),
      found(null, '2025-03-04'),
      found({ id: 1 }, '2025-03-04'),
      found(7, '2025-03-04'),
      controlled('7', '2025-03-05'),
    ];
    expect(all(control, events, '2025-03-06')).toMatchObject([{ key: '7', satisfiedOn: '2025-03-05' }]);
  });

  it('counts working days across a holiday for each instance alike', () => {
    // Found on the eve of National Day 2025: 1–8 October are not counted, Saturday 11 October (调休) is.
    const events = [found('a', '2025-09-30'), found('b', '2025-10-09')];
    expect(all(control, events, '2025-10-09').map((d) => [d.key, d.dueOn])).toEqual([
      ['a', '2025-10-11'],
      ['b', '2025-10-13'],
    ]);
  });

  it('keeps `latest` case-wide: the outer limit counts from the first such event of the case', () => {
    const limited = rule({
      ...control,
      id: 'x.limited',
      latest: { trigger: 'case.filed', period: { count: 5, unit: 'days' } },
    });
    const deadlines = all(limited, [found('a', '2025-03-04'), found('b', '2025-03-06')], '2025-03-06');
    expect(deadlines.map((d) => [d.key, d.dueOn])).toEqual([
      ['a', '2025-03-07'],
      ['b', '2025-03-10'], // own 3 working days end on 11 March; filing + 5 days is 8 March, a Saturday
    ]);
  });

  it('pauses each instance by the case’s pauses', () => {
    const pausable = rule({
      ...control,
      id: 'x.pausable',
      pausable: true,
      period: { count: 10, unit: 'days' },
    });
    const events = [found('a', '2025-03-04'), ...pause('appraisal', '2025-03-06', '2025-03-11')];
    expect(all(pausable, events, '2025-03-20')[0]?.dueOn).toBe('2025-03-19');
  });

  it('agrees, key by key, with the same rule unkeyed on that key’s events (projection oracle)', () => {
    const keys = ['a', 'b', 'c'];
    const first = toEpochDay('2025-01-01');
    const day = fc.integer({ min: 0, max: 120 }).map((n) => fromEpochDay(first + n));
    const keyed: fc.Arbitrary<TimelineFact> = fc.oneof(
      fc.record({
        type: fc.constant('asset.found'),
        on: day,
        data: fc.record({ assetId: fc.constantFrom(...keys) }),
      }),
      fc.record({
        type: fc.constant('asset.controlled'),
        on: day,
        data: fc.record({ assetId: fc.constantFrom(...keys) }),
      }),
      fc.record({ type: fc.constantFrom('case.closed', 'asset.found'), on: day }),
    );
    const rules = [control, rule({ ...control, id: 'x.hours', period: { count: 30, unit: 'hours' } })];
    fc.assert(
      fc.property(fc.array(keyed, { maxLength: 15 }), day, (events, today) => {
        for (const r of rules) {
          const { instanceKey: _, ...plain } = r;
          const got = evaluateDeadlines([r], facts(events), calendar, today);
          const expected = keys.flatMap((key) => {
            const own = events.filter((e) =>
              e.type === 'asset.found'
                ? e.data?.assetId === key
                : e.data?.assetId === undefined || e.data.assetId === key,
            );
            if (!own.some((e) => e.type === 'asset.found')) return [];
            return evaluateDeadlines([plain], facts(own), calendar, today).map((d) => ({ ...d, key }));
          });
          const order = (list: Deadline[]) => [...list].sort((x, y) => x.key.localeCompare(y.key));
          expect(order(got)).toEqual(order(expected));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluateDeadlines: triggerWhen and variants', () => {
  // Opinion-2021 13, Property 2: a clear, specific and urgent lead in 24 hours; an applicant's other
  // leads in 7 days, 3 if urgent; anyone else's other leads have no period.
  const lead = rule({
    id: 'x.lead',
    trigger: 'lead.received',
    satisfiedBy: ['lead.verified', 'case.closed'],
    period: { count: 7, unit: 'days' },
    instanceKey: 'leadId',
    triggerWhen: { track: ['specific_urgent', 'applicant_urgent', 'applicant'] },
    variants: [
      { when: { track: 'specific_urgent' }, period: { count: 24, unit: 'hours' } },
      { when: { track: 'applicant_urgent' }, period: { count: 3, unit: 'days' } },
    ],
  });
  const received = (leadId: string, track: string, at: string): TimelineFact => ({
    type: 'lead.received',
    on: at.slice(0, 10),
    at,
    data: { leadId, track },
  });
  const verified = (leadId: string, at: string): TimelineFact => ({
    type: 'lead.verified',
    on: at.slice(0, 10),
    at,
    data: { leadId },
  });

  it('picks each instance’s period from its trigger’s data, the rule’s own when no variant matches', () => {
    const events = [
      received('u', 'specific_urgent', '2025-03-10T23:30:00+08:00'),
      received('q', 'applicant_urgent', '2025-03-10T10:00:00+08:00'),
      received('p', 'applicant', '2025-03-10T10:00:00+08:00'),
    ];
    const deadlines = evaluateDeadlines(
      [lead],
      facts(events),
      calendar,
      '2025-03-10',
      '2025-03-10T23:45:00+08:00',
    );
    // Same day: in timeline order.
    expect(deadlines.map((d) => [d.key, d.dueOn, d.dueAt])).toEqual([
      ['u', '2025-03-11', '2025-03-11T15:30:00.000Z'],
      ['q', '2025-03-13', undefined],
      ['p', '2025-03-17', undefined],
    ]);
  });

  it('counts a 24-hour lead across midnight by the instant: met at 23:29 the next day, late at 23:31', () => {
    const got = (at: string) =>
      evaluateDeadlines(
        [lead],
        facts([received('u', 'specific_urgent', '2025-03-10T23:30:00+08:00'), verified('u', at)]),
        calendar,
        '2025-03-12',
      )[0]?.status;
    expect(got('2025-03-11T00:10:00+08:00')).toBe('met');
    expect(got('2025-03-11T23:29:00+08:00')).toBe('met');
    expect(got('2025-03-11T23:31:00+08:00')).toBe('met_late');
    // A verification before the lead came in, the same evening, does not count.
    expect(got('2025-03-10T22:00:00+08:00')).toBe('overdue');
  });

  it('is overdue one minute after the 24 hours, whatever the calendar day says', () => {
    const events = [received('u', 'specific_urgent', '2025-03-10T23:30:00+08:00')];
    const at = (now: string) =>
      evaluateDeadlines([lead], facts(events), calendar, now.slice(0, 10), now)[0]?.status;
    expect(at('2025-03-11T23:30:00+08:00')).toBe('open');
    expect(at('2025-03-11T23:31:00+08:00')).toBe('overdue');
  });

  it('starts nothing for a trigger whose data do not match triggerWhen', () => {
    const events = [received('o', 'other', '2025-03-10T10:00:00+08:00'), ev('lead.received', '2025-03-10')];
    expect(evaluateDeadlines([lead], facts(events), calendar, '2025-03-10')).toEqual([]);
  });

  it('without a key, starts at the first MATCHING trigger, not the first trigger', () => {
    const firstBig = rule({ id: 'x.big', trigger: 'payment', triggerWhen: { large: true } });
    const events = [
      ev('payment', '2025-03-04', { large: false }),
      ev('payment', '2025-03-06', { large: true }),
    ];
    expect(only(firstBig, facts(events), '2025-03-06')).toMatchObject({ key: '', triggeredOn: '2025-03-06' });
  });

  it('reads the case’s filing date as a trigger with no data: it matches variants’ default only', () => {
    const byKind = rule({
      id: 'x.kind',
      variants: [{ when: { kind: 'fast' }, period: { count: 1, unit: 'days' } }],
    });
    expect(only(byKind, facts([]), '2025-03-03')).toMatchObject({
      triggeredOn: '2025-03-03',
      dueOn: '2025-03-10',
    });
    const filtered = rule({ id: 'x.filtered', triggerWhen: { kind: 'fast' } });
    expect(evaluateDeadlines([filtered], facts([]), calendar, '2025-03-03')).toEqual([]);
  });

  it('refuses an instance key that names no field and a variant period of no known unit', () => {
    expect(() => new Rulebook([{ deadlines: [rule({ id: 'x', instanceKey: ' ' })] }])).toThrow(RangeError);
    const bad = rule({ id: 'y', variants: [{ when: {}, period: { count: 1, unit: 'weeks' as 'days' } }] });
    expect(() => new Rulebook([{ deadlines: [bad] }])).toThrow(RangeError);
  });

  it('agrees in bulk with one by one for keyed, filtered and varied rules', () => {
    const first = toEpochDay('2025-01-01');
    const day = fc.integer({ min: 0, max: 60 }).map((n) => fromEpochDay(first + n));
    const event = fc
      .record({
        on: day,
        hour: fc.integer({ min: 0, max: 23 }),
        type: fc.constantFrom('lead.received', 'lead.verified', 'case.closed'),
        leadId: fc.constantFrom('a', 'b', undefined),
        track: fc.constantFrom('specific_urgent', 'applicant_urgent', 'applicant', 'other'),
      })
      .map(({ on, hour, type, leadId, track }) => ({
        type,
        on,
        at: `${on}T${String(hour).padStart(2, '0')}:00:00+08:00`,
        data: leadId === undefined ? { track } : { leadId, track },
      }));
    fc.assert(
      fc.property(fc.array(fc.array(event, { maxLength: 10 }), { maxLength: 10 }), day, (lists, today) => {
        const list = lists.map((events) => facts(events));
        expect(evaluateMany([lead], list, calendar, today)).toEqual(
          list.map((f) => evaluateDeadlines([lead], f, calendar, today)),
        );
      }),
    );
  });
});

describe('rule parameters (configurable numbers)', () => {
  const warnDays = {
    name: 'warnDays',
    title: { zh: '提前预警天数', en: 'Days of warning' },
    default: 30,
    min: 1,
    max: 180,
    unit: 'days' as const,
  };
  const expiring: WarningRule = {
    id: 'x.expiry',
    clause: CLAUSE,
    title: TITLE,
    level: 'warn',
    parameters: [warnDays],
    check: (_facts, today, parameters) => ({
      zh: `提前${parameters.warnDays}日预警（${today}）`,
      en: `warn ${parameters.warnDays} days ahead on ${today}`,
    }),
  };

  it('takes the default from the rule data and an administrator’s value over it', () => {
    expect(parameterValues(expiring)).toEqual({ warnDays: 30 });
    expect(parameterValues(expiring, new Map([['x.expiry', { warnDays: 45 }]]))).toEqual({ warnDays: 45 });
    expect(parameterValues(expiring, new Map([['other', { warnDays: 45 }]]))).toEqual({ warnDays: 30 });
  });

  it('ignores a stored value out of range or of an unknown name', () => {
    const settings = new Map([['x.expiry', { warnDays: 500, other: 3 }]]);
    expect(parameterValues(expiring, settings)).toEqual({ warnDays: 30 });
  });

  it('hands the values to the warning’s check', () => {
    const settings = new Map([['x.expiry', { warnDays: 10 }]]);
    expect(evaluateWarnings([expiring], facts([]), '2025-03-04', settings)[0]?.message.en).toBe(
      'warn 10 days ahead on 2025-03-04',
    );
    expect(evaluateWarnings([expiring], facts([]), '2025-03-04')[0]?.message.en).toBe(
      'warn 30 days ahead on 2025-03-04',
    );
  });

  it('says why a value does not fit', () => {
    expect(parameterError(warnDays, 30)).toBeNull();
    expect(parameterError(warnDays, 0)).toEqual({ zh: '须在1至180之间', en: 'must be from 1 to 180' });
    expect(parameterError(warnDays, 181)?.en).toBe('must be from 1 to 180');
    expect(parameterError(warnDays, 2.5)).toEqual({ zh: '须为整数', en: 'must be a whole number' });
  });

  it('lists the configurable rules and refuses a default out of range or a name twice', () => {
    const plain: WarningRule = { ...expiring, id: 'x.plain', parameters: [] };
    expect(new Rulebook([{ warnings: [expiring, plain] }]).configurable().map((r) => r.id)).toEqual([
      'x.expiry',
    ]);
    const badDefault = { ...expiring, parameters: [{ ...warnDays, default: 0 }] };
    expect(() => new Rulebook([{ warnings: [badDefault] }])).toThrow(RangeError);
    const twice = { ...expiring, parameters: [warnDays, warnDays] };
    expect(() => new Rulebook([{ warnings: [twice] }])).toThrow(RangeError);
  });
});

describe('configurable deadline periods (withParameters)', () => {
  const period = {
    name: 'period',
    title: { zh: '期限', en: 'Period' },
    default: 10,
    min: 1,
    max: 60,
    unit: 'working_days' as const,
  };
  const notice: DeadlineRule = {
    id: 'x.notice',
    clause: { source: 'Opinion-2021', article: '22' },
    title: { zh: '发款通知', en: 'Payout notice' },
    trigger: 'x.received',
    satisfiedBy: ['x.noticed'],
    period: { count: 10, unit: 'working_days' },
    parameters: [period],
    action: 'warn',
  };
  const fixed: DeadlineRule = { ...notice, id: 'x.fixed', parameters: undefined };
  const received = facts([{ type: 'x.received', on: '2026-03-02' }]);

  it('takes the period as set, and the rule data when nothing is set', () => {
    const rules = [notice, fixed];
    expect(withParameters(rules)).toBe(rules);
    expect(withParameters(rules, new Map([['x.notice', { period: 10 }]]))).toBe(rules);
    const seven = withParameters(
      rules,
      new Map([
        ['x.notice', { period: 7 }],
        ['x.fixed', { period: 7 }],
      ]),
    );
    expect(seven.map((rule) => rule.period.count)).toEqual([7, 10]);
    // 10 working days after Monday 2 March 2026 → 16 March; 7 → Wednesday 11 March.
    const dueOn = (list: readonly DeadlineRule[]) =>
      evaluateDeadlines(list, received, calendar, '2026-03-03').map((d) => d.dueOn);
    expect(dueOn(rules)).toEqual(['2026-03-16', '2026-03-16']);
    expect(dueOn(seven)).toEqual(['2026-03-11', '2026-03-16']);
    // A value out of bounds is ignored: the default holds.
    expect(withParameters(rules, new Map([['x.notice', { period: 0 }]]))).toBe(rules);
  });

  it('lists deadline rules with parameters as configurable and refuses a period parameter unlike the rule', () => {
    expect(new Rulebook([{ deadlines: [notice, fixed] }]).configurable().map((r) => r.id)).toEqual([
      'x.notice',
    ]);
    expect(
      () => new Rulebook([{ deadlines: [{ ...notice, parameters: [{ ...period, default: 5 }] }] }]),
    ).toThrow(RangeError);
    expect(
      () => new Rulebook([{ deadlines: [{ ...notice, parameters: [{ ...period, unit: 'days' }] }] }]),
    ).toThrow(RangeError);
    expect(
      () => new Rulebook([{ deadlines: [{ ...notice, parameters: [{ ...period, name: 'other' }] }] }]),
    ).toThrow(RangeError);
  });
});

describe('settingsOn — configurable numbers effective from a date', () => {
  const change = (value: number | null, effectiveFrom: string, seq: number, name = 'warnDays') => ({
    ruleId: 'assets.expiry',
    name,
    value,
    effectiveFrom,
    seq,
  });

  it('applies a change from its date on, not before', () => {
    const changes = [change(45, '2026-12-10', 1)];
    expect(settingsOn(changes, '2026-12-09')).toEqual(new Map());
    expect(settingsOn(changes, '2026-12-10')).toEqual(new Map([['assets.expiry', { warnDays: 45 }]]));
  });

  it('takes the latest change in force, by date and then by order of recording', () => {
    const changes = [change(60, '2026-12-20', 1), change(45, '2026-12-10', 2), change(40, '2026-12-10', 3)];
    expect(settingsOn(changes, '2026-12-15').get('assets.expiry')).toEqual({ warnDays: 40 });
    expect(settingsOn(changes, '2026-12-20').get('assets.expiry')).toEqual({ warnDays: 60 });
  });

  it('returns a parameter to its default with a null change, leaving the others', () => {
    const changes = [
      change(45, '2026-12-01', 1),
      change(2, '2026-12-01', 2, 'other'),
      change(null, '2026-12-05', 3),
    ];
    expect(settingsOn(changes, '2026-12-04').get('assets.expiry')).toEqual({ warnDays: 45, other: 2 });
    expect(settingsOn(changes, '2026-12-05').get('assets.expiry')).toEqual({ other: 2 });
  });

  it('a court’s own value overrides the platform’s for that court only; its null returns to the platform’s', () => {
    const court = (value: number | null, effectiveFrom: string, seq: number, courtId = 'c1') => ({
      ...change(value, effectiveFrom, seq),
      courtId,
    });
    const changes = [
      change(45, '2026-12-01', 1),
      court(20, '2026-12-03', 2),
      court(90, '2026-12-02', 3, 'c2'),
    ];
    expect(settingsOn(changes, '2026-12-02').get('assets.expiry')).toEqual({ warnDays: 45 });
    expect(settingsOn(changes, '2026-12-02', 'c1').get('assets.expiry')).toEqual({ warnDays: 45 });
    expect(settingsOn(changes, '2026-12-03', 'c1').get('assets.expiry')).toEqual({ warnDays: 20 });
    expect(settingsOn(changes, '2026-12-03', 'c2').get('assets.expiry')).toEqual({ warnDays: 90 });
    expect(settingsOn(changes, '2026-12-03', 'c3').get('assets.expiry')).toEqual({ warnDays: 45 });
    // A later platform change does not override the court's own value.
    const later = [...changes, change(50, '2026-12-04', 4)];
    expect(settingsOn(later, '2026-12-04', 'c1').get('assets.expiry')).toEqual({ warnDays: 20 });
    expect(settingsOn(later, '2026-12-04').get('assets.expiry')).toEqual({ warnDays: 50 });
    const reset = [...later, court(null, '2026-12-05', 5)];
    expect(settingsOn(reset, '2026-12-05', 'c1').get('assets.expiry')).toEqual({ warnDays: 50 });
  });

  it('agrees with a replay of the changes in order (property)', () => {
    const days = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ value: fc.option(fc.integer({ min: 1, max: 9 })), day: fc.constantFrom(...days) }),
        ),
        fc.constantFrom(...days),
        (raw, today) => {
          const changes = raw.map((r, i) => change(r.value, r.day, i));
          // The oracle: apply every change effective by today, sorted by date then order.
          const inForce = changes
            .filter((c) => c.effectiveFrom <= today)
            .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.seq - b.seq);
          const last = inForce.at(-1);
          const expected = last?.value == null ? undefined : { warnDays: last.value };
          expect(settingsOn(changes, today).get('assets.expiry')).toEqual(expected);
        },
      ),
    );
  });
});
