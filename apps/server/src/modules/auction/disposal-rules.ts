/**
 * After the auctions fail, or a winner defaults: 变卖 (the fixed-price sale after a failed second auction,
 * Auction 37), 以物抵债 (a creditor taking the asset at a failed round's price, 拍卖变卖规定 16), and the
 * split of a forfeited deposit (Auction 24). Pure: every instant and amount is an argument.
 */
import { yuan } from '../../platform/i18n';
import { addCalendarDays, compareLocalDates, type LocalDate } from '../calendar/rules';
import type {
  CaseFacts,
  Clause,
  GuardRule,
  ParameterValues,
  RulebookPart,
  WarningRule,
} from '../compliance/rules';
import {
  AUCTION_26,
  AUCTION_37,
  type BidAttempt,
  type BidOutcome,
  type BidState,
  daysBetween,
  judgeBid,
} from './rules';

export const SALE_RULES_16: Clause = { source: '拍卖变卖规定', article: '16' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ─── 变卖 (Auction 37) ────────────────────────────────────────────────────────────────────────────

/** 变卖 after a failed second auction (Auction 37): the platforms' practice, configurable. */
export interface FixedPriceSaleTuning {
  announceWithinDays: number;
  openDays: number;
  biddingHours: number;
  extensionMinutes: number;
}
export const DEFAULT_SALE_TUNING: FixedPriceSaleTuning = {
  announceWithinDays: 15,
  openDays: 60,
  biddingHours: 24,
  extensionMinutes: 5,
};

/** 变卖 schedule after a failed second auction (Auction 37), from the tuning. */
export function fixedPriceSaleWindow(failedAt: Date, announcedAt: Date, tuning: FixedPriceSaleTuning) {
  return {
    announceBy: new Date(failedAt.getTime() + tuning.announceWithinDays * DAY),
    opensAt: announcedAt,
    closesAt: new Date(announcedAt.getTime() + tuning.openDays * DAY),
    biddingMs: tuning.biddingHours * HOUR,
    extensionMs: tuning.extensionMinutes * MINUTE,
  };
}

/**
 * 变卖's periods: the platforms' practice, not the law's (RULEBOOK: *configurable*), so a rule parameter
 * per court. The rule also warns while a failed second auction awaits its 变卖 or 以物抵债.
 */
export const AUCTION_SALE_PERIODS: WarningRule = {
  id: 'auction.sale_periods',
  clause: AUCTION_37,
  see: [AUCTION_26],
  title: {
    zh: '二拍流拍后的变卖（公告、变卖期、竞价期）',
    en: 'The fixed-price sale after a failed second auction',
  },
  level: 'warn',
  parameters: [
    {
      name: 'announceWithinDays',
      title: {
        zh: '二拍流拍后发布变卖公告的期限',
        en: 'Announce the sale within (days of the failed auction)',
      },
      default: DEFAULT_SALE_TUNING.announceWithinDays,
      min: 1,
      max: 60,
      unit: 'days',
    },
    {
      name: 'openDays',
      title: { zh: '变卖期', en: 'The sale stays open' },
      default: DEFAULT_SALE_TUNING.openDays,
      min: 7,
      max: 180,
      unit: 'days',
    },
    {
      name: 'biddingHours',
      title: { zh: '首个有效出价后的竞价期', en: 'Bidding after the first qualifying bid' },
      default: DEFAULT_SALE_TUNING.biddingHours,
      min: 24,
      max: 72,
      unit: 'hours',
    },
    {
      name: 'extensionMinutes',
      title: { zh: '延时周期', en: 'Extension of a late bid' },
      default: DEFAULT_SALE_TUNING.extensionMinutes,
      min: 1,
      max: 30,
      unit: 'minutes',
    },
  ],
  check: (facts, today, parameters) => {
    const pending = awaitingDisposal(facts);
    if (!pending) return null;
    const days = saleTuningOf(parameters).announceWithinDays;
    const dueOn = addCalendarDays(pending.failedOn, days);
    return compareLocalDates(today, dueOn) > 0
      ? {
          zh: `二拍流拍（${pending.failedOn}）后应于${dueOn}前发布变卖公告或以物抵债，已超期`,
          en: `After the failed second auction (${pending.failedOn}) the sale was due to be announced, or the asset taken in kind, by ${dueOn}; overdue`,
        }
      : {
          zh: `二拍流拍（${pending.failedOn}）：应于${dueOn}前发布变卖公告或以物抵债（${days}日）`,
          en: `Second auction failed (${pending.failedOn}): announce the sale, or take the asset in kind, by ${dueOn} (${days} days)`,
        };
  },
};

/** The tuning from the rule's parameter values (the defaults for what is missing). */
export function saleTuningOf(values: ParameterValues): FixedPriceSaleTuning {
  return {
    announceWithinDays: values.announceWithinDays ?? DEFAULT_SALE_TUNING.announceWithinDays,
    openDays: values.openDays ?? DEFAULT_SALE_TUNING.openDays,
    biddingHours: values.biddingHours ?? DEFAULT_SALE_TUNING.biddingHours,
    extensionMinutes: values.extensionMinutes ?? DEFAULT_SALE_TUNING.extensionMinutes,
  };
}

/** The latest failed second auction of an asset not yet followed by its 变卖 or 以物抵债, if any. */
export function awaitingDisposal(facts: CaseFacts): { assetId: string; failedOn: LocalDate } | null {
  let pending: { assetId: string; failedOn: LocalDate } | null = null;
  for (const event of facts.events) {
    const assetId = String(event.data?.assetId ?? '');
    if (event.type === 'auction.unsold' && event.data?.next === 'fixed_price_sale_or_in_kind')
      pending = { assetId, failedOn: event.on };
    else if (
      pending?.assetId === assetId &&
      ((event.type === 'auction.created' && event.data?.mode === 'fixed_price_sale') ||
        event.type === 'auction.taken_in_kind')
    )
      pending = null;
  }
  return facts.status === 'open' ? pending : null;
}

export const SALE_ACTION = 'auction.sale.create';

export interface SalePlan {
  /** The failed second auction: its starting price (the sale's price) and end; null when there is none. */
  failedSecond: { startPrice: number; endedAt: Date } | null;
  announcedAt: Date;
  tuning: FixedPriceSaleTuning;
}

/** 变卖: only after a failed second auction, announced within the tuning's days of it (Auction 37). */
export const AUCTION_SALE: GuardRule<SalePlan> = {
  id: 'auction.sale',
  clause: AUCTION_37,
  see: [AUCTION_26],
  action: SALE_ACTION,
  check: ({ failedSecond, announcedAt, tuning }) => {
    if (failedSecond === null)
      return {
        zh: '变卖须在第二次拍卖流拍之后',
        en: 'a fixed-price sale follows a failed second auction',
      };
    if (announcedAt.getTime() < failedSecond.endedAt.getTime())
      return { zh: '变卖公告须在二拍流拍之后', en: 'the sale is announced after the failed auction' };
    const days = daysBetween(failedSecond.endedAt, announcedAt);
    return days <= tuning.announceWithinDays
      ? null
      : {
          zh: `变卖公告应在二拍流拍后${tuning.announceWithinDays}日内发布（已过${days}日）`,
          en: `the sale is announced within ${tuning.announceWithinDays} days of the failed second auction (${days} days have passed)`,
        };
  },
};

/**
 * A bid in a 变卖. The bidder qualified by paying the full price (the sale's deposit is its price). The
 * first bid, at the price, opens `biddingHours` of bidding: the end moves to that long after it, even past
 * the sale's window; later bids rise by the increment and a bid in the last `extensionMinutes` extends.
 */
export function judgeSaleBid(state: BidState, bid: BidAttempt, tuning: FixedPriceSaleTuning): BidOutcome {
  const outcome = judgeBid({ ...state, extensionMs: tuning.extensionMinutes * MINUTE }, bid);
  if (!outcome.ok || state.leader !== null) return outcome;
  return { ...outcome, endsAt: new Date(bid.at.getTime() + tuning.biddingHours * HOUR), extended: true };
}

// ─── 以物抵债 (拍卖变卖规定 16) ─────────────────────────────────────────────────────────────────────

export const IN_KIND_ACTION = 'auction.in_kind';

export interface InKindSubject {
  /** The failed round (or sale) the asset is taken from. */
  auction: { state: string; price: number };
  /** A later round, sale or taking of this asset exists: the failed round's price no longer stands. */
  superseded: boolean;
  /** The taker: an enforcing creditor of this debtor (the applicant of this or another open case), with
   * the claim still owed to him; null when the party is not one. */
  taker: { claim: number } | null;
  paysDifference: boolean;
  /** Seizures of the asset ranking before this case's (首封, earlier controls): they are paid first. */
  priorSeizures: number;
}

/** What a taking settles: the claim reduced by the price (at most the claim), and the difference to pay. */
export function inKindTerms(price: number, claim: number) {
  const settled = Math.min(price, Math.max(0, claim));
  return { settled, difference: price - settled };
}

/**
 * 以物抵债: after a round without a bid (or a sale without one) the applicant or another enforcing creditor
 * may take the asset at that round's price; the creditor ranking first takes it; a taker whose claim is
 * smaller than the price pays the difference (拍卖变卖规定 16; RULEBOOK › Online judicial auction).
 */
export const AUCTION_IN_KIND: GuardRule<InKindSubject> = {
  id: 'auction.in_kind',
  clause: SALE_RULES_16,
  see: [AUCTION_26, AUCTION_37],
  action: IN_KIND_ACTION,
  check: ({ auction, superseded, taker, paysDifference, priorSeizures }) => {
    if (auction.state !== 'unsold')
      return {
        zh: '只有流拍（无人出价）的拍卖或变卖，才能以该次价格抵债',
        en: 'only a round (or sale) that ended without a bid is taken in kind at its price',
      };
    if (superseded)
      return {
        zh: '该财产已进入下一轮处置，不能再以此次价格抵债',
        en: 'the asset has moved on to its next disposal; this round’s price no longer stands',
      };
    if (taker === null)
      return {
        zh: '承受人须为本案申请执行人或对被执行人有执行依据的其他执行债权人',
        en: 'the taker is the applicant or another creditor enforcing against this debtor',
      };
    if (priorSeizures > 0)
      return {
        zh: '该财产上有顺位在先的查封，由法定受偿顺位在先的债权人优先承受',
        en: 'the asset has a seizure ranking before this case’s: the creditor ranking first takes it',
      };
    const { difference } = inKindTerms(auction.price, taker.claim);
    if (difference > 0 && !paysDifference)
      return {
        zh: `承受人的债权额 ${yuan(taker.claim)} 低于抵债价额 ${yuan(auction.price)}，应补交差额 ${yuan(difference)}`,
        en: `the taker's claim ${yuan(taker.claim)} is below the price ${yuan(auction.price)}: he pays the difference ${yuan(difference)}`,
      };
    return null;
  },
};

// ─── The forfeited deposit (Auction 24) ─────────────────────────────────────────────────────────────

export interface ForfeitClaims {
  /** The auction's costs. */
  costs: number;
  /** The shortfall of the re-auction's price against this one (known once it sold; 0 before). */
  shortfall: number;
  /** This case's outstanding debt. */
  caseDebt: number;
  /** The debtor's debts related to the auctioned asset. */
  relatedDebts: number;
}

export type ForfeitHead = keyof ForfeitClaims | 'remainder';

/** 悔拍保证金 (Auction 24): applied in order to costs, the shortfall, this case's debt, then related debts. */
export function applyForfeit(
  deposit: number,
  claims: ForfeitClaims,
): { head: ForfeitHead; amount: number }[] {
  const order: (keyof ForfeitClaims)[] = ['costs', 'shortfall', 'caseDebt', 'relatedDebts'];
  let left = deposit;
  const out: { head: ForfeitHead; amount: number }[] = [];
  for (const head of order) {
    const amount = Math.min(left, Math.max(0, claims[head]));
    if (amount > 0) out.push({ head, amount });
    left -= amount;
  }
  if (left > 0) out.push({ head: 'remainder', amount: left });
  return out;
}

/** The re-auction's shortfall against the defaulted price: what the relisting sold for less, else 0. */
export function forfeitShortfall(defaultedPrice: number, resoldPrice: number): number {
  return Math.max(0, defaultedPrice - resoldPrice);
}

/**
 * A forfeited deposit's split in two steps: at the default only the costs are known, so they are paid
 * and the rest reserved; once the asset is disposed of again (sold and paid, or taken in kind) the
 * reserve covers the shortfall, then this case's debt, then the debtor's related debts (Auction 24).
 */
export function forfeitAtDefault(deposit: number, costs: number) {
  const [first] = applyForfeit(deposit, { costs, shortfall: 0, caseDebt: 0, relatedDebts: 0 });
  const paid = first?.head === 'costs' ? first.amount : 0;
  return { costs: paid, reserved: deposit - paid };
}

export function forfeitAtResale(
  reserved: number,
  claims: Omit<ForfeitClaims, 'costs'>,
): { head: ForfeitHead; amount: number }[] {
  return applyForfeit(reserved, { costs: 0, ...claims });
}

export const disposalRulebookPart: RulebookPart = {
  warnings: [AUCTION_SALE_PERIODS],
  guards: [AUCTION_SALE, AUCTION_IN_KIND],
};
