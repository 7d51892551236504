/**
 * 文书: the court documents the platform issues, as data. Each kind has a template, a pure function from
 * the facts of a case (`DocumentData`) to the document's structured content (`DocumentBody`); `render.ts`
 * lays that content out as a PDF. Pure: no I/O, no clock — the issuing date comes in with the data.
 *
 * The templates live beside this file, one file per area (case-notices.ts, closing-notice.ts,
 * dormant-ruling.ts, credit-measures.ts, bankruptcy-transfer.ts, assist-notices.ts, valuation-templates.ts,
 * disposal-rulings.ts, distribution-plan.ts), each with the data it needs. This file holds what they
 * share: numbers, dates and amounts in court style, the data and the body of a document, the common
 * wording and checks, and the registry of kinds.
 *
 * Legal sources, short names as used across the project:
 * - CPL: 中华人民共和国民事诉讼法 (2023), art. 251 执行通知, 252 报告财产, 264 迟延履行.
 * - Property: 最高人民法院关于民事执行中财产调查若干问题的规定.
 * - Dishonest: 最高人民法院关于公布失信被执行人名单信息的若干规定.
 * - Restrict: 最高人民法院关于限制被执行人高消费及有关消费的若干规定.
 * - Dormant: 最高人民法院关于严格规范终结本次执行程序的规定（试行）.
 * - Opinion-2021: the Supreme People's Court's 2021 opinion on checks of enforcement power (一案一账号).
 * - CPL 253 (查询、冻结、划拨存款), 255 (查封、扣押财产); CPL-Interp 485 (control periods): the notices to
 *   assisting institutions.
 */
import { parseLocalDate } from '../calendar/rules';
import {
  type AssistData,
  type AssistKind,
  controlNotice,
  deductNotice,
  releaseNotice,
  renewNotice,
} from './assist-notices';
import { type BankruptcyData, bankruptcyTransferDecision } from './bankruptcy-transfer';
import { executionNotice, propertyReportOrder } from './case-notices';
import { closingNotice } from './closing-notice';
import { type CreditData, dishonestDecision, restrictionOrder } from './credit-measures';
import { type AuctionSaleData, auctionRuling, type InKindData, inKindRuling } from './disposal-rulings';
import { type DistributionPlanData, distributionPlan } from './distribution-plan';
import { type DormantApproval, dormantRuling } from './dormant-ruling';
import {
  appraisalCommission,
  inquiryCommission,
  priceNotice,
  type ValuationDocumentData,
} from './valuation-templates';

// ─── Numbers, dates and amounts in court style ───────────────────────────────────────────────────

const LOWER_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * A count in lower-case Chinese numerals as written in running text: 3 → 三, 10 → 十, 15 → 十五,
 * 105 → 一百零五. 0–9999. Used for day counts and for the month and day of dates.
 */
export function chineseCount(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999)
    throw new RangeError(`not a count 0–9999: ${value}`);
  if (value < 10) return lowerDigit(value);
  // 十五, not 一十五: a leading one before 十 is dropped in speech and in court documents.
  if (value < 20) return `十${value === 10 ? '' : lowerDigit(value - 10)}`;
  return groupOfFour(value, LOWER_DIGITS, ['', '十', '百', '千']);
}

function lowerDigit(digit: number): string {
  return LOWER_DIGITS[digit] ?? '';
}

/** A year is written digit by digit, and there zero is 〇, never 零: 二〇二五年. */
function yearDigit(digit: number): string {
  return digit === 0 ? '〇' : lowerDigit(digit);
}

/**
 * `2025-09-26` → `二〇二五年九月二十六日`: the year digit by digit with 〇 for zero, the month and day as
 * counts. This is how the date under a court document (落款日期) is written.
 */
export function chineseDate(date: string): string {
  const [year = '', month = '', day = ''] = parseLocalDate(date).split('-');
  const yearText = [...year].map((digit) => yearDigit(Number(digit))).join('');
  return `${yearText}年${chineseCount(Number(month))}月${chineseCount(Number(day))}日`;
}

/** Amounts are integers of fen (分); this checks that before any formatting. */
export function checkFen(fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
}

/** 30000000 fen → `300,000.00`: yuan with thousands separators and two decimals (小写金额). */
export function yuanFromFen(fen: number): string {
  checkFen(fen);
  const yuan = Math.floor(fen / 100);
  const cents = String(fen % 100).padStart(2, '0');
  return `${String(yuan).replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}

const UPPER_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UPPER_UNITS = ['', '拾', '佰', '仟'] as const;

/**
 * 大写金额 as the payment-settlement rules (正确填写票据和结算凭证的基本规定) require: 30000000 fen →
 * `叁拾万元整`, 12345 → `壹佰贰拾叁元肆角伍分`, 105 → `壹元零伍分`, 0 → `零元整`. `整` follows whole
 * yuan; 拾 always carries its digit (`壹拾万`), so that nothing can be written in front of it.
 */
export function chineseUpperYuan(fen: number): string {
  checkFen(fen);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (jiao === 0 && cents === 0) return `${upperInteger(yuan)}元整`;
  const yuanPart = yuan === 0 ? '' : `${upperInteger(yuan)}元`;
  const jiaoPart = jiao === 0 ? (yuan === 0 ? '' : '零') : `${UPPER_DIGITS[jiao]}角`;
  const centsPart = cents === 0 ? '' : `${UPPER_DIGITS[cents]}分`;
  return `${yuanPart}${jiaoPart}${centsPart}`;
}

/**
 * A whole number in upper-case numerals, split at 亿 and 万. A run of zeros inside the number is read as
 * one 零, also across a 万 or 亿 boundary: 100001000 → 壹亿零壹仟.
 */
function upperInteger(value: number): string {
  if (value < 10_000) return value === 0 ? UPPER_DIGITS[0] : groupOfFour(value, UPPER_DIGITS, UPPER_UNITS);
  const [base, unit] = value < 100_000_000 ? [10_000, '万'] : [100_000_000, '亿'];
  const high = Math.floor(value / base);
  const low = value % base;
  if (low === 0) return `${upperInteger(high)}${unit}`;
  // The lower part needs a 零 when its leading digit is a zero: 壹万零伍, 壹亿零壹佰万.
  const zero = low < base / 10 ? UPPER_DIGITS[0] : '';
  return `${upperInteger(high)}${unit}${zero}${upperInteger(low)}`;
}

/** 1–9999 with the given digits and units (十百千 or 拾佰仟); inner zeros collapse to one zero digit. */
function groupOfFour(value: number, digits: readonly string[], units: readonly string[]): string {
  let text = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(value / 10 ** place) % 10;
    if (digit === 0) {
      pendingZero = text !== '';
      continue;
    }
    if (pendingZero) text += digits[0];
    text += `${digits[digit]}${units[place]}`;
    pendingZero = false;
  }
  return text;
}

// ─── The data of a document and its structured content ───────────────────────────────────────────

export type PartyKind = 'person' | 'entity';

export interface DocumentData {
  /** 案号, e.g. `（2025）京0105执1234号`. */
  caseNumber: string;
  courtName: string;
  /** 落款日期, `YYYY-MM-DD`. */
  issuedOn: string;
  /** 申请执行人. */
  applicants: readonly { name: string }[];
  /** 被执行人: a person (自然人) or an entity (法人或者非法人组织). */
  debtors: readonly { name: string; kind: PartyKind }[];
  /** 执行依据: the effective legal document and the duty it fixes. */
  basis: { documentNumber: string; issuingCourt: string; effectiveOn: string; duty: string };
  /** 申请执行标的, in fen. */
  claimAmount: number;
  /** 一案一账号: the account opened for this case alone. Required for the execution notice. */
  caseAccount?: { bankName: string; accountName: string; accountNo: string };
  /** Days to perform after receiving the execution notice; absent means 立即履行. */
  performWithinDays?: number;
  /** Days to report property after receiving the order (default 5). */
  reportWithinDays?: number;
  /** 结案: required for the closing notice. */
  closing?: {
    methodName: string;
    closedOn: string;
    paidAmount: number;
    remark?: string;
    /** 终本: who let the case close (the ruling states it). */
    approval?: DormantApproval;
  };
  /** 协助执行: required for the notices to an assisting institution (freeze, deduct, release, renew). */
  assist?: AssistData;
  /** 失信与限消: required for the restriction order and the listing decision. */
  credit?: CreditData;
  /** 执转破: required for the transfer decision. */
  bankruptcy?: BankruptcyData;
  /** 拍卖成交: required for the sale-confirmation ruling. */
  auction?: AuctionSaleData;
  /** 询价评估: required for the commissions and the reference-price notice (valuation-templates.ts). */
  valuation?: ValuationDocumentData;
  /** 参与分配: required for the distribution plan. */
  distribution?: DistributionPlanData;
  /** 以物抵债: required for the ruling that hands the asset to a creditor. */
  inKind?: InKindData;
}

export type DocumentKind =
  | 'execution_notice'
  | 'property_report_order'
  | 'closing_notice'
  | 'dormant_ruling'
  | 'restriction_order'
  | 'dishonest_decision'
  | 'bankruptcy_transfer_decision'
  | 'auction_ruling'
  | 'inquiry_commission'
  | 'appraisal_commission'
  | 'price_notice'
  | 'distribution_plan'
  | 'in_kind_ruling'
  | AssistKind;

const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  execution_notice: '执行通知书',
  property_report_order: '报告财产令',
  closing_notice: '结案通知书',
  dormant_ruling: '执行裁定书',
  restriction_order: '限制消费令',
  dishonest_decision: '纳入失信被执行人名单决定书',
  bankruptcy_transfer_decision: '移送破产审查决定书',
  auction_ruling: '执行裁定书',
  inquiry_commission: '网络询价委托书',
  appraisal_commission: '评估委托书',
  price_notice: '财产处置参考价通知书',
  distribution_plan: '财产分配方案',
  in_kind_ruling: '执行裁定书',
  assist_freeze_notice: '协助冻结通知书',
  assist_seize_notice: '协助查封通知书',
  assist_deduct_notice: '协助扣划通知书',
  release_freeze_notice: '解除冻结通知书',
  release_seize_notice: '解除查封通知书',
  renew_freeze_notice: '续行冻结通知书',
  renew_seize_notice: '续行查封通知书',
};

/** What a document says, in reading order; the renderer decides only how it looks. */
export interface DocumentBody {
  kind: DocumentKind;
  /** The issuing court, the first heading line. */
  courtName: string;
  /** The document's name, the second heading line, e.g. 执行通知书. */
  title: string;
  /** 文书编号, set right-aligned under the title. */
  caseNumberLine: string;
  /** 主送: who the document is addressed to, ending in a full-width colon. */
  addressee: string;
  /** 正文: each paragraph is set with a two-character first-line indent. */
  paragraphs: readonly string[];
  /** 附件说明: lines after the body, e.g. `报告财产令一份`; rendered as 附：…. */
  attachments: readonly string[];
  /** 落款: court name and date at the bottom right. */
  signature: { courtName: string; date: string };
  /** Where the court's seal (院印) goes; the renderer draws a placeholder, never a real seal. */
  seal: { courtName: string; label: string };
}

/** Data a template cannot build a document from; `field` names the offending part of DocumentData. */
export class DocumentDataError extends Error {
  override readonly name = 'DocumentDataError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

// ─── Shared wording ──────────────────────────────────────────────────────────────────────────────

/** The parties' names as a list: 甲、乙. */
export const names = (parties: readonly { name: string }[]) => parties.map((party) => party.name).join('、');

/** 申请执行人甲与被执行人乙执行一案 — how every document names the case. */
export function caseClause(data: DocumentData): string {
  return `申请执行人${names(data.applicants)}与被执行人${names(data.debtors)}执行一案`;
}

/** The basis, naming 本院 when this court issued it: 本院（2024）京0105民初5678号民事判决书. */
export function basisReference(data: DocumentData): string {
  const { issuingCourt, documentNumber } = data.basis;
  const court = issuingCourt === data.courtName ? '本院' : issuingCourt;
  const documentName = /书$/u.test(documentNumber) ? '' : '法律文书';
  return `${court}${documentNumber}${documentName}`;
}

export function amountClause(fen: number): string {
  return `人民币${yuanFromFen(fen)}元（大写：${chineseUpperYuan(fen)}）`;
}

/** Checks what every template relies on, so a template never prints `undefined` or an empty name. */
export function checkCommon(data: DocumentData): void {
  if (data.caseNumber.trim() === '') throw new DocumentDataError('caseNumber', 'is empty');
  if (data.courtName.trim() === '') throw new DocumentDataError('courtName', 'is empty');
  if (data.applicants.length === 0) throw new DocumentDataError('applicants', 'none given');
  if (data.debtors.length === 0) throw new DocumentDataError('debtors', 'none given');
  const parties = [...data.applicants, ...data.debtors];
  if (parties.some((party) => party.name.trim() === ''))
    throw new DocumentDataError('parties', 'a name is empty');
  if (data.basis.duty.trim() === '') throw new DocumentDataError('basis.duty', 'is empty');
  guardField('issuedOn', () => chineseDate(data.issuedOn));
  guardField('basis.effectiveOn', () => chineseDate(data.basis.effectiveOn));
  guardField('claimAmount', () => checkFen(data.claimAmount));
}

/** Turns a formatter's RangeError into a DocumentDataError that names the field. */
export function guardField(field: string, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    throw new DocumentDataError(field, error instanceof Error ? error.message : String(error));
  }
}

export function frame(
  data: DocumentData,
  kind: DocumentKind,
  content: Pick<DocumentBody, 'addressee' | 'paragraphs' | 'attachments'>,
): DocumentBody {
  return {
    kind,
    courtName: data.courtName,
    title: DOCUMENT_TITLES[kind],
    caseNumberLine: data.caseNumber,
    ...content,
    signature: { courtName: data.courtName, date: chineseDate(data.issuedOn) },
    seal: { courtName: data.courtName, label: '院印' },
  };
}

// ─── The kinds as data ───────────────────────────────────────────────────────────────────────────

export type DocumentTemplate = (data: DocumentData) => DocumentBody;

/** `standalone`: an officer issues it by itself; the others come with an act (closing, a control …). */
export const DOCUMENT_KINDS: readonly {
  kind: DocumentKind;
  title: string;
  english: string;
  standalone: boolean;
  template: DocumentTemplate;
}[] = [
  {
    kind: 'execution_notice',
    title: DOCUMENT_TITLES.execution_notice,
    english: 'Execution notice',
    standalone: true,
    template: executionNotice,
  },
  {
    kind: 'property_report_order',
    title: DOCUMENT_TITLES.property_report_order,
    english: 'Order to report property',
    standalone: true,
    template: propertyReportOrder,
  },
  {
    kind: 'closing_notice',
    title: DOCUMENT_TITLES.closing_notice,
    english: 'Closing notice',
    standalone: false,
    template: closingNotice,
  },
  {
    kind: 'dormant_ruling',
    title: DOCUMENT_TITLES.dormant_ruling,
    english: 'Ruling closing this round of enforcement',
    standalone: false,
    template: dormantRuling,
  },
  {
    kind: 'restriction_order',
    title: DOCUMENT_TITLES.restriction_order,
    english: 'Consumption restriction order',
    standalone: false,
    template: restrictionOrder,
  },
  {
    kind: 'dishonest_decision',
    title: DOCUMENT_TITLES.dishonest_decision,
    english: 'Decision to list a dishonest debtor',
    standalone: false,
    template: dishonestDecision,
  },
  {
    kind: 'bankruptcy_transfer_decision',
    title: DOCUMENT_TITLES.bankruptcy_transfer_decision,
    english: 'Decision to transfer for bankruptcy review',
    standalone: false,
    template: bankruptcyTransferDecision,
  },
  {
    kind: 'auction_ruling',
    title: DOCUMENT_TITLES.auction_ruling,
    english: 'Ruling confirming an auction sale',
    standalone: false,
    template: auctionRuling,
  },
  {
    kind: 'inquiry_commission',
    title: DOCUMENT_TITLES.inquiry_commission,
    english: 'Commission of an online price inquiry',
    standalone: false,
    template: inquiryCommission,
  },
  {
    kind: 'appraisal_commission',
    title: DOCUMENT_TITLES.appraisal_commission,
    english: 'Commission of an appraisal',
    standalone: false,
    template: appraisalCommission,
  },
  {
    kind: 'price_notice',
    title: DOCUMENT_TITLES.price_notice,
    english: 'Notice of the reference price',
    standalone: false,
    template: priceNotice,
  },
  {
    kind: 'distribution_plan',
    title: DOCUMENT_TITLES.distribution_plan,
    english: 'Plan of distribution among creditors',
    standalone: false,
    template: distributionPlan,
  },
  {
    kind: 'in_kind_ruling',
    title: DOCUMENT_TITLES.in_kind_ruling,
    english: 'Ruling handing an asset to a creditor in kind',
    standalone: false,
    template: inKindRuling,
  },
  ...(
    [
      ['assist_freeze_notice', 'Notice to assist in freezing', controlNotice('assist_freeze_notice')],
      ['assist_seize_notice', 'Notice to assist in seizing', controlNotice('assist_seize_notice')],
      ['assist_deduct_notice', 'Notice to assist in deducting', deductNotice],
      ['release_freeze_notice', 'Notice of release of a freeze', releaseNotice('release_freeze_notice')],
      ['release_seize_notice', 'Notice of release of a seizure', releaseNotice('release_seize_notice')],
      ['renew_freeze_notice', 'Notice of renewal of a freeze', renewNotice('renew_freeze_notice')],
      ['renew_seize_notice', 'Notice of renewal of a seizure', renewNotice('renew_seize_notice')],
    ] as const
  ).map(([kind, english, template]) => ({
    kind,
    title: DOCUMENT_TITLES[kind],
    english,
    standalone: false,
    template,
  })),
];

export function isDocumentKind(value: string): value is DocumentKind {
  return DOCUMENT_KINDS.some((entry) => entry.kind === value);
}

/** A dossier entry an officer uploaded rather than one the platform generated (a scan, a photo, a PDF). */
export const UPLOAD_KIND = { kind: 'upload', zh: '上传材料', en: 'Uploaded file' } as const;

/** The body of a document of the given kind. Throws DocumentDataError when the data cannot make one. */
export function buildDocument(kind: DocumentKind, data: DocumentData): DocumentBody {
  const entry = DOCUMENT_KINDS.find((candidate) => candidate.kind === kind);
  if (!entry) throw new RangeError(`not a document kind: ${kind}`);
  return entry.template(data);
}
