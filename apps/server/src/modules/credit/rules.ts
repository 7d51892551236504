/**
 * Credit punishment (失信与限消): the six grounds of the dishonest list, its periods and grace period,
 * the items a consumption restriction forbids and which partner sector each concerns, and the rulebook
 * entries (guards, deadlines, a warning). Pure: no I/O, no clock — dates come in as arguments.
 */

import type { Text } from '../../platform/i18n';
import { addCalendarDays, addCalendarMonths, compareLocalDates, type LocalDate } from '../calendar/rules';
import { CASE_EVENTS } from '../cases/rules';
import type {
  CaseFacts,
  Clause,
  DeadlineRule,
  GuardRule,
  RulebookPart,
  Title,
  WarningRule,
} from '../compliance/rules';

// ─── Clauses (short names as in RULEBOOK's sources table) ─────────────────────────────────────────

const DISHONEST_1: Clause = { source: 'Dishonest', article: '1' };
const DISHONEST_2: Clause = { source: 'Dishonest', article: '2' };
const DISHONEST_3: Clause = { source: 'Dishonest', article: '3' };
const DISHONEST_4: Clause = { source: 'Dishonest', article: '4' };
const DISHONEST_8: Clause = { source: 'Dishonest', article: '8' };
const DISHONEST_9: Clause = { source: 'Dishonest', article: '9' };
const DISHONEST_10: Clause = { source: 'Dishonest', article: '10' };
const DISHONEST_11: Clause = { source: 'Dishonest', article: '11' };
const DISHONEST_12: Clause = { source: 'Dishonest', article: '12' };
const RESTRICT_1: Clause = { source: 'Restrict', article: '1' };
const RESTRICT_3: Clause = { source: 'Restrict', article: '3' };
const OPINION_23: Clause = { source: 'Opinion-2021', article: '23' };
const CREDIT_2019: Clause = { source: 'Credit-2019', article: '法发〔2019〕35号' };

// ─── The six grounds (Dishonest 1) ───────────────────────────────────────────────────────────────

export const GROUNDS = [
  { ground: 1, zh: '有履行能力而拒不履行生效法律文书确定义务', en: 'Able to perform but refusing to' },
  {
    ground: 2,
    zh: '以伪造证据、暴力、威胁等方法妨碍、抗拒执行',
    en: 'Obstructing enforcement by forged evidence, violence or threats',
  },
  {
    ground: 3,
    zh: '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行',
    en: 'Evading enforcement by false litigation or arbitration, or by hiding or moving property',
  },
  { ground: 4, zh: '违反财产报告制度', en: 'Breaking the duty to report property' },
  { ground: 5, zh: '违反限制消费令', en: 'Breaking a consumption restriction' },
  { ground: 6, zh: '无正当理由拒不履行执行和解协议', en: 'Refusing without reason to perform a settlement' },
] as const;
export type Ground = (typeof GROUNDS)[number]['ground'];

export function groundOf(ground: number): (typeof GROUNDS)[number] {
  const found = GROUNDS.find((g) => g.ground === ground);
  if (!found) throw new RangeError(`not a ground of Dishonest art. 1: ${ground}`);
  return found;
}

// ─── Periods (Dishonest 2; Opinion-2021 23) ──────────────────────────────────────────────────────

/** Grounds 2–6: two years; extended by 1 to 3 years for serious violence or threats, or several grounds. */
export const FIXED_PERIOD_MONTHS = 24;
export const MAX_EXTENSION_YEARS = 3;
/** 宽限期: 1 to 3 months during which the measure is decided but not in force. */
export const MAX_GRACE_MONTHS = 3;

/** The day a decision comes into force: the decision day, or the day its grace period ends. */
export function inForceFrom(decidedOn: LocalDate, graceMonths: number): LocalDate {
  return graceMonths > 0 ? addCalendarMonths(decidedOn, graceMonths) : decidedOn;
}

/**
 * The last day of a listing: none for ground 1 (it ends on a deletion event); two years from coming
 * into force for grounds 2–6, plus the extension (a period in months ends on the same day).
 */
export function listingEndsOn(ground: Ground, start: LocalDate, extensionYears: number): LocalDate | null {
  if (ground === 1) return null;
  return addCalendarMonths(start, FIXED_PERIOD_MONTHS + 12 * extensionYears);
}

export const MEASURE_STATES = ['pending', 'in_force', 'expired', 'ended'] as const;
export type MeasureState = (typeof MEASURE_STATES)[number];

/** Where a listing or restriction stands on `today`: ended (deleted, revoked, lifted) wins. */
export function measureState(
  record: { inForceFrom: LocalDate; endsOn: LocalDate | null; endedOn: LocalDate | null },
  today: LocalDate,
): MeasureState {
  if (record.endedOn !== null && compareLocalDates(record.endedOn, today) <= 0) return 'ended';
  if (compareLocalDates(today, record.inForceFrom) < 0) return 'pending';
  if (record.endsOn !== null && compareLocalDates(today, record.endsOn) > 0) return 'expired';
  return 'in_force';
}

// ─── Age (Dishonest 3; RULEBOOK › Identity) ──────────────────────────────────────────────────────

export const AGE_OF_MAJORITY = 18;

/** Full years of age on `on` (a birthday on 29 Feb falls on 1 Mar in common years). */
export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** The birth date inside an 18-character resident identity number (checked elsewhere), or null. */
export function birthDateOf(idNumber: string | null): LocalDate | null {
  if (idNumber === null || !/^\d{17}[\dXx]$/.test(idNumber)) return null;
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

// ─── Restricted items (Restrict 3) and the sectors that enforce them ─────────────────────────────

export const SECTORS = [
  { id: 'airline', zh: '航空公司', en: 'Airline' },
  { id: 'railway', zh: '铁路', en: 'Railway' },
  { id: 'shipping', zh: '水路客运', en: 'Shipping' },
  { id: 'bank', zh: '银行与金融机构', en: 'Bank or financial institution' },
  { id: 'insurer', zh: '保险机构', en: 'Insurer' },
  { id: 'property_registry', zh: '不动产登记机构', en: 'Property registry' },
  { id: 'vehicle_registry', zh: '车辆管理机构', en: 'Vehicle registry' },
  { id: 'hotel', zh: '星级宾馆与高消费场所', en: 'Hotels and luxury venues' },
  { id: 'travel', zh: '旅行社', en: 'Travel agency' },
  { id: 'school', zh: '教育机构', en: 'School' },
  { id: 'government', zh: '政府机关', en: 'Government agency' },
] as const;
export type Sector = (typeof SECTORS)[number]['id'];
export const SECTOR_IDS = SECTORS.map((s) => s.id) as [Sector, ...Sector[]];

/** 限制消费事项: each item, and the sectors that refuse it. A government agency sees them all. */
export const RESTRICTED_ITEMS = [
  { id: 'flights', zh: '乘坐飞机', en: 'No flights', sectors: ['airline'] },
  {
    id: 'rail',
    zh: '乘坐列车软卧、G字头动车组全部座位及其他动车组一等以上座位',
    en: 'No soft sleepers, no G-train seats, no first class on other bullet trains',
    sectors: ['railway'],
  },
  {
    id: 'ship_cabins',
    zh: '乘坐轮船二等以上舱位',
    en: 'No ship cabins of second class and above',
    sectors: ['shipping'],
  },
  {
    id: 'hotels',
    zh: '在星级宾馆、夜总会、高尔夫球场等场所进行高消费',
    en: 'No star-rated hotels, nightclubs or golf courses',
    sectors: ['hotel'],
  },
  {
    id: 'real_estate',
    zh: '购买不动产或者新建、扩建、高档装修房屋',
    en: 'No buying real estate, no building or luxury renovation',
    sectors: ['property_registry', 'bank'],
  },
  {
    id: 'office_rental',
    zh: '租赁高档写字楼、宾馆、公寓等场所办公',
    en: 'No renting luxury offices',
    sectors: ['property_registry'],
  },
  {
    id: 'vehicles',
    zh: '购买非经营必需车辆',
    en: 'No cars not needed for business',
    sectors: ['vehicle_registry', 'bank'],
  },
  { id: 'travel', zh: '旅游、度假', en: 'No travel or holidays', sectors: ['travel'] },
  {
    id: 'school_fees',
    zh: '子女就读高收费私立学校',
    en: 'No children at high-fee private schools',
    sectors: ['school'],
  },
  {
    id: 'wealth_products',
    zh: '支付高额保费购买保险理财产品',
    en: 'No high-premium insurance or wealth products',
    sectors: ['bank', 'insurer'],
  },
  {
    id: 'other',
    zh: '其他非生活和工作必需的消费行为',
    en: 'No other non-essential consumption',
    sectors: [],
  },
] as const satisfies readonly { id: string; zh: string; en: string; sectors: readonly Sector[] }[];
export type RestrictedItem = (typeof RESTRICTED_ITEMS)[number]['id'];

/** The items a flight or rail ban may be lifted for, temporarily (Credit-2019). */
export const TEMPORARILY_LIFTABLE: readonly RestrictedItem[] = ['flights', 'rail'];

/** What a partner of `sector` must refuse, given the items lifted for now. */
export function measuresFor(sector: Sector, lifted: readonly RestrictedItem[] = []): RestrictedItem[] {
  return RESTRICTED_ITEMS.filter(
    (item) =>
      !lifted.includes(item.id) &&
      (sector === 'government' || (item.sectors as readonly Sector[]).includes(sector)),
  ).map((item) => item.id);
}

/** A measure as the screening index holds it (see changes.ts ScreeningEntry). */
export interface ScreenedMeasure {
  measure: 'listing' | 'restriction';
  subjects: readonly string[];
  caseNumber: string;
  court: string;
  inForceFrom: LocalDate;
  endsOn: LocalDate | null;
  temporaryLifts: readonly { from: LocalDate; until: LocalDate; items: readonly string[] }[];
  exitBan: boolean;
}

/**
 * The answer for one subject: listed (on the list himself, in force today), restricted (himself, or a
 * person an entity's restriction binds), the measures the partner's sector applies, and the cases.
 * A measure in its grace period or past its end answers nothing.
 */
export function screeningAnswer(
  digest: string,
  measures: readonly ScreenedMeasure[],
  sector: Sector,
  today: LocalDate,
) {
  const live = measures.filter((m) => measureState({ ...m, endedOn: null }, today) === 'in_force');
  const listed = live.some((m) => m.measure === 'listing' && m.subjects.includes(digest));
  const restrictions = live.filter((m) => m.measure === 'restriction');
  const restricted = listed || restrictions.length > 0;
  const lifted = (item: RestrictedItem) =>
    restrictions.length > 0 &&
    restrictions.every((m) =>
      m.temporaryLifts.some(
        (t) =>
          t.items.includes(item) &&
          compareLocalDates(t.from, today) <= 0 &&
          compareLocalDates(today, t.until) <= 0,
      ),
    );
  const items = restricted ? measuresFor(sector, TEMPORARILY_LIFTABLE.filter(lifted)) : [];
  const exit = sector === 'government' && live.some((m) => m.exitBan);
  const cases = [
    ...new Map(live.map((m) => [m.caseNumber, { caseNumber: m.caseNumber, court: m.court }])).values(),
  ];
  return { listed, restricted, measures: exit ? [...items, 'exit' as const] : items, cases };
}

// ─── Who an entity's restriction binds (Restrict 3) ──────────────────────────────────────────────

export const BOUND_ROLES = [
  { id: 'legal_representative', zh: '法定代表人', en: 'Legal representative' },
  { id: 'main_responsible', zh: '主要负责人', en: 'Main responsible person' },
  { id: 'directly_responsible', zh: '影响债务履行的直接责任人员', en: 'Directly responsible person' },
  { id: 'actual_controller', zh: '实际控制人', en: 'Actual controller' },
] as const;
export type BoundRole = (typeof BOUND_ROLES)[number]['id'];

// ─── Guards ──────────────────────────────────────────────────────────────────────────────────────

export const LIST_ACTION = 'credit.list';
export const RESTRICT_ACTION = 'credit.restrict';
export const TEMPORARY_LIFT_ACTION = 'credit.temporary_lift';

export interface DebtorFacts {
  kind: 'person' | 'entity';
  idNumber: string | null;
  /** A full-time student debtor in a campus-loan case (Credit-2019). */
  campusLoanStudent: boolean;
}

export interface ListingSubject {
  ground: Ground;
  debtor: DebtorFacts;
  decidedOn: LocalDate;
  /** Ground 1: 有履行能力. Without it the debtor meets only a restriction's conditions (Opinion-2021 23). */
  ableToPerform: boolean;
  adequateSecurity: boolean;
  seizedPropertySufficient: boolean;
  laterInOrderOfPerformance: boolean;
  extensionYears: number;
  extensionReason: string | null;
  /** The applicant asks, and a deletion on the applicant's own request was within 6 months (Dishonest 10 ¶4). */
  applicantBarredUntil: LocalDate | null;
  onApplicantRequest: boolean;
  /** Dishonest 8: a state employee, state organ or state enterprise, and whom the listing is reported to. */
  publicRole?: PublicRole;
  reportTo?: string | null;
}

/** A guard of this module: the rulebook's guard with its title, for the web to explain before submitting. */
export interface CreditGuard<Subject> extends GuardRule<Subject> {
  readonly title: Title;
}

/** 未成年人不得纳入失信名单: age from the identity number's birth date, as of the decision date. */
export const MINOR: CreditGuard<ListingSubject> = {
  id: 'credit.minor',
  clause: DISHONEST_3,
  action: LIST_ACTION,
  title: { zh: '不得将未成年人纳入失信名单', en: 'A minor is never listed' },
  check: ({ debtor, decidedOn }) => {
    const birth = debtor.kind === 'person' ? birthDateOf(debtor.idNumber) : null;
    if (birth === null) return null;
    const age = ageOn(birth, decidedOn);
    if (age >= AGE_OF_MAJORITY) return null;
    return {
      zh: `被执行人生于${birth}，至决定日${decidedOn}年仅${age}周岁，系未成年人，不得纳入失信名单`,
      en: `The debtor was born on ${birth} and is ${age} on the decision date ${decidedOn}: a minor is never listed`,
    };
  },
};

/** 不得依第一项纳入: adequate security, seized property sufficient, or later in the order of performance. */
export const GROUND_ONE: CreditGuard<ListingSubject> = {
  id: 'credit.ground_one',
  clause: DISHONEST_3,
  see: [DISHONEST_4],
  action: LIST_ACTION,
  title: {
    zh: '提供充分担保、已查封财产足以清偿或不属于优先履行的，不得以第一项纳入',
    en: 'No ground-1 listing with adequate security, sufficient seized property, or a later place in the order of performance',
  },
  check: ({ ground, adequateSecurity, seizedPropertySufficient, laterInOrderOfPerformance }) => {
    if (ground !== 1) return null;
    const reasons: Text[] = [];
    if (adequateSecurity) reasons.push({ zh: '已提供充分有效担保', en: 'adequate security was given' });
    if (seizedPropertySufficient)
      reasons.push({
        zh: '已被查封、扣押、冻结的财产足以清偿',
        en: 'property under seizure suffices to pay',
      });
    if (laterInOrderOfPerformance)
      reasons.push({ zh: '依法律文书不需先履行义务', en: 'the debtor is later in the order of performance' });
    if (reasons.length === 0) return null;
    return {
      zh: `不得以“有履行能力而拒不履行”纳入失信名单：${reasons.map((r) => r.zh).join('；')}`,
      en: `Not listed as able but refusing to perform: ${reasons.map((r) => r.en).join('; ')}`,
    };
  },
};

/** 仅符合限制消费条件的，不得纳入失信名单 (Opinion-2021 23; Restrict 1). */
export const RESTRICTION_ONLY: CreditGuard<ListingSubject> = {
  id: 'credit.restriction_only',
  clause: OPINION_23,
  see: [RESTRICT_1, DISHONEST_1],
  action: LIST_ACTION,
  title: {
    zh: '仅符合限制消费条件的被执行人，不得纳入失信名单',
    en: 'A debtor who meets only the conditions of a restriction is not listed',
  },
  check: ({ ground, ableToPerform }) =>
    ground === 1 && !ableToPerform
      ? {
          zh: '未查明被执行人有履行能力，仅未按执行通知履行的，只能限制消费，不得以第一项纳入失信名单',
          en: 'Ability to perform is not established: a debtor who only failed to perform within the notice is restricted, not listed',
        }
      : null,
};

/** 期限: none for ground 1; an extension of 1 to 3 years for grounds 2–6 only, with its reasons. */
export const PERIOD: CreditGuard<ListingSubject> = {
  id: 'credit.period',
  clause: DISHONEST_2,
  action: LIST_ACTION,
  title: {
    zh: '失信期限：第二至六项一般二年，可延长一至三年',
    en: 'Listing period: 2 years for grounds 2–6, extendable by 1 to 3',
  },
  check: ({ ground, extensionYears, extensionReason }) => {
    if (extensionYears === 0) return null;
    if (ground === 1)
      return { zh: '第一项纳入不设期限，不得延长', en: 'A ground-1 listing has no term to extend' };
    if (extensionYears < 1 || extensionYears > MAX_EXTENSION_YEARS)
      return { zh: '延长期限为一至三年', en: 'An extension is 1 to 3 years' };
    if ((extensionReason ?? '').trim().length < 2)
      return {
        zh: '延长期限须说明理由（以暴力、威胁方法妨碍执行情节严重或具有多项失信行为）',
        en: 'An extension needs its reasons (serious violence or threats, or several grounds)',
      };
    return null;
  },
};

/** 在校生校园贷案件原则上不纳入、不限消 (Credit-2019). */
export const CAMPUS_LOAN_LISTING: CreditGuard<ListingSubject> = {
  id: 'credit.campus_loan',
  clause: CREDIT_2019,
  action: LIST_ACTION,
  title: {
    zh: '全日制在校生因校园贷纠纷，原则上不纳入失信名单',
    en: 'Full-time students in campus-loan cases are not listed',
  },
  check: ({ debtor }) =>
    debtor.campusLoanStudent
      ? {
          zh: '被执行人为因校园贷纠纷成讼的全日制在校生，原则上不纳入失信名单',
          en: 'A full-time student in a campus-loan case is as a rule not listed',
        }
      : null,
};

/** 申请执行人申请删除后六个月内不得再申请纳入 (Dishonest 10 ¶4); the court may still list on its own motion. */
export const RELISTING: CreditGuard<ListingSubject> = {
  id: 'credit.relisting',
  clause: DISHONEST_10,
  action: LIST_ACTION,
  title: {
    zh: '因申请执行人申请删除的，六个月内不得再申请纳入',
    en: 'No new application within 6 months of a deletion the applicant asked for',
  },
  check: ({ onApplicantRequest, applicantBarredUntil, decidedOn }) =>
    onApplicantRequest &&
    applicantBarredUntil !== null &&
    compareLocalDates(decidedOn, applicantBarredUntil) < 0
      ? {
          zh: `申请执行人申请删除后六个月内（至${applicantBarredUntil}）不得再申请纳入；法院可依职权纳入`,
          en: `The applicant may not ask again before ${applicantBarredUntil}; the court may list on its own motion`,
        }
      : null,
};

/** Dishonest 8: who is reported, and to whom. */
export const PUBLIC_ROLES = [
  { id: 'none', zh: '无', en: 'None', kind: null, reportedTo: null },
  {
    id: 'state_employee',
    zh: '国家工作人员',
    en: 'State employee',
    kind: 'person',
    reportedTo: { zh: '所在单位', en: 'his employer' },
  },
  {
    id: 'state_organ',
    zh: '国家机关',
    en: 'State organ',
    kind: 'entity',
    reportedTo: { zh: '上级单位', en: 'its superior' },
  },
  {
    id: 'state_enterprise',
    zh: '国有企业',
    en: 'State enterprise',
    kind: 'entity',
    reportedTo: { zh: '上级单位或者履行出资人职责的机构', en: 'its superior' },
  },
] as const;
export type PublicRole = (typeof PUBLIC_ROLES)[number]['id'];

/**
 * 通报 (Dishonest 8): a listed state employee is reported to his employer, a listed state organ or state
 * enterprise to its superior. The listing names the role and the recipient; the report is recorded
 * with the listing (`listing.reported`).
 */
export const REPORT: CreditGuard<ListingSubject> = {
  id: 'credit.report',
  clause: DISHONEST_8,
  action: LIST_ACTION,
  title: {
    zh: '国家工作人员被纳入失信名单的，通报其所在单位；国家机关、国有企业通报其上级单位',
    en: 'A listed state employee is reported to his employer, a state organ or enterprise to its superior',
  },
  check: ({ publicRole, reportTo, debtor }) => {
    const role = PUBLIC_ROLES.find((r) => r.id === (publicRole ?? 'none'));
    if (!role || role.id === 'none') return null;
    if (role.kind !== debtor.kind)
      return {
        zh: `“${role.zh}”不适用于${debtor.kind === 'person' ? '自然人' : '单位'}被执行人`,
        en: `“${role.en}” does not fit a debtor who is ${debtor.kind === 'person' ? 'a person' : 'an entity'}`,
      };
    if (!reportTo?.trim())
      return {
        zh: `须写明通报的${role.reportedTo?.zh}`,
        en: `Name ${role.reportedTo?.en}, to whom the listing is reported`,
      };
    return null;
  },
};

export const LISTING_GUARDS = [
  MINOR,
  GROUND_ONE,
  RESTRICTION_ONLY,
  PERIOD,
  CAMPUS_LOAN_LISTING,
  RELISTING,
  REPORT,
] as const;

export interface RestrictionSubject {
  debtor: DebtorFacts;
}

export const CAMPUS_LOAN_RESTRICTION: CreditGuard<RestrictionSubject> = {
  id: 'credit.campus_loan_restriction',
  clause: CREDIT_2019,
  see: [RESTRICT_3],
  action: RESTRICT_ACTION,
  title: {
    zh: '全日制在校生因校园贷纠纷，原则上不限制消费',
    en: 'Full-time students in campus-loan cases are not restricted',
  },
  check: ({ debtor }) =>
    debtor.campusLoanStudent
      ? {
          zh: '被执行人为因校园贷纠纷成讼的全日制在校生，原则上不限制消费',
          en: 'A full-time student in a campus-loan case is as a rule not restricted',
        }
      : null,
};

export const TEMPORARY_LIFT_REASONS = [
  { id: 'illness', zh: '就医', en: 'Illness' },
  { id: 'funeral', zh: '奔丧', en: 'Funeral' },
  { id: 'official_duty', zh: '公务', en: 'Official duty' },
  { id: 'examination', zh: '考试', en: 'Examination' },
] as const;
export type TemporaryLiftReason = (typeof TEMPORARY_LIFT_REASONS)[number]['id'];

export interface TemporaryLiftSubject {
  from: LocalDate;
  until: LocalDate;
  items: readonly RestrictedItem[];
  presidentApproved: boolean;
}

/** 临时解除乘坐飞机、高铁限制: at most one month, with the president's approval (Credit-2019). */
export const TEMPORARY_LIFT: CreditGuard<TemporaryLiftSubject> = {
  id: 'credit.temporary_lift',
  clause: CREDIT_2019,
  action: TEMPORARY_LIFT_ACTION,
  title: {
    zh: '临时解除乘坐飞机、高铁限制，最长一个月，经院长批准',
    en: 'A flight or rail ban is lifted for at most one month, with the president’s approval',
  },
  check: ({ from, until, items, presidentApproved }) => {
    if (items.some((item) => !TEMPORARILY_LIFTABLE.includes(item)))
      return {
        zh: '只能临时解除乘坐飞机、高铁的限制',
        en: 'Only a flight or rail ban is lifted temporarily',
      };
    if (compareLocalDates(until, from) < 0)
      return { zh: '结束日期早于开始日期', en: 'It ends before it starts' };
    const latest = addCalendarMonths(from, 1);
    if (compareLocalDates(until, latest) > 0)
      return {
        zh: `临时解除最长一个月：自${from}起至迟${latest}`,
        en: `At most one month: from ${from} until ${latest} at the latest`,
      };
    if (!presidentApproved)
      return { zh: '临时解除须经院长批准', en: 'A temporary lifting needs the president’s approval' };
    return null;
  },
};

// ─── Necessary consumption (Restrict 8, 3) ───────────────────────────────────────────────────────

const RESTRICT_8: Clause = { source: 'Restrict', article: '8' };

export const CONSUMPTION_BASES = [
  {
    id: 'necessary',
    zh: '因生活或者经营必需而进行的消费',
    en: 'Consumption needed for life or business',
  },
  {
    id: 'own_property',
    zh: '单位被执行人的受约束人员以个人财产支付',
    en: 'A person an entity’s restriction binds, paying from his own property',
  },
] as const;
export type ConsumptionBasis = (typeof CONSUMPTION_BASES)[number]['id'];

export const CONSUMPTION_ACTION = 'credit.consumption';

export interface ConsumptionSubject {
  basis: ConsumptionBasis;
  /** `debtor`, or the bound person's role. */
  applicantRole: string;
  from: LocalDate;
  until: LocalDate;
  /** The decision's date: the approval must come before the consumption. */
  decidedOn: LocalDate;
  allow: boolean;
  restrictionInForce: boolean;
}

/**
 * 必要消费 allowed only with the court's approval given beforehand, on request (Restrict 8); a person
 * an entity's restriction binds may pay privately from his own property, allowed when verified
 * (Restrict 3). Checked when the court allows one: a refusal needs no guard.
 */
export const CONSUMPTION_ALLOWANCE: CreditGuard<ConsumptionSubject> = {
  id: 'credit.consumption',
  clause: RESTRICT_8,
  see: [RESTRICT_3],
  action: CONSUMPTION_ACTION,
  title: {
    zh: '因生活或者经营必需的消费，应事先经人民法院批准',
    en: 'Consumption needed for life or business needs the court’s approval beforehand',
  },
  check: ({ basis, applicantRole, from, until, decidedOn, allow, restrictionInForce }) => {
    if (!allow) return null;
    if (!restrictionInForce)
      return { zh: '限制消费令已解除，无需批准', en: 'The restriction has ended: nothing to allow' };
    if (compareLocalDates(until, from) < 0)
      return { zh: '结束日期早于开始日期', en: 'It ends before it starts' };
    if (compareLocalDates(from, decidedOn) < 0)
      return {
        zh: `消费须事先经法院批准：自${from}起的消费不能在${decidedOn}事后批准`,
        en: `Approval comes beforehand: consumption from ${from} cannot be approved on ${decidedOn}`,
      };
    if (basis === 'own_property' && applicantRole === 'debtor')
      return {
        zh: '以个人财产支付的申请只适用于单位被执行人的法定代表人、主要负责人等受约束人员',
        en: 'Paying from one’s own property is for a person an entity’s restriction binds, not the debtor',
      };
    return null;
  },
};

// ─── Reconsideration (复议, Dishonest 12) ─────────────────────────────────────────────────────────

export const RECONSIDERATION_ACTION = 'credit.reconsideration';
/** 自决定书送达之日起十日内向上一级人民法院申请复议. */
export const RECONSIDERATION_FILING_DAYS = 10;

export interface ReconsiderationSubject {
  /** The correction request's decision: null undecided, true accepted, false refused. */
  accepted: boolean | null;
  servedOn: LocalDate;
  filedOn: LocalDate;
  alreadyFiled: boolean;
}

/** Reconsideration of a refused correction: within 10 days of service, once (Dishonest 12). */
export const RECONSIDERATION_FILING: CreditGuard<ReconsiderationSubject> = {
  id: 'credit.reconsideration_filing',
  clause: DISHONEST_12,
  action: RECONSIDERATION_ACTION,
  title: {
    zh: '对驳回纠正申请的决定不服，自送达之日起10日内向上一级法院申请复议',
    en: 'Reconsideration of a refused correction, to the superior court within 10 days of service',
  },
  check: ({ accepted, servedOn, filedOn, alreadyFiled }) => {
    if (accepted !== false)
      return {
        zh: '只有被驳回的纠正申请可以申请复议',
        en: 'Only a refused correction request can be reconsidered',
      };
    if (alreadyFiled) return { zh: '已申请复议', en: 'Reconsideration was asked already' };
    if (compareLocalDates(filedOn, servedOn) < 0)
      return { zh: '复议申请早于决定送达', en: 'Filed before the decision was served' };
    const last = addCalendarDays(servedOn, RECONSIDERATION_FILING_DAYS);
    if (compareLocalDates(filedOn, last) > 0)
      return {
        zh: `复议期限已过：决定于${servedOn}送达，应于${last}前申请`,
        en: `Too late: served on ${servedOn}, reconsideration was due by ${last}`,
      };
    return null;
  },
};

export const CREDIT_GUARDS = [
  ...LISTING_GUARDS,
  CAMPUS_LOAN_RESTRICTION,
  TEMPORARY_LIFT,
  CONSUMPTION_ALLOWANCE,
  RECONSIDERATION_FILING,
];

// ─── Timeline events ─────────────────────────────────────────────────────────────────────────────

export const CREDIT_EVENTS = {
  restrictionIssued: CASE_EVENTS.restrictionIssued,
  restrictionLiftRequested: 'restriction.lift_requested',
  restrictionLifted: 'restriction.lifted',
  restrictionTemporarilyLifted: 'restriction.temporarily_lifted',
  listed: 'listing.decided',
  deletionDue: 'listing.deletion_due',
  deleted: 'listing.deleted',
  revoked: 'listing.revoked',
  correctionRequested: 'listing.correction_requested',
  correctionDecided: 'listing.correction_decided',
  reconsiderationRequested: 'listing.reconsideration_requested',
  reconsiderationDecided: 'listing.reconsideration_decided',
  consumptionRequested: 'restriction.consumption_requested',
  reported: 'listing.reported',
  consumptionDecided: 'restriction.consumption_decided',
} as const;

// ─── Lifting, deletion and correction: the reasons and their periods ─────────────────────────────

/** 解除限制消费 (Opinion-2021 23): why, and how soon. */
export const LIFT_REASONS = [
  { id: 'performed', zh: '全部履行完毕', en: 'Fully performed', urgent: false },
  { id: 'urgent', zh: '紧急情况申请', en: 'Urgent request', urgent: true },
  { id: 'security', zh: '提供充分有效担保', en: 'Adequate security', urgent: false },
  { id: 'applicant_consent', zh: '申请执行人同意', en: 'The applicant consents', urgent: false },
  {
    id: 'former_representative',
    zh: '原法定代表人申请（已变更）',
    en: 'A former legal representative asks (changed)',
    urgent: false,
  },
] as const;
export type LiftReason = (typeof LIFT_REASONS)[number]['id'];

/** 删除失信信息 (Dishonest 10 ¶1): the events that delete a ground-1 listing. */
export const DELETION_REASONS = [
  { id: 'performed', zh: '已履行全部义务', en: 'All duties performed' },
  { id: 'settlement_performed', zh: '执行和解协议履行完毕', en: 'A settlement performed' },
  { id: 'applicant_request', zh: '申请执行人申请删除并经审查同意', en: 'The applicant’s request approved' },
  {
    id: 'dormant_no_assets',
    zh: '终本后两次以上网络查控无财产且未提供线索',
    en: 'Dormant: two or more online queries found nothing, no lead given',
  },
  { id: 'suspended', zh: '因审判监督或破产程序中止执行', en: 'Suspended for retrial or bankruptcy' },
  { id: 'not_enforced', zh: '裁定不予执行', en: 'Enforcement refused (不予执行)' },
  { id: 'terminated', zh: '终结执行', en: 'Enforcement terminated' },
  { id: 'expired', zh: '失信期限届满', en: 'The period expired' },
  { id: 'correction', zh: '经纠正申请审查应予删除', en: 'A correction request found it should be deleted' },
  {
    id: 'early_decision',
    zh: '履行义务或纠正失信行为，法院决定提前删除',
    en: 'Performed or corrected: the court ends it early',
  },
] as const;
export type DeletionReason = (typeof DELETION_REASONS)[number]['id'];

/**
 * Dishonest 10 ¶2: a fixed-period listing (grounds 2–6) is not deleted on the events of ¶1; it ends at
 * expiry or by the court's early decision. Null when the reason may delete the listing.
 */
export function deletionRefusal(ground: Ground, reason: DeletionReason): Text | null {
  if (reason === 'correction') return null;
  const fixed = ground !== 1;
  if (fixed && !['expired', 'early_decision'].includes(reason))
    return {
      zh: '第二至六项纳入有固定期限，不因履行等事由删除；期限届满删除，或由法院决定提前删除',
      en: 'A fixed-period listing is not deleted on these events: it ends at expiry or by the court’s early decision',
    };
  if (!fixed && ['expired', 'early_decision'].includes(reason))
    return {
      zh: '第一项纳入不设期限，因履行、和解等事由删除',
      en: 'A ground-1 listing has no term: it ends on a deletion event',
    };
  return null;
}

/** The closing methods that start deletions of ground-1 listings, and with which reason. */
export const CLOSING_DELETIONS: Readonly<Record<string, DeletionReason>> = {
  fully_performed: 'performed',
  not_enforced: 'not_enforced',
  terminated: 'terminated',
};

export const CORRECTION_KINDS = [
  { id: 'wrongly_listed', zh: '不应纳入失信名单', en: 'Should not have been listed' },
  { id: 'inaccurate', zh: '记载和公布的信息不准确', en: 'The data are inaccurate' },
  { id: 'should_be_deleted', zh: '失信信息应予删除', en: 'The listing should have been deleted' },
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number]['id'];

/** 应当解除限制消费 (Opinion-2021 23): within 3 working days; at once on an urgent request. */
export const LIFT_RESTRICTION: DeadlineRule = {
  id: 'credit.lift_restriction',
  clause: OPINION_23,
  title: {
    zh: '解除限制消费：全部履行、提供担保或申请执行人同意后3个工作日内；紧急情况立即解除',
    en: 'Lift a restriction within 3 working days of performance, security or consent; at once when urgent',
  },
  trigger: CREDIT_EVENTS.restrictionLiftRequested,
  satisfiedBy: [CREDIT_EVENTS.restrictionLifted],
  period: { count: 3, unit: 'working_days' },
  instanceKey: 'restrictionId',
  variants: [{ when: { reason: 'urgent' }, period: { count: 0, unit: 'days' } }],
  action: 'warn',
};

/** 删除失信信息: within 3 working days of the event (Dishonest 10); a wrong listing revoked alike (9). */
export const DELETE_LISTING: DeadlineRule = {
  id: 'credit.delete',
  clause: DISHONEST_10,
  see: [DISHONEST_9],
  title: {
    zh: '符合删除情形的，3个工作日内删除失信信息',
    en: 'Delete a listing within 3 working days of a deletion event',
  },
  trigger: CREDIT_EVENTS.deletionDue,
  satisfiedBy: [CREDIT_EVENTS.deleted, CREDIT_EVENTS.revoked],
  period: { count: 3, unit: 'working_days' },
  instanceKey: 'listingId',
  action: 'warn',
};

/** 纠正申请: decided within 15 days (Dishonest 12); a justified one corrected within 3 working days. */
export const CORRECTION: DeadlineRule = {
  id: 'credit.correction',
  clause: DISHONEST_12,
  see: [DISHONEST_11],
  title: { zh: '纠正申请15日内审查决定', en: 'Decide a correction request within 15 days' },
  trigger: CREDIT_EVENTS.correctionRequested,
  satisfiedBy: [CREDIT_EVENTS.correctionDecided],
  period: { count: 15, unit: 'days' },
  instanceKey: 'correctionId',
  action: 'warn',
};

/** 复议: the superior court decides within 15 days of the request, the decision standing meanwhile (Dishonest 12). */
export const RECONSIDERATION: DeadlineRule = {
  id: 'credit.reconsideration',
  clause: DISHONEST_12,
  title: { zh: '复议申请15日内作出决定', en: 'Decide a reconsideration within 15 days' },
  trigger: CREDIT_EVENTS.reconsiderationRequested,
  satisfiedBy: [CREDIT_EVENTS.reconsiderationDecided],
  period: { count: 15, unit: 'days' },
  instanceKey: 'correctionId',
  action: 'warn',
};

/**
 * 执行完毕未解除限消: the case closed as fully performed while a restriction issued on it is not lifted.
 * Closing starts every lifting; this warning shows one that did not happen.
 */
export const PERFORMED_NOT_LIFTED: WarningRule = {
  id: 'credit.performed_not_lifted',
  clause: OPINION_23,
  title: { zh: '执行完毕但未解除限制消费', en: 'Fully performed, but a restriction is not lifted' },
  level: 'warn',
  check: (facts: CaseFacts) => {
    const closed = facts.events.find((e) => e.type === CASE_EVENTS.closed);
    if (facts.status !== 'closed' || closed?.data?.method !== 'fully_performed') return null;
    const open = unliftedRestrictions(facts);
    if (open.length === 0) return null;
    return {
      zh: `执行完毕后${open.length}项限制消费令未解除，应在3个工作日内解除`,
      en: `${open.length} restriction(s) not lifted after full performance: lift within 3 working days`,
    };
  },
};

/** Restrictions issued by this module on the case and not lifted since, by id. */
export function unliftedRestrictions(facts: CaseFacts): string[] {
  const open = new Set<string>();
  for (const event of facts.events) {
    const id = event.data?.restrictionId;
    if (typeof id !== 'string') continue;
    if (event.type === CREDIT_EVENTS.restrictionIssued) open.add(id);
    if (event.type === CREDIT_EVENTS.restrictionLifted) open.delete(id);
  }
  return [...open];
}

export const creditRulebookPart: RulebookPart = {
  deadlines: [LIFT_RESTRICTION, DELETE_LISTING, CORRECTION, RECONSIDERATION],
  warnings: [PERFORMED_NOT_LIFTED],
  guards: CREDIT_GUARDS,
};
