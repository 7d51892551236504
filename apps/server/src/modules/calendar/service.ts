import { asc, eq } from 'drizzle-orm';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { AppError, invalid } from '../../platform/errors';
import { both } from '../../platform/i18n';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import type { Title } from '../compliance/rules';
import { type CalendarFormat, missingFestivals, parseCalendar } from './formats';
import { type CalendarDay, STATE_COUNCIL_CALENDAR } from './holidays';
import {
  buildCalendar,
  CalendarYearMissingError,
  dayOfWeek,
  dueDate,
  missingYear,
  type PeriodUnit,
  provisionalReason,
  type WorkingCalendar,
} from './rules';
import { calendarDays, calendarYears } from './schema';

/** Years after the last published one that case deadlines may run into, counted provisionally. */
export const PROVISIONAL_YEARS = 6;

/** The working-day calendar held in the database, with an in-process copy for fast arithmetic. */
/** Told, in the transaction that adds or replaces a year, that the year's days changed. */
export type YearListener = (tx: Tx, year: number) => Promise<void>;

/** A due date, and why it is only provisional when it falls in a year the calendar does not hold. */
export interface DueDate {
  due: string;
  provisional: boolean;
  reason: Title | null;
}

const FESTIVAL_EN: Record<string, string> = { 春节: 'Spring Festival', 国庆节: 'National Day' };

/** The year that must be published: the platform warns until an administrator adds it. */
const CALENDAR_RULE = {
  ruleId: 'calendar.year.complete',
  clause: { zh: '《全国年节及纪念日放假办法》第二条', en: 'National Holidays Measures, art. 2' },
} as const;

export class CalendarService {
  private cached: ReturnType<CalendarService['load']> | null = null;
  private readonly yearListeners: YearListener[] = [];

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Adds the State Council years the database does not hold yet; an administrator's edits stay. */
  async seedOfficialYears(): Promise<number[]> {
    const held = await this.database.db.select({ year: calendarYears.year }).from(calendarYears);
    const missing = Object.keys(STATE_COUNCIL_CALENDAR)
      .map(Number)
      .filter((year) => !held.some((row) => row.year === year));
    for (const year of missing) {
      await this.writeYear(platformActor, year, STATE_COUNCIL_CALENDAR[year] ?? [], 'state_council');
    }
    return missing;
  }

  async years(): Promise<number[]> {
    const rows = await this.database.db
      .select({ year: calendarYears.year })
      .from(calendarYears)
      .orderBy(asc(calendarYears.year));
    return rows.map((row) => row.year);
  }

  async yearDays(year: number): Promise<CalendarDay[]> {
    const [held] = await this.database.db.select().from(calendarYears).where(eq(calendarYears.year, year));
    if (!held) throw yearMissing(year);
    return this.database.db
      .select({ date: calendarDays.date, kind: calendarDays.kind, name: calendarDays.name })
      .from(calendarDays)
      .where(eq(calendarDays.year, year))
      .orderBy(asc(calendarDays.date));
  }

  async replaceYear(actor: Actor, year: number, days: readonly CalendarDay[]): Promise<CalendarDay[]> {
    validateYear(year, days);
    await this.writeYear(actor, year, days, 'admin');
    return this.yearDays(year);
  }

  /** Called in the transaction of each year written, so what depends on it follows (deadlines). */
  onYearChanged(listener: YearListener): void {
    this.yearListeners.push(listener);
  }

  /**
   * The due date of a period, as RULEBOOK › Counting time says. A period running into a year after the
   * last held one is counted with weekends only and answered as provisional, with the reason; 422 for a
   * year before the held ones or beyond the provisional ones.
   */
  async deadline(from: string, count: number, unit: PeriodUnit): Promise<DueDate> {
    const { strict, planning, provisionalYears } = await this.calendars();
    try {
      return { due: dueDate(strict, from, count, unit), provisional: false, reason: null };
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error;
      if (!provisionalYears.includes(error.year)) throw yearMissing(error.year);
    }
    try {
      const due = dueDate(planning, from, count, unit);
      const year = Number(due.slice(0, 4));
      return {
        due,
        provisional: true,
        reason: provisionalReason(provisionalYears.includes(year) ? year : (provisionalYears[0] ?? year)),
      };
    } catch (error) {
      if (error instanceof CalendarYearMissingError) throw yearMissing(error.year);
      throw error;
    }
  }

  /** The years held and, as of today, the year an administrator must add (from 1 November). */
  async status(): Promise<{ years: number[]; missing: { year: number; message: Title } | null }> {
    const years = await this.years();
    return { years, missing: missingYear(shanghaiDateOf(this.clock.now()), years) };
  }

  /**
   * Imports a year from a published file (holiday-cn JSON or iCalendar). Refuses a file it cannot read
   * whole (400, naming each place), and a year with no Spring Festival or National Day unless
   * `confirmed` (409: no State Council notice lacks them). Days of other years in the file (a
   * December that starts the next year's 元旦) are not imported here: they are answered as `skipped`.
   */
  async importYear(
    actor: Actor,
    year: number,
    input: { format: CalendarFormat; content: string; confirmed: boolean },
  ): Promise<{ days: CalendarDay[]; skipped: CalendarDay[] }> {
    const parsed = parseCalendar(input.format, input.content);
    if (parsed.problems.length > 0) {
      const errors = parsed.problems.map((p) => ({ path: p.path, message: p.message }));
      const text = both((lang) => errors.map((e) => `${e.path}: ${e.message[lang]}`).join('; '));
      throw new AppError('validation', text, { errors });
    }
    const days = parsed.days.filter((day) => day.date.startsWith(`${year}-`));
    const skipped = parsed.days.filter((day) => !day.date.startsWith(`${year}-`));
    if (days.length === 0) {
      throw invalid('content', { zh: `文件中没有${year}年的日期`, en: `the file has no dates of ${year}` });
    }
    validateYear(year, days);
    const missing = missingFestivals(days);
    if (missing.length > 0 && !input.confirmed) {
      const message = {
        zh: `${year}年安排中没有${missing.join('、')}假期，而国务院办公厅的放假通知都有；核对无误后可确认导入`,
        en: `The ${year} arrangement has no ${missing.map((f) => FESTIVAL_EN[f] ?? f).join(' or ')} holiday, which every State Council notice has; check it, then confirm to import it anyway`,
      };
      throw new AppError('rule_violation', message, { violations: [{ ...CALENDAR_RULE, message }] });
    }
    await this.writeYear(actor, year, days, 'admin', 'calendar.import_year');
    return { days: await this.yearDays(year), skipped };
  }

  /** The calendar of the years held: the law as published, nothing guessed. */
  async calendar(): Promise<WorkingCalendar> {
    return (await this.calendars()).strict;
  }

  /**
   * For case deadlines running past the last published year: the held years, plus the next
   * PROVISIONAL_YEARS years counted with weekends only. A deadline that falls in such a year is
   * shown as provisional (and warned about) until an administrator adds the State Council's notice.
   * Inside a transaction pass its `db`: on PGlite's one connection a read beside it would wait for it.
   */
  async planningCalendar(
    db: Db = this.database.db,
  ): Promise<{ calendar: WorkingCalendar; provisionalYears: readonly number[] }> {
    const { planning, provisionalYears } = await this.calendars(db);
    return { calendar: planning, provisionalYears };
  }

  private calendars(db: Db = this.database.db) {
    this.cached ??= this.load(db).catch((error) => {
      this.cached = null;
      throw error;
    });
    return this.cached;
  }

  private async load(db: Db) {
    const years = await db.select({ year: calendarYears.year }).from(calendarYears);
    const days = await db.select().from(calendarDays);
    const byYear: Record<number, CalendarDay[]> = Object.fromEntries(years.map((row) => [row.year, []]));
    for (const day of days) byYear[day.year]?.push({ date: day.date, kind: day.kind, name: day.name });
    const last = Math.max(0, ...years.map((row) => row.year));
    const provisionalYears = Array.from({ length: PROVISIONAL_YEARS }, (_, i) => last + 1 + i);
    const withProvisional = { ...byYear, ...Object.fromEntries(provisionalYears.map((year) => [year, []])) };
    return { strict: buildCalendar(byYear), planning: buildCalendar(withProvisional), provisionalYears };
  }

  private async writeYear(
    actor: Actor,
    year: number,
    days: readonly CalendarDay[],
    source: 'state_council' | 'admin',
    action = source === 'admin' ? 'calendar.replace_year' : 'calendar.seed_year',
  ) {
    await this.database.transaction(async (tx) => {
      const before = await tx.db
        .select()
        .from(calendarDays)
        .where(eq(calendarDays.year, year))
        .orderBy(asc(calendarDays.date));
      const row = { year, source, updatedAt: this.clock.now() };
      await tx.db
        .insert(calendarYears)
        .values(row)
        .onConflictDoUpdate({ target: calendarYears.year, set: row });
      await tx.db.delete(calendarDays).where(eq(calendarDays.year, year));
      if (days.length > 0) await tx.db.insert(calendarDays).values(days.map((day) => ({ ...day, year })));
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action,
        subject: `calendar:${year}`,
        before: before.length > 0 ? before : null,
        after: days,
      });
      for (const listener of this.yearListeners) await listener(tx, year);
    });
    this.cached = null;
  }
}

function yearMissing(year: number): AppError {
  return new AppError('unprocessable', {
    zh: `工作日历尚无${year}年的安排，须由管理员添加`,
    en: `The working-day calendar holds no year ${year}; an administrator must add it`,
  });
}

/** An edited year must hold only its own dates, once each, and make-up days only on weekends. */
function validateYear(year: number, days: readonly CalendarDay[]): void {
  const seen = new Set<string>();
  days.forEach((day, index) => {
    if (!day.date.startsWith(`${year}-`))
      throw invalid(`days.${index}.date`, { zh: `不在${year}年内`, en: `not in ${year}` });
    if (seen.has(day.date)) throw invalid(`days.${index}.date`, { zh: '重复列出', en: 'listed twice' });
    seen.add(day.date);
    const weekday = dayOfWeek(day.date);
    if (day.kind === 'workday' && weekday !== 0 && weekday !== 6) {
      throw invalid(`days.${index}.kind`, {
        zh: '调休上班日须为星期六或星期日',
        en: 'a make-up working day (调休上班) must fall on a Saturday or Sunday',
      });
    }
  });
}
