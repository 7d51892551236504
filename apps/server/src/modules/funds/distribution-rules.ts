/**
 * 参与分配 as a workflow (CPL-Interp 506–510), pure: the distribution's and its objections' state
 * machines, the timeline events, the three party periods as deadline rules, and the guards that refuse
 * joining, late acts and acts before a period has ended. Registered in the Rulebook by `rules.ts`
 * (fundsRulebookPart); the service: `distributions.ts`, `objections.ts`.
 */
import type { Text } from '../../platform/i18n';
import { CASE_EVENTS } from '../cases/rules';
import type { Clause, DeadlineRule, GuardRule } from '../compliance/rules';

const CPL_INTERP = (article: string): Clause => ({ source: 'CPL-Interp', article, version: '2022' });

/** The debtor whose money is distributed: 参与分配 is for a person or an other organisation (CPL-Interp 506). */
export const DEBTOR_KINDS = ['person', 'organisation', 'enterprise'] as const;
export type DebtorKind = (typeof DEBTOR_KINDS)[number];

/**
 * open (creditors join in writing) ──draw (officer: the plan served on every creditor and the debtor)──▶
 * served ──pay (after the objection period: the undisputed shares proposed as payouts)──▶ paying.
 * A creditor joining a served plan sends it back to `open`: the plan is drawn and served again.
 */
export const DISTRIBUTION_STATES = ['open', 'served', 'paying'] as const;
export type DistributionState = (typeof DISTRIBUTION_STATES)[number];
export type DistributionAct = 'join' | 'draw' | 'pay';

const DISTRIBUTION_MOVES: Record<
  DistributionAct,
  { from: readonly DistributionState[]; to: DistributionState }
> = {
  join: { from: ['open', 'served'], to: 'open' },
  draw: { from: ['open'], to: 'served' },
  pay: { from: ['served', 'paying'], to: 'paying' },
};

export function distributionMove(state: DistributionState, act: DistributionAct): DistributionState | null {
  const move = DISTRIBUTION_MOVES[act];
  return move.from.includes(state) ? move.to : null;
}

/**
 * An objection to the plan (CPL-Interp 509–510):
 *
 * ```
 * filed ──notify (the others told)──▶ notified ──oppose (≤15 d)──▶ opposed ──suit (≤15 d; disputed money lodged)──▶ suing
 *                                        └──revise (15 d passed unopposed: the plan revised as asked)──▶ revised
 *                                                                    opposed ──lapse (15 d, no suit: the plan stands)──▶ lapsed
 *                                                     suing ──judge──▶ upheld (the plan revised) | dismissed (the plan stands)
 * ```
 */
export const OBJECTION_STATES = [
  'filed',
  'notified',
  'opposed',
  'suing',
  'revised',
  'lapsed',
  'upheld',
  'dismissed',
] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];
export type ObjectionAct = 'notify' | 'oppose' | 'revise' | 'suit' | 'lapse' | 'uphold' | 'dismiss';

const OBJECTION_MOVES: Record<ObjectionAct, { from: readonly ObjectionState[]; to: ObjectionState }> = {
  notify: { from: ['filed'], to: 'notified' },
  oppose: { from: ['notified'], to: 'opposed' },
  revise: { from: ['notified'], to: 'revised' },
  suit: { from: ['opposed'], to: 'suing' },
  lapse: { from: ['opposed'], to: 'lapsed' },
  uphold: { from: ['suing'], to: 'upheld' },
  dismiss: { from: ['suing'], to: 'dismissed' },
};

export function objectionMove(state: ObjectionState, act: ObjectionAct): ObjectionState | null {
  const move = OBJECTION_MOVES[act];
  return move.from.includes(state) ? move.to : null;
}

/** Objections whose outcome is still open: their revision may yet apply, so their disputed money waits. */
export const OBJECTION_LIVE: readonly ObjectionState[] = ['filed', 'notified', 'opposed', 'suing'];

/** Each party period of 参与分配 is 15 days (CPL-Interp 509–510), counted from the day after (CPL 85). */
export const DISTRIBUTION_PERIOD = { count: 15, unit: 'days' } as const;

export const DISTRIBUTION_EVENTS = {
  /** A creditor joined in writing (data: distributionId, claimId, creditor, amount, group). */
  joined: 'funds.distribution_joined',
  /** The plan served on every creditor and the debtor (data: distributionId, documentId, servedTo). */
  served: 'funds.distribution_served',
  objected: 'funds.distribution_objected',
  /** The other parties told of an objection: their 15 days to oppose start (data: objectionId). */
  objectionNotified: 'funds.distribution_objection_notified',
  /** Opposed: the objector told; his 15 days to sue start (data: objectionId). */
  opposed: 'funds.distribution_opposed',
  suitFiled: 'funds.distribution_suit_filed',
  /** The objection ended: revised, lapsed, upheld or dismissed (data: objectionId, outcome). */
  objectionEnded: 'funds.distribution_objection_ended',
  /** The undisputed shares proposed for payout (data: distributionId, payouts). */
  paid: 'funds.distribution_paid',
} as const;

/** 分配方案送达后15日内可提出书面异议 (CPL-Interp 509): the parties' period; the officer pays after it. */
export const FUNDS_DISTRIBUTION_OBJECTION: DeadlineRule = {
  id: 'funds.distribution_objection',
  clause: CPL_INTERP('509'),
  title: {
    zh: '分配方案送达之日起15日内可提出书面异议，期满后发放无争议部分',
    en: 'Objections within 15 days of service of the plan; the undisputed shares paid after it',
  },
  trigger: DISTRIBUTION_EVENTS.served,
  instanceKey: 'distributionId',
  satisfiedBy: [DISTRIBUTION_EVENTS.paid, CASE_EVENTS.closed],
  period: DISTRIBUTION_PERIOD,
  action: 'remind',
};

/** 未提出异议的债权人、被执行人收到通知之日起15日内可提出反对意见 (CPL-Interp 510). */
export const FUNDS_DISTRIBUTION_OPPOSITION: DeadlineRule = {
  id: 'funds.distribution_opposition',
  clause: CPL_INTERP('510'),
  title: {
    zh: '收到异议通知之日起15日内可提出反对意见；未反对的按异议修正方案',
    en: 'Opposition within 15 days of notice of an objection; unopposed, the plan is revised as asked',
  },
  trigger: DISTRIBUTION_EVENTS.objectionNotified,
  instanceKey: 'objectionId',
  satisfiedBy: [DISTRIBUTION_EVENTS.opposed, DISTRIBUTION_EVENTS.objectionEnded, CASE_EVENTS.closed],
  period: DISTRIBUTION_PERIOD,
  action: 'remind',
};

/** 异议人收到反对意见通知之日起15日内起诉；逾期未起诉的按原方案分配 (CPL-Interp 510). */
export const FUNDS_DISTRIBUTION_SUIT: DeadlineRule = {
  id: 'funds.distribution_suit',
  clause: CPL_INTERP('510'),
  title: {
    zh: '异议人收到反对意见通知之日起15日内起诉，逾期按原分配方案分配',
    en: 'The objector sues within 15 days of notice of the opposition, or the plan stands',
  },
  trigger: DISTRIBUTION_EVENTS.opposed,
  instanceKey: 'objectionId',
  satisfiedBy: [DISTRIBUTION_EVENTS.suitFiled, DISTRIBUTION_EVENTS.objectionEnded, CASE_EVENTS.closed],
  period: DISTRIBUTION_PERIOD,
  action: 'remind',
};

/** What joining a distribution is checked against. */
export interface JoinSubject {
  debtorKind: DebtorKind;
  state: DistributionState;
  group: 'costs' | 'priority' | 'ordinary';
  /** The title (执行依据) named or attached: an ordinary creditor joins only with one. */
  hasTitle: boolean;
}

export const JOIN_ACTION = 'funds.distribution.join';

/** 被执行人为企业法人的，不适用参与分配，按查封先后清偿 (CPL-Interp 506, 514). */
export const FUNDS_DISTRIBUTION_ENTERPRISE: GuardRule<JoinSubject> = {
  id: 'funds.distribution_enterprise',
  clause: CPL_INTERP('506'),
  see: [CPL_INTERP('514')],
  action: JOIN_ACTION,
  check: ({ debtorKind }) =>
    debtorKind !== 'enterprise'
      ? null
      : {
          zh: '被执行人为企业法人，不适用参与分配：应移送破产审查；不移送或不受理的，按财产保全和执行中查封、扣押、冻结的先后顺序清偿（首封优先）',
          en: 'The debtor is an enterprise legal person: no distribution among creditors; it goes to bankruptcy review, else creditors are paid in the order of seizure',
        },
};

/** 参与分配申请应在执行程序开始后、被执行人的财产执行终结前提出，并附执行依据 (CPL-Interp 507). */
export const FUNDS_DISTRIBUTION_JOIN: GuardRule<JoinSubject> = {
  id: 'funds.distribution_join',
  clause: CPL_INTERP('507'),
  action: JOIN_ACTION,
  check: ({ state, group, hasTitle }) => {
    if (state === 'paying')
      return {
        zh: '被执行人的财产已执行终结（分配款已发放），不能再申请参与分配',
        en: 'The debtor’s property has been enforced (the shares are being paid out): too late to join',
      };
    if (group === 'ordinary' && !hasTitle)
      return {
        zh: '申请参与分配须提交执行依据（已取得执行依据的债权人）；对该财产有优先权、担保物权的债权人可直接申请',
        en: 'An ordinary creditor joins with his enforceable title; only secured or preferential creditors may join without one',
      };
    return null;
  },
};

/** A party act tied to a 15-day period: refused once the period is over. */
export interface PeriodSubject {
  /** The act's day, and the last day of its period (null: the period has not started). */
  on: string;
  dueOn: string | null;
}

const periodCheck =
  (what: Text) =>
  ({ on, dueOn }: PeriodSubject): Text | null =>
    dueOn === null || on <= dueOn
      ? null
      : {
          zh: `${what.zh}期间已于${dueOn}届满`,
          en: `the period for ${what.en} ended on ${dueOn}`,
        };

export const OBJECTION_ACTION = 'funds.distribution.object';
export const OPPOSITION_ACTION = 'funds.distribution.oppose';
export const SUIT_ACTION = 'funds.distribution.suit';

/** An objection after the 15 days from service of the plan is refused (CPL-Interp 509). */
export const FUNDS_OBJECTION_IN_TIME: GuardRule<PeriodSubject> = {
  id: 'funds.distribution_objection_in_time',
  clause: CPL_INTERP('509'),
  action: OBJECTION_ACTION,
  check: periodCheck({ zh: '对分配方案提出异议的', en: 'objecting to the plan' }),
};

export const FUNDS_OPPOSITION_IN_TIME: GuardRule<PeriodSubject> = {
  id: 'funds.distribution_opposition_in_time',
  clause: CPL_INTERP('510'),
  action: OPPOSITION_ACTION,
  check: periodCheck({ zh: '提出反对意见的', en: 'opposing the objection' }),
};

export const FUNDS_SUIT_IN_TIME: GuardRule<PeriodSubject> = {
  id: 'funds.distribution_suit_in_time',
  clause: CPL_INTERP('510'),
  action: SUIT_ACTION,
  check: periodCheck({ zh: '异议人起诉的', en: 'the objector’s suit' }),
};

/** Acts that wait for a period to end: paying after the objection period, revising or lapsing after theirs. */
export interface AfterPeriodSubject {
  today: string;
  dueOn: string;
}

export const FUNDS_DISTRIBUTION_PAY_AFTER: GuardRule<AfterPeriodSubject> = {
  id: 'funds.distribution_period_running',
  clause: CPL_INTERP('509'),
  see: [CPL_INTERP('510')],
  action: 'funds.distribution.after_period',
  check: ({ today, dueOn }) =>
    today > dueOn
      ? null
      : {
          zh: `期间至${dueOn}届满，届满前不能进行此项操作`,
          en: `the period runs until ${dueOn}: not before it has ended`,
        },
};
