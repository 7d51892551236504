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
import {
  FUNDS_DISTRIBUTION_ENTERPRISE,
  FUNDS_DISTRIBUTION_JOIN,
  FUNDS_DISTRIBUTION_OBJECTION,
  FUNDS_DISTRIBUTION_OPPOSITION,
  FUNDS_DISTRIBUTION_PAY_AFTER,
  FUNDS_DISTRIBUTION_SUIT,
  FUNDS_OBJECTION_IN_TIME,
  FUNDS_OPPOSITION_IN_TIME,
  FUNDS_SUIT_IN_TIME,
} from './distribution-rules';

// ─── Clauses ──────────────────────────────────────────────────────────────────────────────────────

const OPINION_19: Clause = { source: 'Opinion-2021', article: '19' };
const OPINION_20: Clause = { source: 'Opinion-2021', article: '20' };
const OPINION_22: Clause = { source: 'Opinion-2021', article: '22' };
const FUNDS: Clause = { source: 'Funds', article: '法发〔2017〕6号' };
/** The 2023 evaluation's indicators (seed 001): the warnings' numbers. */
const EVALUATION: Clause = { source: 'Evaluation-2023', article: '执行款管理' };
export const CPL_INTERP_506_510: Clause = { source: 'CPL-Interp', article: '506–510', version: '2022' };

// ─── Accounts and the ledger ──────────────────────────────────────────────────────────────────────

/**
 * `case`: a case's own account; the court's books: its escrow account at the bank, 不明款, fees, cash held,
 * lodged money, forfeited auction deposits reserved until the asset is sold again (`forfeit`, Auction 24),
 * and the counter-book of non-cash settlements (`in_kind`, 以物抵债).
 */
export type AccountKind =
  | 'case'
  | 'bank'
  | 'unidentified'
  | 'fees'
  | 'cash'
  | 'lodged'
  | 'forfeit'
  | 'in_kind';
/** What a movement is: money in (deposit, deduction, cash), matched by hand, paid out, fees. */
export const TRANSFER_KINDS = [
  'deposit',
  'deduction',
  'cash',
  'match',
  'payout',
  'fee',
  'lodging',
  'distribution',
  'forfeit',
  'in_kind',
] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];
/** `single`: posted at once; `pending`: a hold; `post` / `void`: the hold's end, naming it. */
export const TRANSFER_PHASES = ['single', 'pending', 'post', 'void'] as const;
export type TransferPhase = (typeof TRANSFER_PHASES)[number];

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
