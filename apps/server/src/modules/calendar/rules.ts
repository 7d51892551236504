import type { Title } from '../compliance/rules';
import type { CalendarDay } from './holidays';

/**
 * Pure rules of the working-day calendar (工作日历) and of counting legal periods (期间, CPL art. 85).
 * No I/O and no clock: every date comes in as an argument.
 */

/** A calendar date with no time or zone, `YYYY-MM-DD`, years 0001–9999. */
export type LocalDate = string;
export type PeriodUnit = 'working_days' | 'days' | 'months';

export const PERIOD_UNITS: readonly PeriodUnit[] = ['working_days', 'days', 'months'];
/** The largest period count accepted (about 270 years of days); larger counts are input errors. */
export const MAX_PERIOD_COUNT = 100_000;

/** A date in a year the calendar does not hold: the holidays of that year are unknown, so never guessed. */
export class CalendarYearMissingError extends Error {
  override readonly name = 'CalendarYearMissingError';

  constructor(readonly year: number) {
    super(`the working-day calendar holds no year ${year}`);
  }
}

// ─── Dates as epoch days (days since 1970-01-01), proleptic Gregorian ────────────────────────────

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface Civil {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Days from 1970-01-01 to a civil date; integer arithmetic over 400-year eras, valid for any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of daysFromCivil. */
function civilFromDays(epochDay: number): Civil {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

function yearOfEpochDay(epochDay: number): number {
  return civilFromDays(epochDay).year;
}

function civilOf(value: string): Civil | null {
  const match = LOCAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date written `YYYY-MM-DD` (2025-02-30 is not one). */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && civilOf(value) !== null;
}

/** Returns the date unchanged, or throws RangeError when it is not a real `YYYY-MM-DD` date. */
export function parseLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(value)}`);
  return value;
}

/** Days since 1970-01-01 (negative before it). */
export function toEpochDay(date: LocalDate): number {
  const civil = civilOf(date);
  if (!civil) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(date)}`);
  return daysFromCivil(civil.year, civil.month, civil.day);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function fromEpochDay(epochDay: number): LocalDate {
  const { year, month, day } = civilFromDays(epochDay);
  if (!Number.isInteger(epochDay) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`date out of range 0001–9999: epoch day ${epochDay}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function requireInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be an integer, got ${value}`);
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  requireInteger(days, 'days');
  return fromEpochDay(toEpochDay(date) + days);
}

/** Same day `months` later, or the last day of that month when it is shorter (01-31 + 1 → 02-28/29). */
function epochDayPlusMonths(epochDay: number, months: number): number {
  const { year, month, day } = civilFromDays(epochDay);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return daysFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addCalendarMonths(date: LocalDate, months: number): LocalDate {
  requireInteger(months, 'months');
  return fromEpochDay(epochDayPlusMonths(toEpochDay(date), months));
}

function weekdayOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday (4)
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return weekdayOfEpochDay(toEpochDay(date));
}

export function isWeekend(date: LocalDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

// ─── The working-day calendar ─────────────────────────────────────────────────────────────────────

/** Per held year, precomputed once so that working-day arithmetic needs no day-by-day loop. */
interface YearIndex {
  /** Epoch day of 1 January. */
  readonly start: number;
  /** before[i]: working days among the year's first i days (length: days in year + 1). */
  readonly before: Int32Array;
  /** Epoch days of the year's working days, ascending. */
  readonly working: Int32Array;
}

/** Reads a typed-array slot that construction guarantees exists. */
function slot(array: Int32Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw new Error(`calendar index out of bounds: ${index}`);
  return value;
}

function validateYearDays(year: number, days: readonly CalendarDay[]): Map<number, boolean> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`calendar year out of range: ${year}`);
  }
  const working = new Map<number, boolean>();
  for (const day of days) {
    const civil = civilOf(day.date);
    if (!civil || civil.year !== year) throw new RangeError(`${day.date} is not a date of ${year}`);
    if (day.kind !== 'holiday' && day.kind !== 'workday') throw new RangeError(`${day.date}: bad kind`);
    const epochDay = daysFromCivil(civil.year, civil.month, civil.day);
    if (working.has(epochDay)) throw new RangeError(`${day.date} is listed twice`);
    working.set(epochDay, day.kind === 'workday');
  }
  return working;
}

/**
 * Working days: Monday to Friday unless a public holiday, plus the make-up working days
 * (调休上班日) declared on a Saturday or Sunday.
 */
function indexYear(year: number, days: readonly CalendarDay[]): YearIndex {
  const listed = validateYearDays(year, days);
  const start = daysFromCivil(year, 1, 1);
  const length = daysFromCivil(year + 1, 1, 1) - start;
  const before = new Int32Array(length + 1);
  const working: number[] = [];
  for (let offset = 0; offset < length; offset += 1) {
    const epochDay = start + offset;
    const weekday = weekdayOfEpochDay(epochDay);
    const isWorking = listed.get(epochDay) ?? (weekday !== 0 && weekday !== 6);
    if (isWorking) working.push(epochDay);
    before[offset + 1] = working.length;
  }
  return { start, before, working: Int32Array.from(working) };
}

/**
 * The held years' holidays and make-up days, indexed. A date outside the held years throws
 * CalendarYearMissingError: the calendar never assumes a year has no holidays.
 */
export class WorkingCalendar {
  /** The held years, ascending. */
  readonly years: readonly number[];
  private readonly index: ReadonlyMap<number, YearIndex>;

  constructor(days: Readonly<Record<number, readonly CalendarDay[]>>) {
    const entries = Object.entries(days).map(([year, list]) => [Number(year), list] as const);
    this.index = new Map(entries.map(([year, list]) => [year, indexYear(year, list)]));
    this.years = Object.freeze(entries.map(([year]) => year).sort((a, b) => a - b));
  }

  holds(year: number): boolean {
    return this.index.has(year);
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  isWorkingEpochDay(epochDay: number): boolean {
    const year = this.yearIndex(yearOfEpochDay(epochDay));
    const offset = epochDay - year.start;
    return slot(year.before, offset + 1) > slot(year.before, offset);
  }

  /**
   * The n-th working day on or after `epochDay` (n ≥ 1): the rank of the target within its year is
   * read off the prefix counts, so the cost is one step per year crossed, not one per day.
   */
  nthWorkingEpochDay(epochDay: number, n: number): number {
    let year = yearOfEpochDay(epochDay);
    let index = this.yearIndex(year);
    let rank = slot(index.before, epochDay - index.start) + n;
    while (rank > index.working.length) {
      rank -= index.working.length;
      year += 1;
      index = this.yearIndex(year);
    }
    return slot(index.working, rank - 1);
  }

  /** Working days in [first, last] (0 when last < first). */
  workingDaysThrough(first: number, last: number): number {
    if (last < first) return 0;
    const lastYear = yearOfEpochDay(last);
    let count = 0;
    for (let year = yearOfEpochDay(first); year <= lastYear; year += 1) {
      const index = this.yearIndex(year);
      const from = Math.max(first - index.start, 0);
      const through = Math.min(last - index.start + 1, index.before.length - 1);
      count += slot(index.before, through) - slot(index.before, from);
    }
    return count;
  }

  private yearIndex(year: number): YearIndex {
    const index = this.index.get(year);
    if (!index) throw new CalendarYearMissingError(year);
    return index;
  }
}

export function buildCalendar(days: Readonly<Record<number, readonly CalendarDay[]>>): WorkingCalendar {
  return new WorkingCalendar(days);
}

// ─── Periods (期间) ───────────────────────────────────────────────────────────────────────────────

function requireUnit(unit: string): void {
  if (!(PERIOD_UNITS as readonly string[]).includes(unit))
    throw new RangeError(`unknown period unit: ${unit}`);
}

function requireCount(count: number): void {
  if (!Number.isInteger(count) || count < 0 || count > MAX_PERIOD_COUNT) {
    throw new RangeError(`count must be an integer from 0 to ${MAX_PERIOD_COUNT}, got ${count}`);
  }
}

/** A period ending on a rest day ends on the next working day (CPL art. 85 ¶4); 调休上班日 count as working. */
function rollForward(calendar: WorkingCalendar, epochDay: number): number {
  return calendar.nthWorkingEpochDay(epochDay, 1);
}

/**
 * The last day of a period of `count` units triggered on `from` (CPL art. 85):
 * - the trigger day is not counted (the period starts the next day);
 * - `days`: from + count calendar days; `months`: the same day `count` months later, or that
 *   month's last day when it has none (2025-01-31 + 1 month = 2025-02-28);
 * - a `days` or `months` period ending on a weekend or public holiday ends on the next working day;
 * - `working_days`: the count-th working day after `from`.
 * count 0 returns `from` itself for every unit, without rolling forward.
 */
export function dueDate(
  calendar: WorkingCalendar,
  from: LocalDate,
  count: number,
  unit: PeriodUnit,
): LocalDate {
  const start = toEpochDay(from);
  requireUnit(unit);
  requireCount(count);
  if (count === 0) return from;
  switch (unit) {
    case 'working_days':
      return fromEpochDay(calendar.nthWorkingEpochDay(start + 1, count));
    case 'days':
      return fromEpochDay(rollForward(calendar, start + count));
    case 'months':
      return fromEpochDay(rollForward(calendar, epochDayPlusMonths(start, count)));
  }
}

/**
 * The obvious day-by-day loop for `working_days`: the baseline of the benchmark and the oracle of
 * the property tests. Same contract as dueDate(calendar, from, count, 'working_days').
 */
export function naiveWorkingDaysDue(calendar: WorkingCalendar, from: LocalDate, count: number): LocalDate {
  let date = parseLocalDate(from);
  requireCount(count);
  for (let left = count; left > 0; ) {
    date = addCalendarDays(date, 1);
    if (calendar.isWorkingDay(date)) left -= 1;
  }
  return date;
}

/**
 * Working days in (from, to]: the trigger day is not counted, the last day is. Antisymmetric:
 * when `to` is before `from` the result is minus the count over (to, from].
 */
export function countWorkingDaysBetween(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  return b >= a ? calendar.workingDaysThrough(a + 1, b) : -calendar.workingDaysThrough(b + 1, a);
}

// ─── Years not yet published ───────────────────────────────────────────────────────────────────────

/** Why a date in a year the calendar does not hold is only provisional (暂定). */
export function provisionalReason(year: number): Title {
  return {
    zh: `暂定：${year}年节假日安排尚未录入工作日历，暂按仅扣除周末计算，录入后自动重算`,
    en: `Provisional: the ${year} holiday arrangement is not in the calendar yet; counted with weekends only and recomputed when it is added`,
  };
}

/** From this day of a year (MM-DD) the administrator is warned that the next year is missing. */
export const NEXT_YEAR_WARNING_FROM = '11-01';

/**
 * The year an administrator must add, as of `today`: the current year when it is not held (at any
 * time), the next year from 1 November when it is not. Null when nothing is missing.
 */
export function missingYear(
  today: LocalDate,
  heldYears: readonly number[],
): { year: number; message: Title } | null {
  const current = Number(today.slice(0, 4));
  const year = !heldYears.includes(current)
    ? current
    : today.slice(5) >= NEXT_YEAR_WARNING_FROM && !heldYears.includes(current + 1)
      ? current + 1
      : null;
  if (year === null) return null;
  return {
    year,
    message: {
      zh: `工作日历尚无${year}年的节假日安排：请导入国务院办公厅${year}年放假通知。在此之前，落入${year}年的期限按仅扣除周末暂定计算。`,
      en: `The calendar has no ${year} holiday arrangement: import the State Council's ${year} notice. Until then, deadlines falling in ${year} are provisional, counted with weekends only.`,
    },
  };
}
