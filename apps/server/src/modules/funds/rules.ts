/**
 * 执行款 (一案一账号): the accounts, the ledger's arithmetic, the payout states, the rules of RULEBOOK ›
 * Money as data, and distribution among creditors (参与分配). Pure: no I/O, no clock.
 */

import { type Text, yuan } from '../../platform/i18n';
import { toEpochDay } from '../calendar/rules';
import { luhn } from '../cases/account';
import { CASE_EVENTS } from '../cases/rules';
import {
  type Clause,
  type ConfigurableRule,
  type DeadlineRule,
  type GuardRule,
  type ParameterSettings,
  PERIOD_PARAMETER,
  parameterValues,
  type RulebookPart,
  type RuleParameter,
} from '../compliance/rules';

// ─── Clauses ──────────────────────────────────────────────────────────────────────────────────────

const OPINION_19: Clause = { source: 'Opinion-2021', article: '19' };
const OPINION_20: Clause = { source: 'Opinion-2021', article: '20' };
const OPINION_22: Clause = { source: 'Opinion-2021', article: '22' };
const FUNDS: Clause = { source: 'Funds', article: '法发〔2017〕6号' };
/** The 2023 evaluation's indicators (seed 001): the warnings' numbers. */
const EVALUATION: Clause = { source: 'Evaluation-2023', article: '执行款管理' };
export const CPL_INTERP_506_510: Clause = { source: 'CPL-Interp', article: '506–510', version: '2022' };

// ─── Accounts and the ledger ──────────────────────────────────────────────────────────────────────

/** `case`: a case's own account; the court's books: its escrow account at the bank, 不明款, fees, cash held. */
export type AccountKind = 'case' | 'bank' | 'unidentified' | 'fees' | 'cash' | 'lodged';
/** What a movement is: money in (deposit, deduction, cash), matched by hand, paid out, fees. */
export type TransferKind = 'deposit' | 'deduction' | 'cash' | 'match' | 'payout' | 'fee' | 'lodging';
/** `single`: posted at once; `pending`: a hold; `post` / `void`: the hold's end, naming it. */
export type TransferPhase = 'single' | 'pending' | 'post' | 'void';

/** A 19-digit case account number whose last digit is the Luhn check of the rest. */
export function isCaseAccountNo(accountNo: string): boolean {
  if (!/^\d{19}$/.test(accountNo)) return false;
  return luhn(accountNo.slice(0, -1)) === Number(accountNo.slice(-1));
}

export interface Totals {
  debitsPosted: number;
  creditsPosted: number;
  debitsPending: number;
  creditsPending: number;
}

export const ZERO_TOTALS: Totals = { debitsPosted: 0, creditsPosted: 0, debitsPending: 0, creditsPending: 0 };

/** A case account's balance: what it holds (credits less debits, posted). */
export const balanceOf = (t: Totals): number => t.creditsPosted - t.debitsPosted;
/** What may still be held or paid: the balance less what pending payouts hold. */
export const availableOf = (t: Totals): number => t.creditsPosted - t.debitsPosted - t.debitsPending;

/** A valid amount of money: whole fen, positive, safe. */
export function amountError(amount: unknown): Text | null {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    return { zh: '须为整数（单位：分）', en: 'must be a whole number of fen' };
  }
  return amount > 0 ? null : { zh: '须大于零', en: 'must be positive' };
}

/** What one transfer does to its two accounts' totals, by phase (a post/void carries the hold's amount). */
export function totalsAfter(
  totals: Totals,
  side: 'debit' | 'credit',
  phase: TransferPhase,
  amount: number,
): Totals {
  const posted = side === 'debit' ? 'debitsPosted' : 'creditsPosted';
  const pending = side === 'debit' ? 'debitsPending' : 'creditsPending';
  const next = { ...totals };
  if (phase === 'single') next[posted] += amount;
  if (phase === 'pending') next[pending] += amount;
  if (phase === 'post') {
    next[pending] -= amount;
    next[posted] += amount;
  }
  if (phase === 'void') next[pending] -= amount;
  return next;
}

/** The ledger's invariant over all accounts: debits equal credits, posted and pending alike. */
export function netsToZero(accounts: readonly Totals[]): boolean {
  const sum = (pick: (t: Totals) => number) => accounts.reduce((total, t) => total + pick(t), 0);
  return (
    sum((t) => t.debitsPosted) === sum((t) => t.creditsPosted) &&
    sum((t) => t.debitsPending) === sum((t) => t.creditsPending)
  );
}

// ─── Payouts ──────────────────────────────────────────────────────────────────────────────────────

/**
 * proposed (officer, the amount held) → approved (head: the payout notice to finance) → executing
 * (finance sent it to the bank) → paid (the bank confirmed). Refused by the head, or failed at the
 * bank: the hold is voided. `held`: disputed money lodged (提存) with a reason and the head's approval.
 */
export const PAYOUT_STATES = ['proposed', 'approved', 'executing', 'paid', 'refused', 'failed'] as const;
export type PayoutState = (typeof PAYOUT_STATES)[number];

export type PayoutAct = 'approve' | 'refuse' | 'execute' | 'confirm' | 'fail';

const PAYOUT_MOVES: Record<PayoutAct, { from: readonly PayoutState[]; to: PayoutState }> = {
  approve: { from: ['proposed'], to: 'approved' },
  refuse: { from: ['proposed', 'approved'], to: 'refused' },
  execute: { from: ['approved'], to: 'executing' },
  confirm: { from: ['executing'], to: 'paid' },
  fail: { from: ['executing'], to: 'failed' },
};

/** The state an act moves a payout to, or null when the act does not apply to its state. */
export function payoutMove(state: PayoutState, act: PayoutAct): PayoutState | null {
  const move = PAYOUT_MOVES[act];
  return move.from.includes(state) ? move.to : null;
}

/** States whose hold is still pending on the case's account. */
export const HOLDING_STATES: readonly PayoutState[] = ['proposed', 'approved', 'executing'];

// ─── Disputed money held (暂缓发放、提存) ──────────────────────────────────────────────────────────

/**
 * Money in dispute is held on the case's account with a reason (a pending transfer case → the court's
 * `lodged` book), so that only the undisputed part can be paid out (Opinion-2021 22: the undisputed
 * part is paid first; delaying or lodging money needs approval). The head approves or refuses; once
 * the dispute is settled the head releases it (the hold voided, the money available to pay again).
 */
export const LODGING_STATES = ['proposed', 'approved', 'refused', 'released'] as const;
export type LodgingState = (typeof LODGING_STATES)[number];
export type LodgingAct = 'approve' | 'refuse' | 'release';

const LODGING_MOVES: Record<LodgingAct, { from: readonly LodgingState[]; to: LodgingState }> = {
  approve: { from: ['proposed'], to: 'approved' },
  refuse: { from: ['proposed'], to: 'refused' },
  release: { from: ['approved'], to: 'released' },
};

/** The state an act moves a held amount to, or null when the act does not apply. */
export function lodgingMove(state: LodgingState, act: LodgingAct): LodgingState | null {
  const move = LODGING_MOVES[act];
  return move.from.includes(state) ? move.to : null;
}

/** Acts that end the hold in the ledger (void): the money is the case's to pay again. */
export const LODGING_VOIDS: readonly LodgingAct[] = ['refuse', 'release'];

// ─── Timeline events ──────────────────────────────────────────────────────────────────────────────

export const FUNDS_EVENTS = {
  /** Money arrived on the case's account (data: amount, source, transferId). */
  received: 'funds.received',
  /** The head approved a payout: the payout notice goes to finance (发款通知). */
  payoutNoticed: 'funds.payout_noticed',
  /** The bank confirmed a payout. */
  paid: 'funds.paid',
  /** Disputed money held with a reason (data: lodgingId, amount, reason). */
  lodged: 'funds.lodged',
  /** The head approved holding it. */
  lodgingApproved: 'funds.lodging_approved',
  /** The hold ended (refused or released): the money can be paid. */
  lodgingEnded: 'funds.lodging_ended',
  /** 执行申请费 booked out of the case's account (data: amount, claim, transferId). */
  feeBooked: 'funds.fee_booked',
} as const;

// ─── Rules (RULEBOOK › Money) ─────────────────────────────────────────────────────────────────────

/**
 * The payout periods are configurable per court (RULEBOOK › Money: *configurable*; the administrator's
 * change is dated and audited, compliance module): each rule's period is its `period` parameter, the
 * default RULEBOOK's number.
 */
function workingDays(count: number, title: Text): RuleParameter[] {
  return [{ name: PERIOD_PARAMETER, title, default: count, min: 1, max: 60, unit: 'working_days' }];
}

/** 执行款到账后10个工作日内向财务部门发出支付通知 (Opinion-2021 22). Case-wide, from the first arrival. */
export const FUNDS_PAYOUT_NOTICE: DeadlineRule = {
  id: 'funds.payout_notice',
  clause: OPINION_22,
  see: [FUNDS],
  title: {
    zh: '执行款到账后10个工作日内发出发款通知',
    en: 'Send the payout notice within 10 working days of the money’s arrival',
  },
  trigger: FUNDS_EVENTS.received,
  satisfiedBy: [FUNDS_EVENTS.payoutNoticed, FUNDS_EVENTS.paid, CASE_EVENTS.closed],
  period: { count: 10, unit: 'working_days' },
  parameters: workingDays(10, { zh: '发款通知期限', en: 'Period for the payout notice' }),
  action: 'warn',
};

/** 财务部门在收到支付通知后5个工作日内发放 (Opinion-2021 22). */
export const FUNDS_PAYOUT: DeadlineRule = {
  id: 'funds.payout',
  clause: OPINION_22,
  title: {
    zh: '财务部门收到发款通知后5个工作日内发放',
    en: 'Finance pays within 5 working days of the payout notice',
  },
  trigger: FUNDS_EVENTS.payoutNoticed,
  satisfiedBy: [FUNDS_EVENTS.paid, CASE_EVENTS.closed],
  period: { count: 5, unit: 'working_days' },
  parameters: workingDays(5, { zh: '财务发放期限', en: 'Period for finance to pay' }),
  action: 'warn',
};

/** 执行款到账超过15个工作日未发放 (Evaluation-2023 indicator; RULEBOOK: warning, *configurable*). */
export const FUNDS_UNPAID: DeadlineRule = {
  id: 'funds.unpaid',
  clause: EVALUATION,
  see: [OPINION_22],
  title: { zh: '执行款到账超过15个工作日未发放', en: 'Money unpaid 15 working days after its arrival' },
  trigger: FUNDS_EVENTS.received,
  satisfiedBy: [FUNDS_EVENTS.paid, CASE_EVENTS.closed],
  period: { count: 15, unit: 'working_days' },
  parameters: workingDays(15, {
    zh: '到账未发放预警期限',
    en: 'Days after arrival before unpaid money is warned',
  }),
  action: 'warn',
};

/**
 * 不明款: money no case claims, warned 8 working days after its arrival (Evaluation-2023; Opinion-2021
 * 19: every payment in is matched to a case). Not a case's deadline — the money has no case yet — so
 * the service evaluates it for each unidentified line.
 */
export const FUNDS_UNIDENTIFIED: ConfigurableRule = {
  id: 'funds.unidentified',
  clause: EVALUATION,
  see: [OPINION_19],
  title: {
    zh: '不明款到账超过8个工作日未认领',
    en: 'Unidentified money unclaimed 8 working days after arrival',
  },
  parameters: workingDays(8, { zh: '不明款认领预警期限', en: 'Days before unidentified money is warned' }),
};

/** What a payout proposal is checked against. */
export interface PayoutSubject {
  amount: number;
  payee: { accountNo: string; accountName: string };
  /** The applicants' payout accounts confirmed at filing (Opinion-2021 20). */
  confirmed: readonly { accountNo: string; accountName: string }[];
  available: number;
}

/** The guard action of a payout proposal. */
export const PAYOUT_ACTION = 'funds.payout';

/** 执行款只发放至立案时确认的收款账户 (Opinion-2021 20). */
export const FUNDS_PAYEE: GuardRule<PayoutSubject> = {
  id: 'funds.payee',
  clause: OPINION_20,
  action: PAYOUT_ACTION,
  check: ({ payee, confirmed }) => {
    const known = confirmed.some(
      (account) => account.accountNo === payee.accountNo && account.accountName === payee.accountName,
    );
    if (known) return null;
    return {
      zh: `收款账户 ${payee.accountNo}（${payee.accountName}）不是立案时确认的收款账户，执行款只能发放至确认的账户`,
      en: `account ${payee.accountNo} (${payee.accountName}) is not the payout account confirmed at filing; money is paid only there`,
    };
  },
};

/** 不得超出案款可用余额发放 (Funds; Opinion-2021 19: the case's money is the case's). */
export const FUNDS_BALANCE: GuardRule<PayoutSubject> = {
  id: 'funds.balance',
  clause: FUNDS,
  see: [OPINION_19],
  action: PAYOUT_ACTION,
  check: ({ amount, available }) =>
    amount <= available
      ? null
      : {
          zh: `发放金额 ${yuan(amount)} 超过本案可用余额 ${yuan(available)}`,
          en: `payout of ${yuan(amount)} exceeds the case’s available balance of ${yuan(available)}`,
        },
};

/** Money taken outside the bank: at the finance counter, or in cash by officers in the field. */
export interface CashSubject {
  method: 'counter' | 'cash';
  /** The officers who took it (cash: at least two). */
  collectedBy: readonly string[];
  collectedOn: string;
  handedOverOn: string;
  delayReason?: string;
  /** The payer signed the record of payment (现场笔录由交款人签名). */
  payerSigned: boolean;
}

/** The guard action of registering cash or counter money. */
export const CASH_ACTION = 'funds.cash';

/** Calendar days from one local date to another. */
const daysBetween = (from: string, to: string) => toEpochDay(to) - toEpochDay(from);

/**
 * 现金收取 (Funds): at least two officers, a receipt, a record the payer signs, handed to finance the
 * same day — or the next, with the reason recorded. Money paid at the finance counter needs none.
 */
export const FUNDS_CASH: GuardRule<CashSubject> = {
  id: 'funds.cash',
  clause: FUNDS,
  action: CASH_ACTION,
  check: ({ method, collectedBy, collectedOn, handedOverOn, delayReason, payerSigned }) => {
    if (method === 'counter') return null;
    const problems: Text[] = [];
    if (new Set(collectedBy.map((name) => name.trim())).size < 2)
      problems.push({ zh: '现金须由两名以上执行人员收取', en: 'cash is taken by at least two officers' });
    if (!payerSigned)
      problems.push({ zh: '须有交款人签名的笔录', en: 'the payer must sign the record of payment' });
    const late = daysBetween(collectedOn, handedOverOn);
    if (late < 0) problems.push({ zh: '移交日期早于收取日期', en: 'handed over before it was taken' });
    else if (late > 1)
      problems.push({
        zh: '现金须当日移交财务，最迟次日',
        en: 'cash is handed to finance the same day, the next at the latest',
      });
    else if (late === 1 && !delayReason?.trim())
      problems.push({ zh: '次日移交须记明理由', en: 'a hand-over the next day needs its reason recorded' });
    if (problems.length === 0) return null;
    return { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') };
  },
};

// ─── 参与分配: the workflow around the plan (CPL-Interp 506–510) ─────────────────────────────────────

const CPL_INTERP = (article: string): Clause => ({ source: 'CPL-Interp', article, version: '2022' });

/** The debtor whose money is distributed: 参与分配 is for a person or an other organisation (CPL-Interp 506). */
export type DebtorKind = 'person' | 'organisation' | 'enterprise';

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

export const fundsRulebookPart: RulebookPart = {
  deadlines: [
    FUNDS_PAYOUT_NOTICE,
    FUNDS_PAYOUT,
    FUNDS_UNPAID,
    FUNDS_DISTRIBUTION_OBJECTION,
    FUNDS_DISTRIBUTION_OPPOSITION,
    FUNDS_DISTRIBUTION_SUIT,
  ],
  guards: [
    FUNDS_PAYEE,
    FUNDS_BALANCE,
    FUNDS_CASH,
    FUNDS_DISTRIBUTION_ENTERPRISE,
    FUNDS_DISTRIBUTION_JOIN,
    FUNDS_OBJECTION_IN_TIME,
    FUNDS_OPPOSITION_IN_TIME,
    FUNDS_SUIT_IN_TIME,
    FUNDS_DISTRIBUTION_PAY_AFTER,
  ],
  configurable: [FUNDS_UNIDENTIFIED],
};

/** Whether unidentified money waited longer than the period in force for its court (default 8 working days). */
export function unidentifiedOverdue(workingDaysSinceArrival: number, settings?: ParameterSettings): boolean {
  return workingDaysSinceArrival > (parameterValues(FUNDS_UNIDENTIFIED, settings)[PERIOD_PARAMETER] ?? 8);
}
