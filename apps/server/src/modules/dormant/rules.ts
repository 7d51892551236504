/**
 * 终本 (终结本次执行程序): the strict closing check, the dormant-case pool and its six-monthly re-query,
 * as pure rules. No I/O, no clock: the facts and today come in as arguments.
 *
 * The closing check is ONE list of conditions (DORMANT_CONDITIONS). `closingCheck` evaluates it for
 * the checklist (`GET /api/cases/:id/closing-check?method=dormant`); DORMANT_CLOSE_GUARDS wraps the same
 * conditions as compliance guards of `case.close:dormant`, so the route's 409 lists every unmet one.
 */
import { type Text, yuan } from '../../platform/i18n';
import {
  addCalendarDays,
  addCalendarMonths,
  compareLocalDates,
  type LocalDate,
  toEpochDay,
} from '../calendar/rules';
import { dormantAllowedFrom } from '../cases/rules';
import {
  type CaseFacts,
  type Clause,
  clauseText,
  type GuardRule,
  type RulebookPart,
  type WarningRule,
} from '../compliance/rules';

// ─── Clauses ──────────────────────────────────────────────────────────────────────────────────────

const DORMANT_1: Clause = { source: 'Dormant', article: '1' };
const DORMANT_2: Clause = { source: 'Dormant', article: '2' };
const DORMANT_3: Clause = { source: 'Dormant', article: '3' };
const DORMANT_4: Clause = { source: 'Dormant', article: '4' };
const DORMANT_9: Clause = { source: 'Dormant', article: '9' };
const DORMANT_10: Clause = { source: 'Dormant', article: '10' };
const DORMANT_12: Clause = { source: 'Dormant', article: '12' };
const DORMANT_14: Clause = { source: 'Dormant', article: '14' };
const OPINION_24: Clause = { source: 'Opinion-2021', article: '24' };
const CPL_INTERP_517: Clause = { source: 'CPL-Interp', article: '517', version: '2022' };
const PROPERTY_2: Clause = { source: 'Property', article: '2' };

// ─── Facts ────────────────────────────────────────────────────────────────────────────────────────

/** A timeline node as the check reads it: `evidence` are the dossier documents attached. */
export interface DormantEvent {
  readonly type: string;
  readonly on: LocalDate;
  readonly data?: Readonly<Record<string, unknown>> | null;
  readonly evidence?: readonly string[] | null;
}

export interface DormantAsset {
  readonly id: string;
  readonly description: string;
  readonly state: string;
}

export interface DormantLead {
  readonly id: string;
  readonly description: string;
  /** The verification's result: `confirmed`/`unfounded` close the lead; null or `in_progress` do not. */
  readonly result: string | null;
}

/** Everything the closing check reads, all from the case's own record. */
export interface DormantFacts {
  readonly filedOn: LocalDate;
  readonly events: readonly DormantEvent[];
  /**
   * The online query: the categories the network offers (active institutions) and those answered for
   * this case. Null when no institution is registered: the recorded node `inquiry.answered` stands in.
   */
  readonly inquiry: { readonly offered: readonly string[]; readonly answered: readonly string[] } | null;
  readonly leads: readonly DormantLead[];
  readonly assets: readonly DormantAsset[];
  /** Consumption restrictions in force on the case (credit module). */
  readonly restrictions: number;
  /** Dishonest listings decided on the case (credit module), ended or not. */
  readonly listings: number;
}

/** Facts from the timeline alone (no register read): what the cases module's own tests hand in. */
export function factsFromTimeline(facts: CaseFacts): DormantFacts {
  return {
    filedOn: facts.filedOn,
    events: facts.events,
    inquiry: null,
    leads: [],
    assets: [],
    restrictions: 0,
    listings: 0,
  };
}

// ─── Timeline nodes the check reads (recordable in cases/events.ts unless the system writes them) ──

export const DORMANT_EVENTS = {
  noticeServed: 'notice.served',
  reportOrderServed: 'report_order.served',
  reportChecked: 'report.checked',
  sanctionImposed: 'sanction.imposed',
  restrictionIssued: 'restriction.issued',
  listingDeclined: 'listing.declined',
  inquiryAnswered: 'inquiry.answered',
  onsite: 'investigation.onsite',
  searchWarranted: 'search.warranted',
  searchConducted: 'search.conducted',
  auditRequested: 'audit.requested',
  auditDecided: 'audit.decided',
  rewardRequested: 'reward.requested',
  rewardPublished: 'reward.published',
  disposalImpossible: 'disposal.impossible',
  firstCourtAsked: 'first_court.asked',
  debtorMissing: 'debtor.missing',
  debtorSearched: 'debtor.searched',
  obstruction: 'obstruction.recorded',
  interview: 'interview.applicant',
  applicantAgreed: 'applicant.agreed_dormant',
  panelApproved: 'panel.approved_dormant',
} as const;

/** `report.checked`'s `data.result`: the debtor's property report as the officer found it. */
export const REPORT_RESULTS = [
  { id: 'reported', zh: '按期如实报告', en: 'reported on time and truthfully' },
  { id: 'late', zh: '逾期报告', en: 'reported late' },
  { id: 'refused', zh: '拒绝报告', en: 'refused to report' },
  { id: 'false', zh: '虚假报告', en: 'reported falsely' },
] as const;

/** `disposal.impossible`'s `data.reason` (Dormant 4). */
export const DISPOSAL_REASONS = [
  {
    id: 'auction_failed',
    zh: '拍卖、变卖未成交，申请执行人不接受抵债且无法强制管理',
    en: 'auction and sale failed, the applicant refuses it in payment, no compulsory management possible',
  },
  {
    id: 'vehicle_not_taken',
    zh: '车辆、船舶仅登记查封而未实际扣押',
    en: 'vehicle or ship seized on the register but never taken',
  },
] as const;

// ─── Conditions ───────────────────────────────────────────────────────────────────────────────────

export interface ConditionResult {
  readonly met: boolean;
  /** What in the record satisfies it (when met) or what is missing (when not). */
  readonly text: Text;
}

export interface DormantCondition {
  /** `case.close.dormant.<name>`: the rule id a refusal names. */
  readonly id: string;
  readonly clause: Clause;
  readonly see?: readonly Clause[];
  readonly title: Text;
  readonly check: (facts: DormantFacts, today: LocalDate) => ConditionResult;
}

/** One condition of the checklist, as the page and the API show it. */
export interface ConditionState {
  readonly ruleId: string;
  readonly clause: Text;
  readonly title: Text;
  readonly met: boolean;
  readonly evidence?: Text;
  readonly missing?: Text;
}

function eventsOf(facts: DormantFacts, type: string): DormantEvent[] {
  return facts.events.filter((e) => e.type === type);
}

function first(facts: DormantFacts, ...types: readonly string[]): DormantEvent | undefined {
  return facts.events.find((e) => types.includes(e.type));
}

function met(zh: string, en: string): ConditionResult {
  return { met: true, text: { zh, en } };
}

function unmet(zh: string, en: string): ConditionResult {
  return { met: false, text: { zh, en } };
}

/** Met by a node of one of `types`; the evidence names the node and its day. */
function byEvent(needed: Text, ...types: readonly string[]) {
  return (facts: DormantFacts): ConditionResult => {
    const node = first(facts, ...types);
    return node ? met(`${node.on} ${needed.zh}`, `${needed.en} on ${node.on}`) : unmet(needed.zh, needed.en);
  };
}

function dataOf(event: DormantEvent, key: string): unknown {
  return event.data?.[key];
}

/** Nodes asking for something and the nodes answering them: every ask needs an answer on or after it. */
function answered(facts: DormantFacts, ask: string, answer: string): { asked: number; open: boolean } {
  const asks = eventsOf(facts, ask);
  const answers = eventsOf(facts, answer);
  const last = asks.reduce<string | null>((m, e) => (m === null || e.on > m ? e.on : m), null);
  return { asked: asks.length, open: last !== null && !answers.some((a) => a.on >= last) };
}

const REPORT_FAILURES = new Set(['late', 'refused', 'false']);

const CONTROL_STATES = new Set(['frozen', 'seized', 'freezing', 'deducting']);

export const DORMANT_CONDITIONS: readonly DormantCondition[] = [
  {
    id: 'case.close.dormant.notice',
    clause: DORMANT_1,
    title: { zh: '执行通知书已送达', en: 'Execution notice served' },
    check: byEvent(
      { zh: '已送达执行通知书', en: 'the execution notice served' },
      DORMANT_EVENTS.noticeServed,
    ),
  },
  {
    id: 'case.close.dormant.report_order',
    clause: DORMANT_1,
    see: [DORMANT_2],
    title: { zh: '报告财产令已送达', en: 'Property-report order served' },
    check: byEvent(
      { zh: '已送达报告财产令', en: 'the property-report order served' },
      DORMANT_EVENTS.reportOrderServed,
    ),
  },
  {
    id: 'case.close.dormant.report_checked',
    clause: DORMANT_2,
    title: { zh: '被执行人财产报告已核查', en: "Debtor's property report checked" },
    check: (facts) => {
      const node = first(facts, DORMANT_EVENTS.reportChecked);
      if (!node)
        return unmet(
          '核查被执行人报告财产情况（记录"财产报告核查"）',
          "the debtor's property report checked",
        );
      const result = REPORT_RESULTS.find((r) => r.id === dataOf(node, 'result'));
      return met(
        `${node.on} 核查：${result?.zh ?? '已核查'}`,
        `checked on ${node.on}: ${result?.en ?? 'checked'}`,
      );
    },
  },
  {
    id: 'case.close.dormant.report_sanction',
    clause: DORMANT_2,
    title: { zh: '拒报、迟报、虚报已予罚款或拘留', en: 'Failure to report met with a fine or detention' },
    check: (facts) => {
      const failures = eventsOf(facts, DORMANT_EVENTS.reportChecked).filter((e) =>
        REPORT_FAILURES.has(String(dataOf(e, 'result'))),
      );
      if (failures.length === 0) return met('无拒报、迟报、虚报情形', 'no late, refused or false report');
      const sanction = first(facts, DORMANT_EVENTS.sanctionImposed);
      return sanction
        ? met(`${sanction.on} 已采取罚款或拘留措施`, `fine or detention on ${sanction.on}`)
        : unmet(
            '对拒报、迟报、虚报的被执行人予以罚款或拘留',
            'a fine or detention for the failure to report',
          );
    },
  },
  {
    id: 'case.close.dormant.restriction',
    clause: DORMANT_1,
    title: { zh: '已发出限制消费令', en: 'Consumption restriction issued' },
    check: (facts) => {
      if (facts.restrictions > 0)
        return met(`限制消费令${facts.restrictions}份在效`, `${facts.restrictions} restriction(s) in force`);
      const node = first(facts, DORMANT_EVENTS.restrictionIssued);
      return node
        ? met(`${node.on} 已发出限制消费令`, `restriction issued on ${node.on}`)
        : unmet('对被执行人发出限制消费令', 'a consumption restriction issued');
    },
  },
  {
    id: 'case.close.dormant.listing',
    clause: DORMANT_1,
    title: { zh: '符合条件的已纳入失信名单（或决定不纳入）', en: 'Listing decided where grounds exist' },
    check: (facts) => {
      const grounds =
        eventsOf(facts, DORMANT_EVENTS.reportChecked).some((e) =>
          REPORT_FAILURES.has(String(dataOf(e, 'result'))),
        ) || first(facts, DORMANT_EVENTS.obstruction) !== undefined;
      if (facts.listings > 0)
        return met(`已纳入失信被执行人名单（${facts.listings}条）`, `listed (${facts.listings})`);
      if (!grounds) return met('记录中无纳入失信名单的情形', 'no ground for listing in the record');
      const declined = first(facts, DORMANT_EVENTS.listingDeclined);
      return declined
        ? met(`${declined.on} 决定不予纳入失信名单`, `decided not to list on ${declined.on}`)
        : unmet(
            '存在纳入失信名单的情形：纳入失信名单或记录不予纳入的决定',
            'grounds for listing exist: list the debtor or record the decision not to',
          );
    },
  },
  {
    id: 'case.close.dormant.inquiry',
    clause: DORMANT_3,
    title: { zh: '网络查控已覆盖全部财产类型', en: 'Online query of every property category' },
    check: (facts) => {
      if (facts.inquiry === null) {
        return byEvent(
          { zh: '网络查控已就全部财产类型反馈', en: 'the online property query answered for every category' },
          DORMANT_EVENTS.inquiryAnswered,
        )(facts);
      }
      const answeredSet = new Set(facts.inquiry.answered);
      const open = [...new Set(facts.inquiry.offered)].filter((c) => !answeredSet.has(c)).sort();
      return open.length === 0
        ? met(
            `已反馈类别：${[...answeredSet].sort().join('、')}`,
            `answered: ${[...answeredSet].sort().join(', ')}`,
          )
        : unmet(`以下类别尚无查询反馈：${open.join('、')}`, `no answer yet for: ${open.join(', ')}`);
    },
  },
  {
    id: 'case.close.dormant.leads',
    clause: DORMANT_3,
    see: [PROPERTY_2],
    title: { zh: '财产线索均已核查', en: 'Every lead checked' },
    check: (facts) => {
      const open = facts.leads.filter((l) => l.result !== 'confirmed' && l.result !== 'unfounded');
      if (open.length === 0)
        return met(`财产线索${facts.leads.length}条均已核查`, `${facts.leads.length} lead(s), all checked`);
      const names = open.map((l) => l.description).join('；');
      return unmet(
        `尚有${open.length}条线索未核查完毕：${names}`,
        `${open.length} lead(s) not checked: ${names}`,
      );
    },
  },
  {
    id: 'case.close.dormant.onsite',
    clause: DORMANT_3,
    title: { zh: '已现场调查（网络查控不能覆盖的财产）', en: 'On-site investigation recorded' },
    check: byEvent(
      {
        zh: '已对被执行人住所地、经营场所等现场调查',
        en: "on-site investigation of the debtor's home or premises",
      },
      DORMANT_EVENTS.onsite,
    ),
  },
  {
    id: 'case.close.dormant.requests',
    clause: DORMANT_3,
    title: { zh: '搜查、审计、悬赏已按需进行', en: 'Search, audit or reward done where called for' },
    check: (facts) => {
      const pairs = [
        {
          ask: DORMANT_EVENTS.searchWarranted,
          answer: DORMANT_EVENTS.searchConducted,
          zh: '搜查',
          en: 'search',
        },
        {
          ask: DORMANT_EVENTS.auditRequested,
          answer: DORMANT_EVENTS.auditDecided,
          zh: '审计调查申请的决定',
          en: 'decision on the audit request',
        },
        {
          ask: DORMANT_EVENTS.rewardRequested,
          answer: DORMANT_EVENTS.rewardPublished,
          zh: '悬赏公告',
          en: 'reward notice',
        },
      ].map((p) => ({ ...p, state: answered(facts, p.ask, p.answer) }));
      const open = pairs.filter((p) => p.state.open);
      if (open.length > 0)
        return unmet(
          `记录要求但尚未完成：${open.map((p) => p.zh).join('、')}`,
          `called for but not done: ${open.map((p) => p.en).join(', ')}`,
        );
      const done = pairs.filter((p) => p.state.asked > 0);
      return done.length === 0
        ? met('记录中无搜查、审计、悬赏的要求', 'the record calls for no search, audit or reward')
        : met(`已完成：${done.map((p) => p.zh).join('、')}`, `done: ${done.map((p) => p.en).join(', ')}`);
    },
  },
  {
    id: 'case.close.dormant.three_months',
    clause: DORMANT_1,
    title: { zh: '自立案之日起已超过三个月', en: 'More than 3 months since filing' },
    check: (facts, today) => {
      const from = dormantAllowedFrom(facts.filedOn);
      return compareLocalDates(today, from) >= 0
        ? met(`${facts.filedOn}立案，${from}起可终本`, `filed on ${facts.filedOn}, allowed from ${from}`)
        : unmet(
            `自立案（${facts.filedOn}）起超过三个月，${from}起方可`,
            `more than 3 months since filing on ${facts.filedOn}: possible from ${from}`,
          );
    },
  },
  {
    id: 'case.close.dormant.assets',
    clause: DORMANT_4,
    see: [OPINION_24],
    title: {
      zh: '无应当处置的已控财产；轮候优先的已商请首封法院移送',
      en: 'No controlled asset left to dispose of',
    },
    check: (facts) => {
      const impossible = new Set(
        eventsOf(facts, DORMANT_EVENTS.disposalImpossible).map((e) => String(dataOf(e, 'assetId'))),
      );
      const asked = new Set(
        eventsOf(facts, DORMANT_EVENTS.firstCourtAsked).map((e) => String(dataOf(e, 'assetId'))),
      );
      const problems: { zh: string; en: string }[] = [];
      for (const asset of facts.assets) {
        if (CONTROL_STATES.has(asset.state) && !impossible.has(asset.id))
          problems.push({
            zh: `${asset.description}（已控制，须处置或记录无法处置）`,
            en: `${asset.description} (controlled: dispose of it or record why it cannot be)`,
          });
        if (asset.state === 'waiting' && !asked.has(asset.id))
          problems.push({
            zh: `${asset.description}（轮候查封，须先商请首封法院移送处置权）`,
            en: `${asset.description} (waiting seizure: ask the first-seizing court to hand over disposal first)`,
          });
      }
      if (problems.length > 0)
        return unmet(problems.map((p) => p.zh).join('；'), problems.map((p) => p.en).join('; '));
      const held = facts.assets.filter((a) => CONTROL_STATES.has(a.state) || a.state === 'waiting').length;
      return held === 0
        ? met('无已控制待处置的财产', 'no controlled asset awaiting disposal')
        : met(
            `已控财产${held}项均记录无法处置或已商请首封法院`,
            `${held} controlled asset(s), each recorded as not disposable or referred`,
          );
    },
  },
  {
    id: 'case.close.dormant.missing_debtor',
    clause: DORMANT_3,
    title: { zh: '下落不明的被执行人已查找', en: 'A missing debtor searched for' },
    check: (facts) => {
      const state = answered(facts, DORMANT_EVENTS.debtorMissing, DORMANT_EVENTS.debtorSearched);
      if (state.asked === 0) return met('记录中被执行人未下落不明', 'the record shows no missing debtor');
      return state.open
        ? unmet('被执行人下落不明：须依法查找', 'the debtor is missing: search for him')
        : met('已查找下落不明的被执行人', 'the missing debtor was searched for');
    },
  },
  {
    id: 'case.close.dormant.obstruction',
    clause: DORMANT_3,
    title: { zh: '妨害执行的已予罚款、拘留或追究刑事责任', en: 'Obstruction met with a measure' },
    check: (facts) => {
      const state = answered(facts, DORMANT_EVENTS.obstruction, DORMANT_EVENTS.sanctionImposed);
      if (state.asked === 0) return met('记录中无妨害执行行为', 'the record shows no obstruction');
      return state.open
        ? unmet(
            '对妨害执行行为予以罚款、拘留或移送追究刑事责任',
            'a fine, detention or prosecution for the obstruction',
          )
        : met('妨害执行行为已予处理', 'the obstruction was met with a measure');
    },
  },
  {
    id: 'case.close.dormant.interview',
    clause: DORMANT_3,
    title: { zh: '已约谈申请执行人并附笔录', en: 'Applicant heard, record attached' },
    check: (facts) => {
      const nodes = eventsOf(facts, DORMANT_EVENTS.interview);
      const withRecord = nodes.find((e) => (e.evidence?.length ?? 0) > 0);
      if (withRecord)
        return met(
          `${withRecord.on} 约谈申请执行人，附笔录`,
          `applicant heard on ${withRecord.on}, record attached`,
        );
      return nodes.length > 0
        ? unmet('约谈笔录须附卷（记录约谈时附上笔录）', 'the interview record attached to the node')
        : unmet('约谈申请执行人并附笔录', 'the applicant heard, with the record attached');
    },
  },
  {
    id: 'case.close.dormant.approval',
    clause: OPINION_24,
    see: [CPL_INTERP_517],
    title: {
      zh: '申请执行人书面同意，或合议庭评议并经院长批准',
      en: "Applicant's signed agreement or panel review approved by the president",
    },
    check: (facts) => {
      const agreed = eventsOf(facts, DORMANT_EVENTS.applicantAgreed).find(
        (e) => (e.evidence?.length ?? 0) > 0,
      );
      if (agreed)
        return met(`${agreed.on} 申请执行人书面同意`, `applicant's signed agreement on ${agreed.on}`);
      const panel = first(facts, DORMANT_EVENTS.panelApproved);
      if (panel)
        return met(
          `${panel.on} 合议庭评议并经院长批准`,
          `panel review approved by the president on ${panel.on}`,
        );
      return first(facts, DORMANT_EVENTS.applicantAgreed)
        ? unmet(
            '申请执行人同意须附签字的书面材料，或经合议庭评议并报院长批准',
            "the applicant's agreement needs the signed paper attached, or a panel review approved by the president",
          )
        : unmet(
            '申请执行人书面同意，或经合议庭评议并报院长批准',
            "the applicant's signed agreement or a collegial panel's review approved by the president",
          );
    },
  },
];

/** The checklist: every condition with what satisfies it or what is missing. */
export function closingCheck(facts: DormantFacts, today: LocalDate): ConditionState[] {
  return DORMANT_CONDITIONS.map((condition) => {
    const result = condition.check(facts, today);
    const base = {
      ruleId: condition.id,
      clause: clauseText(condition.clause),
      title: condition.title,
      met: result.met,
    };
    return result.met ? { ...base, evidence: result.text } : { ...base, missing: result.text };
  });
}

// ─── The same conditions as guards of `case.close:dormant` ─────────────────────────────────────────

/** What the cases service hands the guards: its close subject, plus the facts the dormant module read. */
export interface DormantCloseSubject {
  readonly facts: CaseFacts;
  readonly today: LocalDate;
  readonly dormant?: DormantFacts;
}

export const DORMANT_CLOSE_ACTION = 'case.close:dormant';

export const DORMANT_CLOSE_GUARDS: readonly GuardRule<DormantCloseSubject>[] = DORMANT_CONDITIONS.map(
  (condition): GuardRule<DormantCloseSubject> => ({
    id: condition.id,
    clause: condition.clause,
    ...(condition.see ? { see: condition.see } : {}),
    action: DORMANT_CLOSE_ACTION,
    check: (subject) => {
      const result = condition.check(subject.dormant ?? factsFromTimeline(subject.facts), subject.today);
      return result.met
        ? null
        : {
            zh: `终结本次执行程序须：${result.text.zh}`,
            en: `Closing for lack of assets needs ${result.text.en}`,
          };
    },
  }),
);

// ─── The pool and its re-query ─────────────────────────────────────────────────────────────────────

/** Re-query cycle (Dormant 9): every 6 months for 5 years. */
export const REQUERY_MONTHS = 6;
export const POOL_YEARS = 5;
/** Entry within 7 days of serving the ruling (Dormant 12); leaving within 3 days (Dormant 14). */
export const ENTER_DAYS = 7;
export const LEAVE_DAYS = 3;

/**
 * The day of a cycle on which a pooled case is queried: its id hashed (FNV-1a) over the cycle's days,
 * so a million cases spread evenly and each one's day is computed alone, with no global plan to store.
 */
export function cycleOffset(caseId: string, cycleDays: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < caseId.length; i++) {
    hash ^= caseId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % cycleDays;
}

/** The cycle `n` (1-based) of a case that entered the pool on `enteredOn`: [start, end) days. */
export function cycleWindow(enteredOn: LocalDate, n: number): { start: LocalDate; end: LocalDate } {
  return {
    start: addCalendarMonths(enteredOn, REQUERY_MONTHS * (n - 1)),
    end: addCalendarMonths(enteredOn, REQUERY_MONTHS * n),
  };
}

/** The number of cycles in the pool's 5 years. */
export const CYCLES = (POOL_YEARS * 12) / REQUERY_MONTHS;

/**
 * The due day of cycle `n` for this case: the hashed offset into the cycle's days. Cycle 1 starts at
 * entry, so the first re-query falls within 6 months of closing, and each next one 6 months on.
 */
export function requeryDueOn(caseId: string, enteredOn: LocalDate, n: number): LocalDate {
  const { start, end } = cycleWindow(enteredOn, n);
  const days = toEpochDay(end) - toEpochDay(start);
  return addCalendarDays(start, cycleOffset(caseId, days));
}

/**
 * Many cases entering on one day (a migration, a benchmark): the cycle's days computed once, then
 * each case's due day is a lookup by its hashed offset — what makes 1,000,000 cases cheap.
 */
export function cycleScheduler(enteredOn: LocalDate, n: number): (caseId: string) => LocalDate {
  const { start, end } = cycleWindow(enteredOn, n);
  const days = toEpochDay(end) - toEpochDay(start);
  const table = Array.from({ length: days }, (_, i) => addCalendarDays(start, i));
  return (caseId) => table[cycleOffset(caseId, days)] as LocalDate;
}

/** The last day a case stays in the pool (5 years after entry). */
export function poolEndsOn(enteredOn: LocalDate): LocalDate {
  return addCalendarMonths(enteredOn, POOL_YEARS * 12);
}

export const DORMANT_RULES = {
  enter: {
    id: 'dormant.enter',
    clause: DORMANT_12,
    title: {
      zh: '送达终本裁定后7日内纳入终本案件库',
      en: 'Enter the pool within 7 days of serving the ruling',
    },
  },
  requery: {
    id: 'dormant.requery',
    clause: DORMANT_9,
    title: {
      zh: '五年内每六个月网络查询一次并告知申请执行人',
      en: 'Query online every 6 months for 5 years and tell the applicant',
    },
  },
  found: {
    id: 'dormant.found',
    clause: DORMANT_10,
    title: { zh: '终本案件发现可供执行财产', en: 'Property found for a dormant case' },
  },
  housingFund: {
    id: 'dormant.housing_fund',
    clause: DORMANT_10,
    title: {
      zh: '终本案件被执行人住房公积金余额超过阈值',
      en: "Dormant debtor's housing fund above the threshold",
    },
  },
  leave: {
    id: 'dormant.leave',
    clause: DORMANT_14,
    title: {
      zh: '执行完毕或终结执行的3日内移出终本案件库',
      en: 'Leave the pool within 3 days of full performance or termination',
    },
  },
} as const;

/** Housing-fund balance (fen) above which a re-query warns; configurable, default ¥10,000. */
export const DEFAULT_HOUSING_FUND_THRESHOLD = 1_000_000;

/** The latest node of `type` not followed by a restoration (执恢 answers the warning). */
function openFind(facts: CaseFacts, type: string) {
  let latest: { on: LocalDate; data?: Readonly<Record<string, unknown>> } | null = null;
  for (const event of facts.events) {
    if (event.type === type) latest = event;
    if (event.type === 'case.restored_as') latest = null;
  }
  return latest;
}

/** 终本案件发现财产 (Dormant 10): the re-query found property; the officer and the applicant are warned. */
export const DORMANT_FOUND: WarningRule = {
  id: DORMANT_RULES.found.id,
  clause: DORMANT_10,
  see: [DORMANT_9],
  title: DORMANT_RULES.found.title,
  level: 'warn',
  check: (facts) => {
    const found = openFind(facts, 'dormant.found');
    if (!found) return null;
    const list = Array.isArray(found.data?.assets) ? (found.data.assets as { description?: string }[]) : [];
    const names = list.map((a) => a.description ?? '').join('；');
    return {
      zh: `${found.on}定期查询发现财产：${names}。应立即控制并恢复执行`,
      en: `The periodic query on ${found.on} found property: ${names}. Control it and restore the case`,
    };
  },
};

/** The housing fund above the threshold (parameter `threshold`, fen) warns too. */
export const DORMANT_HOUSING_FUND: WarningRule = {
  id: DORMANT_RULES.housingFund.id,
  clause: DORMANT_10,
  title: DORMANT_RULES.housingFund.title,
  level: 'warn',
  parameters: [
    {
      name: 'threshold',
      title: { zh: '住房公积金余额预警阈值', en: 'Housing-fund balance threshold' },
      default: DEFAULT_HOUSING_FUND_THRESHOLD,
      min: 0,
      max: 1_000_000_000,
      unit: 'fen',
    },
  ],
  check: (facts, _today, parameters) => {
    const node = openFind(facts, 'dormant.housing_fund');
    const balance = Number(node?.data?.balance ?? 0);
    const threshold = parameters.threshold ?? DEFAULT_HOUSING_FUND_THRESHOLD;
    if (!node || balance <= threshold) return null;
    return {
      zh: `${node.on}定期查询：住房公积金余额${yuan(balance)}，超过预警阈值${yuan(threshold)}`,
      en: `Periodic query on ${node.on}: housing fund ${yuan(balance)}, above the threshold of ${yuan(threshold)}`,
    };
  },
};

export const dormantRulebookPart: RulebookPart = {
  warnings: [DORMANT_FOUND, DORMANT_HOUSING_FUND],
  guards: DORMANT_CLOSE_GUARDS,
};
