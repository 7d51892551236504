import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDay, STATE_COUNCIL_CALENDAR } from './holidays';
import {
  addCalendarDays,
  addCalendarMonths,
  buildCalendar,
  CalendarYearMissingError,
  compareLocalDates,
  countWorkingDaysBetween,
  dayOfWeek,
  dueDate,
  fromEpochDay,
  isLocalDate,
  isWeekend,
  MAX_PERIOD_COUNT,
  missingYear,
  naiveWorkingDaysDue,
  type PeriodUnit,
  parseLocalDate,
  provisionalReason,
  toEpochDay,
  WorkingCalendar,
} from './rules';

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

// Independent of the module under test: the platform's Date, in UTC.
const DAY_MS = 86_400_000;
const utcWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function datesOfYear(year: number): string[] {
  const dates: string[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += DAY_MS) dates.push(utcDate(ms));
  return dates;
}
/** 'MM-DD' or 'MM-DD..MM-DD' within one year, expanded. */
function expand(year: number, spans: readonly string[]): Set<string> {
  const dates = new Set<string>();
  for (const span of spans) {
    const [first, last = first] = span.split('..');
    for (let ms = Date.parse(`${year}-${first}`); ms <= Date.parse(`${year}-${last}`); ms += DAY_MS) {
      dates.add(utcDate(ms));
    }
  }
  return dates;
}

describe('local dates', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01', '9999-12-31', '2025-04-30'])(
    'accepts %s',
    (value) => {
      expect(isLocalDate(value)).toBe(true);
      expect(parseLocalDate(value)).toBe(value);
    },
  );

  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    '0000-01-01',
    '2025-1-01',
    '2025-01-1',
    '25-01-01',
    '20250101',
    '2025/01/01',
    ' 2025-01-01',
    '2025-01-01 ',
    '2025-01-01T00:00:00Z',
    '２０２５-01-01',
    '',
  ])('rejects %j', (value) => {
    expect(isLocalDate(value)).toBe(false);
    expect(() => parseLocalDate(value)).toThrow(RangeError);
    expect(() => toEpochDay(value)).toThrow(RangeError);
  });

  it.each([null, undefined, 20250101, new Date(), {}])('rejects the non-string %j', (value) => {
    expect(isLocalDate(value)).toBe(false);
  });

  it('adds calendar days across months, years and leap days', () => {
    expect(addCalendarDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addCalendarDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addCalendarDays('2025-03-10', 0)).toBe('2025-03-10');
    expect(() => addCalendarDays('2025-03-10', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('0001-01-01', -1)).toThrow(RangeError);
  });

  it('adds months, clamping to the month end', () => {
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-01-15', -13)).toBe('2023-12-15');
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2024-02-10')).toBe(6);
    expect(dayOfWeek('2024-02-18')).toBe(0);
    expect(dayOfWeek('2025-10-01')).toBe(3);
    expect(dayOfWeek('2000-01-01')).toBe(6);
    expect(dayOfWeek('1900-01-01')).toBe(1);
    expect(isWeekend('2025-10-11')).toBe(true);
    expect(isWeekend('2025-10-10')).toBe(false);
  });

  it('compares dates', () => {
    expect(compareLocalDates('2024-12-31', '2025-01-01')).toBeLessThan(0);
    expect(compareLocalDates('2025-01-01', '2025-01-01')).toBe(0);
    expect(compareLocalDates('2025-01-02', '2025-01-01')).toBeGreaterThan(0);
    expect(() => compareLocalDates('2025-02-30', '2025-01-01')).toThrow(RangeError);
  });

  it('converts epoch days as the platform Date does, for every year 0001–9999', () => {
    const first = toEpochDay('0001-01-01');
    const last = toEpochDay('9999-12-31');
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(0)).toBe('1970-01-01');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (epochDay) => {
        const date = fromEpochDay(epochDay);
        expect(date).toBe(utcDate(epochDay * DAY_MS));
        expect(toEpochDay(date)).toBe(epochDay);
        expect(dayOfWeek(date)).toBe(new Date(epochDay * DAY_MS).getUTCDay());
      }),
      { numRuns: 2000 },
    );
    expect(() => fromEpochDay(first - 1)).toThrow(RangeError);
    expect(() => fromEpochDay(last + 1)).toThrow(RangeError);
  });
});

describe('the working-day calendar', () => {
  it('holds every year 2016–2026 and no other', () => {
    expect(calendar.years).toEqual(YEARS);
    expect(calendar.holds(2015)).toBe(false);
    expect(calendar.holds(2027)).toBe(false);
  });

  it('works Monday to Friday, rests on weekends and public holidays, and works make-up days', () => {
    expect(calendar.isWorkingDay('2025-03-10')).toBe(true); // Monday
    expect(calendar.isWorkingDay('2025-03-14')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2025-03-15')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2025-03-16')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2025-10-01')).toBe(false); // 国庆节, a Wednesday
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true); // 调休上班日, a Saturday
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true); // 调休上班日, a Sunday
    expect(calendar.isWorkingDay('2024-02-09')).toBe(true); // 除夕 2024 was not a public holiday
    expect(calendar.isWorkingDay('2025-01-28')).toBe(false); // 除夕 2025 was
  });

  it('files a holiday period that starts in December under the year of each date', () => {
    // 元旦 2019: 2018-12-30 … 2019-01-01, worked 2018-12-29 (Saturday)
    expect(calendar.isWorkingDay('2018-12-29')).toBe(true);
    expect(calendar.isWorkingDay('2018-12-31')).toBe(false);
    expect(calendar.isWorkingDay('2019-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2019-01-02')).toBe(true);
    // 元旦 2023: 2022-12-31 … 2023-01-02
    expect(calendar.isWorkingDay('2023-01-02')).toBe(false);
  });

  it('keeps the 2020 Spring Festival as extended: 2-1 no longer worked, 2-3 a normal Monday', () => {
    expect(calendar.isWorkingDay('2020-01-19')).toBe(true);
    expect(calendar.isWorkingDay('2020-01-31')).toBe(false);
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false);
    expect(calendar.isWorkingDay('2020-02-03')).toBe(true);
  });

  it('throws CalendarYearMissingError for a date in a year it does not hold, never guessing', () => {
    for (const date of ['2015-12-31', '2027-01-04', '1999-06-01', '2100-03-01']) {
      const year = Number(date.slice(0, 4));
      expect(() => calendar.isWorkingDay(date)).toThrow(CalendarYearMissingError);
      expect(() => calendar.isWorkingDay(date)).toThrow(expect.objectContaining({ year }));
    }
    const error = new CalendarYearMissingError(2027);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CalendarYearMissingError');
    expect(error.message).toContain('2027');
  });

  it('takes a held year with no listed days as having none: weekdays work', () => {
    const bare = buildCalendar({ 2030: [] });
    expect(bare.isWorkingDay('2030-01-01')).toBe(true);
    expect(bare.isWorkingDay('2030-01-05')).toBe(false);
    expect(countWorkingDaysBetween(bare, '2029-12-31', '2030-12-31')).toBe(261);
  });

  it('refuses malformed calendar data', () => {
    const day = (date: string, kind: CalendarDay['kind'] = 'holiday'): CalendarDay => ({
      date,
      kind,
      name: '春节',
    });
    expect(() => buildCalendar({ 2025: [day('2024-12-31')] })).toThrow(RangeError);
    expect(() => buildCalendar({ 2025: [day('2025-02-30')] })).toThrow(RangeError);
    expect(() => buildCalendar({ 2025: [day('2025-01-28'), day('2025-01-28', 'workday')] })).toThrow(
      RangeError,
    );
    expect(() => buildCalendar({ 0: [] })).toThrow(RangeError);
    const badKind = { date: '2025-01-28', kind: 'rest', name: '春节' } as unknown as CalendarDay;
    expect(() => buildCalendar({ 2025: [badKind] })).toThrow(RangeError);
    expect(new WorkingCalendar({ 2025: [day('2025-01-28')] }).isWorkingDay('2025-01-28')).toBe(false);
  });
});

describe('2024 and 2025 in full', () => {
  // Written out here from the State Council notices, independently of holidays.ts.
  const OFFICIAL = {
    2024: {
      rest: [
        '01-01',
        '02-10..02-17',
        '04-04..04-06',
        '05-01..05-05',
        '06-10',
        '09-15..09-17',
        '10-01..10-07',
      ],
      makeUp: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
    },
    2025: {
      rest: ['01-01', '01-28..02-04', '04-04..04-06', '05-01..05-05', '05-31..06-02', '10-01..10-08'],
      makeUp: ['01-26', '02-08', '04-27', '09-28', '10-11'],
    },
  } as const;

  it.each([2024, 2025] as const)('every day of %i is a working day exactly as the notice says', (year) => {
    const rest = expand(year, OFFICIAL[year].rest);
    const makeUp = expand(year, OFFICIAL[year].makeUp);
    for (const date of datesOfYear(year)) {
      const weekday = utcWeekday(date);
      const expected = makeUp.has(date) || (weekday !== 0 && weekday !== 6 && !rest.has(date));
      expect(calendar.isWorkingDay(date), date).toBe(expected);
    }
  });

  it('counts 251 working days in 2024 and 248 in 2025', () => {
    // 2024: 366 days from a Monday → 262 weekdays; 19 of them rest days (元旦 1, 春节 5, 清明 2,
    // 劳动 3, 端午 1, 中秋 2, 国庆 5); 8 make-up days. 262 − 19 + 8 = 251.
    expect(countWorkingDaysBetween(calendar, '2023-12-31', '2024-12-31')).toBe(251);
    // 2025: 365 days from a Wednesday → 261 weekdays; 18 rest days (元旦 1, 春节 6, 清明 1, 劳动 3,
    // 端午 1, 国庆中秋 6); 5 make-up days. 261 − 18 + 5 = 248.
    expect(countWorkingDaysBetween(calendar, '2024-12-31', '2025-12-31')).toBe(248);
    // the 251st working day after 2023-12-31 is the last of 2024, the 252nd the first of 2025
    expect(dueDate(calendar, '2023-12-31', 251, 'working_days')).toBe('2024-12-31');
    expect(dueDate(calendar, '2023-12-31', 252, 'working_days')).toBe('2025-01-02');
    expect(dueDate(calendar, '2023-12-31', 251 + 248, 'working_days')).toBe('2025-12-31');
  });

  it('counts the working days of a month', () => {
    // February 2024: 21 weekdays − 5 (2-12 … 2-16) + 2 make-up Sundays = 18
    expect(countWorkingDaysBetween(calendar, '2024-01-31', '2024-02-29')).toBe(18);
    // October 2025: 23 weekdays − 6 (10-1 … 10-3, 10-6 … 10-8) + 1 (10-11) = 18
    expect(countWorkingDaysBetween(calendar, '2025-09-30', '2025-10-31')).toBe(18);
  });
});

describe('dueDate', () => {
  const due = (from: string, count: number, unit: PeriodUnit) => dueDate(calendar, from, count, unit);

  describe('the trigger day is not counted', () => {
    it('days: from + count', () => {
      expect(due('2025-03-10', 1, 'days')).toBe('2025-03-11');
      expect(due('2025-03-03', 10, 'days')).toBe('2025-03-13');
      expect(due('2025-03-03', 15, 'days')).toBe('2025-03-18');
      expect(due('2024-02-28', 1, 'days')).toBe('2024-02-29');
      expect(due('2025-12-30', 1, 'days')).toBe('2025-12-31');
    });

    it('working days: the count-th working day after from', () => {
      expect(due('2025-03-10', 1, 'working_days')).toBe('2025-03-11');
      expect(due('2025-03-10', 5, 'working_days')).toBe('2025-03-17');
      expect(due('2025-03-14', 1, 'working_days')).toBe('2025-03-17'); // Friday → Monday
      expect(due('2025-03-15', 1, 'working_days')).toBe('2025-03-17'); // triggered on a Saturday
      expect(due('2025-03-16', 1, 'working_days')).toBe('2025-03-17');
    });

    it('count 0 is from itself, for every unit, even on a rest day or in a year not held', () => {
      for (const unit of ['working_days', 'days', 'months'] as const) {
        expect(due('2025-03-12', 0, unit)).toBe('2025-03-12');
        expect(due('2025-10-01', 0, unit)).toBe('2025-10-01');
        expect(due('2030-01-01', 0, unit)).toBe('2030-01-01');
      }
    });
  });

  describe('months end on the same day, or on the month end', () => {
    it.each([
      ['2025-01-31', 1, '2025-02-28'],
      ['2024-01-31', 1, '2024-02-29'], // leap year
      ['2024-01-30', 1, '2024-02-29'],
      ['2023-12-31', 2, '2024-02-29'],
      ['2024-02-29', 12, '2025-02-28'],
      ['2024-01-31', 13, '2025-02-28'],
      ['2025-03-31', 1, '2025-04-30'],
      ['2025-05-31', 1, '2025-06-30'],
      ['2025-08-31', 1, '2025-09-30'],
      ['2025-03-12', 6, '2025-09-12'],
      ['2016-03-15', 120, '2026-03-16'], // 2026-03-15 is a Sunday
    ] as const)('%s + %i months = %s', (from, count, expected) => {
      expect(due(from, count, 'months')).toBe(expected);
    });
  });

  describe('a period ending on a rest day ends on the next working day', () => {
    it('days ending on a weekend', () => {
      expect(due('2025-03-10', 5, 'days')).toBe('2025-03-17'); // Saturday 3-15 → Monday
      expect(due('2025-03-10', 6, 'days')).toBe('2025-03-17'); // Sunday 3-16 → Monday
    });

    it('months ending on a weekend, also after clamping to the month end', () => {
      expect(due('2025-02-15', 1, 'months')).toBe('2025-03-17'); // 3-15 is a Saturday
      expect(due('2021-01-31', 1, 'months')).toBe('2021-03-01'); // 2-28 is a Sunday
    });

    it('a make-up working day (调休上班日) is a working day: the period ends on it', () => {
      expect(due('2024-02-01', 10, 'days')).toBe('2024-02-18'); // 2-11 in 春节 → Sunday 2-18, worked
      expect(due('2025-10-01', 10, 'days')).toBe('2025-10-11'); // Saturday 10-11, worked
      expect(due('2025-01-24', 1, 'days')).toBe('2025-01-26'); // Saturday 1-25 → Sunday 1-26, worked
      expect(due('2025-10-31', 4, 'months')).toBe('2026-02-28'); // clamped to Saturday 2-28, worked
      expect(due('2025-12-31', 2, 'days')).toBe('2026-01-04'); // 1-2 in 元旦 → Sunday 1-4, worked
    });

    it('2026 元旦: rest 1-1 … 1-3, Sunday 1-4 worked', () => {
      expect(due('2025-12-31', 1, 'days')).toBe('2026-01-04');
      expect(due('2025-12-31', 1, 'working_days')).toBe('2026-01-04');
    });
  });

  describe('Spring Festival 2024: rest 2-10 … 2-17, worked 2-4 (Sun) and 2-18 (Sun)', () => {
    it.each([
      ['2024-02-02', 1, '2024-02-04'],
      ['2024-02-02', 2, '2024-02-05'],
      ['2024-02-08', 1, '2024-02-09'],
      ['2024-02-08', 2, '2024-02-18'],
      ['2024-02-08', 3, '2024-02-19'],
      ['2024-02-09', 1, '2024-02-18'],
      ['2024-02-10', 1, '2024-02-18'],
      ['2024-02-01', 10, '2024-02-20'],
    ] as const)('%s + %i working days = %s', (from, count, expected) => {
      expect(due(from, count, 'working_days')).toBe(expected);
    });

    it('days and months roll forward out of it', () => {
      expect(due('2024-02-08', 1, 'days')).toBe('2024-02-09');
      expect(due('2024-02-09', 1, 'days')).toBe('2024-02-18');
      expect(due('2024-01-10', 1, 'months')).toBe('2024-02-18');
      expect(due('2024-01-17', 1, 'months')).toBe('2024-02-18');
      expect(countWorkingDaysBetween(calendar, '2024-02-09', '2024-02-18')).toBe(1);
    });
  });

  describe('Spring Festival 2025: rest 1-28 … 2-4, worked 1-26 (Sun) and 2-8 (Sat)', () => {
    it.each([
      ['2025-01-24', 1, '2025-01-26'],
      ['2025-01-24', 2, '2025-01-27'],
      ['2025-01-24', 3, '2025-02-05'],
      ['2025-01-24', 5, '2025-02-07'],
      ['2025-01-24', 6, '2025-02-08'],
      ['2025-01-24', 7, '2025-02-10'],
      ['2025-01-27', 1, '2025-02-05'],
    ] as const)('%s + %i working days = %s', (from, count, expected) => {
      expect(due(from, count, 'working_days')).toBe(expected);
    });

    it('days and months roll forward out of it', () => {
      expect(due('2025-01-20', 10, 'days')).toBe('2025-02-05');
      expect(due('2024-12-31', 1, 'months')).toBe('2025-02-05'); // 1-31
      expect(due('2025-01-04', 1, 'months')).toBe('2025-02-05'); // 2-4
    });
  });

  describe('National Day 2024: rest 10-1 … 10-7, worked 9-29 (Sun) and 10-12 (Sat); 中秋 9-15 … 9-17, worked 9-14', () => {
    it.each([
      ['2024-09-13', 1, '2024-09-14'],
      ['2024-09-13', 2, '2024-09-18'],
      ['2024-09-27', 1, '2024-09-29'],
      ['2024-09-27', 2, '2024-09-30'],
      ['2024-09-27', 3, '2024-10-08'],
      ['2024-09-27', 6, '2024-10-11'],
      ['2024-09-27', 7, '2024-10-12'],
      ['2024-09-27', 8, '2024-10-14'],
    ] as const)('%s + %i working days = %s', (from, count, expected) => {
      expect(due(from, count, 'working_days')).toBe(expected);
    });

    it('days and months roll forward out of it', () => {
      expect(due('2024-09-20', 10, 'days')).toBe('2024-09-30');
      expect(due('2024-09-21', 10, 'days')).toBe('2024-10-08');
      expect(due('2024-09-05', 1, 'months')).toBe('2024-10-08'); // 10-5
      expect(due('2024-09-01', 1, 'months')).toBe('2024-10-08'); // 10-1
    });
  });

  describe('National Day and Mid-Autumn 2025: rest 10-1 … 10-8, worked 9-28 (Sun) and 10-11 (Sat)', () => {
    it.each([
      ['2025-09-26', 1, '2025-09-28'],
      ['2025-09-26', 2, '2025-09-29'],
      ['2025-09-26', 3, '2025-09-30'],
      ['2025-09-26', 4, '2025-10-09'],
      ['2025-09-26', 5, '2025-10-10'],
      ['2025-09-26', 6, '2025-10-11'],
      ['2025-09-26', 7, '2025-10-13'],
      ['2025-09-30', 1, '2025-10-09'],
    ] as const)('%s + %i working days = %s', (from, count, expected) => {
      expect(due(from, count, 'working_days')).toBe(expected);
    });

    it('days and months roll forward out of it', () => {
      expect(due('2025-09-30', 1, 'days')).toBe('2025-10-09');
      expect(due('2025-09-20', 15, 'days')).toBe('2025-10-09');
      expect(due('2025-09-08', 1, 'months')).toBe('2025-10-09'); // 10-8
    });
  });

  describe('input', () => {
    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_PERIOD_COUNT + 1])(
      'rejects count %d',
      (count) => {
        for (const unit of ['working_days', 'days', 'months'] as const) {
          expect(() => due('2025-03-10', count, unit)).toThrow(RangeError);
        }
        expect(() => naiveWorkingDaysDue(calendar, '2025-03-10', count)).toThrow(RangeError);
      },
    );

    it('accepts the largest count, then finds its year missing', () => {
      expect(() => due('2025-03-10', MAX_PERIOD_COUNT, 'days')).toThrow(CalendarYearMissingError);
      expect(() => due('2025-03-10', MAX_PERIOD_COUNT, 'working_days')).toThrow(CalendarYearMissingError);
      expect(() => due('2025-01-10', MAX_PERIOD_COUNT, 'months')).toThrow(
        expect.objectContaining({ year: 10358 }),
      );
    });

    it('rejects a bad date or unit', () => {
      expect(() => due('2025-02-30', 1, 'days')).toThrow(RangeError);
      expect(() => due('2025-02-30', 0, 'days')).toThrow(RangeError);
      expect(() => dueDate(calendar, '2025-03-10', 1, 'weeks' as PeriodUnit)).toThrow(RangeError);
      expect(() => naiveWorkingDaysDue(calendar, '2025-13-01', 1)).toThrow(RangeError);
    });
  });

  describe('a year the calendar does not hold', () => {
    const only2024 = buildCalendar({ 2024: STATE_COUNCIL_CALENDAR[2024] ?? [] });
    const only2022 = buildCalendar({ 2022: STATE_COUNCIL_CALENDAR[2022] ?? [] });
    const gap = buildCalendar({
      2024: STATE_COUNCIL_CALENDAR[2024] ?? [],
      2026: STATE_COUNCIL_CALENDAR[2026] ?? [],
    });
    const missing = (year: number) => expect.objectContaining({ name: 'CalendarYearMissingError', year });

    it('is never guessed, whatever the unit', () => {
      expect(() => dueDate(only2024, '2024-12-31', 1, 'working_days')).toThrow(missing(2025));
      expect(() => naiveWorkingDaysDue(only2024, '2024-12-31', 1)).toThrow(missing(2025));
      expect(() => dueDate(only2024, '2024-12-31', 1, 'days')).toThrow(missing(2025));
      expect(() => dueDate(only2024, '2024-12-15', 1, 'months')).toThrow(missing(2025));
      expect(() => dueDate(gap, '2024-12-31', 300, 'working_days')).toThrow(missing(2025));
      expect(() => dueDate(calendar, '2026-12-31', 1, 'working_days')).toThrow(missing(2027));
      expect(() => dueDate(calendar, '2015-12-30', 1, 'working_days')).toThrow(missing(2015));
      expect(() => countWorkingDaysBetween(calendar, '2015-12-30', '2016-01-05')).toThrow(missing(2015));
    });

    it('even when only the roll-forward reaches into it', () => {
      // 2022-12-31 (Saturday) opens 元旦 2023; the next working day lies in 2023
      expect(() => dueDate(only2022, '2022-12-30', 1, 'days')).toThrow(missing(2023));
      expect(dueDate(only2022, '2022-12-29', 1, 'days')).toBe('2022-12-30');
    });

    it('is not consulted when the counted days all lie in held years', () => {
      expect(dueDate(only2024, '2024-12-30', 1, 'working_days')).toBe('2024-12-31');
      expect(dueDate(calendar, '2015-12-31', 1, 'working_days')).toBe('2016-01-04'); // 1-1 元旦, 1-2/3 weekend
      expect(naiveWorkingDaysDue(calendar, '2015-12-31', 1)).toBe('2016-01-04');
      expect(dueDate(gap, '2026-01-01', 1, 'days')).toBe('2026-01-04');
    });
  });
});

describe('countWorkingDaysBetween', () => {
  it('counts (from, to]: the trigger day out, the last day in', () => {
    expect(countWorkingDaysBetween(calendar, '2025-03-10', '2025-03-10')).toBe(0);
    expect(countWorkingDaysBetween(calendar, '2025-03-10', '2025-03-11')).toBe(1);
    expect(countWorkingDaysBetween(calendar, '2025-03-10', '2025-03-17')).toBe(5);
    expect(countWorkingDaysBetween(calendar, '2025-03-15', '2025-03-16')).toBe(0);
  });

  it('is antisymmetric', () => {
    expect(countWorkingDaysBetween(calendar, '2025-03-17', '2025-03-10')).toBe(-5);
  });

  it('spans years', () => {
    expect(countWorkingDaysBetween(calendar, '2023-12-31', '2025-12-31')).toBe(251 + 248);
  });
});

describe('the State Council data', () => {
  const festivals = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
  // weekdays − working days = statutory days off: 11 (全国年节及纪念日放假办法, 2013), 13 from 2025
  // (its 2024 revision: 除夕 and 5-2 added), and 2020's Spring Festival extended by two working days.
  const netDaysOff: Record<number, number> = { 2020: 13, 2025: 13, 2026: 13 };

  // The 调休上班日 of each notice, written out here independently of holidays.ts (a make-up day
  // moved within its weekend would leave every count above unchanged).
  const MAKE_UP: Record<number, string> = {
    2016: '02-06 02-14 06-12 09-18 10-08 10-09',
    2017: '01-22 02-04 04-01 05-27 09-30',
    2018: '02-11 02-24 04-08 04-28 09-29 09-30 12-29',
    2019: '02-02 02-03 04-28 05-05 09-29 10-12',
    2020: '01-19 04-26 05-09 06-28 09-27 10-10',
    2021: '02-07 02-20 04-25 05-08 09-18 09-26 10-09',
    2022: '01-29 01-30 04-02 04-24 05-07 10-08 10-09',
    2023: '01-28 01-29 04-23 05-06 06-25 10-07 10-08',
    2024: '02-04 02-18 04-07 04-28 05-11 09-14 09-29 10-12',
    2025: '01-26 02-08 04-27 09-28 10-11',
    2026: '01-04 02-14 02-28 05-09 09-20 10-10',
  };

  it('has every year 2016–2026', () => {
    expect(Object.keys(STATE_COUNCIL_CALENDAR).map(Number)).toEqual(YEARS);
  });

  describe.each(YEARS)('%i', (year) => {
    const days = STATE_COUNCIL_CALENDAR[year] ?? [];

    it('holds only real dates of its own year, each once, sorted', () => {
      expect(days.length).toBeGreaterThan(20);
      for (const day of days) {
        expect(isLocalDate(day.date), day.date).toBe(true);
        expect(day.date.startsWith(`${year}-`), day.date).toBe(true);
      }
      const dates = days.map((day) => day.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
    });

    it('declares make-up working days only on a Saturday or Sunday', () => {
      for (const day of days.filter((d) => d.kind === 'workday')) {
        expect([0, 6], day.date).toContain(utcWeekday(day.date));
      }
    });

    it('names every day after one of the seven festivals', () => {
      for (const day of days) {
        expect(day.name.trim(), day.date).not.toBe('');
        expect(['holiday', 'workday']).toContain(day.kind);
        const parts = day.name.split('、');
        for (const part of parts) expect(festivals, day.date).toContain(part);
      }
      const named = new Set(days.flatMap((day) => day.name.split('、')));
      expect([...named].sort()).toEqual([...festivals].sort());
    });

    it('has the make-up working days of the notice', () => {
      const makeUp = days.filter((day) => day.kind === 'workday').map((day) => day.date.slice(5));
      expect(makeUp.join(' ')).toBe(MAKE_UP[year]);
    });

    it('takes the statutory number of weekdays off, net of make-up days', () => {
      const weekdays = datesOfYear(year).filter((date) => utcWeekday(date) % 6 !== 0).length;
      const working = countWorkingDaysBetween(calendar, `${year - 1}-12-31`, `${year}-12-31`);
      expect(weekdays - working).toBe(netDaysOff[year] ?? 11);
    });
  });
});

describe('properties', () => {
  /** Dates from `first` to `last`; 2015-12-31 is fine as a trigger day: only the days after it count. */
  const arbFrom = (first: string, last: string) =>
    fc.integer({ min: toEpochDay(first), max: toEpochDay(last) }).map(fromEpochDay);

  it('fast working-day arithmetic equals the day-by-day loop', () => {
    fc.assert(
      fc.property(arbFrom('2015-12-31', '2025-12-31'), fc.integer({ min: 0, max: 240 }), (from, count) => {
        const fast = dueDate(calendar, from, count, 'working_days');
        expect(fast).toBe(naiveWorkingDaysDue(calendar, from, count));
        expect(countWorkingDaysBetween(calendar, from, fast)).toBe(count);
        if (count > 0) expect(calendar.isWorkingDay(fast)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('both fail alike at the end of the held years', () => {
    fc.assert(
      fc.property(arbFrom('2026-06-01', '2026-12-31'), fc.integer({ min: 1, max: 400 }), (from, count) => {
        const run = (f: () => string) => {
          try {
            return f();
          } catch (error) {
            return error instanceof CalendarYearMissingError ? `missing ${error.year}` : String(error);
          }
        };
        expect(run(() => dueDate(calendar, from, count, 'working_days'))).toBe(
          run(() => naiveWorkingDaysDue(calendar, from, count)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('days and months end on the first working day on or after the plain end', () => {
    fc.assert(
      fc.property(
        arbFrom('2015-12-31', '2025-12-31'),
        fc.oneof(
          fc.tuple(fc.constant('days' as const), fc.integer({ min: 1, max: 150 })),
          fc.tuple(fc.constant('months' as const), fc.integer({ min: 1, max: 12 })),
        ),
        (from, [unit, count]) => {
          const plain = unit === 'days' ? addCalendarDays(from, count) : addCalendarMonths(from, count);
          const due = dueDate(calendar, from, count, unit);
          expect(due >= plain).toBe(true);
          expect(calendar.isWorkingDay(due)).toBe(true);
          expect(countWorkingDaysBetween(calendar, addCalendarDays(plain, -1), due)).toBe(1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('months clamp to the month end and keep the day otherwise', () => {
    fc.assert(
      fc.property(arbFrom('0001-01-01', '9000-12-31'), fc.integer({ min: 0, max: 1200 }), (from, months) => {
        const to = addCalendarMonths(from, months);
        const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        expect(monthIndex(to) - monthIndex(from)).toBe(months);
        const fromDay = Number(from.slice(8));
        const toDay = Number(to.slice(8));
        if (toDay !== fromDay) {
          expect(toDay).toBeLessThan(fromDay);
          expect(addCalendarDays(to, 1).slice(8)).toBe('01');
        }
      }),
    );
  });
});

describe('years not yet published', () => {
  it('warns from 1 November that next year is missing, and at any time that this year is', () => {
    expect(missingYear('2026-10-31', [2025, 2026])).toBeNull();
    expect(missingYear('2026-11-01', [2025, 2026])?.year).toBe(2027);
    expect(missingYear('2026-12-31', [2025, 2026])?.message.zh).toMatch(/2027年/);
    expect(missingYear('2026-12-31', [2026, 2027])).toBeNull();
    expect(missingYear('2027-01-02', [2025, 2026])?.year).toBe(2027);
    expect(missingYear('2027-03-02', [2025, 2026, 2028])?.year).toBe(2027);
  });

  it('says why a date is provisional, in both languages', () => {
    expect(provisionalReason(2027).zh).toMatch(/^暂定：2027年/);
    expect(provisionalReason(2027).en).toMatch(/^Provisional: the 2027/);
  });
});
