/**
 * 繁简分流 (triage, Opinion-2021 7): after the first collective (online) query of a case is answered,
 * the case is marked simple (简案) or normal (普通案件). Simple: enough property was found to pay the
 * whole outstanding claim at once and nothing needs selling — money the court can deduct (divisible
 * property: deposits, funds, the balance not already held by other courts) covers what is still owed.
 * A simple case that is not finished within the court's target period becomes a normal case. The law
 * sets no period: the default is 3 months, an administrator may change it (rule parameter
 * `targetMonths` of `case.triage.simple_period`). Pure: no I/O, today comes in as an argument.
 */
import { type Text, yuan } from '../../platform/i18n';
import { addCalendarMonths, compareLocalDates, type LocalDate } from '../calendar/rules';
import type { CaseFacts, Clause, ParameterValues, RulebookPart, WarningRule } from '../compliance/rules';

export const OPINION_7: Clause = { source: 'Opinion-2021', article: '7' };

export type Track = 'simple' | 'normal';
export const TRACKS: readonly Track[] = ['simple', 'normal'];

export const TRACK_NAMES: Readonly<Record<Track, Text>> = {
  simple: { zh: '简案', en: 'Simple' },
  normal: { zh: '普通案件', en: 'Normal' },
};

/** Timeline nodes of triage. `data.track` is the track the case is on after the node. */
export const TRIAGE_EVENTS = {
  marked: 'triage.marked',
  corrected: 'triage.corrected',
  overran: 'triage.overran',
} as const;

export const TRIAGE_EVENT_TYPES: readonly string[] = Object.values(TRIAGE_EVENTS);

/** What the first collective query found, for the test. Amounts in fen. */
export interface TriageInput {
  claimAmount: number;
  paidAmount: number;
  /**
   * Property found, one entry per asset: `divisible` money (a deposit, a fund account) with its
   * `balance` and what other courts already hold of it (`frozenByOthers`); anything else would need
   * valuing and selling.
   */
  assets: readonly { divisible: boolean; balance: number | null; frozenByOthers: number }[];
}

export interface TriageResult {
  track: Track;
  outstanding: number;
  /** Money found that this court can take at once. */
  available: number;
  /** Assets found that would have to be sold (indivisible). */
  toSell: number;
  reason: Text;
}

/** The money of the assets found that this court can take at once. */
export function availableMoney(assets: TriageInput['assets']): number {
  let total = 0;
  for (const asset of assets) {
    if (!asset.divisible) continue;
    const free = Math.max((asset.balance ?? 0) - Math.max(asset.frozenByOthers, 0), 0);
    total += free;
  }
  return total;
}

/** RULEBOOK's test: simple when enough money was found to pay at once, so nothing needs selling. */
export function triage(input: TriageInput): TriageResult {
  const outstanding = Math.max(input.claimAmount - input.paidAmount, 0);
  const available = availableMoney(input.assets);
  const toSell = input.assets.filter((asset) => !asset.divisible).length;
  if (available >= outstanding) {
    return {
      track: 'simple',
      outstanding,
      available,
      toSell,
      reason: {
        zh: `查控到可直接扣划的款项${yuan(available)}，足以一次清偿未履行的${yuan(outstanding)}，无需变价`,
        en: `Money found that can be deducted at once (${yuan(available)}) pays the ${yuan(outstanding)} outstanding; nothing needs selling`,
      },
    };
  }
  return {
    track: 'normal',
    outstanding,
    available,
    toSell,
    reason:
      toSell > 0
        ? {
            zh: `可直接扣划的款项${yuan(available)}不足清偿未履行的${yuan(outstanding)}，另有${toSell}项财产须变价`,
            en: `Money found (${yuan(available)}) does not pay the ${yuan(outstanding)} outstanding; ${toSell} asset(s) would need selling`,
          }
        : {
            zh: `可直接扣划的款项${yuan(available)}不足清偿未履行的${yuan(outstanding)}`,
            en: `Money found (${yuan(available)}) does not pay the ${yuan(outstanding)} outstanding`,
          },
  };
}

export const DEFAULT_TARGET_MONTHS = 3;

/** The last day of a simple case's target period: `targetMonths` after the day it was marked simple. */
export function simpleDueOn(simpleSince: LocalDate, targetMonths: number): LocalDate {
  return addCalendarMonths(simpleSince, targetMonths);
}

/** Whether a simple case, simple since `simpleSince`, has overrun its period on `today`. */
export function overran(simpleSince: LocalDate, targetMonths: number, today: LocalDate): boolean {
  return compareLocalDates(today, simpleDueOn(simpleSince, targetMonths)) > 0;
}

/** The case's track from its timeline: the last triage node's, with the day it took effect. */
export function trackOf(
  events: readonly { type: string; on: LocalDate; data?: Readonly<Record<string, unknown>> | null }[],
): { track: Track; since: LocalDate } | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index];
    if (!event || !TRIAGE_EVENT_TYPES.includes(event.type)) continue;
    const track = event.data?.track;
    if (track === 'simple' || track === 'normal') return { track, since: event.on };
  }
  return null;
}

/**
 * 简案审限: the court's target period for a simple case, as a warning on the case (info while it runs,
 * warn once it has passed — the daily sweep then moves the case to normal). The period is the
 * configurable parameter `targetMonths`.
 */
export const TRIAGE_SIMPLE_PERIOD: WarningRule = {
  id: 'case.triage.simple_period',
  clause: OPINION_7,
  title: { zh: '简案办理期限（繁简分流）', en: 'Target period of a simple case (triage)' },
  level: 'info',
  parameters: [
    {
      name: 'targetMonths',
      title: { zh: '简案办理期限', en: 'Target period of a simple case' },
      default: DEFAULT_TARGET_MONTHS,
      min: 1,
      max: 6,
      unit: 'months',
    },
  ],
  check: (facts: CaseFacts, today: LocalDate, parameters: ParameterValues) => {
    if (facts.status !== 'open') return null;
    const current = trackOf(facts.events);
    if (current?.track !== 'simple') return null;
    const months = parameters.targetMonths ?? DEFAULT_TARGET_MONTHS;
    const dueOn = simpleDueOn(current.since, months);
    if (overran(current.since, months, today)) {
      return {
        zh: `简案应于${dueOn}前办结，已超期，转为普通案件`,
        en: `A simple case was due by ${dueOn}; it has overrun and becomes a normal case`,
      };
    }
    return {
      zh: `简案：应于${dueOn}前办结（${months}个月）`,
      en: `Simple case: to be finished by ${dueOn} (${months} months)`,
    };
  },
};

export const triageRulebookPart: RulebookPart = { warnings: [TRIAGE_SIMPLE_PERIOD] };
