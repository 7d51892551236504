/**
 * A procedure's later life (RefPrice 19, 27): a new price for an expired one, an agency handing the file
 * back, the redraw when no drawn agency is left, and stays of the report period. Pure: today and the
 * calendar come in as arguments.
 */
import type { Text } from '../../platform/i18n';
import { dueDate, type LocalDate, toEpochDay, type WorkingCalendar } from '../calendar/rules';
import type { GuardRule, RulebookPart } from '../compliance/rules';
import {
  PERIODS,
  REFPRICE_19,
  REFPRICE_27,
  VALUATION_EVENTS,
  type ValuationMethod,
  type ValuationStatus,
} from './rules';

export const PROCEDURE_EVENTS = {
  /** An agency handed the file back: data `agency`, `reason`, `late`. */
  returned: 'valuation.agency_returned',
  /** No drawn agency left: 3 more drawn from the list without those that had the file. */
  redrawn: 'valuation.redrawn',
  stayed: VALUATION_EVENTS.stayed,
  resumed: VALUATION_EVENTS.resumed,
} as const;

// ─── A new price for an expired one (RefPrice 27) ──────────────────────────────────────────────────

export const REISSUE_ACTION = 'valuation.reissue';

export interface ReissueSubject {
  status: ValuationStatus;
  validUntil: LocalDate | null;
  today: LocalDate;
  /** Another procedure runs on the asset. */
  running: boolean;
}

/** 重新确定参考价: only for the price in force once its year is over, and one procedure at a time. */
export const REISSUE: GuardRule<ReissueSubject> = {
  id: 'valuation.reissue',
  clause: REFPRICE_27,
  action: REISSUE_ACTION,
  check: ({ status, validUntil, today, running }) => {
    if (status !== 'priced' || validUntil === null)
      return {
        zh: '只能对现行的参考价重新确定参考价',
        en: 'a new price is issued only for the reference price in force',
      };
    if (toEpochDay(today) <= toEpochDay(validUntil))
      return {
        zh: `参考价有效期至${validUntil}，尚未届满`,
        en: `the reference price is valid until ${validUntil}`,
      };
    if (running) return { zh: '该财产另有询价评估正在进行', en: 'another procedure runs on the asset' };
    return null;
  },
};

/**
 * The new price's due date: an agency reports within 15 days (RefPrice 27); a platform answers in 3 days,
 * which is an online inquiry's own period (onlineDueAt); agreement and targeted inquiry set it at once.
 */
export function reissueDueOn(calendar: WorkingCalendar, method: ValuationMethod, today: LocalDate) {
  return method === 'appraisal' ? dueDate(calendar, today, PERIODS.reissueAgencyDays, 'days') : null;
}

// ─── The agency returns the file (RefPrice 19) ───────────────────────────────────────────────────

export const RETURN_REASONS = ['missed_period', 'conflict', 'beyond_scope', 'materials', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const RETURN_REASON_NAMES: Readonly<Record<ReturnReason, Text>> = {
  missed_period: { zh: '逾期未出具评估报告', en: 'missed the report period' },
  conflict: { zh: '与当事人或标的有利害关系（回避）', en: 'a conflict of interest (recusal)' },
  beyond_scope: { zh: '超出评估资质或专业能力范围', en: 'beyond its licence or expertise' },
  materials: { zh: '评估材料不全或无法现场勘验', en: 'materials incomplete or no inspection possible' },
  other: { zh: '其他原因', en: 'another reason' },
};

export const RETURN_ACTION = 'valuation.agency_return';

export interface ReturnSubject {
  reason: ReturnReason;
  reportDueOn: LocalDate;
  today: LocalDate;
  stayed: boolean;
}

/** 退回委托: for missing the period only once the period (stays excluded) is over. */
export const AGENCY_RETURN: GuardRule<ReturnSubject> = {
  id: 'valuation.agency_return',
  clause: REFPRICE_19,
  action: RETURN_ACTION,
  check: ({ reason, reportDueOn, today, stayed }) => {
    if (reason !== 'missed_period') return null;
    if (stayed) return { zh: '评估期限暂停计算中，尚未逾期', en: 'the report period is stayed: not missed' };
    if (toEpochDay(today) <= toEpochDay(reportDueOn))
      return {
        zh: `评估期限至${reportDueOn}尚未届满，不能以逾期为由退回`,
        en: `the report period runs until ${reportDueOn}: not missed yet`,
      };
    return null;
  },
};

/** An agency that missed the period returns the file within 3 days of its end (RefPrice 19): late after. */
export function returnedLate(
  calendar: WorkingCalendar,
  reason: ReturnReason,
  reportDueOn: LocalDate,
  returnedOn: LocalDate,
): boolean {
  if (reason !== 'missed_period') return false;
  return toEpochDay(returnedOn) > toEpochDay(dueDate(calendar, reportDueOn, PERIODS.returnFileDays, 'days'));
}

/** The list a redraw draws from: the active agencies that have not had this file. */
export function redrawList(active: readonly string[], hadFile: readonly string[]): string[] {
  const had = new Set(hadFile);
  return [...new Set(active)].filter((code) => !had.has(code)).sort();
}

// ─── Stays of the report period (RefPrice 19: "stays excluded") ──────────────────────────────────

export const STAY_ACTION = 'valuation.stay';

export interface StaySubject {
  status: ValuationStatus;
  stayedSince: LocalDate | null;
  /** Ending a stay (resume) rather than starting one. */
  resume: boolean;
}

/** 暂停/恢复评估期限: only an appraisal's period, one stay at a time. */
export const STAY: GuardRule<StaySubject> = {
  id: 'valuation.stay',
  clause: REFPRICE_19,
  action: STAY_ACTION,
  check: ({ status, stayedSince, resume }) => {
    if (status !== 'appraising')
      return {
        zh: '只有委托评估期间的评估期限可以暂停',
        en: 'only an appraisal’s report period can be stayed',
      };
    if (!resume && stayedSince !== null)
      return { zh: `评估期限已自${stayedSince}起暂停`, en: `the period is stayed since ${stayedSince}` };
    if (resume && stayedSince === null) return { zh: '评估期限未暂停', en: 'the period is not stayed' };
    return null;
  },
};

/** The report's due date after a stay from `from` to `until`: the stayed days are added (not counted). */
export function dueAfterStay(
  calendar: WorkingCalendar,
  dueOn: LocalDate,
  from: LocalDate,
  until: LocalDate,
): LocalDate {
  const days = toEpochDay(until) - toEpochDay(from);
  return days > 0 ? dueDate(calendar, dueOn, days, 'days') : dueOn;
}

export const PROCEDURE_GUARDS = [REISSUE, AGENCY_RETURN, STAY] as const;

export const valuationProcedureRulebookPart: RulebookPart = { guards: [...PROCEDURE_GUARDS] };
