/**
 * The rulebook engine (规则引擎): the law as typed data, and the pure functions that read it.
 *
 * Modules contribute rules (deadlines, warnings, guards); from a case's timeline the engine derives
 * its deadlines (期限) and warnings (预警), and guards refuse an operation whose preconditions are not
 * met. Every answer names its rule id and clause, because a warning or refusal shown to a user must
 * say which law it applies (RULEBOOK). No I/O and no clock: `today` and `now` are arguments.
 */
import type { RuleViolation } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import {
  addCalendarMonths,
  compareLocalDates,
  fromEpochDay,
  type LocalDate,
  MAX_PERIOD_COUNT,
  PERIOD_UNITS,
  type PeriodUnit,
  toEpochDay,
  type WorkingCalendar,
} from '../calendar/rules';

// ─── Clauses ──────────────────────────────────────────────────────────────────────────────────────

/** A provision of law, cited by the short names of RULEBOOK's sources table. */
export interface Clause {
  /** Short name: `CPL`, `CPL-Interp`, `Opinion-2021`, `Periods`, … */
  readonly source: string;
  /** Article number (`250`, `22–23`), or the document number (文号) when the whole document is cited. */
  readonly article: string;
  /** The version whose numbering `article` follows: CPL articles moved between 2017, 2021 and 2023. */
  readonly version?: string;
}

/**
 * The sources' names as a Chinese lawyer cites them: the two codes by their common short forms
 * (民事诉讼法, 民诉法解释), every other document by its title in 《》.
 */
const SOURCE_NAMES_ZH: Readonly<Record<string, string>> = {
  CPL: '民事诉讼法',
  'CPL-Interp': '民诉法解释',
  'Opinion-2021': '《关于进一步完善执行权制约机制加强执行监督的意见》',
  'Outline-2016': '《关于落实"用两到三年时间基本解决执行难问题"的工作纲要》',
  Auction: '《关于人民法院网络司法拍卖若干问题的规定》',
  RefPrice: '《关于人民法院确定财产处置参考价若干问题的规定》',
  Dishonest: '《关于公布失信被执行人名单信息的若干规定》',
  Restrict: '《关于限制被执行人高消费及有关消费的若干规定》',
  Dormant: '《关于严格规范终结本次执行程序的规定（试行）》',
  FileClose: '《关于执行案件立案、结案若干问题的意见》',
  CaseNo: '《关于人民法院案件案号的若干规定》',
  Periods: '《关于人民法院办理执行案件若干期限的规定》',
  Seizure: '《关于人民法院民事执行中查封、扣押、冻结财产的规定》',
  Funds: '《关于执行款物管理工作的规定》',
  Bankruptcy: '《关于执行案件移送破产审查若干问题的指导意见》',
  Work: '《关于人民法院执行工作若干问题的规定（试行）》',
  Procedure: '《关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》',
  Property: '《关于民事执行中财产调查若干问题的规定》',
  Objection: '《关于人民法院办理执行异议和复议案件若干问题的规定》',
  Delegation: '《关于委托执行若干问题的规定》',
  'Credit-2019': '《关于在执行工作中进一步强化善意文明执行理念的意见》',
  Fees: '《诉讼费用交纳办法》',
  'Evaluation-2023': '《中国法院执行信息化评估报告（2023）》',
};

/** A source's Chinese name; a source cited by its own Chinese name (拍卖变卖规定) stands as it is. */
export function sourceNameZh(source: string): string {
  return SOURCE_NAMES_ZH[source] ?? source;
}

/**
 * A clause in both languages. English: `Opinion-2021 art. 13`, `CPL (2023) art. 250`, a document
 * number alone: `Periods 法发〔2006〕35号`. Chinese: `民事诉讼法（2023年）第250条`,
 * `《关于人民法院办理执行案件若干期限的规定》（法发〔2006〕35号）`.
 */
export function clauseText(clause: Clause): Text {
  const source = clause.version ? `${clause.source} (${clause.version})` : clause.source;
  const nameZh = sourceNameZh(clause.source) + (clause.version ? `（${clause.version}年）` : '');
  // An article number starts with a digit; anything else is a 文号 and "art." would misread it.
  return /^\d/.test(clause.article)
    ? { zh: `${nameZh}第${clause.article}条`, en: `${source} art. ${clause.article}` }
    : { zh: `${nameZh}（${clause.article}）`, en: `${source} ${clause.article}` };
}

/** A rule's title: bilingual text, Chinese first. */
export type Title = Text;

// ─── Facts ────────────────────────────────────────────────────────────────────────────────────────

/** One event of a case's timeline. */
export interface TimelineFact {
  readonly type: string;
  readonly on: LocalDate;
  /** ISO instant, for periods counted in hours ("within 24 hours", Opinion-2021 13). */
  readonly at?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface CaseFacts {
  /** 立案日期. Stands for a `case.filed` event when the timeline has none. */
  readonly filedOn: LocalDate;
  /** 收到申请执行书之日. Stands for an `application.received` event when the timeline has none. */
  readonly receivedOn?: LocalDate;
  /** 执行依据生效之日: the judgment or other basis took effect. */
  readonly basisEffectiveOn: LocalDate;
  /** Amount claimed, in fen (分). */
  readonly claimAmount: number;
  readonly status: 'open' | 'closed';
  readonly events: readonly TimelineFact[];
}

/** Event types the engine itself reads. */
export const ENGINE_EVENTS = {
  caseFiled: 'case.filed',
  applicationReceived: 'application.received',
  pauseStarted: 'pause.started',
  pauseEnded: 'pause.ended',
  extensionApproved: 'extension.approved',
} as const;

/**
 * Periods that do not count toward a pausable deadline (RULEBOOK › Case filing; Work 63; Procedure 10):
 * the `data.kind` of `pause.started` / `pause.ended`.
 */
export const PAUSE_KINDS = [
  { id: 'publication', zh: '公告送达', en: 'Notice by publication' },
  { id: 'appraisal', zh: '鉴定、评估', en: 'Appraisal' },
  { id: 'jurisdiction', zh: '管辖争议', en: 'Jurisdiction dispute' },
  { id: 'coordination', zh: '执行争议协调', en: 'Coordination between courts' },
  { id: 'deferral', zh: '暂缓执行', en: 'Deferral' },
  { id: 'suspension', zh: '中止执行', en: 'Suspension' },
] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number]['id'];

const PAUSE_KIND_IDS: ReadonlySet<string> = new Set(PAUSE_KINDS.map((kind) => kind.id));
/** 暂缓执行 lasts at most 1 year: days beyond it are not excused. */
const DEFERRAL_MAX_MONTHS = 12;

// ─── Rules ────────────────────────────────────────────────────────────────────────────────────────

export type DeadlineUnit = PeriodUnit | 'hours';

export interface Period {
  readonly count: number;
  readonly unit: DeadlineUnit;
}

export type DeadlineAction = 'remind' | 'warn' | 'refuse';

/** A value of an event's data that rule data compares with. */
export type FactValue = string | number | boolean;

/** What an event's data must say: each field equals the value, or one of the values of an array. */
export type DataMatch = Readonly<Record<string, FactValue | readonly FactValue[]>>;

/** A period that applies when the trigger event's data match `when`. */
export interface PeriodVariant {
  readonly when: DataMatch;
  readonly period: Period;
}

export interface DeadlineRule {
  readonly id: string;
  readonly clause: Clause;
  /** Further provisions the rule rests on, for the record; answers cite `clause`. */
  readonly see?: readonly Clause[];
  readonly title: Title;
  /** Event type whose FIRST occurrence starts the period. */
  readonly trigger: string;
  /** The first event of any of these types, on or after the trigger, satisfies the rule. */
  readonly satisfiedBy: readonly string[];
  readonly period: Period;
  /**
   * The event data field that keys the rule's instances (e.g. `assetId`): one deadline per distinct
   * value, started by the first trigger event carrying that value and satisfied by the first satisfying
   * event carrying the same value — or by one that carries no value at all, which concerns the whole
   * case (`case.closed`). A trigger event without the field starts nothing. `latest` stays case-wide.
   */
  readonly instanceKey?: string;
  /** Only trigger events whose data match start the period (e.g. leads that the law gives a period). */
  readonly triggerWhen?: DataMatch;
  /** The period by what the trigger event says: the first variant whose `when` matches replaces `period`. */
  readonly variants?: readonly PeriodVariant[];
  readonly action: DeadlineAction;
  /** An outer limit counted from another event: the due date is the earlier of the two. */
  readonly latest?: { readonly trigger: string; readonly period: Period };
  /** Days inside `pause.started` … `pause.ended` intervals do not count. */
  readonly pausable?: boolean;
  /** `extension.approved` events (`data.months`) lengthen the period. */
  readonly extendable?: boolean;
  readonly appliesTo?: (facts: CaseFacts) => boolean;
  /**
   * RULEBOOK *configurable* numbers: a parameter named `period` (PERIOD_PARAMETER) sets the period's
   * count, its default the count in `period`, its unit the period's (see withParameters).
   */
  readonly parameters?: readonly RuleParameter[];
}

export type DeadlineStatus = 'open' | 'met' | 'met_late' | 'overdue' | 'paused';

export interface Deadline {
  ruleId: string;
  /** The instance's `instanceKey` value (an asset id, a lead id); '' for a rule without instances. */
  key: string;
  /** clauseText(rule.clause). */
  clause: Text;
  title: Title;
  action: DeadlineAction;
  triggeredOn: LocalDate;
  dueOn: LocalDate;
  /** The due instant, for periods in hours only. */
  dueAt?: string;
  satisfiedOn: LocalDate | null;
  status: DeadlineStatus;
  /** Calendar days from today to dueOn (negative when overdue); null once met. */
  daysLeft: number | null;
}

/**
 * A number of a rule that RULEBOOK marks *configurable*: the default is in the rule data, an
 * administrator may change it within [min, max] (rule_parameters, audited).
 */
export interface RuleParameter {
  readonly name: string;
  readonly title: Title;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly unit: 'days' | 'working_days' | 'hours' | 'minutes' | 'months' | 'fen' | 'count';
}

/** The parameter of a deadline rule that sets its period's count. */
export const PERIOD_PARAMETER = 'period';

/**
 * A rule whose numbers an administrator may change: a warning, a deadline, or a number a module
 * evaluates itself (e.g. the warning on each unidentified payment, which belongs to no case).
 */
export interface ConfigurableRule {
  readonly id: string;
  readonly clause: Clause;
  readonly see?: readonly Clause[];
  readonly title: Title;
  readonly parameters?: readonly RuleParameter[];
}

/** A rule's parameter values by name. */
export type ParameterValues = Readonly<Record<string, number>>;

/** Administrators' values by rule id; a rule uses its defaults for what is not set. */
export type ParameterSettings = ReadonlyMap<string, ParameterValues>;

export interface WarningRule {
  readonly id: string;
  readonly clause: Clause;
  readonly see?: readonly Clause[];
  readonly title: Title;
  readonly level: 'info' | 'warn';
  readonly parameters?: readonly RuleParameter[];
  /** The message to show, or null when the warning does not apply. */
  readonly check: (facts: CaseFacts, today: LocalDate, parameters: ParameterValues) => Text | null;
}

export interface Warning {
  ruleId: string;
  clause: Text;
  title: Title;
  level: 'info' | 'warn';
  message: Text;
}

/**
 * A precondition of an operation. `action` names the operation (e.g. `case.close:终结本次执行程序`);
 * every guard registered for one action takes the same subject type, which the registering module
 * defines.
 */
export interface GuardRule<Subject> {
  readonly id: string;
  readonly clause: Clause;
  readonly see?: readonly Clause[];
  readonly action: string;
  /** The violation, or null when the precondition holds. */
  readonly check: (subject: Subject) => Text | null;
}

/**
 * A guard of any subject type. `check` takes its subject contravariantly, so every GuardRule<S> is a
 * GuardRule<never>: a registry can hold them all, and hands them back typed through guardsFor<S>.
 */
export type AnyGuardRule = GuardRule<never>;

/** A violated guard, as `AppError`'s `violations` carry it (platform/errors.ts RuleViolation). */
export type Violation = RuleViolation;

// ─── Warnings and guards ──────────────────────────────────────────────────────────────────────────

/** A rule's parameter values: its defaults, overridden by the administrators' settings of known names. */
export function parameterValues(
  rule: { readonly id: string; readonly parameters?: readonly RuleParameter[] },
  settings?: ParameterSettings,
): ParameterValues {
  const values: Record<string, number> = {};
  const set = settings?.get(rule.id);
  for (const parameter of rule.parameters ?? []) {
    const value = set?.[parameter.name];
    values[parameter.name] =
      value !== undefined && parameterError(parameter, value) === null ? value : parameter.default;
  }
  return values;
}

/** Why a value cannot be the parameter's, or null. */
export function parameterError(parameter: RuleParameter, value: number): Text | null {
  if (!Number.isSafeInteger(value)) return { zh: '须为整数', en: 'must be a whole number' };
  if (value < parameter.min || value > parameter.max) {
    return {
      zh: `须在${parameter.min}至${parameter.max}之间`,
      en: `must be from ${parameter.min} to ${parameter.max}`,
    };
  }
  return null;
}

/** An administrator's change of one parameter, in force from its legal date; `value` null restores the default. */
export interface ParameterChange {
  readonly ruleId: string;
  readonly name: string;
  readonly value: number | null;
  readonly effectiveFrom: LocalDate;
  /** Order of recording: of two changes effective the same day, the later recorded wins. */
  readonly seq: number;
  /**
   * The one court the change is for (a court's own practice, e.g. its target period for simple cases);
   * null or absent: every court. A court's own value overrides the platform's; its `value` null
   * returns the court to the platform's value.
   */
  readonly courtId?: string | null;
}

/**
 * The administrators' values in force on `today`: each parameter's latest change effective by then —
 * the platform's, with the court's own over them when `courtId` is given.
 */
export function settingsOn(
  changes: readonly ParameterChange[],
  today: LocalDate,
  courtId: string | null = null,
): ParameterSettings {
  const latest = new Map<string, ParameterChange>();
  for (const change of changes) {
    if (compareLocalDates(change.effectiveFrom, today) > 0) continue;
    const scope = change.courtId ?? '';
    if (scope !== '' && scope !== courtId) continue;
    const key = `${scope}\u0000${change.ruleId}\u0000${change.name}`;
    const current = latest.get(key);
    if (current === undefined || isLater(change, current)) latest.set(key, change);
  }
  const settings = new Map<string, Record<string, number>>();
  // The platform's values first, then the court's own over them.
  const ordered = [...latest.values()].sort(
    (a, b) => Number(Boolean(a.courtId)) - Number(Boolean(b.courtId)),
  );
  for (const change of ordered) {
    if (change.value === null) continue;
    settings.set(change.ruleId, { ...settings.get(change.ruleId), [change.name]: change.value });
  }
  return settings;
}

function isLater(a: ParameterChange, b: ParameterChange): boolean {
  const byDate = compareLocalDates(a.effectiveFrom, b.effectiveFrom);
  return byDate !== 0 ? byDate > 0 : a.seq > b.seq;
}

export function evaluateWarnings(
  rules: readonly WarningRule[],
  facts: CaseFacts,
  today: LocalDate,
  settings?: ParameterSettings,
): Warning[] {
  const warnings: Warning[] = [];
  for (const rule of rules) {
    const message = rule.check(facts, today, parameterValues(rule, settings));
    if (message === null) continue;
    warnings.push({
      ruleId: rule.id,
      clause: clauseText(rule.clause),
      title: rule.title,
      level: rule.level,
      message,
    });
  }
  return warnings;
}

/**
 * Every violated guard of `action`, not only the first: the user fixes them all in one go. Typed
 * guards take their subject type; the registry's guards (Rulebook.guards()) take any subject, which
 * the action string vouches for.
 */
export function checkGuards<Subject>(
  rules: readonly GuardRule<Subject>[],
  action: string,
  subject: Subject,
): Violation[];
export function checkGuards(rules: readonly AnyGuardRule[], action: string, subject: unknown): Violation[];
export function checkGuards(rules: readonly AnyGuardRule[], action: string, subject: unknown): Violation[] {
  const violations: Violation[] = [];
  for (const rule of rules) {
    if (rule.action !== action) continue;
    const message = uncheckedSubject(rule)(subject);
    if (message !== null) violations.push({ ruleId: rule.id, clause: clauseText(rule.clause), message });
  }
  return violations;
}

/** The one place a subject meets a guard typed for another: the action string vouches for the type. */
function uncheckedSubject(rule: AnyGuardRule): (subject: unknown) => Text | null {
  return rule.check as (subject: unknown) => Text | null;
}

// ─── Registry ─────────────────────────────────────────────────────────────────────────────────────

/** What one module contributes to the rulebook. */
export interface RulebookPart {
  readonly deadlines?: readonly DeadlineRule[];
  readonly warnings?: readonly WarningRule[];
  readonly guards?: readonly AnyGuardRule[];
  /** Rules the module evaluates itself whose numbers are configurable (not a case's deadline or warning). */
  readonly configurable?: readonly ConfigurableRule[];
}

export type AnyRule = DeadlineRule | WarningRule | AnyGuardRule | ConfigurableRule;

export class DuplicateRuleIdError extends Error {
  override readonly name = 'DuplicateRuleIdError';

  constructor(readonly ruleId: string) {
    super(`rule id ${ruleId} is contributed twice`);
  }
}

/** All modules' rules. Ids are unique across kinds: a user quotes an id and must find one rule. */
export class Rulebook {
  private readonly deadlineRules: readonly DeadlineRule[];
  private readonly warningRules: readonly WarningRule[];
  private readonly guardRules: readonly AnyGuardRule[];
  private readonly configurableRules: readonly ConfigurableRule[];
  private readonly ids = new Map<string, AnyRule>();

  constructor(parts: readonly RulebookPart[]) {
    this.deadlineRules = Object.freeze(parts.flatMap((part) => part.deadlines ?? []));
    this.warningRules = Object.freeze(parts.flatMap((part) => part.warnings ?? []));
    this.guardRules = Object.freeze(parts.flatMap((part) => part.guards ?? []));
    const own = parts.flatMap((part) => part.configurable ?? []);
    for (const rule of this.deadlineRules) {
      validateDeadlineRule(rule);
      validatePeriodParameter(rule);
    }
    for (const rule of [...this.warningRules, ...own]) validateParameters(rule);
    this.configurableRules = Object.freeze(
      [...this.warningRules, ...this.deadlineRules, ...own].filter(
        (rule) => (rule.parameters ?? []).length > 0,
      ),
    );
    for (const rule of [...this.deadlineRules, ...this.warningRules, ...this.guardRules, ...own]) {
      if (this.ids.has(rule.id)) throw new DuplicateRuleIdError(rule.id);
      this.ids.set(rule.id, rule);
    }
  }

  deadlines(): readonly DeadlineRule[] {
    return this.deadlineRules;
  }

  warnings(): readonly WarningRule[] {
    return this.warningRules;
  }

  guards(): readonly AnyGuardRule[] {
    return this.guardRules;
  }

  /**
   * The guards of one action, typed by the subject that action's module defined. The cast is the
   * one place where the action string vouches for the subject type.
   */
  guardsFor<Subject>(action: string): readonly GuardRule<Subject>[] {
    const ofAction = (rule: AnyGuardRule): rule is GuardRule<Subject> => rule.action === action;
    return this.guardRules.filter(ofAction);
  }

  byId(id: string): AnyRule | undefined {
    return this.ids.get(id);
  }

  /** The rules with numbers an administrator may change: warnings, deadlines, and the modules' own. */
  configurable(): readonly ConfigurableRule[] {
    return this.configurableRules;
  }
}

function validateParameters(rule: ConfigurableRule): void {
  const names = new Set<string>();
  for (const parameter of rule.parameters ?? []) {
    if (names.has(parameter.name)) throw new RangeError(`${rule.id}: parameter ${parameter.name} twice`);
    names.add(parameter.name);
    const problem = parameterError(parameter, parameter.default);
    if (problem) throw new RangeError(`${rule.id}: default of ${parameter.name} ${problem.en}`);
  }
}

// ─── Deadlines ────────────────────────────────────────────────────────────────────────────────────

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Asia/Shanghai is UTC+8 all year: China has had no daylight saving time since 1991. */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
/** "No such event" in the per-case arrays: larger than every day, so `day < best` needs no test. */
const NONE = Number.POSITIVE_INFINITY;
/** Caches of parsed and formatted dates are dropped beyond this size, so a long batch stays bounded. */
const CACHE_LIMIT = 100_000;

const DEADLINE_UNITS: readonly string[] = [...PERIOD_UNITS, 'hours'];

function validatePeriod(id: string, period: Period): void {
  if (!DEADLINE_UNITS.includes(period.unit)) throw new RangeError(`${id}: unknown unit ${period.unit}`);
  if (!Number.isInteger(period.count) || period.count < 0 || period.count > MAX_PERIOD_COUNT) {
    throw new RangeError(`${id}: count must be an integer from 0 to ${MAX_PERIOD_COUNT}`);
  }
}

function validateDeadlineRule(rule: DeadlineRule): void {
  if (rule.id.trim() === '') throw new RangeError('a rule needs an id');
  validatePeriod(rule.id, rule.period);
  if (rule.latest) validatePeriod(rule.id, rule.latest.period);
  for (const variant of rule.variants ?? []) validatePeriod(rule.id, variant.period);
  if (rule.instanceKey !== undefined && rule.instanceKey.trim() === '') {
    throw new RangeError(`${rule.id}: instanceKey names no field`);
  }
}

/** A deadline's parameter is its period, defaulting to the rule data's (checked where rules register). */
function validatePeriodParameter(rule: DeadlineRule): void {
  validateParameters(rule);
  for (const parameter of rule.parameters ?? []) {
    if (parameter.name !== PERIOD_PARAMETER)
      throw new RangeError(`${rule.id}: a deadline takes only a period`);
    if (parameter.default !== rule.period.count || parameter.unit !== rule.period.unit)
      throw new RangeError(`${rule.id}: the period parameter must default to the rule's period`);
  }
}

/**
 * The deadline rules with each configurable period as the administrators set it (settingsOn: in force
 * on the day asked, the court's own over the platform's). The same array when nothing differs from
 * the rule data, so that a caller may keep what it compiled from it.
 */
export function withParameters(
  rules: readonly DeadlineRule[],
  settings?: ParameterSettings,
): readonly DeadlineRule[] {
  if (!settings || settings.size === 0) return rules;
  let changed = false;
  const resolved = rules.map((rule) => {
    if (!rule.parameters?.length) return rule;
    const count = parameterValues(rule, settings)[PERIOD_PARAMETER];
    if (count === undefined || count === rule.period.count) return rule;
    changed = true;
    return { ...rule, period: { ...rule.period, count } };
  });
  return changed ? resolved : rules;
}

function shanghaiEpochDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** Start of a day in Asia/Shanghai, as an instant. */
function shanghaiMidnightMs(epochDay: number): number {
  return epochDay * DAY_MS - SHANGHAI_OFFSET_MS;
}

function parseInstant(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${JSON.stringify(value)}`);
  return ms;
}

/** Pause intervals of one case, merged: day `start` is paused, day `end` counts again. */
interface PauseIntervals {
  readonly starts: number[];
  readonly ends: number[];
  /** Whether an interval contains a pause not yet ended (its end is provisionally today). */
  readonly open: boolean[];
}

interface PauseEdge {
  readonly day: number;
  readonly index: number;
  readonly started: boolean;
  readonly kind: string;
}

/** Per-rule data computed once for every case the evaluator sees. */
interface CompiledRule {
  readonly rule: DeadlineRule;
  readonly clause: Text;
  readonly triggerSlot: number;
  readonly latestSlot: number;
  readonly latestHours: boolean;
  /** Instances of the rule come from the events' data (instanceKey, triggerWhen or variants). */
  readonly instanced: boolean;
  /** The satisfying types, for instanced rules (the others are satisfied through the slots). */
  readonly satisfiedBy: ReadonlySet<string>;
  /** The rule's period and then its variants' periods: an instance's period is one of these. */
  readonly periods: readonly Period[];
  /**
   * Due day by trigger day, one map per entry of `periods`, for the common case of no pause and no
   * extension: cases share filing days.
   */
  readonly plainDue: readonly Map<number, number>[];
  readonly latestDue: Map<number, number>;
}

/** One deadline of an instanced rule, as collected from one case's events. */
interface Instance {
  readonly key: string;
  day: number;
  index: number;
  satisfiedDay: number;
  satisfiedIndex: number;
}

/**
 * Deadlines of many cases under one set of rules and one calendar. Compiling resolves each event type
 * to a slot once; per case, two passes over the timeline fill preallocated arrays, so a case without
 * pauses, extensions or instanced rules allocates nothing but its answers. Not re-entrant (the arrays
 * are shared).
 */
export class DeadlineEvaluator {
  private readonly compiled: readonly CompiledRule[];
  private readonly slots = new Map<string, number>();
  /** For each slot, the indexes of the (not instanced) rules the event type satisfies. */
  private readonly satisfies: number[][] = [];
  private readonly firstDay: Float64Array;
  private readonly firstIndex: Int32Array;
  private readonly satisfiedDay: Float64Array;
  private readonly satisfiedIndex: Int32Array;
  private readonly filedSlot: number;
  private readonly receivedSlot: number;
  private readonly epochDays = new Map<string, number>();
  private readonly dates = new Map<number, LocalDate>();
  // Scratch of the deadline being evaluated: numbers in fields, not a returned object per rule.
  private triggerDay = 0;
  /** Index of the trigger event in the timeline; -1 when the case's own date stands for it. */
  private triggerIndex = -1;
  private periodIndex = 0;
  private hours = false;
  private satisfierDay = NONE;
  private satisfierIndex = -1;
  private dueDay = 0;
  private dueMs = Number.NaN;
  private paused = false;
  private hasPauses = false;
  private hasExtensions = false;
  /** The case's pause intervals, computed when a pausable rule first needs them. */
  private pauses: PauseIntervals | null = null;

  constructor(
    rules: readonly DeadlineRule[],
    private readonly calendar: WorkingCalendar,
  ) {
    for (const rule of rules) validateDeadlineRule(rule);
    this.compiled = rules.map((rule, index) => this.compile(rule, index));
    this.filedSlot = this.slots.get(ENGINE_EVENTS.caseFiled) ?? -1;
    this.receivedSlot = this.slots.get(ENGINE_EVENTS.applicationReceived) ?? -1;
    this.firstDay = new Float64Array(this.slots.size);
    this.firstIndex = new Int32Array(this.slots.size);
    this.satisfiedDay = new Float64Array(rules.length);
    this.satisfiedIndex = new Int32Array(rules.length);
  }

  evaluate(facts: CaseFacts, today: LocalDate, now?: string): Deadline[] {
    return this.evaluateAt(facts, this.epochDay(today), now === undefined ? Number.NaN : parseInstant(now));
  }

  /** The same as evaluate, with today and now parsed once for a whole batch. */
  evaluateAll(factsList: readonly CaseFacts[], today: LocalDate, now?: string): Deadline[][] {
    const todayDay = this.epochDay(today);
    const nowMs = now === undefined ? Number.NaN : parseInstant(now);
    const results: Deadline[][] = new Array(factsList.length);
    for (let i = 0; i < factsList.length; i += 1) {
      results[i] = this.evaluateAt(factsList[i] as CaseFacts, todayDay, nowMs);
    }
    return results;
  }

  private compile(rule: DeadlineRule, index: number): CompiledRule {
    const instanced =
      rule.instanceKey !== undefined || rule.triggerWhen !== undefined || rule.variants !== undefined;
    for (const type of rule.satisfiedBy) {
      const list = this.satisfies[this.slot(type)] as number[];
      if (!instanced && !list.includes(index)) list.push(index);
    }
    const periods = [rule.period, ...(rule.variants ?? []).map((variant) => variant.period)];
    return {
      rule,
      clause: clauseText(rule.clause),
      triggerSlot: this.slot(rule.trigger),
      latestSlot: rule.latest ? this.slot(rule.latest.trigger) : -1,
      latestHours: rule.latest?.period.unit === 'hours',
      instanced,
      satisfiedBy: new Set(rule.satisfiedBy),
      periods,
      plainDue: periods.map(() => new Map()),
      latestDue: new Map(),
    };
  }

  private slot(type: string): number {
    let slot = this.slots.get(type);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(type, slot);
      this.satisfies.push([]);
    }
    return slot;
  }

  private evaluateAt(facts: CaseFacts, todayDay: number, nowMs: number): Deadline[] {
    this.scanTriggers(facts);
    this.scanSatisfactions(facts.events);
    this.pauses = null;
    const deadlines: Deadline[] = [];
    for (let r = 0; r < this.compiled.length; r += 1) {
      const compiled = this.compiled[r] as CompiledRule;
      if (this.firstDay[compiled.triggerSlot] === NONE) continue;
      if (compiled.rule.appliesTo && !compiled.rule.appliesTo(facts)) continue;
      if (compiled.instanced) {
        for (const instance of this.instances(compiled, facts.events)) {
          this.setInstance(compiled, instance, facts.events);
          deadlines.push(this.deadline(compiled, facts, instance.key, todayDay, nowMs));
        }
        continue;
      }
      this.triggerDay = this.firstDay[compiled.triggerSlot] as number;
      this.triggerIndex = this.firstIndex[compiled.triggerSlot] as number;
      this.setPeriod(compiled, 0);
      this.satisfierDay = this.satisfiedDay[r] as number;
      this.satisfierIndex = this.satisfiedIndex[r] as number;
      deadlines.push(this.deadline(compiled, facts, '', todayDay, nowMs));
    }
    return deadlines;
  }

  /** The deadline of the instance in the scratch fields: its due date, outer limit and answer. */
  private deadline(
    compiled: CompiledRule,
    facts: CaseFacts,
    key: string,
    todayDay: number,
    nowMs: number,
  ): Deadline {
    const rule = compiled.rule;
    const events = facts.events;
    const extension =
      rule.extendable && this.hasExtensions ? this.extensionMonths(rule, events, this.triggerDay) : 0;
    if (rule.pausable && this.hasPauses && this.pauses === null) {
      this.pauses = this.pauseIntervals(events, todayDay);
    }
    this.computeDue(compiled, facts, extension, rule.pausable ? this.pauses : null);
    this.applyLatest(compiled, facts);
    return this.answer(compiled, facts, key, todayDay, nowMs);
  }

  private setPeriod(compiled: CompiledRule, index: number): void {
    this.periodIndex = index;
    this.hours = (compiled.periods[index] as Period).unit === 'hours';
  }

  /** First pass: the first occurrence of every slotted event type, and whether pauses or extensions occur. */
  private scanTriggers(facts: CaseFacts): void {
    const { firstDay, firstIndex } = this;
    const events = facts.events;
    firstDay.fill(NONE);
    this.hasPauses = false;
    this.hasExtensions = false;
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i] as TimelineFact;
      const type = event.type;
      if (type === ENGINE_EVENTS.pauseStarted || type === ENGINE_EVENTS.pauseEnded) this.hasPauses = true;
      else if (type === ENGINE_EVENTS.extensionApproved) this.hasExtensions = true;
      const slot = this.slots.get(type);
      if (slot === undefined) continue;
      const day = this.epochDay(event.on);
      const best = firstDay[slot] as number;
      if (day < best || (day === best && this.earlierInstant(event, events[firstIndex[slot] as number]))) {
        firstDay[slot] = day;
        firstIndex[slot] = i;
      }
    }
    // The case's own dates stand for the events they record when the timeline leaves them out.
    this.implicit(this.filedSlot, facts.filedOn);
    if (facts.receivedOn !== undefined) this.implicit(this.receivedSlot, facts.receivedOn);
  }

  private implicit(slot: number, date: LocalDate): void {
    if (slot < 0 || this.firstDay[slot] !== NONE) return;
    this.firstDay[slot] = this.epochDay(date);
    this.firstIndex[slot] = -1;
  }

  /** Second pass: per rule without instances, the first satisfying event on or after its trigger. */
  private scanSatisfactions(events: readonly TimelineFact[]): void {
    this.satisfiedDay.fill(NONE);
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i] as TimelineFact;
      const slot = this.slots.get(event.type);
      if (slot === undefined) continue;
      const rules = this.satisfies[slot] as number[];
      if (rules.length === 0) continue;
      const day = this.epochDay(event.on);
      for (const r of rules) {
        const compiled = this.compiled[r] as CompiledRule;
        const triggerIndex = this.firstIndex[compiled.triggerSlot] as number;
        const hours = (compiled.periods[0] as Period).unit === 'hours';
        const trigger = {
          day: this.firstDay[compiled.triggerSlot] as number,
          event: eventAt(events, triggerIndex),
        };
        const best = {
          day: this.satisfiedDay[r] as number,
          event: eventAt(events, this.satisfiedIndex[r] as number),
        };
        if (this.satisfiesBetter(event, day, trigger, best, hours)) {
          this.satisfiedDay[r] = day;
          this.satisfiedIndex[r] = i;
        }
      }
    }
  }

  /**
   * Whether `event` (on `day`) satisfies a deadline started by `trigger` and comes before the best
   * satisfier so far: on or after the trigger — in hours, by the instant when both events have one —
   * and earlier than `best`.
   */
  private satisfiesBetter(
    event: TimelineFact,
    day: number,
    trigger: { day: number; event: TimelineFact | undefined },
    best: { day: number; event: TimelineFact | undefined },
    hours: boolean,
  ): boolean {
    if (day < trigger.day) return false;
    if (day === trigger.day && hours && this.earlierInstant(event, trigger.event)) return false;
    return day < best.day || (day === best.day && this.earlierInstant(event, best.event));
  }

  /**
   * The instances of an instanced rule in one case, ordered by trigger: per key, the first matching
   * trigger event; then each one's first satisfying event with the same key (or with none).
   */
  private instances(compiled: CompiledRule, events: readonly TimelineFact[]): Instance[] {
    const { rule } = compiled;
    const field = rule.instanceKey;
    const byKey = new Map<string, Instance>();
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i] as TimelineFact;
      if (event.type !== rule.trigger || !dataMatches(rule.triggerWhen, event.data)) continue;
      const key = field === undefined ? '' : keyOf(event.data, field);
      if (key === null) continue;
      const day = this.epochDay(event.on);
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, { key, day, index: i, satisfiedDay: NONE, satisfiedIndex: -1 });
      } else if (
        day < known.day ||
        (day === known.day && this.earlierInstant(event, eventAt(events, known.index)))
      ) {
        known.day = day;
        known.index = i;
      }
    }
    // Without a key, the case's own date stands for a trigger the timeline leaves out (filing).
    const slot = compiled.triggerSlot;
    if (field === undefined && byKey.size === 0 && this.firstIndex[slot] === -1) {
      if (dataMatches(rule.triggerWhen, undefined)) {
        const day = this.firstDay[slot] as number;
        byKey.set('', { key: '', day, index: -1, satisfiedDay: NONE, satisfiedIndex: -1 });
      }
    }
    if (byKey.size === 0) return [];
    this.satisfyInstances(compiled, events, byKey);
    return [...byKey.values()].sort((a, b) => a.day - b.day || a.index - b.index);
  }

  private satisfyInstances(
    compiled: CompiledRule,
    events: readonly TimelineFact[],
    byKey: ReadonlyMap<string, Instance>,
  ): void {
    const field = compiled.rule.instanceKey;
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i] as TimelineFact;
      if (!compiled.satisfiedBy.has(event.type)) continue;
      const key = field === undefined ? '' : keyOf(event.data, field);
      const day = this.epochDay(event.on);
      // A satisfying event that names no instance concerns them all (the case was closed).
      const targets = key === null ? byKey.values() : [byKey.get(key)];
      for (const instance of targets) {
        if (instance === undefined) continue;
        const hours = (compiled.periods[this.variantOf(compiled, eventAt(events, instance.index))] as Period)
          .unit;
        const trigger = { day: instance.day, event: eventAt(events, instance.index) };
        const best = { day: instance.satisfiedDay, event: eventAt(events, instance.satisfiedIndex) };
        if (this.satisfiesBetter(event, day, trigger, best, hours === 'hours')) {
          instance.satisfiedDay = day;
          instance.satisfiedIndex = i;
        }
      }
    }
  }

  /** Index into `periods`: the first variant whose `when` the trigger's data match, else the rule's own. */
  private variantOf(compiled: CompiledRule, trigger: TimelineFact | undefined): number {
    const variants = compiled.rule.variants;
    if (!variants) return 0;
    const index = variants.findIndex((variant) => dataMatches(variant.when, trigger?.data));
    return index + 1;
  }

  private setInstance(compiled: CompiledRule, instance: Instance, events: readonly TimelineFact[]): void {
    this.triggerDay = instance.day;
    this.triggerIndex = instance.index;
    this.setPeriod(compiled, this.variantOf(compiled, eventAt(events, instance.index)));
    this.satisfierDay = instance.satisfiedDay;
    this.satisfierIndex = instance.satisfiedIndex;
  }

  /** Between two events of one day, whether `event` has the earlier instant (false unless both have one). */
  private earlierInstant(event: TimelineFact, other: TimelineFact | undefined): boolean {
    if (event.at === undefined || other?.at === undefined) return false;
    return this.instantOf(event) < this.instantOf(other);
  }

  /**
   * The event's instant, or NaN. An `at` outside the event's own day (Asia/Shanghai) is when the event
   * was recorded, not when it happened (a node entered days later), so it is no instant of the event.
   */
  private instantOf(event: TimelineFact | undefined): number {
    if (event?.at === undefined) return Number.NaN;
    const ms = parseInstant(event.at);
    return shanghaiEpochDay(ms) === this.epochDay(event.on) ? ms : Number.NaN;
  }

  /**
   * The instant of a trigger, for periods in hours. Without `at`, the start of the trigger day in
   * Asia/Shanghai: the earliest the event can have happened, so the deadline is never shown late.
   */
  private triggerMs(day: number, event: TimelineFact | undefined): number {
    const ms = this.instantOf(event);
    return Number.isNaN(ms) ? shanghaiMidnightMs(day) : ms;
  }

  // ─── Due dates ──────────────────────────────────────────────────────────────────────────────────

  private computeDue(
    compiled: CompiledRule,
    facts: CaseFacts,
    extension: number,
    pauses: PauseIntervals | null,
  ): void {
    this.paused = false;
    const triggerDay = this.triggerDay;
    const period = compiled.periods[this.periodIndex] as Period;
    if (this.hours) {
      this.dueMs =
        this.triggerMs(triggerDay, eventAt(facts.events, this.triggerIndex)) + period.count * HOUR_MS;
      const day = shanghaiEpochDay(this.dueMs);
      const shifted = this.shift(plusMonths(day, extension), triggerDay, pauses);
      this.dueMs += (shifted - day) * DAY_MS;
      this.dueDay = shifted;
      return;
    }
    this.dueMs = Number.NaN;
    if (extension === 0 && (pauses === null || pauses.starts.length === 0)) {
      this.dueDay = this.cached(
        compiled.plainDue[this.periodIndex] as Map<number, number>,
        triggerDay,
        period,
      );
      return;
    }
    const { count, unit } = period;
    // A months period extended by m months is a period of count + m months (31 Jan + 6 + 3 = 31 Oct).
    const raw =
      unit === 'months'
        ? plusMonths(triggerDay, count + extension)
        : plusMonths(this.rawEnd(triggerDay, count, unit), extension);
    // Pauses shift the unrolled last day; the shifted day then rolls off a rest day (CPL 85).
    this.dueDay = this.rollForward(this.shift(raw, triggerDay, pauses));
  }

  /** An outer limit (`latest`) wins when it falls earlier; it is absolute: no pause, no extension. */
  private applyLatest(compiled: CompiledRule, facts: CaseFacts): void {
    const latest = compiled.rule.latest;
    if (!latest) return;
    const triggerDay = this.firstDay[compiled.latestSlot] as number;
    if (triggerDay === NONE) return;
    let day: number;
    let ms = Number.NaN;
    if (compiled.latestHours) {
      const trigger = eventAt(facts.events, this.firstIndex[compiled.latestSlot] as number);
      ms = this.triggerMs(triggerDay, trigger) + latest.period.count * HOUR_MS;
      day = shanghaiEpochDay(ms);
    } else {
      day = this.cached(compiled.latestDue, triggerDay, latest.period);
    }
    // A date-only limit runs to the end of its day, so an hours limit on the same day is the earlier.
    const earlier =
      day < this.dueDay ||
      (day === this.dueDay && !Number.isNaN(ms) && (Number.isNaN(this.dueMs) || ms < this.dueMs));
    if (!earlier) return;
    this.dueDay = day;
    // Keep an instant only when the limit has one; a date-only limit on an hours rule ends with its day.
    this.dueMs = Number.isNaN(ms) ? (this.hours ? shanghaiMidnightMs(day + 1) - 1 : Number.NaN) : ms;
    this.paused = false;
  }

  /** dueDate(calendar, trigger, count, unit), memoised per trigger day. */
  private cached(cache: Map<number, number>, triggerDay: number, period: Period): number {
    let due = cache.get(triggerDay);
    if (due === undefined) {
      // count 0 is the trigger day itself, unrolled, as in dueDate.
      due =
        period.count === 0
          ? triggerDay
          : this.rollForward(this.rawEnd(triggerDay, period.count, period.unit));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(triggerDay, due);
    }
    return due;
  }

  /** The last day of the period before any rest-day roll-forward; the trigger day is not counted. */
  private rawEnd(triggerDay: number, count: number, unit: DeadlineUnit): number {
    if (unit === 'working_days') {
      return count === 0 ? triggerDay : this.calendar.nthWorkingEpochDay(triggerDay + 1, count);
    }
    return unit === 'months' ? plusMonths(triggerDay, count) : triggerDay + count;
  }

  private rollForward(day: number): number {
    return this.calendar.nthWorkingEpochDay(day, 1);
  }

  /**
   * Moves `due` later by the paused days inside the period (the days after the trigger up to the
   * due day); a pause that starts only after the period has run out excuses nothing. Intervals are
   * merged, so overlapping pauses count once; walking them in order lets a pause that the shift
   * brought inside the period count too.
   */
  private shift(due: number, triggerDay: number, pauses: PauseIntervals | null): number {
    if (pauses === null) return due;
    let shifted = due;
    for (let k = 0; k < pauses.starts.length; k += 1) {
      const start = Math.max(pauses.starts[k] as number, triggerDay + 1);
      const end = pauses.ends[k] as number;
      if (start > shifted) break;
      // A pause still running pauses the period even before it has excused a whole day (started today).
      if (pauses.open[k]) this.paused = true;
      if (end > start) shifted += end - start;
    }
    return shifted;
  }

  /**
   * The case's pause intervals, merged. A `pause.ended` closes the earliest open pause of its kind;
   * a pause never ended runs provisionally to today; a deferral (暂缓) counts for at most 1 year;
   * kinds the law does not list excuse nothing.
   */
  private pauseIntervals(events: readonly TimelineFact[], todayDay: number): PauseIntervals {
    const edges: PauseEdge[] = [];
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i] as TimelineFact;
      const started = event.type === ENGINE_EVENTS.pauseStarted;
      if (!started && event.type !== ENGINE_EVENTS.pauseEnded) continue;
      const kind = event.data?.kind;
      if (typeof kind !== 'string' || !PAUSE_KIND_IDS.has(kind)) continue;
      edges.push({ day: this.epochDay(event.on), index: i, started, kind });
    }
    // Same day: starts first, so a pause started and ended on one day excuses no day.
    edges.sort((a, b) => a.day - b.day || Number(b.started) - Number(a.started) || a.index - b.index);
    return mergeIntervals(pairPauses(edges, todayDay));
  }

  /**
   * Months added by `extension.approved` events on or after the trigger. `data.months` must be a
   * positive integer; `data.ruleId`, when present, limits the extension to that rule.
   */
  private extensionMonths(rule: DeadlineRule, events: readonly TimelineFact[], triggerDay: number): number {
    let months = 0;
    for (const event of events) {
      if (event.type !== ENGINE_EVENTS.extensionApproved) continue;
      const added = event.data?.months;
      const ruleId = event.data?.ruleId;
      if (typeof added !== 'number' || !Number.isInteger(added) || added <= 0) continue;
      if (typeof ruleId === 'string' && ruleId !== rule.id) continue;
      if (this.epochDay(event.on) < triggerDay) continue;
      months += added;
    }
    return months;
  }

  // ─── Answer ─────────────────────────────────────────────────────────────────────────────────────

  private answer(
    compiled: CompiledRule,
    facts: CaseFacts,
    key: string,
    todayDay: number,
    nowMs: number,
  ): Deadline {
    const rule = compiled.rule;
    const events = facts.events;
    const satisfier = this.satisfierDay === NONE ? undefined : eventAt(events, this.satisfierIndex);
    const status = this.status(satisfier, todayDay, nowMs);
    const triggeredOn = eventAt(events, this.triggerIndex)?.on ?? this.date(this.triggerDay);
    const dueOn = this.date(this.dueDay);
    const satisfiedOn = satisfier?.on ?? null;
    const daysLeft = status === 'met' || status === 'met_late' ? null : this.dueDay - todayDay;
    // Two literals rather than a spread: a spread answer costs ten times as much in a sweep of a million.
    if (!this.hours) {
      return {
        ruleId: rule.id,
        key,
        clause: compiled.clause,
        title: rule.title,
        action: rule.action,
        triggeredOn,
        dueOn,
        satisfiedOn,
        status,
        daysLeft,
      };
    }
    return {
      ruleId: rule.id,
      key,
      clause: compiled.clause,
      title: rule.title,
      action: rule.action,
      triggeredOn,
      dueOn,
      dueAt: new Date(this.dueMs).toISOString(),
      satisfiedOn,
      status,
      daysLeft,
    };
  }

  private status(satisfier: TimelineFact | undefined, todayDay: number, nowMs: number): DeadlineStatus {
    if (satisfier !== undefined) {
      // Without an instant, an event on the due day is taken as on time: it may well have been.
      const ms = this.hours ? this.instantOf(satisfier) : Number.NaN;
      const late = Number.isNaN(ms) ? this.satisfierDay > this.dueDay : ms > this.dueMs;
      return late ? 'met_late' : 'met';
    }
    if (this.paused) return 'paused';
    const overdue = this.hours && !Number.isNaN(nowMs) ? nowMs > this.dueMs : todayDay > this.dueDay;
    return overdue ? 'overdue' : 'open';
  }

  // ─── Dates, memoised: a batch of cases shares a few thousand distinct days ─────────────────────

  private epochDay(date: LocalDate): number {
    let day = this.epochDays.get(date);
    if (day === undefined) {
      day = toEpochDay(date);
      if (this.epochDays.size >= CACHE_LIMIT) this.epochDays.clear();
      this.epochDays.set(date, day);
    }
    return day;
  }

  private date(epochDay: number): LocalDate {
    let date = this.dates.get(epochDay);
    if (date === undefined) {
      date = fromEpochDay(epochDay);
      if (this.dates.size >= CACHE_LIMIT) this.dates.clear();
      this.dates.set(epochDay, date);
    }
    return date;
  }
}

/** The event at an index, or undefined for -1 ("none"): a negative index on an array is a slow lookup. */
function eventAt(events: readonly TimelineFact[], index: number): TimelineFact | undefined {
  return index < 0 ? undefined : events[index];
}

/** Whether event data say what `when` asks (no `when` asks nothing; no data answer nothing). */
function dataMatches(when: DataMatch | undefined, data: TimelineFact['data']): boolean {
  if (when === undefined) return true;
  for (const field of Object.keys(when)) {
    const expected = when[field];
    const actual = data?.[field];
    const allowed: readonly unknown[] = Array.isArray(expected) ? expected : [expected];
    if (!allowed.includes(actual)) return false;
  }
  return true;
}

/** The instance key an event names in `field`: a non-empty string or a finite number, else none. */
function keyOf(data: TimelineFact['data'], field: string): string | null {
  const value = data?.[field];
  if (typeof value === 'string') return value === '' ? null : value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function plusMonths(epochDay: number, months: number): number {
  return months === 0 ? epochDay : toEpochDay(addCalendarMonths(fromEpochDay(epochDay), months));
}

interface RawInterval {
  start: number;
  end: number;
  open: boolean;
}

function pairPauses(edges: readonly PauseEdge[], todayDay: number): RawInterval[] {
  const openByKind = new Map<string, number[]>();
  const intervals: RawInterval[] = [];
  for (const edge of edges) {
    const open = openByKind.get(edge.kind) ?? [];
    openByKind.set(edge.kind, open);
    if (edge.started) {
      open.push(edge.day);
      continue;
    }
    const start = open.shift();
    // An end with no start is a data error that excuses nothing.
    if (start !== undefined) intervals.push(capped(edge.kind, start, edge.day, false));
  }
  for (const [kind, starts] of openByKind) {
    for (const start of starts) {
      intervals.push(capped(kind, start, Math.max(start, todayDay), start <= todayDay));
    }
  }
  return intervals;
}

function capped(kind: string, start: number, end: number, open: boolean): RawInterval {
  if (kind !== 'deferral') return { start, end, open };
  const limit = plusMonths(start, DEFERRAL_MAX_MONTHS);
  // A deferral past its year no longer excuses anything, nor keeps the deadline paused.
  return end > limit ? { start, end: limit, open: false } : { start, end, open };
}

function mergeIntervals(intervals: RawInterval[]): PauseIntervals {
  intervals.sort((a, b) => a.start - b.start);
  const merged: PauseIntervals = { starts: [], ends: [], open: [] };
  for (const interval of intervals) {
    // An empty interval excuses nothing; kept only while open, since it still pauses the period.
    if (interval.end < interval.start || (interval.end === interval.start && !interval.open)) continue;
    const last = merged.starts.length - 1;
    if (last >= 0 && interval.start <= (merged.ends[last] as number)) {
      merged.ends[last] = Math.max(merged.ends[last] as number, interval.end);
      merged.open[last] = (merged.open[last] as boolean) || interval.open;
      continue;
    }
    merged.starts.push(interval.start);
    merged.ends.push(interval.end);
    merged.open.push(interval.open);
  }
  return merged;
}

/**
 * The unmet deadline due first (ties: the lower rule id), or null when every deadline is met: what a
 * case list shows next to a case and filters it by (overdue when it is due before today).
 */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  let next: Deadline | null = null;
  for (const deadline of deadlines) {
    if (deadline.satisfiedOn !== null) continue;
    if (
      next === null ||
      deadline.dueOn < next.dueOn ||
      (deadline.dueOn === next.dueOn && deadline.ruleId < next.ruleId)
    ) {
      next = deadline;
    }
  }
  return next;
}

/**
 * The deadlines of one case as of `today` (and `now`, for periods in hours). A rule yields none when
 * its trigger has not happened or `appliesTo` is false. A date outside the calendar's years throws
 * CalendarYearMissingError: holidays are never guessed.
 */
export function evaluateDeadlines(
  rules: readonly DeadlineRule[],
  facts: CaseFacts,
  calendar: WorkingCalendar,
  today: LocalDate,
  now?: string,
): Deadline[] {
  return new DeadlineEvaluator(rules, calendar).evaluate(facts, today, now);
}

/**
 * Whether, once a case has had an event of `type`, a later one can change none of its deadlines: the
 * rules read only the type's first occurrence (a plain trigger, an outer limit's trigger), none is
 * satisfied by it or keyed by what it says, none applies to some cases only, and the engine does not
 * read the type itself (pauses, extensions, filing). Lets a caller skip re-evaluating a case for a
 * repeated arrival of money — at a million statement lines, the timelines re-read would dominate.
 */
export function onlyFirstOccurrenceCounts(rules: readonly DeadlineRule[], type: string): boolean {
  if ((Object.values(ENGINE_EVENTS) as string[]).includes(type)) return false;
  return rules.every(
    (rule) =>
      rule.appliesTo === undefined &&
      !rule.satisfiedBy.includes(type) &&
      (rule.trigger !== type ||
        (rule.instanceKey === undefined && rule.triggerWhen === undefined && rule.variants === undefined)),
  );
}

/** evaluateDeadlines for many cases, compiling the rules once and sharing the date caches. */
export function evaluateMany(
  rules: readonly DeadlineRule[],
  factsList: readonly CaseFacts[],
  calendar: WorkingCalendar,
  today: LocalDate,
  now?: string,
): Deadline[][] {
  return new DeadlineEvaluator(rules, calendar).evaluateAll(factsList, today, now);
}
