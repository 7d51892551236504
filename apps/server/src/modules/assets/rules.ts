/**
 * The asset register's rules (财产查控): what an asset is, which states it moves through, the periods of
 * control, the costs a control may cover, and the rulebook entries (deadlines, warning, guards). Pure:
 * no I/O, no clock — today comes in as an argument.
 */
import { CATEGORIES, type CategoryCode, type ControlPeriodClass } from '@zhixing/assist-protocol';
import { yuan } from '../../platform/i18n';
import { addCalendarMonths, compareLocalDates, type LocalDate, toEpochDay } from '../calendar/rules';
import { CASE_EVENTS } from '../cases/rules';
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

const OPINION_13: Clause = { source: 'Opinion-2021', article: '13' };
const OPINION_14: Clause = { source: 'Opinion-2021', article: '14' };
const OPINION_15: Clause = { source: 'Opinion-2021', article: '15' };
const PROPERTY_2: Clause = { source: 'Property', article: '2' };
const CPL_INTERP_485: Clause = { source: 'CPL-Interp', article: '485', version: '2022' };
/** 查封、扣押、冻结规定 (2020 修正) art. 19: no control beyond the debt, save an indivisible only asset. */
const SEIZURE_19: Clause = { source: 'Seizure', article: '19', version: '2020' };
/** 查封、扣押、冻结规定 (2020 修正) art. 26: waiting seizures (轮候) take effect in their order. */
export const SEIZURE_26: Clause = { source: 'Seizure', article: '26', version: '2020' };
/**
 * 诉讼费用交纳办法 (国务院令第481号, 2006) art. 14: the application fee for enforcement (申请执行费).
 * Not among RULEBOOK's sources: the rulebook says "costs" without saying how they are computed.
 */
export const FEES_14: Clause = { source: 'Fees', article: '14' };

// ─── Assets and their states ──────────────────────────────────────────────────────────────────────

/**
 * States of an asset in the register. `freezing`, `deducting` and `releasing` wait for the institution's
 * answer; `waiting` is a waiting seizure (轮候), effective once the controls before it are lifted.
 */
export const ASSET_STATES = [
  'found', // 已查到
  'freezing', // 冻结/查封中
  'frozen', // 已冻结 (divisible)
  'seized', // 已查封/扣押 (indivisible)
  'waiting', // 轮候
  'deducting', // 扣划中
  'deducted', // 已扣划
  'releasing', // 解除中
  'released', // 已解除
  'disposed', // 已处置
] as const;
export type AssetState = (typeof ASSET_STATES)[number];

/** States in which the court's control holds (or will hold, for a waiting seizure). */
export const CONTROLLED_STATES: readonly AssetState[] = ['frozen', 'seized', 'waiting'];
/** States waiting for an institution's answer. */
export const PENDING_STATES: readonly AssetState[] = ['freezing', 'deducting', 'releasing'];

export type AssetAction = 'control' | 'deduct' | 'release' | 'renew' | 'decline';

export interface AssetFacts {
  category: CategoryCode;
  divisible: boolean;
  state: AssetState;
  foundVia: 'online' | 'offline';
  /** Divisible property: the balance, and the part already frozen by others (other courts, earlier controls). */
  balance: number | null;
  frozenByOthers: number;
  controlledAmount: number;
  controlUntil: LocalDate | null;
  /** A request of another kind is on its way (a renewal keeps the state while it waits). */
  pending: boolean;
}

/** Why the action cannot be taken on the asset now, or null. */
export function actionRefusal(asset: AssetFacts, action: AssetAction, today: LocalDate): string | null {
  if (asset.pending || PENDING_STATES.includes(asset.state)) {
    return 'a request to the institution about this asset is waiting for its answer';
  }
  switch (action) {
    case 'control':
    case 'decline':
      if (asset.state === 'found' || asset.state === 'deducted') return null;
      return `the asset is ${asset.state}: only property found (or emptied by a deduction) can be controlled`;
    case 'deduct':
      if (!asset.divisible) return 'only money (divisible property) is deducted; other property is sold';
      return asset.state === 'found' || asset.state === 'frozen'
        ? null
        : `the asset is ${asset.state}: a deduction takes a found or frozen balance`;
    case 'release':
      return CONTROLLED_STATES.includes(asset.state)
        ? null
        : `the asset is ${asset.state}: nothing to release`;
    case 'renew':
      if (!CONTROLLED_STATES.includes(asset.state)) return `the asset is ${asset.state}: no control to renew`;
      return asset.controlUntil !== null && compareLocalDates(today, asset.controlUntil) > 0
        ? `the control ended on ${asset.controlUntil}: a lapsed control cannot be renewed, control it anew`
        : null;
  }
}

/** The actions the asset allows now (before the user's own permissions). */
export function possibleActions(asset: AssetFacts, today: LocalDate): AssetAction[] {
  const actions: AssetAction[] = ['control', 'deduct', 'release', 'renew', 'decline'];
  return actions.filter((action) => actionRefusal(asset, action, today) === null);
}

/** The free balance of divisible property: what a first freeze or a direct deduction can take. */
export function freeBalance(asset: Pick<AssetFacts, 'balance' | 'frozenByOthers'>): number {
  return Math.max(0, (asset.balance ?? 0) - asset.frozenByOthers);
}

/** The state a control answer puts the asset in: effective → frozen (money) or seized; waiting → 轮候. */
export function controlledState(
  divisible: boolean,
  control: { state: 'effective' | 'waiting' | 'released' },
): AssetState {
  if (control.state === 'released') return 'released';
  if (control.state === 'waiting') return 'waiting';
  return divisible ? 'frozen' : 'seized';
}

export function categoryFacts(code: CategoryCode): (typeof CATEGORIES)[number] {
  const category = CATEGORIES.find((c) => c.code === code);
  if (!category) throw new RangeError(`not a category: ${code}`);
  return category;
}

// ─── Control periods (CPL-Interp 485) ─────────────────────────────────────────────────────────────

/** 冻结存款不超过一年，查封扣押动产不超过两年，查封不动产、冻结其他财产权不超过三年. */
export const CONTROL_PERIOD_MONTHS: Readonly<Record<ControlPeriodClass, number>> = {
  deposit: 12,
  movable: 24,
  real_estate: 36,
  property_right: 36,
};

/**
 * The last day a control (or a renewal) may run to: the same day N years after it starts (RULEBOOK ›
 * Counting time: a period in months ends on the same day), 29 Feb → 28 Feb. A renewal starts where
 * the control it continues ends, and may run as long again (续行期限不得超过前款规定的期限).
 */
export function maxControlUntil(category: CategoryCode, start: LocalDate): LocalDate {
  return addCalendarMonths(start, CONTROL_PERIOD_MONTHS[categoryFacts(category).controlPeriod]);
}

/** Calendar days from today to the control's last day (0 on that day, negative once lapsed). */
export function daysToExpiry(until: LocalDate | null, today: LocalDate): number | null {
  return until === null ? null : toEpochDay(until) - toEpochDay(today);
}

// ─── Costs and the limit of control (Opinion-2021 15; Fees 14) ───────────────────────────────────

/**
 * 申请执行费 (Fees art. 14 (一)): 50 yuan up to 10,000 yuan; above it, by parts: 1.5% to 500,000, 1% to
 * 5 million, 0.5% to 10 million, 0.1% beyond. Amounts in fen; `upTo` null is the open last part.
 */
export const APPLICATION_FEE = {
  clause: FEES_14,
  /** 没有执行金额或者价额的，每件交纳50元至500元: the limit takes the most the court may charge. */
  withoutAmount: 50_000,
  first: { upTo: 1_000_000, fee: 5_000 },
  /** Rates in ten-thousandths (万分之). */
  parts: [
    { upTo: 50_000_000, rate: 150 },
    { upTo: 500_000_000, rate: 100 },
    { upTo: 1_000_000_000, rate: 50 },
    { upTo: null, rate: 10 },
  ],
} as const;

/** The application fee on a claim, in fen, rounded half up to the fen (300,000 yuan → 4,400 yuan). */
export function applicationFee(claim: number): number {
  if (!Number.isSafeInteger(claim) || claim < 0) throw new RangeError(`not an amount in fen: ${claim}`);
  if (claim === 0) return APPLICATION_FEE.withoutAmount;
  const { first, parts } = APPLICATION_FEE;
  // Ten-thousandths of a fen, summed exactly before the one rounding.
  let fee = first.fee * 10_000;
  let lower: number = first.upTo;
  for (const part of parts) {
    if (claim <= lower) break;
    const upper = part.upTo === null ? claim : Math.min(claim, part.upTo);
    fee += (upper - lower) * part.rate;
    if (part.upTo === null) break;
    lower = part.upTo;
  }
  return Math.floor((fee + 5_000) / 10_000);
}

/** How much the case may control: the claim plus costs, less what was paid, and what is controlled. */
export interface ControlLimit {
  claim: number;
  costs: number;
  paid: number;
  /** Value held for the case: frozen and seized (pending ones included), and deducted money. */
  controlled: number;
  remaining: number;
}

export interface ControlledValue {
  state: AssetState;
  divisible: boolean;
  controlledAmount: number;
  /** Indivisible property: its value, when known. */
  value: number | null;
  deductedAmount: number;
}

/**
 * The value one asset holds for the case. A waiting seizure (轮候) holds nothing until it takes
 * effect; an indivisible asset of unknown value counts nothing until it is valued.
 */
export function heldValue(asset: ControlledValue): number {
  const held = ['freezing', 'frozen', 'seized', 'deducting', 'releasing'].includes(asset.state);
  const controlled = !held ? 0 : asset.divisible ? asset.controlledAmount : (asset.value ?? 0);
  return controlled + asset.deductedAmount;
}

export function controlLimit(claim: number, paid: number, assets: readonly ControlledValue[]): ControlLimit {
  const costs = applicationFee(claim);
  const controlled = assets.reduce((sum, asset) => sum + heldValue(asset), 0);
  return { claim, costs, paid, controlled, remaining: Math.max(0, claim + costs - paid - controlled) };
}

// ─── Guards of control ────────────────────────────────────────────────────────────────────────────

/** The guard action every control act is checked under: freeze or seize, direct deduction, renewal. */
export const CONTROL_ACTION = 'asset.control';

export interface ControlSubject {
  kind: 'freeze' | 'deduct' | 'renew';
  category: CategoryCode;
  divisible: boolean;
  /** Value the act newly takes: the amount of a freeze or direct deduction, an indivisible asset's value. */
  takes: number;
  limit: ControlLimit;
  /** What the case's other found, uncontrolled property is worth (free balances, known values). */
  otherAvailable: number;
  /** Freeze and renewal: where the period starts (today; a renewal: the current control's last day). */
  periodStart?: LocalDate;
  until?: LocalDate;
}

/**
 * 禁止超标的查封 (Opinion-2021 15; Seizure 19): the value controlled stays within the claim plus costs;
 * an indivisible asset may go beyond when it is the only one that can pay — when the case's other
 * uncontrolled property cannot cover what is still needed (无其他可供执行的财产或者其他财产不足以清偿).
 */
export const OVER_SEIZURE: GuardRule<ControlSubject> = {
  id: 'assets.over_seizure',
  clause: OPINION_15,
  see: [SEIZURE_19, FEES_14],
  action: CONTROL_ACTION,
  check: ({ kind, divisible, takes, limit, otherAvailable }) => {
    if (kind === 'renew' || takes <= limit.remaining) return null;
    if (!divisible && limit.remaining > 0 && otherAvailable < limit.remaining) return null;
    const cap = limit.claim + limit.costs - limit.paid;
    return {
      zh:
        `超标的查封：再控制${yuan(takes)}将使本案控制${yuan(limit.controlled + takes)}，` +
        `超过申请标的${yuan(limit.claim)}加执行费用${yuan(limit.costs)}` +
        (limit.paid > 0 ? `减已履行${yuan(limit.paid)}` : '') +
        `（${yuan(cap)}）；至多还可控制${yuan(limit.remaining)}` +
        (divisible ? '' : `，且本案其他财产（${yuan(otherAvailable)}）足以清偿`),
      en:
        `Over-seizure: controlling ${yuan(takes)} more would hold ${yuan(limit.controlled + takes)} for the case, ` +
        `beyond the claim ${yuan(limit.claim)} plus costs ${yuan(limit.costs)}` +
        (limit.paid > 0 ? ` less ${yuan(limit.paid)} paid` : '') +
        ` (${yuan(cap)}); at most ${yuan(limit.remaining)} more may be controlled` +
        (divisible ? '' : `, and the case's other property (${yuan(otherAvailable)}) can pay it`),
    };
  },
};

/** 查封、扣押、冻结期限 (CPL-Interp 485): no control or renewal longer than the category allows. */
export const CONTROL_PERIOD: GuardRule<ControlSubject> = {
  id: 'assets.control_period',
  clause: CPL_INTERP_485,
  action: CONTROL_ACTION,
  check: ({ category, periodStart, until }) => {
    if (periodStart === undefined || until === undefined) return null;
    const max = maxControlUntil(category, periodStart);
    if (compareLocalDates(until, max) <= 0) return null;
    const facts = categoryFacts(category);
    const years = CONTROL_PERIOD_MONTHS[facts.controlPeriod] / 12;
    return {
      zh: `${facts.zh}的控制期限至多${years}年：自${periodStart}起最迟至${max}，不能至${until}`,
      en: `A control of ${facts.en.toLowerCase()} runs at most ${years} year(s): from ${periodStart} until ${max} at the latest, not ${until}`,
    };
  },
};

export const CONTROL_GUARDS: readonly GuardRule<ControlSubject>[] = [OVER_SEIZURE, CONTROL_PERIOD];

// ─── Timeline events ──────────────────────────────────────────────────────────────────────────────

/** The nodes the register records on the case's timeline (Opinion-2021 14: every asset is on record). */
export const ASSET_EVENTS = {
  found: 'asset.found',
  controlled: 'asset.controlled',
  notControlled: 'asset.not_controlled',
  renewed: 'asset.renewed',
  released: 'asset.released',
  deducted: 'asset.deducted',
  leadReceived: 'lead.received',
  leadVerified: 'lead.verified',
} as const;

// ─── Deadlines ────────────────────────────────────────────────────────────────────────────────────

/**
 * 网络查控发现财产，能够在线控制的立即控制；不能在线控制的，在收到反馈后3个工作日内控制 (Opinion-2021 13).
 * One deadline per asset found online with something to control (`hasValue`: a positive balance, or
 * any indivisible property); "at once" is the same day. Met by a control taking effect (a waiting
 * seizure included), by the officer's recorded decision not to control (with its reason), or by closing.
 */
export const ASSET_CONTROL: DeadlineRule = {
  id: 'assets.control',
  clause: OPINION_13,
  title: {
    zh: '网络查控发现的财产：能在线控制的立即控制，不能在线控制的3个工作日内控制',
    en: 'Control property found online at once, or within 3 working days where it cannot be controlled online',
  },
  trigger: ASSET_EVENTS.found,
  satisfiedBy: [ASSET_EVENTS.controlled, ASSET_EVENTS.notControlled, CASE_EVENTS.closed],
  period: { count: 3, unit: 'working_days' },
  instanceKey: 'assetId',
  triggerWhen: { via: 'online', hasValue: true },
  variants: [{ when: { onlineControl: true }, period: { count: 0, unit: 'days' } }],
  action: 'warn',
};

/** Which period the law gives a lead (财产线索), from who gave it and what it says. */
export type LeadTrack = 'specific_urgent' | 'applicant_urgent' | 'applicant' | 'other';

/**
 * A clear, specific and urgent lead, from anyone: 24 hours (Opinion-2021 13); the applicant's other
 * leads: 7 days, 3 when urgent (Property 2); anyone else's other leads have no period.
 */
export function leadTrack(lead: { fromApplicant: boolean; specific: boolean; urgent: boolean }): LeadTrack {
  if (lead.specific && lead.urgent) return 'specific_urgent';
  if (!lead.fromApplicant) return 'other';
  return lead.urgent ? 'applicant_urgent' : 'applicant';
}

/** 财产线索核查: verification starts within the period its track gives it (one deadline per lead). */
export const ASSET_LEAD: DeadlineRule = {
  id: 'assets.lead',
  clause: OPINION_13,
  see: [PROPERTY_2],
  title: {
    zh: '财产线索：明确具体且紧急的24小时内核查；申请执行人的其他线索7日内（紧急的3日内）核查',
    en: 'Verify a lead: a specific, urgent one within 24 hours; the applicant’s others within 7 days (3 if urgent)',
  },
  trigger: ASSET_EVENTS.leadReceived,
  satisfiedBy: [ASSET_EVENTS.leadVerified, CASE_EVENTS.closed],
  period: { count: 7, unit: 'days' },
  instanceKey: 'leadId',
  triggerWhen: { track: ['specific_urgent', 'applicant_urgent', 'applicant'] },
  variants: [
    { when: { track: 'specific_urgent' }, period: { count: 24, unit: 'hours' } },
    { when: { track: 'applicant_urgent' }, period: { count: 3, unit: 'days' } },
  ],
  action: 'warn',
};

// ─── Warning: controls about to lapse ─────────────────────────────────────────────────────────────

export const EXPIRY_WARN_DAYS = 30;

/** Each asset's current control end, from the timeline: the last event that says (null: no control). */
export function controlEnds(events: readonly TimelineFact[]): Map<string, LocalDate | null> {
  const ends = new Map<string, LocalDate | null>();
  const types: readonly string[] = [
    ASSET_EVENTS.controlled,
    ASSET_EVENTS.renewed,
    ASSET_EVENTS.released,
    ASSET_EVENTS.deducted,
  ];
  for (const event of events) {
    if (!types.includes(event.type)) continue;
    const assetId = event.data?.assetId;
    const until = event.data?.until;
    if (typeof assetId !== 'string' || until === undefined) continue;
    ends.set(assetId, typeof until === 'string' ? until : null);
  }
  return ends;
}

/**
 * 续行查封、冻结: warn `warnDays` days before a control ends (RULEBOOK, *configurable*); renew before
 * it ends, the position is kept (CPL-Interp 485). A control already lapsed is named too.
 */
export const ASSET_EXPIRY: WarningRule = {
  id: 'assets.expiry',
  clause: CPL_INTERP_485,
  see: [SEIZURE_26],
  title: { zh: '查封、冻结期限即将届满', en: 'A control period is about to end' },
  level: 'warn',
  parameters: [
    {
      name: 'warnDays',
      title: { zh: '届满前预警天数', en: 'Days of warning before a control ends' },
      default: EXPIRY_WARN_DAYS,
      min: 1,
      max: 180,
      unit: 'days',
    },
  ],
  check: (facts: CaseFacts, today, parameters) => {
    const warnDays = parameters.warnDays ?? EXPIRY_WARN_DAYS;
    const soon: { until: LocalDate; left: number }[] = [];
    for (const until of controlEnds(facts.events).values()) {
      const left = daysToExpiry(until, today);
      if (until !== null && left !== null && left <= warnDays) soon.push({ until, left });
    }
    if (soon.length === 0) return null;
    soon.sort((a, b) => compareLocalDates(a.until, b.until));
    const zh = soon.map(({ until, left }) => (left < 0 ? `已于${until}届满` : `${until}届满（余${left}日）`));
    const en = soon.map(({ until, left }) =>
      left < 0 ? `ended on ${until}` : `ends on ${until} (${left} days)`,
    );
    return {
      zh: `${soon.length}项查封、冻结在${warnDays}日内届满，请在届满前续行查封、冻结：${zh.join('；')}`,
      en: `${soon.length} control(s) within ${warnDays} days of their end — renew before they lapse: ${en.join('; ')}`,
    };
  },
};

// ─── The module's part of the rulebook ────────────────────────────────────────────────────────────

export const assetsRulebookPart: RulebookPart = {
  deadlines: [ASSET_CONTROL, ASSET_LEAD],
  warnings: [ASSET_EXPIRY],
  guards: CONTROL_GUARDS,
};

/** Opinion-2021 14: online results and offline finds are pushed to the parties. */
export const NOTIFY_CLAUSE = OPINION_14;
