/**
 * 指挥与监督: how overdue deadlines are summarised for a supervisor. Pure: today comes in as an argument.
 */
import { type LocalDate, toEpochDay } from '../calendar/rules';

/** A court's overdue deadlines as the database counts them. */
export interface CourtCount {
  courtId: string;
  count: number;
  /** The due date of its oldest overdue deadline; null when it has none. */
  oldestDueOn: LocalDate | null;
}

export interface CourtOverdue {
  courtId: string;
  count: number;
  /** How many days the oldest overdue deadline is past due (0 when none is). */
  worstDaysOverdue: number;
}

/** Calendar days a deadline due on `dueOn` is overdue on `today` (0 on the due day itself). */
export function daysOverdue(dueOn: LocalDate, today: LocalDate): number {
  return Math.max(0, toEpochDay(today) - toEpochDay(dueOn));
}

/** The courts with most overdue deadlines first, then the worst delay, then by id for a stable order. */
export function rankCourts(counts: readonly CourtCount[], today: LocalDate): CourtOverdue[] {
  return counts
    .map(({ courtId, count, oldestDueOn }) => ({
      courtId,
      count,
      worstDaysOverdue: oldestDueOn === null ? 0 : daysOverdue(oldestDueOn, today),
    }))
    .sort(
      (a, b) =>
        b.count - a.count || b.worstDaysOverdue - a.worstDaysOverdue || a.courtId.localeCompare(b.courtId),
    );
}
