/**
 * The cases module's rules (执行案件: filing, assignment, the 6-month period, closing) as data for the
 * rulebook engine, plus the pure helpers they use. No I/O: today comes in as an argument.
 */
import { type Text, yuan } from '../../platform/i18n';
import {
  addCalendarDays,
  addCalendarMonths,
  compareLocalDates,
  type LocalDate,
  toEpochDay,
} from '../calendar/rules';
import type {
  CaseFacts,
  Clause,
  DeadlineRule,
  GuardRule,
  RulebookPart,
  TimelineFact,
  WarningRule,
} from '../compliance/rules';

// ─── Clauses (short names as in RULEBOOK's sources table) ─────────────────────────────────────────

/** 关于人民法院办理执行案件若干期限的规定, cited as a whole by its 文号. */
const PERIODS: Clause = { source: 'Periods', article: '法发〔2006〕35号' };
/** 关于执行案件立案、结案若干问题的意见, cited as a whole by its 文号. */
const FILE_CLOSE: Clause = { source: 'FileClose', article: '法发〔2014〕26号' };
const WORK_63: Clause = { source: 'Work', article: '63' };
const WORK_64: Clause = { source: 'Work', article: '64' };
const PROCEDURE_10: Clause = { source: 'Procedure', article: '10' };
const PROCEDURE_13: Clause = { source: 'Procedure', article: '13' };
const CPL_250: Clause = { source: 'CPL', article: '250', version: '2023' };
const CPL_268: Clause = { source: 'CPL', article: '268', version: '2023' };
const CPL_INTERP_480: Clause = { source: 'CPL-Interp', article: '480', version: '2022' };
const CPL_INTERP_481: Clause = { source: 'CPL-Interp', article: '481', version: '2022' };

// ─── Event types ──────────────────────────────────────────────────────────────────────────────────

/** The timeline events these rules read. */
export const CASE_EVENTS = {
  applicationReceived: 'application.received',
  filed: 'case.filed',
  assigned: 'case.assigned',
  noticeServed: 'notice.served',
  reportOrderServed: 'report_order.served',
  inquiryStarted: 'inquiry.started',
  inquiryAnswered: 'inquiry.answered',
  restrictionIssued: 'restriction.issued',
  interviewApplicant: 'interview.applicant',
  applicantAgreedDormant: 'applicant.agreed_dormant',
  panelApprovedDormant: 'panel.approved_dormant',
  applicantConfirmedPerformance: 'applicant.confirmed_performance',
  performanceRecorded: 'performance.recorded',
  closed: 'case.closed',
} as const;

/**
 * Nodes that are performance (履行), each with its `data.amount` in fen: paid to the applicant directly
 * (recorded by the officer), money deducted into the case's account (扣划, the asset register's
 * `asset.deducted`, counted when the institution confirms it), or money reaching the case's account
 * (`funds.received`: a transfer, money matched by hand, cash). The one place the case's 已履行 is
 * computed from.
 */
export const PERFORMANCE_EVENTS: readonly string[] = [
  CASE_EVENTS.performanceRecorded,
  'asset.deducted',
  'funds.received',
];

/** The bank's line for a deduction books money already counted at the deduction itself. */
function countedElsewhere(event: { type: string; data?: Record<string, unknown> | null }): boolean {
  return event.type === 'funds.received' && event.data?.source === 'deduction';
}

/** What these nodes bring to the case's performance, in fen. */
export function performedAmount(events: readonly { type: string; data?: Record<string, unknown> | null }[]) {
  let paid = 0;
  for (const event of events) {
    if (!PERFORMANCE_EVENTS.includes(event.type) || countedElsewhere(event)) continue;
    const amount = Number(event.data?.amount ?? 0);
    if (Number.isSafeInteger(amount) && amount > 0) paid += amount;
  }
  return paid;
}

function hasEvent(facts: CaseFacts, ...types: readonly string[]): boolean {
  return facts.events.some((event: TimelineFact) => types.includes(event.type));
}

// ─── Deadlines ────────────────────────────────────────────────────────────────────────────────────

/**
 * 立案后7日内确定承办人. Not satisfied by closing: no case may be handled, let alone closed, without
 * an officer, so a case closed unassigned has breached this rule and stays overdue.
 */
export const CASE_ASSIGN: DeadlineRule = {
  id: 'case.assign',
  clause: PERIODS,
  title: { zh: '立案后7日内确定承办人', en: 'Assign an officer within 7 days of filing' },
  trigger: CASE_EVENTS.filed,
  satisfiedBy: [CASE_EVENTS.assigned],
  period: { count: 7, unit: 'days' },
  action: 'warn',
};

/**
 * 承办人收案后3日内发出执行通知书 (with the 报告财产令 in a money case, Property 3), never later than 10
 * days after the application was received (CPL-Interp 480). The order is served with the notice, so the
 * notice's service satisfies the rule; the dormant-closing guard checks the order's own service.
 * Closing satisfies it: a case closed first (paid at once, application withdrawn) needs no notice.
 */
export const NOTICE_ISSUE: DeadlineRule = {
  id: 'notice.issue',
  clause: CPL_INTERP_480,
  see: [PERIODS],
  title: {
    zh: '承办人收案后3日内发出执行通知书和报告财产令（至迟收到申请后10日内）',
    en: 'Serve the execution notice and property-report order within 3 days of assignment (at most 10 days after the application)',
  },
  trigger: CASE_EVENTS.assigned,
  satisfiedBy: [CASE_EVENTS.noticeServed, CASE_EVENTS.closed],
  period: { count: 3, unit: 'days' },
  action: 'warn',
  latest: { trigger: CASE_EVENTS.applicationReceived, period: { count: 10, unit: 'days' } },
};

/**
 * 执行期限: concluded within 6 months of filing (审限). Publication, appraisal, jurisdiction disputes,
 * coordination, deferral (暂缓) and suspension (中止) do not count (pausable); the president may extend
 * (extendable). Closing is what concludes a case, whatever the method.
 */
export const CASE_CONCLUDE: DeadlineRule = {
  id: 'case.conclude',
  clause: WORK_63,
  see: [PROCEDURE_10, PROCEDURE_13, PERIODS],
  title: { zh: '立案之日起6个月内执结', en: 'Conclude the case within 6 months of filing' },
  trigger: CASE_EVENTS.filed,
  satisfiedBy: [CASE_EVENTS.closed],
  period: { count: 6, unit: 'months' },
  action: 'warn',
  pausable: true,
  extendable: true,
};

/** `inquiry.start` (network query within 5 working days) is the inquiry module's: inquiry/rules.ts. */
export const CASE_DEADLINES: readonly DeadlineRule[] = [CASE_ASSIGN, NOTICE_ISSUE, CASE_CONCLUDE];

// ─── Warnings ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The last day of the 2-year application period (申请执行期间), counted here from the day the basis
 * took effect: the same day 2 years later (29 Feb → 28 Feb).
 */
export function limitationEndsOn(basisEffectiveOn: LocalDate): LocalDate {
  return addCalendarMonths(basisEffectiveOn, 24);
}

/**
 * 申请执行时效: an application more than 2 years late is still filed, but the debtor may object
 * (CPL-Interp 481), so the officer is warned. A warning, not a refusal: the period can have been
 * interrupted or suspended, which only the parties can show.
 */
export const CASE_LIMITATION: WarningRule = {
  id: 'case.limitation',
  clause: CPL_250,
  see: [CPL_INTERP_481],
  title: { zh: '申请执行时效已过', en: 'Application after the 2-year period' },
  level: 'warn',
  check: (facts) => {
    const endsOn = limitationEndsOn(facts.basisEffectiveOn);
    if (compareLocalDates(facts.filedOn, endsOn) <= 0) return null;
    return {
      zh:
        `申请执行时效已过，被执行人可以提出异议：执行依据于${facts.basisEffectiveOn}生效，` +
        `两年期间于${endsOn}届满，${facts.filedOn}立案`,
      en:
        `Filed with a limitation warning, the debtor may object: the basis took effect ` +
        `on ${facts.basisEffectiveOn}, the 2 years ended on ${endsOn}, filed on ${facts.filedOn}`,
    };
  },
};

// ─── Guards: extension of the 6-month period ──────────────────────────────────────────────────────

/** The action of asking the president to extend the 6-month period. */
export const EXTENSION_REQUEST_ACTION = 'case.extension.request';
/** An extension is asked for at least this many days before the period expires (Work 63; Periods). */
export const EXTENSION_NOTICE_DAYS = 5;

/** `dueOn`: the current due date of `case.conclude` (pauses and earlier extensions included), if any. */
export interface ExtensionSubject {
  facts: CaseFacts;
  today: LocalDate;
  dueOn: LocalDate | null;
}

/** The last day on which an extension of a period due on `dueOn` may be asked for. */
export function lastDayToRequestExtension(dueOn: LocalDate): LocalDate {
  return addCalendarDays(dueOn, -EXTENSION_NOTICE_DAYS);
}

export const EXTENSION_TIMING: GuardRule<ExtensionSubject> = {
  id: 'case.extension.timing',
  clause: WORK_63,
  see: [PERIODS],
  action: EXTENSION_REQUEST_ACTION,
  check: ({ today, dueOn }) => {
    if (dueOn === null) {
      return { zh: '没有正在计算的六个月执行期限，无需延长', en: 'No 6-month period is running to extend' };
    }
    const lastDay = lastDayToRequestExtension(dueOn);
    if (compareLocalDates(today, lastDay) <= 0) return null;
    const left = toEpochDay(dueOn) - toEpochDay(today);
    return {
      zh:
        `延长执行期限应在期限届满${EXTENSION_NOTICE_DAYS}日前申请：期限${dueOn}届满，最迟${lastDay}申请；` +
        (left < 0 ? `期限已届满${-left}日` : `尚余${left}日`),
      en:
        `An extension is asked for at least ${EXTENSION_NOTICE_DAYS} days before the period ` +
        `expires on ${dueOn}, so by ${lastDay}; ${left < 0 ? `it expired ${-left} days ago` : `${left} days are left`}`,
    };
  },
};

export const EXTENSION_GUARDS: readonly GuardRule<ExtensionSubject>[] = [EXTENSION_TIMING];

// ─── Guards: closing (结案方式, Work 64; FileClose) ──────────────────────────────────────────────

export const CLOSING_METHODS = [
  { id: 'fully_performed', zh: '执行完毕', en: 'Fully performed' },
  { id: 'dormant', zh: '终结本次执行程序', en: 'Closed for lack of assets (dormant)' },
  { id: 'terminated', zh: '终结执行', en: 'Enforcement terminated' },
  { id: 'withdrawn', zh: '销案', en: 'Case cancelled' },
  { id: 'not_enforced', zh: '不予执行', en: 'Not enforced' },
  { id: 'rejected', zh: '驳回申请', en: 'Application rejected' },
] as const;

export type ClosingMethodId = (typeof CLOSING_METHODS)[number]['id'];

export function isClosingMethod(value: string): value is ClosingMethodId {
  return CLOSING_METHODS.some((method) => method.id === value);
}

/** The guard action of closing by `method`, e.g. `case.close:dormant`. */
/**
 * Who let a case close for lack of property (CPL-Interp 517): the applicant's signed agreement, else a
 * collegial panel's review with the president's approval. The closing check refuses a case with neither.
 */
export function dormantApprovalOf(events: readonly { type: string }[]): 'applicant' | 'panel' {
  return events.some((event) => event.type === CASE_EVENTS.applicantAgreedDormant) ? 'applicant' : 'panel';
}

export function closeAction(method: ClosingMethodId): string {
  return `case.close:${method}`;
}

/** 终结执行的情形 (CPL 2023 art. 268), in the article's order. */
export const TERMINATION_GROUNDS = [
  {
    id: 'application_withdrawn',
    item: 1,
    zh: '申请人撤销申请的',
    en: 'The applicant withdrew the application',
  },
  {
    id: 'basis_revoked',
    item: 2,
    zh: '据以执行的法律文书被撤销的',
    en: 'The legal document enforced has been revoked',
  },
  {
    id: 'debtor_died_no_estate',
    item: 3,
    zh: '作为被执行人的公民死亡，无遗产可供执行，又无义务承担人的',
    en: 'The debtor, a natural person, died leaving no estate to enforce and no one bound to perform',
  },
  {
    id: 'support_creditor_died',
    item: 4,
    zh: '追索赡养费、扶养费、抚养费案件的权利人死亡的',
    en: 'The creditor of a maintenance or support claim died',
  },
  {
    id: 'debtor_destitute',
    item: 5,
    zh: '作为被执行人的公民因生活困难无力偿还借款，无收入来源，又丧失劳动能力的',
    en: 'The debtor, a natural person in hardship, cannot repay a loan, has no income and cannot work',
  },
  {
    id: 'other',
    item: 6,
    zh: '人民法院认为应当终结执行的其他情形',
    en: 'Another circumstance in which the court finds enforcement should end',
  },
] as const;

export type TerminationGroundId = (typeof TERMINATION_GROUNDS)[number]['id'];

export function isTerminationGround(value: string): value is TerminationGroundId {
  return TERMINATION_GROUNDS.some((ground) => ground.id === value);
}

export interface CloseSubject {
  facts: CaseFacts;
  method: ClosingMethodId;
  /** Amount paid so far, in fen. */
  paidAmount: number;
  /** 终结执行: a TERMINATION_GROUNDS id. */
  ground?: string;
  reason?: string;
  today: LocalDate;
}

/** 终本 only after more than 3 months since filing: the first day it is allowed. */
export function dormantAllowedFrom(filedOn: LocalDate): LocalDate {
  // "超过三个月" is a condition on elapsed time, not a party's period: no rest-day roll-forward.
  return addCalendarDays(addCalendarMonths(filedOn, 3), 1);
}

function hasReason(reason: string | undefined): boolean {
  return reason !== undefined && reason.trim() !== '';
}

type CloseGuard = GuardRule<CloseSubject>;

/** A guard of one closing method. */
function closeGuard(
  id: string,
  method: ClosingMethodId,
  clause: Clause,
  check: (subject: CloseSubject) => Text | null,
  see?: readonly Clause[],
): CloseGuard {
  return see
    ? { id, clause, see, action: closeAction(method), check }
    : { id, clause, action: closeAction(method), check };
}

/** 执行完毕: the whole claim paid, or the applicant confirms performance (e.g. paid to him directly). */
const FULLY_PERFORMED = closeGuard(
  'case.close.fully_performed',
  'fully_performed',
  WORK_64,
  (subject) =>
    subject.paidAmount >= subject.facts.claimAmount ||
    hasEvent(subject.facts, CASE_EVENTS.applicantConfirmedPerformance)
      ? null
      : {
          zh:
            `执行完毕须全部履行（已履行${yuan(subject.paidAmount)}，申请标的${yuan(subject.facts.claimAmount)}）` +
            '或申请执行人确认已履行',
          en:
            `Fully performed needs the whole claim paid (${yuan(subject.paidAmount)} of ` +
            `${yuan(subject.facts.claimAmount)}) or the applicant's confirmation of performance`,
        },
  [FILE_CLOSE],
);

/** 终本's conditions are the dormant module's (dormant/rules.ts DORMANT_CONDITIONS), one list for the
 * checklist and the guards. */

/** 终结执行 only on a ground of CPL art. 268; the catch-all item 6 must say why. */
const TERMINATED_GUARDS: readonly CloseGuard[] = [
  closeGuard('case.close.terminated.ground', 'terminated', CPL_268, ({ ground }) =>
    ground !== undefined && isTerminationGround(ground)
      ? null
      : {
          zh: `终结执行须有民事诉讼法第268条规定的情形之一：${TERMINATION_GROUNDS.map((g) => g.zh).join('、')}`,
          en: `Termination needs a ground of CPL art. 268: one of ${TERMINATION_GROUNDS.map((g) => g.id).join(', ')}`,
        },
  ),
  closeGuard('case.close.terminated.other_reason', 'terminated', CPL_268, ({ ground, reason }) =>
    ground !== 'other' || hasReason(reason)
      ? null
      : {
          zh: '以"其他情形"终结执行的，须写明理由',
          en: 'Termination on "another circumstance" needs the reason stated',
        },
  ),
];

/** 销案, 不予执行, 驳回申请: the ruling or decision must state its reason. */
function reasonGuard(method: 'withdrawn' | 'not_enforced' | 'rejected'): CloseGuard {
  const name = CLOSING_METHODS.find((m) => m.id === method) ?? { zh: method, en: method };
  return closeGuard(
    `case.close.${method}.reason`,
    method,
    FILE_CLOSE,
    ({ reason }) =>
      hasReason(reason) ? null : { zh: `${name.zh}须写明理由`, en: `${name.en} needs a reason` },
    [WORK_64],
  );
}

export const CLOSE_GUARDS: readonly CloseGuard[] = [
  FULLY_PERFORMED,
  ...TERMINATED_GUARDS,
  reasonGuard('withdrawn'),
  reasonGuard('not_enforced'),
  reasonGuard('rejected'),
];

// ─── The module's part of the rulebook ────────────────────────────────────────────────────────────

export const casesRulebookPart: RulebookPart = {
  deadlines: CASE_DEADLINES,
  warnings: [CASE_LIMITATION],
  guards: [...EXTENSION_GUARDS, ...CLOSE_GUARDS],
};
