/**
 * 确定财产处置参考价 (RefPrice; Opinion-2021 16–17): the methods in their legal order, their periods,
 * the reference price of an online inquiry, the verifiable draw of appraisal agencies, objections,
 * validity, the fee platform, and the rulebook entries (deadlines and guards). Pure: no I/O, no clock —
 * today and now come in as arguments.
 */
import { createHash } from 'node:crypto';
import type { Text } from '../../platform/i18n';
import { yuan } from '../../platform/i18n';
import {
  addCalendarDays,
  addCalendarMonths,
  compareLocalDates,
  dueDate,
  type LocalDate,
  toEpochDay,
  type WorkingCalendar,
} from '../calendar/rules';
import { CASE_EVENTS } from '../cases/rules';
import type {
  CaseFacts,
  Clause,
  DeadlineRule,
  GuardRule,
  RulebookPart,
  WarningRule,
} from '../compliance/rules';

// ─── Clauses ──────────────────────────────────────────────────────────────────────────────────────

const refPrice = (article: string): Clause => ({ source: 'RefPrice', article });
export const REFPRICE_2 = refPrice('2');
export const REFPRICE_10_13 = refPrice('10–13');
export const REFPRICE_16 = refPrice('16');
export const REFPRICE_19 = refPrice('19');
export const REFPRICE_21 = refPrice('21');
export const REFPRICE_22_23 = refPrice('22–23');
export const REFPRICE_24 = refPrice('24');
export const REFPRICE_27 = refPrice('27');
export const REFPRICE_31 = refPrice('31');
export const OPINION_16: Clause = { source: 'Opinion-2021', article: '16' };
export const OPINION_17: Clause = { source: 'Opinion-2021', article: '17' };

// ─── Methods and states ───────────────────────────────────────────────────────────────────────────

/** In their legal order (RefPrice 2): agreement, then targeted or online inquiry, then appraisal. */
export const VALUATION_METHODS = ['agreement', 'targeted_inquiry', 'online_inquiry', 'appraisal'] as const;
export type ValuationMethod = (typeof VALUATION_METHODS)[number];

export const METHOD_NAMES: Readonly<Record<ValuationMethod, Text>> = {
  agreement: { zh: '当事人议价', en: 'Agreement of the parties' },
  targeted_inquiry: { zh: '定向询价', en: 'Targeted inquiry' },
  online_inquiry: { zh: '网络询价', en: 'Online inquiry' },
  appraisal: { zh: '委托评估', en: 'Appraisal by an agency' },
};

/** The legal rank of a method: agreement 0, the two inquiries 1, appraisal 2. */
export function methodRank(method: ValuationMethod): number {
  return method === 'agreement' ? 0 : method === 'appraisal' ? 2 : 1;
}

export const VALUATION_STATUSES = [
  'inquiring', // 询价中: online inquiry waiting for the platforms
  'appraising', // 评估中: an agency is working on the report
  'priced', // 已确定参考价
  'failed', // 无结果: no platform reported, even after the extension — appraisal follows
  'superseded', // 已被新的询价评估取代
] as const;
export type ValuationStatus = (typeof VALUATION_STATUSES)[number];

export const STATUS_NAMES: Readonly<Record<ValuationStatus, Text>> = {
  inquiring: { zh: '询价中', en: 'Inquiring' },
  appraising: { zh: '评估中', en: 'Appraising' },
  priced: { zh: '已确定参考价', en: 'Priced' },
  failed: { zh: '无询价结果', en: 'No result' },
  superseded: { zh: '已被取代', en: 'Superseded' },
};

// ─── The numbers ──────────────────────────────────────────────────────────────────────────────────

export const PERIODS = {
  /** Start determining the price within 30 days of seizing property to be sold (Opinion-2021 16). */
  startDays: 30,
  /** Start the sale within 10 days of the price (Opinion-2021 16). */
  saleStartDays: 10,
  /** Online inquiry: each platform reports within 3 days; one extension of 3 days if none did (RefPrice 12). */
  onlineReportDays: 3,
  onlineExtensionDays: 3,
  /** Appraisal: agencies drawn (RefPrice 16); report within 30 days (RefPrice 19). */
  agencies: 3,
  appraisalReportDays: 30,
  /** Extension asked at least 5 days before expiry, at most twice, 15 days each (RefPrice 19). */
  appraisalExtensionDays: 15,
  appraisalExtensionsMax: 2,
  appraisalExtensionNoticeDays: 5,
  /** An agency that misses the period returns the file within 3 days (RefPrice 19). */
  returnFileDays: 3,
  /** The court forwards a report within 3 days; publication deemed received after 15 (RefPrice 21). */
  forwardDays: 3,
  publicationDays: 15,
  /** Objections within 5 days of receipt (RefPrice 22). */
  objectionDays: 5,
  /** Substantive objections to the agency within 3 days; its answer within 5 (RefPrice 23). */
  objectionToAgencyDays: 3,
  agencyAnswerDays: 5,
  /** Valid 1 year; a sale started within it may close up to 6 months after (RefPrice 27). */
  validityMonths: 12,
  closeAfterValidityMonths: 6,
  /** A new price: within 3 days by a platform, 15 days by an agency (RefPrice 27). */
  reissuePlatformDays: 3,
  reissueAgencyDays: 15,
  /** The debtor's own sale: at most 90 days (Opinion-2021 17). */
  ownSaleDays: 90,
} as const;

const DAY_MS = 86_400_000;

/** The last day a price set on `determinedOn` is valid: one year (RefPrice 27), the same day a year on. */
export function validUntil(determinedOn: LocalDate): LocalDate {
  return addCalendarMonths(determinedOn, PERIODS.validityMonths);
}

/** A sale started within the validity may close up to 6 months after it ends (RefPrice 27). */
export function latestClose(validUntilDay: LocalDate): LocalDate {
  return addCalendarMonths(validUntilDay, PERIODS.closeAfterValidityMonths);
}

/** Whether a price is still valid on `today`. */
export function isValid(price: { validUntil: LocalDate }, today: LocalDate): boolean {
  return compareLocalDates(today, price.validUntil) <= 0;
}

/** The end of the platforms' reporting period: 3 days (in clock time) from sending, plus an extension. */
export function onlineDueAt(sentAt: Date, extended: boolean): Date {
  const days = PERIODS.onlineReportDays + (extended ? PERIODS.onlineExtensionDays : 0);
  return new Date(sentAt.getTime() + days * DAY_MS);
}

/**
 * Last day to object: 5 days from receipt (RefPrice 22); served by publication, received when the 15
 * days of publication end (RefPrice 21). Periods in days: a last day on a rest day moves to the next
 * working day (RULEBOOK › Counting time).
 */
export function objectionUntil(
  calendar: WorkingCalendar,
  servedOn: LocalDate,
  byPublication: boolean,
): LocalDate {
  const received = byPublication ? dueDate(calendar, servedOn, PERIODS.publicationDays, 'days') : servedOn;
  return dueDate(calendar, received, PERIODS.objectionDays, 'days');
}

/** An appraisal report's due date: 30 days from the commission (RefPrice 19). */
export function reportDueOn(calendar: WorkingCalendar, commissionedOn: LocalDate): LocalDate {
  return dueDate(calendar, commissionedOn, PERIODS.appraisalReportDays, 'days');
}

/** The due date after one more extension: 15 days on from the current one (RefPrice 19). */
export function extendedDueOn(calendar: WorkingCalendar, dueOn: LocalDate): LocalDate {
  return dueDate(calendar, dueOn, PERIODS.appraisalExtensionDays, 'days');
}

/** Why an appraisal extension cannot be granted on `today`, or null (RefPrice 19). */
export function extensionRefusal(dueOn: LocalDate, extensions: number, today: LocalDate): Text | null {
  if (extensions >= PERIODS.appraisalExtensionsMax)
    return { zh: '评估期限至多延长两次', en: 'the report period may be extended at most twice' };
  if (toEpochDay(dueOn) - toEpochDay(today) < PERIODS.appraisalExtensionNoticeDays)
    return {
      zh: `延期申请应在期限届满${PERIODS.appraisalExtensionNoticeDays}日前提出（期限${dueOn}届满）`,
      en: `an extension must be asked at least ${PERIODS.appraisalExtensionNoticeDays} days before the period ends (${dueOn})`,
    };
  return null;
}

// ─── Online inquiry: results and the reference price ─────────────────────────────────────────────

export type ResultStatus = 'waiting' | 'priced' | 'declined' | 'late' | 'objected';

export interface PlatformResult {
  platform: string;
  status: ResultStatus;
  price: number | null;
  deliveredAt: Date | null;
}

/**
 * The reference price: the arithmetic mean of the prices delivered in time, leaving out those objected
 * to (RefPrice 13), rounded half up to the fen; null when there is none.
 */
export function referenceMean(results: readonly Pick<PlatformResult, 'status' | 'price'>[]): number | null {
  const prices = results
    .filter((r) => r.status === 'priced' && r.price !== null)
    .map((r) => r.price as number);
  if (prices.length === 0) return null;
  const sum = prices.reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + prices.length) / (2 * prices.length));
}

/** Whether a report delivered at `at` is in time. */
export function inTime(at: Date, dueAt: Date): boolean {
  return at.getTime() <= dueAt.getTime();
}

export type OnlineOutcome =
  | { kind: 'wait' }
  | { kind: 'priced'; amount: number }
  | { kind: 'extend'; dueAt: Date }
  | { kind: 'failed' };

/**
 * What an online inquiry does now (RefPrice 12): once every platform answered, or the period ended,
 * the mean of the prices in time; if the period ended and no platform reported at all, one extension
 * of 3 days; after it, with still nothing, no result — appraisal follows. Platforms that declined
 * ("cannot price") answered without a price: if all declined, there is no result either.
 */
export function onlineOutcome(
  results: readonly PlatformResult[],
  sentAt: Date,
  extended: boolean,
  now: Date,
): OnlineOutcome {
  const dueAt = onlineDueAt(sentAt, extended);
  const answered = results.every((r) => r.status !== 'waiting');
  const over = now.getTime() > dueAt.getTime();
  if (!answered && !over) return { kind: 'wait' };
  const amount = referenceMean(results);
  if (amount !== null) return { kind: 'priced', amount };
  const anyReported = results.some((r) => r.status === 'priced' || r.status === 'declined');
  if (!extended && !anyReported) return { kind: 'extend', dueAt: onlineDueAt(sentAt, true) };
  return { kind: 'failed' };
}

// ─── The fee platform (RefPrice 31) ─────────────────────────────────────────────────────────────

/**
 * The platform whose figure is closest to the final sale price earns the fee (RefPrice 31). A tie goes
 * to the earlier report, then to the platform code (so the answer is the same everywhere).
 */
export function feePlatform(
  results: readonly Pick<PlatformResult, 'platform' | 'status' | 'price' | 'deliveredAt'>[],
  salePrice: number,
): string | null {
  const priced = results.filter((r) => r.status === 'priced' && r.price !== null);
  priced.sort(
    (a, b) =>
      Math.abs((a.price as number) - salePrice) - Math.abs((b.price as number) - salePrice) ||
      (a.deliveredAt?.getTime() ?? 0) - (b.deliveredAt?.getTime() ?? 0) ||
      a.platform.localeCompare(b.platform),
  );
  return priced[0]?.platform ?? null;
}

// ─── The draw (摇号, RefPrice 16) ────────────────────────────────────────────────────────────────

export const DRAW_ALGORITHM = 'sha256-rank-v1';

/**
 * The draw, recomputable by anyone: each agency code on the list is ranked by the hexadecimal
 * SHA-256 of `seed + "\n" + code` (UTF-8), ascending, ties by code; the first `count` are drawn, in
 * that order (the order in which they take over). Neither the list's order nor anything secret
 * matters, so anyone with the seed and the list gets the same result.
 */
export function draw(seed: string, list: readonly string[], count: number = PERIODS.agencies): string[] {
  const unique = [...new Set(list)];
  return unique
    .map((code) => ({ code, key: createHash('sha256').update(`${seed}\n${code}`, 'utf8').digest('hex') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.code < b.code ? -1 : 1))
    .slice(0, count)
    .map((entry) => entry.code);
}

// ─── Events ─────────────────────────────────────────────────────────────────────────────────────

export const VALUATION_EVENTS = {
  started: 'valuation.started',
  priced: 'valuation.priced',
  failed: 'valuation.failed',
  /** A platform's or an agency's result is in (online inquiry, appraisal): to be forwarded to the parties. */
  reported: 'valuation.reported',
  served: 'valuation.served',
  /** An appraisal's report period set, extended, or restarted with the next agency: data `reportDueOn`. */
  reportPeriod: 'valuation.report_period',
  objected: 'valuation.objected',
  /** A substantive objection to an appraisal sent to the agency, and the agency's answer (RefPrice 23). */
  objectionForwarded: 'valuation.objection_forwarded',
  objectionAnswered: 'valuation.objection_answered',
  /** The report period stayed (RefPrice 19: 暂停计算) and resumed; data `valuationId`. */
  stayed: 'valuation.stayed',
  resumed: 'valuation.resumed',
  ownSaleAllowed: 'valuation.own_sale_allowed',
  ownSaleEnded: 'valuation.own_sale_ended',
  /** Emitted by the auction module when a sale of the asset is created. */
  auctionCreated: 'auction.created',
} as const;

// ─── Guards ─────────────────────────────────────────────────────────────────────────────────────

export const START_ACTION = 'valuation.start';

export interface StartSubject {
  method: ValuationMethod;
  /** The methods already tried on the asset without a price (failed), and whether parties agreed to skip ahead. */
  earlier: readonly ValuationMethod[];
  skipAgreed: boolean;
  /** Targeted inquiry: the property has a tax base, government-set or guided price. */
  hasOfficialPrice: boolean;
  /** Online inquiry: no on-site inspection is needed. */
  needsInspection: boolean;
  /** Appraisal: a law requires it, or both parties ask. */
  appraisalRequired: boolean;
  /** A procedure still running on the asset. */
  running: boolean;
}

/**
 * 参考价确定方式的顺序 (RefPrice 2–9): agreement first; targeted inquiry only for property with an
 * official price, online inquiry only without on-site inspection; appraisal only after the inquiries
 * gave nothing, unless a law requires it, both parties ask, or the parties agreed to skip ahead.
 */
export const METHOD_ORDER: GuardRule<StartSubject> = {
  id: 'valuation.method_order',
  clause: REFPRICE_2,
  action: START_ACTION,
  check: (s) => {
    if (s.running)
      return {
        zh: '该财产正在询价或评估中，结束后才能另行确定参考价',
        en: 'a price procedure on this asset is still running',
      };
    if (s.method === 'targeted_inquiry' && !s.hasOfficialPrice)
      return {
        zh: '定向询价仅适用于有计税基准价、政府定价或政府指导价的财产',
        en: 'targeted inquiry is only for property with a tax base price or a government-set or guided price',
      };
    if (s.method === 'online_inquiry' && s.needsInspection)
      return {
        zh: '需要现场勘验的财产不适用网络询价',
        en: 'online inquiry is only for property that needs no on-site inspection',
      };
    if (s.method === 'appraisal' && !s.appraisalRequired && !s.skipAgreed) {
      const inquired = s.earlier.some((m) => m === 'online_inquiry' || m === 'targeted_inquiry');
      if (!inquired)
        return {
          zh: '委托评估须在询价无结果之后，除非法律规定必须评估、双方当事人要求评估或当事人同意',
          en: 'appraisal comes after an inquiry without result, unless a law requires it, both parties ask, or the parties agree',
        };
    }
    return null;
  },
};

export const OBJECTION_ACTION = 'valuation.objection';

export interface ObjectionSubject {
  method: ValuationMethod;
  objectionUntil: LocalDate | null;
  today: LocalDate;
}

/** 异议期 (RefPrice 22, 24): within 5 days of receipt; none against an agreed or targeted price. */
export const OBJECTION: GuardRule<ObjectionSubject> = {
  id: 'valuation.objection',
  clause: REFPRICE_22_23,
  see: [REFPRICE_24, REFPRICE_21],
  action: OBJECTION_ACTION,
  check: ({ method, objectionUntil: until, today }) => {
    if (method === 'agreement' || method === 'targeted_inquiry')
      return {
        zh: `对${METHOD_NAMES[method].zh}确定的参考价不得提出异议`,
        en: `no objection lies against a price set by ${METHOD_NAMES[method].en.toLowerCase()}`,
      };
    if (until === null)
      return {
        zh: '结果尚未送达当事人，异议期尚未开始',
        en: 'the result has not been served: no objection period yet',
      };
    if (compareLocalDates(today, until) > 0)
      return {
        zh: `异议期已于${until}届满（收到后5日内）`,
        en: `the objection period ended on ${until} (5 days from receipt)`,
      };
    return null;
  },
};

export const USE_ACTION = 'valuation.use';

export interface UseSubject {
  price: { amount: number; validUntil: LocalDate } | null;
  today: LocalDate;
  /** The day the sale closes (its round's end, Beijing date), when known: checked by `SALE_CLOSE`. */
  closesOn?: LocalDate;
}

/** 参考价有效期 (RefPrice 27): a sale starts on a price set within the last year. */
export const VALIDITY: GuardRule<UseSubject> = {
  id: 'valuation.validity',
  clause: REFPRICE_27,
  action: USE_ACTION,
  check: ({ price, today }) => {
    if (price === null) return { zh: '该财产尚无参考价', en: 'the asset has no reference price' };
    if (isValid(price, today)) return null;
    return {
      zh: `参考价${yuan(price.amount)}已于${price.validUntil}超过一年有效期，应重新确定参考价`,
      en: `the reference price ${yuan(price.amount)} expired on ${price.validUntil} (valid 1 year): set a new one`,
    };
  },
};

/**
 * 参考价有效期 (RefPrice 27): a first auction or sale started within the price's year may close at most
 * 6 months after the year ends (`latestClose`); a round closing later needs a new price. Judged only
 * when the subject names the day the sale closes (the start within the year is `VALIDITY`'s).
 */
export const SALE_CLOSE: GuardRule<UseSubject> = {
  id: 'valuation.sale_close',
  clause: REFPRICE_27,
  action: USE_ACTION,
  check: ({ price, closesOn }) => {
    if (price === null || closesOn === undefined) return null;
    const last = latestClose(price.validUntil);
    if (compareLocalDates(closesOn, last) <= 0) return null;
    return {
      zh: `参考价${yuan(price.amount)}有效期至${price.validUntil}，拍卖、变卖最迟应于${last}终结（有效期届满后6个月），${closesOn}终结应重新确定参考价`,
      en: `the reference price ${yuan(price.amount)} was valid until ${price.validUntil}: a sale on it closes by ${last} (6 months after), not on ${closesOn} — set a new one`,
    };
  },
};

export const OWN_SALE_ACTION = 'valuation.own_sale';

export interface OwnSaleSubject {
  from: LocalDate;
  until: LocalDate;
  hasPrice: boolean;
}

/** 自行变卖 (Opinion-2021 17): at most 90 days, on a reference price the debtor finds too low. */
export const OWN_SALE: GuardRule<OwnSaleSubject> = {
  id: 'valuation.own_sale',
  clause: OPINION_17,
  action: OWN_SALE_ACTION,
  check: ({ from, until, hasPrice }) => {
    if (!hasPrice)
      return { zh: '自行变卖须在确定参考价之后', en: 'the debtor’s own sale follows a reference price' };
    const days = toEpochDay(until) - toEpochDay(from);
    if (days >= 1 && days <= PERIODS.ownSaleDays) return null;
    return {
      zh: `被执行人自行变卖期限最长${PERIODS.ownSaleDays}日：自${from}起最迟至${addCalendarDays(from, PERIODS.ownSaleDays)}`,
      en: `the debtor’s own sale lasts at most ${PERIODS.ownSaleDays} days: from ${from} until ${addCalendarDays(from, PERIODS.ownSaleDays)} at the latest`,
    };
  },
};

export const EXTENSION_ACTION = 'valuation.report_extension';

export interface ExtensionSubject {
  dueOn: LocalDate;
  extensions: number;
  today: LocalDate;
}

/** 评估期限延长 (RefPrice 19): asked at least 5 days before the period ends, at most twice, 15 days each. */
export const REPORT_EXTENSION: GuardRule<ExtensionSubject> = {
  id: 'valuation.report_extension',
  clause: REFPRICE_19,
  action: EXTENSION_ACTION,
  check: ({ dueOn, extensions, today }) => extensionRefusal(dueOn, extensions, today),
};

export const VALUATION_GUARDS = [
  METHOD_ORDER,
  OBJECTION,
  VALIDITY,
  SALE_CLOSE,
  OWN_SALE,
  REPORT_EXTENSION,
] as const;

// ─── Deadlines ──────────────────────────────────────────────────────────────────────────────────

/** 启动询价评估: within 30 days of seizing property that will be sold (Opinion-2021 16). */
export const VALUATION_START: DeadlineRule = {
  id: 'valuation.start',
  clause: OPINION_16,
  see: [REFPRICE_2],
  title: {
    zh: '查封拟处置财产后30日内启动确定参考价程序',
    en: 'Start setting the reference price within 30 days of seizing property to be sold',
  },
  trigger: 'asset.controlled',
  triggerWhen: { state: 'seized' },
  satisfiedBy: [VALUATION_EVENTS.started, CASE_EVENTS.closed],
  period: { count: PERIODS.startDays, unit: 'days' },
  instanceKey: 'assetId',
  action: 'warn',
};

/** 启动拍卖: within 10 days of the reference price (Opinion-2021 16); the debtor's own sale stops it. */
export const AUCTION_START: DeadlineRule = {
  id: 'auction.start',
  clause: OPINION_16,
  title: {
    zh: '确定参考价后10日内启动变价程序',
    en: 'Start the sale within 10 days of the reference price',
  },
  trigger: VALUATION_EVENTS.priced,
  satisfiedBy: [VALUATION_EVENTS.auctionCreated, VALUATION_EVENTS.ownSaleAllowed, CASE_EVENTS.closed],
  period: { count: PERIODS.saleStartDays, unit: 'days' },
  instanceKey: 'assetId',
  action: 'warn',
};

/** 自行变卖期限: the debtor's own sale ends within 90 days (Opinion-2021 17). */
export const OWN_SALE_PERIOD: DeadlineRule = {
  id: 'valuation.own_sale_period',
  clause: OPINION_17,
  title: { zh: '被执行人自行变卖最长90日', en: 'The debtor’s own sale lasts at most 90 days' },
  trigger: VALUATION_EVENTS.ownSaleAllowed,
  satisfiedBy: [VALUATION_EVENTS.ownSaleEnded, CASE_EVENTS.closed],
  period: { count: PERIODS.ownSaleDays, unit: 'days' },
  instanceKey: 'assetId',
  action: 'warn',
};

/** 送达结果: the court forwards an inquiry or appraisal result to the parties within 3 days (RefPrice 21). */
export const VALUATION_FORWARD: DeadlineRule = {
  id: 'valuation.forward',
  clause: REFPRICE_21,
  title: {
    zh: '收到询价、评估结果后3日内发送当事人',
    en: 'Forward the inquiry or appraisal result to the parties within 3 days',
  },
  trigger: VALUATION_EVENTS.reported,
  satisfiedBy: [VALUATION_EVENTS.served, CASE_EVENTS.closed],
  period: { count: PERIODS.forwardDays, unit: 'days' },
  instanceKey: 'valuationId',
  action: 'warn',
};

/**
 * Each running appraisal's report due date, from the timeline: null once priced or ended, and while
 * its period is stayed (no day runs). A resumed stay extends the due date by the days it lasted; the
 * period event the resumption records (rolled past a rest day by the calendar) then supersedes it.
 */
export function appraisalsDue(events: CaseFacts['events']): Map<string, LocalDate | null> {
  const due = new Map<string, LocalDate | null>();
  const stays = new Map<string, { dueOn: LocalDate; from: LocalDate }>();
  for (const event of events) {
    const id = event.data?.valuationId;
    if (typeof id !== 'string') continue;
    const dueOn = due.get(id);
    if (event.type === VALUATION_EVENTS.reportPeriod && typeof event.data?.reportDueOn === 'string') {
      due.set(id, event.data.reportDueOn);
      stays.delete(id);
    } else if (event.type === VALUATION_EVENTS.stayed && dueOn) {
      stays.set(id, { dueOn, from: event.on });
      due.set(id, null);
    } else if (event.type === VALUATION_EVENTS.resumed && stays.has(id)) {
      const stay = stays.get(id) as { dueOn: LocalDate; from: LocalDate };
      const days = Math.max(0, toEpochDay(event.on) - toEpochDay(stay.from));
      due.set(id, addCalendarDays(stay.dueOn, days));
      stays.delete(id);
    } else if (
      due.has(id) &&
      (event.type === VALUATION_EVENTS.priced || event.type === VALUATION_EVENTS.failed)
    ) {
      due.set(id, null);
      stays.delete(id);
    }
  }
  return due;
}

/**
 * 评估期限 (RefPrice 19): an agency's report due within 5 days (the last day to ask for an extension)
 * or overdue — then it returns the file within 3 days and the next agency takes over.
 */
export const APPRAISAL_REPORT: WarningRule = {
  id: 'valuation.report_due',
  clause: REFPRICE_19,
  title: { zh: '评估报告期限即将届满或已逾期', en: 'An appraisal report is due soon or overdue' },
  level: 'warn',
  check: (facts, today) => {
    const zh: string[] = [];
    const en: string[] = [];
    for (const dueOn of appraisalsDue(facts.events).values()) {
      if (dueOn === null) continue;
      const left = toEpochDay(dueOn) - toEpochDay(today);
      if (left > PERIODS.appraisalExtensionNoticeDays) continue;
      if (left < 0) {
        zh.push(`评估报告已于${dueOn}逾期，评估机构应在3日内退回材料，由下一顺序机构评估`);
        en.push(
          `the report was due on ${dueOn}: the agency returns the file within 3 days and the next one takes over`,
        );
      } else {
        zh.push(`评估报告${dueOn}届满（余${left}日），如需延期应在届满5日前申请`);
        en.push(`the report is due on ${dueOn} (${left} days): an extension is asked at least 5 days before`);
      }
    }
    return zh.length === 0 ? null : { zh: zh.join('；'), en: en.join('; ') };
  },
};

/** 实体异议转交评估机构: a substantive objection to an appraisal goes to the agency within 3 days (RefPrice 23). */
export const OBJECTION_TO_AGENCY: DeadlineRule = {
  id: 'valuation.objection_to_agency',
  clause: REFPRICE_22_23,
  title: {
    zh: '对评估报告的实体异议3日内交评估机构',
    en: 'Send a substantive objection to the appraisal agency within 3 days',
  },
  trigger: VALUATION_EVENTS.objected,
  triggerWhen: { kind: 'substantive', method: 'appraisal' },
  satisfiedBy: [VALUATION_EVENTS.objectionForwarded, CASE_EVENTS.closed],
  period: { count: PERIODS.objectionToAgencyDays, unit: 'days' },
  instanceKey: 'objectionId',
  action: 'warn',
};

/** 评估机构答复: the agency answers the objection within 5 days of receiving it (RefPrice 23). */
export const AGENCY_ANSWER: DeadlineRule = {
  id: 'valuation.agency_answer',
  clause: REFPRICE_22_23,
  title: { zh: '评估机构5日内对异议作出说明', en: 'The agency answers the objection within 5 days' },
  trigger: VALUATION_EVENTS.objectionForwarded,
  satisfiedBy: [VALUATION_EVENTS.objectionAnswered, CASE_EVENTS.closed],
  period: { count: PERIODS.agencyAnswerDays, unit: 'days' },
  instanceKey: 'objectionId',
  action: 'warn',
};

export const valuationRulebookPart: RulebookPart = {
  deadlines: [
    VALUATION_START,
    AUCTION_START,
    OWN_SALE_PERIOD,
    VALUATION_FORWARD,
    OBJECTION_TO_AGENCY,
    AGENCY_ANSWER,
  ],
  warnings: [APPRAISAL_REPORT],
  guards: [...VALUATION_GUARDS],
};

/** The message of a refusal to use an ended procedure. */
export const NOT_PRICED: Text = { zh: '该询价评估尚未确定参考价', en: 'this procedure has set no price' };
