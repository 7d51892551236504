/**
 * 文书: the court documents the platform issues, as data. Each kind has a template, a pure function from
 * the facts of a case (`DocumentData`) to the document's structured content (`DocumentBody`); `render.ts`
 * lays that content out as a PDF. Pure: no I/O, no clock — the issuing date comes in with the data.
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
function checkFen(fen: number): void {
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

/** What a distribution plan (分配方案) states: the money, each creditor's share, who it is served on. */
export interface DistributionPlanData {
  /** The money distributed, in fen. */
  amount: number;
  shares: readonly {
    creditor: string;
    /** 执行费用, 优先受偿债权 (with its rank), 普通债权. */
    groupName: string;
    claimed: number;
    allocated: number;
  }[];
  /** Returned to the debtor once every claim is paid in full. */
  surplus: number;
  /** The remainder rule, as stated to the parties. */
  remainderRule: string;
  /** Every creditor and the debtor: the plan is served on each. */
  servedTo: readonly string[];
}

/** What a transfer decision (移送破产审查决定书) names: the debtor, who consented, where it goes. */
export interface BankruptcyData {
  debtor: { name: string; creditCode: string };
  /** The parties whose written consent the transfer rests on. */
  consentedBy: readonly string[];
  /** 受移送法院. */
  bankruptcyCourt: string;
}

/** What a sale-confirmation ruling (拍卖成交裁定) states: the asset, the round, the buyer, the price. */
export interface AuctionSaleData {
  asset: { description: string; assetRef: string };
  debtorName: string;
  round: number;
  /** The day bidding ended, `YYYY-MM-DD`. */
  endedOn: string;
  /** The day the buyer paid in full. */
  paidOn: string;
  buyer: { name: string; identifier: string };
  /** The price in fen. */
  price: number;
}

/** What an in-kind ruling (以物抵债裁定) states: the asset, the failed round, the taker, the price. */
export interface InKindData {
  asset: { description: string; assetRef: string };
  debtorName: string;
  /** 第N次拍卖 or 变卖, as the failed disposal is called. */
  failedDisposal: string;
  /** The day it ended without a bid, `YYYY-MM-DD`. */
  endedOn: string;
  taker: { name: string; identifier: string };
  /** The price, the claim it settles and the difference the taker paid, in fen. */
  price: number;
  settled: number;
  difference: number;
}

/** What a restriction order (限制消费令) or a listing decision (纳入失信名单决定书) says of its measure. */
export interface CreditData {
  /** The one debtor the measure concerns (the case may have others). */
  debtor: { name: string; kind: PartyKind };
  /** The day it comes into force, and the grace period before it (0: none). */
  effectiveOn: string;
  graceMonths: number;
  /** Restriction: its exit ban, and the persons an entity's restriction binds (Restrict 3). */
  exitBan?: boolean;
  boundPersons?: readonly string[];
  /** Listing: the ground (Dishonest 1, items 1–6), its wording, the facts found, and the last day of a fixed period. */
  listing?: { ground: number; conduct: string; facts: string; endsOn: string | null };
}

/** What a notice to an assisting institution (协助执行通知书) names: who, which asset, what to do. */
export interface AssistData {
  institutionName: string;
  /** The debtor whose property it is, with the identity number or credit code the institution keys on. */
  debtor: { name: string; kind: PartyKind; identifier: string };
  asset: { description: string; assetRef: string };
  /** Freeze of money: the amount to freeze; deduction: the amount to transfer. */
  amount?: number;
  /** Freeze: the first day of the control; renewal: the last day of the control it continues. */
  from?: string;
  /** Freeze and renewal: the last day of the control. */
  until?: string;
  /** Deduction: the case's own account (一案一账号). */
  payee?: { bankName: string; accountName: string; accountNo: string };
}

export type AssistKind =
  | 'assist_freeze_notice'
  | 'assist_seize_notice'
  | 'assist_deduct_notice'
  | 'release_freeze_notice'
  | 'release_seize_notice'
  | 'renew_freeze_notice'
  | 'renew_seize_notice';

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

export const DEFAULT_REPORT_WITHIN_DAYS = 5;
/** Property 7: a change after the report is reported within ten days of the change. */
export const SUPPLEMENTARY_REPORT_DAYS = 10;

// ─── Shared wording ──────────────────────────────────────────────────────────────────────────────

const names = (parties: readonly { name: string }[]) => parties.map((party) => party.name).join('、');

/** How the document addresses the debtors: 你 (a person), 你单位 (an entity) or 你们 (several). */
function you(debtors: DocumentData['debtors']): string {
  const [only] = debtors;
  if (debtors.length !== 1 || !only) return '你们';
  return only.kind === 'person' ? '你' : '你单位';
}

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

function periodDays(value: number | undefined, fallback: number, field: string): number {
  const days = value ?? fallback;
  if (!Number.isInteger(days) || days < 1 || days > 99)
    throw new DocumentDataError(field, 'must be 1–99 days');
  return days;
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

// ─── 执行通知书 ───────────────────────────────────────────────────────────────────────────────────

/**
 * 执行通知书 (CPL 251): the basis and the duty, the period to perform, the case's own account and the
 * right to refuse any other (Opinion-2021 art. 20), the warning of consumption restriction and the
 * dishonest-debtor list (Restrict 1; Dishonest 1), and the property-report order served with it.
 */
export function executionNotice(data: DocumentData): DocumentBody {
  checkCommon(data);
  const account = data.caseAccount;
  if (!account) throw new DocumentDataError('caseAccount', 'an execution notice must name the case account');
  const subject = you(data.debtors);
  const period =
    data.performWithinDays === undefined
      ? '立即'
      : `自收到本通知之日起${chineseCount(periodDays(data.performWithinDays, 0, 'performWithinDays'))}日内`;
  return frame(data, 'execution_notice', {
    addressee: `${names(data.debtors)}：`,
    paragraphs: [
      `${caseClause(data)}，${basisReference(data)}已于${chineseDate(data.basis.effectiveOn)}发生法律效力。` +
        '申请执行人向本院申请强制执行，本院已依法立案执行。',
      `依照《中华人民共和国民事诉讼法》第二百五十一条、第二百六十四条规定，责令${subject}${period}履行下列义务：`,
      `一、${data.basis.duty}（申请执行标的：${amountClause(data.claimAmount)}）；`,
      '二、加倍支付迟延履行期间的债务利息（或者支付迟延履行金）。',
      // 一案一账号: every case has its own account, so money paid can be traced to the case. One item a
      // line, so that an account number is never broken across lines.
      '本案实行“一案一账号”，本案执行款专用账户为：',
      `开户银行：${account.bankName}；`,
      `户名：${account.accountName}；`,
      `账号：${account.accountNo}。`,
      `请${subject}将应付款项直接汇入上述账户，并在汇款附言中注明本案案号。`,
      `本院只通过上述账户收取本案执行款。任何单位或者个人要求${subject}将执行款付至其他账户（包括执行人员个人账户）的，` +
        `${subject}有权拒绝，并可以向本院举报。`,
      `${subject}未按本通知指定的期间履行上述义务的，本院将依法强制执行，并可以对${subject}采取限制消费措施，` +
        '限制高消费及非生活或者经营必需的有关消费；有履行能力而拒不履行生效法律文书确定的义务，或者违反财产报告制度的，' +
        `本院将依法将${subject}纳入失信被执行人名单，向社会公布，并依法予以信用惩戒。`,
      `随本通知一并送达《报告财产令》，${subject}应当按照报告财产令的要求如实向本院报告财产情况。`,
      '特此通知。',
    ],
    attachments: ['报告财产令一份'],
  });
}

// ─── 报告财产令 ───────────────────────────────────────────────────────────────────────────────────

/** Who besides the debtor may be fined or detained (CPL 252; Property 9): a representative or the managers. */
function alsoLiable(debtors: DocumentData['debtors']): string {
  const kinds = new Set(debtors.map((debtor) => debtor.kind));
  if (kinds.size === 2) return '或者其法定代理人、有关单位的主要负责人或者直接责任人员';
  return kinds.has('person') ? '或者其法定代理人' : '或者其主要负责人、直接责任人员';
}

/**
 * 报告财产令 (CPL 252; Property 3–10): report the present property and its changes since one year before
 * the execution notice was received, within the period; report later changes within ten days; refusing
 * or lying brings fines, detention and the dishonest-debtor list.
 */
export function propertyReportOrder(data: DocumentData): DocumentBody {
  checkCommon(data);
  const subject = you(data.debtors);
  const days = periodDays(data.reportWithinDays, DEFAULT_REPORT_WITHIN_DAYS, 'reportWithinDays');
  return frame(data, 'property_report_order', {
    addressee: `${names(data.debtors)}：`,
    paragraphs: [
      `本院在执行${caseClause(data)}中（执行依据：${basisReference(data)}），依照《中华人民共和国民事诉讼法》` +
        '第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》第三条至第十条规定，' +
        `责令${subject}自收到本令之日起${chineseCount(days)}日内，如实向本院书面报告当前以及收到执行通知之日前一年的财产情况，` +
        '并填写财产调查表。',
      // Property 5: the kinds of property to report, including encumbered and third-party-held property.
      '应当报告的财产包括：（一）收入、银行存款、现金、理财产品、有价证券；（二）土地使用权、房屋等不动产；' +
        '（三）交通运输工具、机器设备、产品、原材料等动产；（四）债权、股权、投资权益、基金份额、信托受益权、' +
        '知识产权等财产性权利；（五）其他应当报告的财产。财产已出租、已设立担保物权等权利负担，或者存在共有、' +
        '权属争议等情形的，应当一并报告；动产由第三人占有，或者不动产、特定动产、其他财产权等登记在第三人名下的，' +
        '也应当一并报告。',
      // Property 6: changes in the year before the execution notice count too.
      '自收到执行通知之日前一年至提交书面财产报告之日，财产发生转让、出租，设立担保物权等权利负担，' +
        '放弃债权或者延长债权清偿期，支出大额资金，或者有其他影响生效法律文书确定债权实现的变动的，应当将变动情况一并报告。',
      `报告财产后，财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起${chineseCount(SUPPLEMENTARY_REPORT_DAYS)}日内向本院补充报告。`,
      `${subject}在上述期限内提交书面报告确有困难的，可以向本院书面申请延长期限。`,
      `${subject}拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院可以根据情节轻重对${subject}` +
        `${alsoLiable(data.debtors)}予以罚款、拘留；构成犯罪的，依法追究刑事责任；` +
        `并将依法将${subject}纳入失信被执行人名单。`,
      '此令。',
    ],
    attachments: ['财产调查表一份'],
  });
}

// ─── 限制消费令、纳入失信被执行人名单决定书 ───────────────────────────────────────────────────────────

/** 第一项 … 第六项 of Dishonest art. 1. */
const ITEMS = ['一', '二', '三', '四', '五', '六'];

function creditOf(data: DocumentData): CreditData {
  checkCommon(data);
  const credit = data.credit;
  if (!credit) throw new DocumentDataError('credit', 'required for a credit measure');
  if (credit.debtor.name.trim() === '') throw new DocumentDataError('credit.debtor.name', 'is empty');
  guardField('credit.effectiveOn', () => chineseDate(credit.effectiveOn));
  return credit;
}

/** `2025-09-26` → `2025年9月26日`: a date inside the text (the date under it is written in Chinese numerals). */
function textDate(date: string): string {
  const [year, month, day] = parseLocalDate(date).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function graceSentence(credit: CreditData, what: string): string {
  return credit.graceMonths > 0
    ? `本院给予${chineseCount(credit.graceMonths)}个月宽限期，${what}自${textDate(credit.effectiveOn)}起生效；宽限期内履行完毕的，不再执行。`
    : `${what}自${textDate(credit.effectiveOn)}起生效。`;
}

/**
 * 限制消费令 (Restrict 1, 3–5): signed by the president; the period, the items restricted, who else an
 * entity's restriction binds, and the consequences of breaking it.
 */
export function restrictionOrder(data: DocumentData): DocumentBody {
  const credit = creditOf(data);
  const subject = credit.debtor.kind === 'person' ? '你' : '你单位';
  const bound = credit.boundPersons?.length ? `（${credit.boundPersons.join('、')}）` : '';
  return frame(data, 'restriction_order', {
    addressee: `${credit.debtor.name}：`,
    paragraphs: [
      `本院在执行${caseClause(data)}中，因${subject}未按执行通知书指定的期间履行${basisReference(data)}确定的给付义务，` +
        '依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条、第四条规定，对' +
        `${subject}采取限制消费措施，限制${subject}不得实施以下高消费及非生活和工作必需的消费行为：` +
        '（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；' +
        '（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；' +
        '（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；' +
        '（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。',
      ...(credit.debtor.kind === 'entity'
        ? [
            `${subject}的法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人${bound}不得实施前款规定的行为；因私消费以个人财产实施前款规定行为的，可以向本院提出申请，经查证属实的，本院予以准许。`,
          ]
        : []),
      ...(credit.exitBan ? [`同时限制${subject}出境。`] : []),
      graceSentence(credit, '本令') +
        `限制期间至${subject}履行完毕生效法律文书确定的义务，或者提供充分有效担保、申请执行人同意而经本院解除之日止。` +
        '因生活或者经营必需而进行本令禁止的消费活动的，应当事先向本院提出申请，获批准后方可进行。',
      `如${subject}违反本令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、拘留；` +
        '情节严重，构成犯罪的，依法追究刑事责任；并可以纳入失信被执行人名单。',
      '本令经本院院长批准签发。',
      '此令。',
    ],
    attachments: [],
  });
}

/**
 * 纳入失信被执行人名单决定书 (Dishonest 1, 2, 5): signed by the president, stating the ground and the
 * facts and, for grounds 2–6, the period; effective on the day it is made (after any grace period).
 */
export function dishonestDecision(data: DocumentData): DocumentBody {
  const credit = creditOf(data);
  const listing = credit.listing;
  if (!listing || listing.ground < 1 || listing.ground > 6)
    throw new DocumentDataError('credit.listing', 'a ground of 1–6 is required');
  if (listing.facts.trim() === '') throw new DocumentDataError('credit.listing.facts', 'is empty');
  const period =
    listing.endsOn === null
      ? '，至其履行生效法律文书确定的义务等应予删除的情形发生之日止'
      : `，期限至${textDate(listing.endsOn)}`;
  return frame(data, 'dishonest_decision', {
    addressee: `${credit.debtor.name}：`,
    paragraphs: [
      `本院在执行${caseClause(data)}中查明：${listing.facts.trim().replace(/[。；;.]$/u, '')}。`,
      `本院认为，被执行人${credit.debtor.name}${listing.conduct}，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》` +
        `第一条第（${ITEMS[listing.ground - 1]}）项、第二条、第五条规定，决定如下：`,
      `将被执行人${credit.debtor.name}纳入失信被执行人名单${period}，并依法对其采取限制消费措施。`,
      `${graceSentence(credit, '本决定')}本决定经本院院长批准签发，并依法送达。`,
      '被执行人认为本决定有错误的，可以向本院申请纠正；对纠正决定不服的，可以自决定书送达之日起十日内向上一级人民法院申请复议。复议期间，不停止原决定的执行。',
    ],
    attachments: [],
  });
}

// ─── 结案通知书 ───────────────────────────────────────────────────────────────────────────────────

/** 终结本次执行程序 (终本): the case is closed for now, not finished; its own statements follow. */
export function isDormantClosing(methodName: string): boolean {
  return methodName.includes('终结本次执行');
}

/**
 * 结案通知书, to every party: how and when the case was closed and how much was paid. After 终结本次执行程序
 * the applicant may apply to resume once property is found, and the debtor's duty and the consumption
 * restriction continue (Dormant 9, 10).
 */
export function closingNotice(data: DocumentData): DocumentBody {
  checkCommon(data);
  const closing = data.closing;
  if (!closing) throw new DocumentDataError('closing', 'a closing notice needs the closing');
  if (closing.methodName.trim() === '') throw new DocumentDataError('closing.methodName', 'is empty');
  guardField('closing.closedOn', () => chineseDate(closing.closedOn));
  guardField('closing.paidAmount', () => checkFen(closing.paidAmount));
  const dormant = isDormantClosing(closing.methodName);
  const outstanding = Math.max(data.claimAmount - closing.paidAmount, 0);
  const amounts =
    `本案申请执行标的为${amountClause(data.claimAmount)}，已执行到位${amountClause(closing.paidAmount)}` +
    (dormant && outstanding > 0 ? `，尚有${amountClause(outstanding)}未执行到位。` : '。');
  return frame(data, 'closing_notice', {
    addressee: `${names([...data.applicants, ...data.debtors])}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），本院已于${chineseDate(closing.closedOn)}` +
        `以“${closing.methodName}”方式结案。`,
      amounts,
      ...(dormant ? dormantStatements() : []),
      ...(closing.remark?.trim() ? [closing.remark.trim()] : []),
      '特此通知。',
    ],
    attachments: [],
  });
}

export function dormantStatements(): string[] {
  return [
    // Dormant 10: the debt is not extinguished, and the restriction on consumption stays in force.
    '终结本次执行程序后，被执行人仍应当继续履行生效法律文书确定的义务，本院对被执行人采取的限制消费措施继续有效。',
    // Dormant 9: resuming is not barred by the limitation period for applying for enforcement.
    '申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行；申请恢复执行不受申请执行时效期间的限制。',
  ];
}

// ─── 移送破产审查决定书 ─────────────────────────────────────────────────────────────────────────

/**
 * 移送破产审查决定书 (Bankruptcy 2, 5, 8): the enterprise debtor cannot pay, a party consented in writing,
 * the panel reviewed and the president signed; every court enforcing against the debtor suspends.
 */
export function bankruptcyTransferDecision(data: DocumentData): DocumentBody {
  checkCommon(data);
  const transfer = data.bankruptcy;
  if (!transfer) throw new DocumentDataError('bankruptcy', 'a transfer decision needs the transfer');
  if (transfer.bankruptcyCourt.trim() === '')
    throw new DocumentDataError('bankruptcy.bankruptcyCourt', 'is empty');
  if (transfer.consentedBy.length === 0) throw new DocumentDataError('bankruptcy.consentedBy', 'none given');
  return frame(data, 'bankruptcy_transfer_decision', {
    addressee: `${names([...data.applicants, ...data.debtors])}：`,
    paragraphs: [
      `本院在执行${caseClause(data)}（执行依据：${basisReference(data)}）中，查明被执行人${transfer.debtor.name}` +
        `（统一社会信用代码：${transfer.debtor.creditCode}）系企业法人，不能清偿到期债务，` +
        '并且资产不足以清偿全部债务或者明显缺乏清偿能力。',
      `${transfer.consentedBy.join('、')}书面同意将本案移送破产审查。经本院合议庭评议，并经院长签署，` +
        '依照《最高人民法院关于执行案件移送破产审查若干问题的指导意见》第二条、第五条之规定，决定如下：',
      `将被执行人${transfer.debtor.name}的执行案件移送${transfer.bankruptcyCourt}进行破产审查。`,
      '本决定作出后，各执行法院应当中止对该被执行人的执行程序；已采取的查封、扣押、冻结措施不予解除，' +
        '待受移送法院受理破产案件后依法解除。',
    ],
    attachments: [],
  });
}

// ─── 协助执行通知书: notices to the institution that holds the asset ────────────────────────────

/** The debtor as the institution knows them: name and identity number (自然人) or credit code. */
function debtorClause(debtor: AssistData['debtor']): string {
  const label = debtor.kind === 'person' ? '公民身份号码' : '统一社会信用代码';
  return `被执行人${debtor.name}（${label}：${debtor.identifier}）`;
}

function assetClause(asset: AssistData['asset']): string {
  return `${asset.description}（${asset.assetRef}）`;
}

function checkAssist(
  data: DocumentData,
  needs: readonly ('amount' | 'from' | 'until' | 'payee')[],
): AssistData {
  checkCommon(data);
  const assist = data.assist;
  if (!assist)
    throw new DocumentDataError('assist', 'a notice to an institution needs the asset and the act');
  if (assist.institutionName.trim() === '') throw new DocumentDataError('assist.institutionName', 'is empty');
  if (assist.debtor.identifier.trim() === '')
    throw new DocumentDataError('assist.debtor', 'has no identifier');
  if (assist.asset.assetRef.trim() === '') throw new DocumentDataError('assist.asset', 'has no reference');
  for (const field of needs) {
    if (assist[field] === undefined)
      throw new DocumentDataError(`assist.${field}`, 'is required for this notice');
  }
  if (assist.amount !== undefined) guardField('assist.amount', () => checkFen(assist.amount ?? 0));
  if (assist.from !== undefined) guardField('assist.from', () => chineseDate(assist.from ?? ''));
  if (assist.until !== undefined) guardField('assist.until', () => chineseDate(assist.until ?? ''));
  return assist;
}

/** The legal basis every notice to an institution opens with: CPL 253 (money) or 255 (property). */
function assistOpening(data: DocumentData, money: boolean): string {
  const article = money ? '第二百五十三条' : '第二百五十五条';
  return (
    `本院在执行${caseClause(data)}中（执行依据：${basisReference(data)}），依照《中华人民共和国民事诉讼法》` +
    `${article}规定，请你单位协助执行下列事项：`
  );
}

const RECEIPT = '请你单位在收到本通知后立即办理，并将协助执行情况回复本院。';

/**
 * 协助冻结通知书 (money, CPL 253) and 协助查封通知书 (other property, CPL 255): the asset, the amount for
 * money, the period (CPL-Interp 485), and that it lapses without renewal.
 */
function controlNotice(kind: 'assist_freeze_notice' | 'assist_seize_notice'): DocumentTemplate {
  const money = kind === 'assist_freeze_notice';
  const act = money ? '冻结' : '查封';
  return (data) => {
    const assist = checkAssist(data, money ? ['amount', 'from', 'until'] : ['from', 'until']);
    const what =
      `${act}${debtorClause(assist.debtor)}在你单位的${assetClause(assist.asset)}` +
      (money ? `，${act}金额${amountClause(assist.amount ?? 0)}；` : '；');
    return frame(data, kind, {
      addressee: `${assist.institutionName}：`,
      paragraphs: [
        assistOpening(data, money),
        `一、${what}`,
        `二、${act}期限自${chineseDate(assist.from ?? '')}起至${chineseDate(assist.until ?? '')}止。` +
          `期限届满前本院未办理续行${act}手续的，${act}自动解除；`,
        `三、${act}期间，未经本院准许，不得为被执行人办理支付、转移、过户、抵押等手续。`,
        RECEIPT,
      ],
      attachments: ['协助执行回执一份'],
    });
  };
}

/** 协助扣划通知书 (CPL 253): the amount, from the frozen money where frozen, to the case's own account. */
function deductNotice(data: DocumentData): DocumentBody {
  const assist = checkAssist(data, ['amount', 'payee']);
  const payee = assist.payee ?? { bankName: '', accountName: '', accountNo: '' };
  return frame(data, 'assist_deduct_notice', {
    addressee: `${assist.institutionName}：`,
    paragraphs: [
      assistOpening(data, true),
      `一、扣划${debtorClause(assist.debtor)}在你单位的${assetClause(assist.asset)}中的存款` +
        `${amountClause(assist.amount ?? 0)}（已由本院冻结的，从冻结款项中扣划）；`,
      '二、将上述款项划入本院本案执行款专用账户（一案一账号）：',
      `开户银行：${payee.bankName}；`,
      `户名：${payee.accountName}；`,
      `账号：${payee.accountNo}。`,
      RECEIPT,
    ],
    attachments: ['协助执行回执一份'],
  });
}

/** 解除冻结通知书 / 解除查封通知书: the court lifts its own control of the asset. */
function releaseNotice(kind: 'release_freeze_notice' | 'release_seize_notice'): DocumentTemplate {
  const act = kind === 'release_freeze_notice' ? '冻结' : '查封';
  return (data) => {
    const assist = checkAssist(data, []);
    return frame(data, kind, {
      addressee: `${assist.institutionName}：`,
      paragraphs: [
        assistOpening(data, kind === 'release_freeze_notice'),
        `解除本院对${debtorClause(assist.debtor)}在你单位的${assetClause(assist.asset)}的${act}。`,
        RECEIPT,
      ],
      attachments: ['协助执行回执一份'],
    });
  };
}

/** 续行冻结通知书 / 续行查封通知书 (CPL-Interp 485): the control continues, in the same position. */
function renewNotice(kind: 'renew_freeze_notice' | 'renew_seize_notice'): DocumentTemplate {
  const act = kind === 'renew_freeze_notice' ? '冻结' : '查封';
  return (data) => {
    const assist = checkAssist(data, ['from', 'until']);
    return frame(data, kind, {
      addressee: `${assist.institutionName}：`,
      paragraphs: [
        assistOpening(data, kind === 'renew_freeze_notice'),
        `继续${act}${debtorClause(assist.debtor)}在你单位的${assetClause(assist.asset)}` +
          (assist.amount === undefined ? '' : `，${act}金额${amountClause(assist.amount)}`) +
          `。原${act}期限于${chineseDate(assist.from ?? '')}届满，续行${act}至${chineseDate(assist.until ?? '')}止，` +
          `${act}顺位不变。`,
        RECEIPT,
      ],
      attachments: ['协助执行回执一份'],
    });
  };
}

// ─── 拍卖成交裁定 ─────────────────────────────────────────────────────────────────────────────────

/**
 * 执行裁定书 (拍卖成交): the asset sold in the online auction passes to the buyer when this ruling is
 * served on him (Auction 22); it is served within 10 days of full payment (拍卖变卖规定 20).
 */
export function auctionRuling(data: DocumentData): DocumentBody {
  checkCommon(data);
  const sale = data.auction;
  if (!sale) throw new DocumentDataError('auction', 'a sale-confirmation ruling needs the sale');
  if (sale.buyer.name.trim() === '') throw new DocumentDataError('auction.buyer', 'has no name');
  if (sale.asset.description.trim() === '')
    throw new DocumentDataError('auction.asset', 'has no description');
  guardField('auction.endedOn', () => chineseDate(sale.endedOn));
  guardField('auction.paidOn', () => chineseDate(sale.paidOn));
  guardField('auction.price', () => checkFen(sale.price));
  const asset = `被执行人${sale.debtorName}名下的${sale.asset.description}（${sale.asset.assetRef}）`;
  return frame(data, 'auction_ruling', {
    addressee: `买受人${sale.buyer.name}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），本院依法对${asset}进行网络司法拍卖。` +
        `第${sale.round}次拍卖于${chineseDate(sale.endedOn)}竞价结束，买受人${sale.buyer.name}` +
        `（证件号码${sale.buyer.identifier}）以最高价${amountClause(sale.price)}竞得，` +
        `并已于${chineseDate(sale.paidOn)}付清全部价款。` +
        '依照《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十二条之规定，裁定如下：',
      `一、${asset}归买受人${sale.buyer.name}所有，所有权自本裁定送达买受人时起转移；`,
      `二、买受人${sale.buyer.name}可持本裁定书到登记机构办理相关产权过户登记手续。`,
      '本裁定送达后即发生法律效力。',
    ],
    attachments: [],
  });
}

// ─── 财产分配方案 ─────────────────────────────────────────────────────────────────────────────────

/**
 * 财产分配方案 (CPL-Interp 506–510): the money distributed, each creditor's claim and share in yuan and
 * in capitals, what the debtor keeps, the remainder rule, and the parties' rights: a written objection
 * within 15 days of receipt; the others may oppose within 15 days of notice of it.
 */
export function distributionPlan(data: DocumentData): DocumentBody {
  checkCommon(data);
  const plan = data.distribution;
  if (!plan) throw new DocumentDataError('distribution', 'a distribution plan needs the plan');
  if (plan.shares.length === 0) throw new DocumentDataError('distribution.shares', 'none given');
  guardField('distribution.amount', () => checkFen(plan.amount));
  guardField('distribution.surplus', () => checkFen(plan.surplus));
  plan.shares.forEach((share, index) => {
    if (share.creditor.trim() === '')
      throw new DocumentDataError(`distribution.shares.${index}.creditor`, 'is empty');
    guardField(`distribution.shares.${index}.allocated`, () => checkFen(share.allocated));
    guardField(`distribution.shares.${index}.claimed`, () => checkFen(share.claimed));
  });
  return frame(data, 'distribution_plan', {
    addressee: `${plan.servedTo.join('、')}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），被执行人的财产不能清偿所有债权，` +
        '已取得执行依据的债权人及对该财产享有优先权、担保物权的债权人申请参与分配。依照《最高人民法院关于适用' +
        '〈中华人民共和国民事诉讼法〉的解释》第五百零六条至第五百零八条的规定，本院制作分配方案如下：',
      `一、可供分配的执行款共计${amountClause(plan.amount)}，先清偿执行费用，再清偿优先受偿债权，` +
        '其余按照普通债权数额的比例受偿。',
      ...plan.shares.map(
        (share, index) =>
          `（${chineseCount(index + 1)}）${share.creditor}（${share.groupName}）：申报债权${amountClause(share.claimed)}，` +
          `分得${amountClause(share.allocated)}。`,
      ),
      plan.surplus > 0
        ? `二、全部债权清偿后剩余${amountClause(plan.surplus)}，退还被执行人。`
        : '二、清偿后债权人未受清偿的部分，被执行人仍负有清偿义务。',
      `三、${plan.remainderRule}。`,
      '债权人或者被执行人对分配方案有异议的，应当自收到分配方案之日起十五日内向本院提出书面异议。' +
        '未提出异议的债权人、被执行人可以自收到异议通知之日起十五日内提出反对意见；未提出反对意见的，' +
        '本院依异议人的意见对分配方案审查修正后进行分配；提出反对意见的，异议人可以自收到通知之日起十五日内' +
        '向本院提起诉讼，诉讼期间与争议债权数额相应的款项予以提存。',
      '特此通知。',
    ],
    attachments: [],
  });
}

/**
 * 执行裁定书 (以物抵债): after a disposal without a bid the creditor takes the asset at its price; his claim
 * is reduced by it and he pays what exceeds his claim (拍卖变卖规定 16). Ownership passes on service.
 */
export function inKindRuling(data: DocumentData): DocumentBody {
  checkCommon(data);
  const taking = data.inKind;
  if (!taking) throw new DocumentDataError('inKind', 'an in-kind ruling needs the taking');
  if (taking.taker.name.trim() === '') throw new DocumentDataError('inKind.taker', 'has no name');
  if (taking.asset.description.trim() === '')
    throw new DocumentDataError('inKind.asset', 'has no description');
  guardField('inKind.endedOn', () => chineseDate(taking.endedOn));
  guardField('inKind.price', () => checkFen(taking.price));
  const asset = `被执行人${taking.debtorName}名下的${taking.asset.description}（${taking.asset.assetRef}）`;
  return frame(data, 'in_kind_ruling', {
    addressee: `承受人${taking.taker.name}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），本院依法对${asset}进行处置。` +
        `${taking.failedDisposal}于${chineseDate(taking.endedOn)}结束，无人出价。` +
        `申请执行人（执行债权人）${taking.taker.name}（证件号码${taking.taker.identifier}）申请以该次价格` +
        `${amountClause(taking.price)}接受该财产抵偿债务` +
        (taking.difference > 0 ? `，并已补交差额${amountClause(taking.difference)}。` : '。') +
        '依照《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第十六条之规定，裁定如下：',
      `一、${asset}作价${amountClause(taking.price)}交付${taking.taker.name}抵偿债务${amountClause(taking.settled)}，` +
        '所有权自本裁定送达承受人时起转移；',
      `二、${taking.taker.name}可持本裁定书到登记机构办理相关产权过户登记手续。`,
      '本裁定送达后即发生法律效力。',
    ],
    attachments: [],
  });
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
