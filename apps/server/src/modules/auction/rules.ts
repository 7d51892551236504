/**
 * 网络司法拍卖: the auction's law as data and pure functions — the guards of setting an auction up,
 * the rules of a bid (minimum, increment, priority purchasers' matching), the anti-sniping extension,
 * the deposit exemption of the applicant creditor, and what follows an auction without a bid (变卖,
 * 以物抵债 and the forfeited deposit's order: disposal-rules.ts). No I/O, no clock: every instant is an
 * argument.
 */
import { shanghaiDateOf } from '../../platform/clock';
import type { RuleViolation } from '../../platform/errors';
import { type Text, yuan } from '../../platform/i18n';
import { type Clause, clauseText, type GuardRule, type RulebookPart } from '../compliance/rules';
import { SALE_CLOSE, VALIDITY } from '../valuation/rules';

// ─── Clauses ──────────────────────────────────────────────────────────────────────────────────────

export const AUCTION_10: Clause = { source: 'Auction', article: '10' };
export const AUCTION_11: Clause = { source: 'Auction', article: '11' };
export const AUCTION_12: Clause = { source: 'Auction', article: '12' };
export const AUCTION_17: Clause = { source: 'Auction', article: '17' };
export const AUCTION_18: Clause = { source: 'Auction', article: '18' };
export const AUCTION_19_21: Clause = { source: 'Auction', article: '19, 21' };
export const AUCTION_20: Clause = { source: 'Auction', article: '20' };
export const AUCTION_23_25: Clause = { source: 'Auction', article: '23, 25' };
export const AUCTION_24: Clause = { source: 'Auction', article: '24' };
export const AUCTION_26: Clause = { source: 'Auction', article: '26' };
export const AUCTION_34: Clause = { source: 'Auction', article: '34' };
export const AUCTION_37: Clause = { source: 'Auction', article: '37' };
export const SALE_RULES_20_27: Clause = { source: '拍卖变卖规定', article: '20, 27' };

// ─── Numbers ──────────────────────────────────────────────────────────────────────────────────────

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The law's numbers in one place (RULEBOOK › Online judicial auction). */
export const AUCTION_NUMBERS = {
  /** First round: starting price ≥ 70% of the reference price (Auction 10). */
  startPricePercentOfReference: 70,
  /** Deposit between 5% and 20% of the starting price (Auction 17). */
  depositMinPercent: 5,
  depositMaxPercent: 20,
  /** Bidding lasts at least 24 hours (Auction 20). */
  minDurationMs: 24 * HOUR,
  /** Announcement ahead of the start, first round (Auction 12). */
  announceDaysMovable: 15,
  announceDaysProperty: 30,
  /** Later rounds (Auction 26): at most 20% below the previous start, within 30 days, announced 7/15 days ahead. */
  maxReductionPercent: 20,
  reauctionWithinDays: 30,
  reannounceDaysMovable: 7,
  reannounceDaysProperty: 15,
  /** Anti-sniping (Auction 20): a bid in the last 5 minutes moves the end to 5 minutes after it. */
  extensionMs: 5 * MINUTE,
  /** Losers' deposits released within 24 hours of the end (Auction 23). */
  releaseWithinMs: 24 * HOUR,
  /** Ruling served within 10 days of full payment; handover within 15 days of service (拍卖变卖规定 20, 27). */
  rulingWithinDays: 10,
  handoverWithinDays: 15,
} as const;

// ─── Setting an auction up ────────────────────────────────────────────────────────────────────────

/** Movables (vehicles, ships) are announced 15 days ahead; real estate and other property rights 30. */
export type PropertyClass = 'movable' | 'property';

export interface AuctionPlan {
  round: number;
  startPrice: number;
  deposit: number;
  increment: number;
  announcedAt: Date;
  startsAt: Date;
  endsAt: Date;
  propertyClass: PropertyClass;
  /** The asset's current reference price (fen), or null when none is determined. */
  referencePrice: number | null;
  /** The last day the reference price may be used (RefPrice 27), or null when none is determined. */
  referenceValidUntil: string | null;
  /** The previous round, for rounds after the first: its starting price and when it ended. */
  previous: { startPrice: number; endedAt: Date } | null;
}

export const CREATE_ACTION = 'auction.create';

/** The local (Asia/Shanghai, UTC+8 without summer time) day number of an instant. */
export function shanghaiDay(instant: Date): number {
  return Math.floor((instant.getTime() + 8 * HOUR) / DAY);
}

/** Whole calendar days between two instants' Beijing dates. */
export function daysBetween(from: Date, to: Date): number {
  return shanghaiDay(to) - shanghaiDay(from);
}

const joined = (problems: Text[]): Text | null =>
  problems.length === 0
    ? null
    : { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') };

/** 起拍价不得低于参考价的70% (Auction 10): the first round only. */
export const AUCTION_START_PRICE: GuardRule<AuctionPlan> = {
  id: 'auction.start_price',
  clause: AUCTION_10,
  action: CREATE_ACTION,
  check: ({ round, startPrice, referencePrice }) => {
    if (round !== 1) return null;
    if (referencePrice === null)
      return {
        zh: '该财产尚未确定处置参考价，不能确定起拍价',
        en: 'the asset has no reference price yet, so no starting price can be set',
      };
    const minimum = Math.ceil((referencePrice * AUCTION_NUMBERS.startPricePercentOfReference) / 100);
    return startPrice >= minimum
      ? null
      : {
          zh: `一拍起拍价 ${yuan(startPrice)} 低于参考价 ${yuan(referencePrice)} 的70%（${yuan(minimum)}）`,
          en: `the first round's starting price ${yuan(startPrice)} is below 70% of the reference price ${yuan(referencePrice)} (${yuan(minimum)})`,
        };
  },
};

/** 保证金数额在起拍价的5%至20%范围内 (Auction 17). */
export const AUCTION_DEPOSIT: GuardRule<AuctionPlan> = {
  id: 'auction.deposit',
  clause: AUCTION_17,
  action: CREATE_ACTION,
  check: ({ startPrice, deposit }) => {
    const { depositMinPercent: min, depositMaxPercent: max } = AUCTION_NUMBERS;
    if (deposit * 100 >= startPrice * min && deposit * 100 <= startPrice * max) return null;
    return {
      zh: `保证金 ${yuan(deposit)} 须在起拍价 ${yuan(startPrice)} 的5%至20%之间（${yuan(Math.ceil((startPrice * min) / 100))}–${yuan(Math.floor((startPrice * max) / 100))}）`,
      en: `the deposit ${yuan(deposit)} must be 5–20% of the starting price ${yuan(startPrice)} (${yuan(Math.ceil((startPrice * min) / 100))}–${yuan(Math.floor((startPrice * max) / 100))})`,
    };
  },
};

/** 竞价时间不得少于二十四小时 (Auction 20). */
export const AUCTION_DURATION: GuardRule<AuctionPlan> = {
  id: 'auction.duration',
  clause: AUCTION_20,
  action: CREATE_ACTION,
  check: ({ startsAt, endsAt }) =>
    endsAt.getTime() - startsAt.getTime() >= AUCTION_NUMBERS.minDurationMs
      ? null
      : {
          zh: '竞价时间不得少于二十四小时',
          en: 'bidding must last at least 24 hours',
        },
};

/** Days an announcement must precede the start: first round (Auction 12), later rounds (Auction 26). */
export function announcementDays(round: number, propertyClass: PropertyClass): number {
  const n = AUCTION_NUMBERS;
  if (round === 1) return propertyClass === 'movable' ? n.announceDaysMovable : n.announceDaysProperty;
  return propertyClass === 'movable' ? n.reannounceDaysMovable : n.reannounceDaysProperty;
}

/** 拍卖公告期: 15 days (movables) or 30 days (real estate, other property rights) before the first round. */
export const AUCTION_ANNOUNCEMENT: GuardRule<AuctionPlan> = {
  id: 'auction.announcement',
  clause: AUCTION_12,
  action: CREATE_ACTION,
  check: ({ round, propertyClass, announcedAt, startsAt }) => {
    if (round !== 1) return null;
    const days = announcementDays(1, propertyClass);
    if (daysBetween(announcedAt, startsAt) >= days) return null;
    return propertyClass === 'movable'
      ? {
          zh: '动产拍卖应当在拍卖十五日前公告',
          en: 'a movable is announced at least 15 days before its auction',
        }
      : {
          zh: '不动产或者其他财产权拍卖应当在拍卖三十日前公告',
          en: 'real estate and other property rights are announced at least 30 days before the auction',
        };
  },
};

/** 再次拍卖: ≤ 20% below the previous start, within 30 days, announced 7 (movables) or 15 days ahead (Auction 26). */
export const AUCTION_REDUCTION: GuardRule<AuctionPlan> = {
  id: 'auction.reduction',
  clause: AUCTION_26,
  action: CREATE_ACTION,
  check: ({ round, previous, startPrice, propertyClass, announcedAt, startsAt }) => {
    if (round === 1) return null;
    if (previous === null)
      return {
        zh: `第${round}次拍卖须有流拍的上一轮拍卖`,
        en: `round ${round} needs a failed previous round`,
      };
    const problems: Text[] = [];
    const floor = Math.ceil((previous.startPrice * (100 - AUCTION_NUMBERS.maxReductionPercent)) / 100);
    if (startPrice < floor)
      problems.push({
        zh: `起拍价 ${yuan(startPrice)} 降幅超过前次起拍价 ${yuan(previous.startPrice)} 的20%（不低于 ${yuan(floor)}）`,
        en: `the starting price ${yuan(startPrice)} is more than 20% below the previous ${yuan(previous.startPrice)} (at least ${yuan(floor)})`,
      });
    if (startPrice > previous.startPrice)
      problems.push({
        zh: '再次拍卖的起拍价不得高于前次起拍价',
        en: 'a later round does not start above the previous one',
      });
    if (daysBetween(previous.endedAt, startsAt) > AUCTION_NUMBERS.reauctionWithinDays)
      problems.push({
        zh: '流拍后应当在三十日内再次拍卖',
        en: 'the next round starts within 30 days of the failed one',
      });
    const days = announcementDays(round, propertyClass);
    if (daysBetween(announcedAt, startsAt) < days)
      problems.push({
        zh: `再次拍卖应当于拍卖${days === 7 ? '七' : '十五'}日前公告`,
        en: `a later round is announced at least ${days} days ahead`,
      });
    return joined(problems);
  },
};

/** Times in order: announced before the start, the start before the end. Not a clause of law: a 409 of plain sense. */
export const AUCTION_SCHEDULE: GuardRule<AuctionPlan> = {
  id: 'auction.schedule',
  clause: AUCTION_12,
  action: CREATE_ACTION,
  check: ({ announcedAt, startsAt, endsAt, increment, startPrice }) => {
    const problems: Text[] = [];
    if (announcedAt.getTime() > startsAt.getTime())
      problems.push({ zh: '公告时间须早于开拍时间', en: 'the announcement comes before the start' });
    if (startsAt.getTime() >= endsAt.getTime())
      problems.push({ zh: '结束时间须晚于开拍时间', en: 'the end comes after the start' });
    if (increment > startPrice)
      problems.push({ zh: '加价幅度不得超过起拍价', en: 'the increment is at most the starting price' });
    return joined(problems);
  },
};

export const CREATE_GUARDS = [
  AUCTION_START_PRICE,
  AUCTION_DEPOSIT,
  AUCTION_DURATION,
  AUCTION_ANNOUNCEMENT,
  AUCTION_REDUCTION,
  AUCTION_SCHEDULE,
];

/**
 * 参考价有效期 (RefPrice 27): the first round is announced while the reference price is valid. The
 * valuation module's own guard, judged on the announcement's Beijing date; its rule belongs to the
 * valuation part of the rulebook, so it is checked here but listed there.
 */
export const REFERENCE_VALID: GuardRule<AuctionPlan> = {
  ...VALIDITY,
  action: CREATE_ACTION,
  check: (plan) =>
    plan.round > 1 || plan.referencePrice === null || plan.referenceValidUntil === null
      ? null
      : VALIDITY.check({
          price: { amount: plan.referencePrice, validUntil: plan.referenceValidUntil },
          today: shanghaiDateOf(plan.announcedAt),
        }),
};

/**
 * 拍卖终结不超过参考价有效期满后六个月 (RefPrice 27): every round on a price closes by then, judged on
 * the round's Beijing end date; like REFERENCE_VALID, the valuation part of the rulebook lists it.
 */
export const REFERENCE_CLOSE: GuardRule<AuctionPlan> = {
  ...SALE_CLOSE,
  action: CREATE_ACTION,
  check: (plan) =>
    plan.referencePrice === null || plan.referenceValidUntil === null
      ? null
      : SALE_CLOSE.check({
          price: { amount: plan.referencePrice, validUntil: plan.referenceValidUntil },
          today: shanghaiDateOf(plan.announcedAt),
          closesOn: shanghaiDateOf(plan.endsAt),
        }),
};

/** Every guard an auction's set-up is checked against, the reference price's validity included. */
export const SET_UP_GUARDS = [...CREATE_GUARDS, REFERENCE_VALID, REFERENCE_CLOSE];

// ─── Registration ─────────────────────────────────────────────────────────────────────────────────

/**
 * 申请执行人参加竞买的保证金 (Auction 17): exempt, unless its outstanding claim is smaller than the
 * deposit, when it pays the difference. Anyone else pays the whole deposit.
 */
export function depositDue(deposit: number, applicantClaim: number | null): number {
  if (applicantClaim === null) return deposit;
  return Math.max(0, deposit - applicantClaim);
}

export interface RegistrationSubject {
  /** Barred from this asset: a winner who did not pay (Auction 24). */
  barredForDefault: boolean;
  /** A person whose work touches the property (the court, platform, assistants, their staff, relatives) (Auction 34). */
  declaredConflict: boolean;
}

export const REGISTER_ACTION = 'auction.register';

/** 悔拍者不得参加再次拍卖 (Auction 24); 不得竞买的人 (Auction 34). */
export const AUCTION_BARRED: GuardRule<RegistrationSubject> = {
  id: 'auction.barred',
  clause: AUCTION_24,
  see: [AUCTION_34],
  action: REGISTER_ACTION,
  check: ({ barredForDefault, declaredConflict }) => {
    if (barredForDefault)
      return {
        zh: '悔拍的买受人不得参加该财产的再次拍卖',
        en: 'a winner who did not pay may not bid when the asset is auctioned again',
      };
    if (declaredConflict)
      return {
        zh: '法院、网络服务提供者、辅助机构及其工作人员和近亲属不得竞买',
        en: 'the court, the platform, assisting agencies, their staff and close relatives may not bid',
      };
    return null;
  },
};

// ─── Bidding ──────────────────────────────────────────────────────────────────────────────────────

export interface BidState {
  startPrice: number;
  increment: number;
  startsAt: Date;
  endsAt: Date;
  /** The leading bid, null before the first. */
  leader: { bidderId: string; amount: number; priorityRank: number | null } | null;
  closed: boolean;
  /** The extension of a late bid: 5 minutes (Auction 20) unless a 变卖's tuning says otherwise. */
  extensionMs?: number;
}

export interface BidAttempt {
  bidderId: string;
  /** The bidder's priority purchaser rank (1 ranks highest), or null. */
  priorityRank: number | null;
  amount: number;
  /** The server's time of receipt (Auction 20). */
  at: Date;
}

export type BidOutcome =
  | { ok: true; kind: 'raise' | 'match'; endsAt: Date; extended: boolean }
  | { ok: false; violation: RuleViolation };

const refuse = (ruleId: string, clause: Clause, message: Text): BidOutcome => ({
  ok: false,
  violation: { ruleId, clause: clauseText(clause), message },
});

/** The earliest end a bid at `at` leaves: 5 minutes after it when it falls in the last 5 minutes (Auction 20). */
export function extendedEnd(endsAt: Date, at: Date, extensionMs: number = AUCTION_NUMBERS.extensionMs): Date {
  return endsAt.getTime() - at.getTime() < extensionMs ? new Date(at.getTime() + extensionMs) : endsAt;
}

/**
 * Whether a priority purchaser of `rank` may take the lead by matching the current price: the leader
 * is not a priority purchaser, or ranks below (a higher number). Within a rank the earlier bid wins
 * (Auction 19, 21), so an equal rank may not take it.
 */
export function mayMatch(rank: number, leaderRank: number | null): boolean {
  return leaderRank === null || rank < leaderRank;
}

/**
 * One bid against the auction's state. The first bid may equal the starting price; each later one is at
 * least the current price plus the increment, except a priority purchaser's match of the current price.
 * The accepted bid leads: the last accepted bid is always the leader, so the winner is the last bid.
 */
export function judgeBid(state: BidState, bid: BidAttempt): BidOutcome {
  const at = bid.at.getTime();
  if (state.closed || at < state.startsAt.getTime() || at >= state.endsAt.getTime())
    return refuse('auction.open', AUCTION_20, {
      zh: at < state.startsAt.getTime() ? '竞价尚未开始' : '竞价已经结束',
      en: at < state.startsAt.getTime() ? 'bidding has not started' : 'bidding has ended',
    });
  if (!Number.isSafeInteger(bid.amount) || bid.amount <= 0)
    return refuse('auction.bid_minimum', AUCTION_20, {
      zh: '出价须为正整数（分）',
      en: 'a bid is whole fen',
    });
  const { leader } = state;
  let kind: 'raise' | 'match' = 'raise';
  if (leader === null) {
    if (bid.amount < state.startPrice)
      return refuse('auction.bid_minimum', AUCTION_20, {
        zh: `出价 ${yuan(bid.amount)} 低于起拍价 ${yuan(state.startPrice)}，无效`,
        en: `a bid of ${yuan(bid.amount)} below the starting price ${yuan(state.startPrice)} is void`,
      });
  } else {
    if (leader.bidderId === bid.bidderId)
      return refuse('auction.bid_leading', AUCTION_20, {
        zh: '您已是当前最高出价人',
        en: 'you already hold the highest bid',
      });
    const minimum = leader.amount + state.increment;
    if (bid.amount === leader.amount && bid.priorityRank !== null) {
      if (!mayMatch(bid.priorityRank, leader.priorityRank))
        return refuse('auction.priority', AUCTION_19_21, {
          zh: '当前最高价已由顺序相同或在先的优先购买权人出价，同顺序以先出价者为准',
          en: 'the current price is held by a priority purchaser of the same or a higher rank; within a rank the earlier bid wins',
        });
      kind = 'match';
    } else if (bid.amount < minimum)
      return refuse('auction.increment', AUCTION_20, {
        zh: `出价须不低于当前价 ${yuan(leader.amount)} 加一个加价幅度 ${yuan(state.increment)}，即 ${yuan(minimum)}`,
        en: `a bid is at least the current price ${yuan(leader.amount)} plus the increment ${yuan(state.increment)}: ${yuan(minimum)}`,
      });
  }
  const endsAt = extendedEnd(state.endsAt, bid.at, state.extensionMs);
  return { ok: true, kind, endsAt, extended: endsAt.getTime() !== state.endsAt.getTime() };
}

/** The smallest bid a bidder may make now: the start, the current price plus the increment, or (a priority purchaser) the current price. */
export function minimumBid(state: BidState, priorityRank: number | null): number {
  if (state.leader === null) return state.startPrice;
  if (priorityRank !== null && mayMatch(priorityRank, state.leader.priorityRank)) return state.leader.amount;
  return state.leader.amount + state.increment;
}

// ─── After the end ────────────────────────────────────────────────────────────────────────────────

/**
 * What follows an auction's end: sold to the leader, or (no bid) the next step (Auction 26, 37); a 变卖
 * without a bid leaves 以物抵债 or lifting the seizure.
 */
export type Outcome =
  | { kind: 'sold'; winnerBidderId: string; price: number }
  | { kind: 'unsold'; next: 'next_round' | 'fixed_price_sale_or_in_kind' | 'in_kind_or_release' };

export function outcomeOf(
  round: number,
  mode: 'auction' | 'fixed_price_sale',
  leader: { bidderId: string; amount: number } | null,
): Outcome {
  if (leader) return { kind: 'sold', winnerBidderId: leader.bidderId, price: leader.amount };
  if (mode === 'fixed_price_sale') return { kind: 'unsold', next: 'in_kind_or_release' };
  if (round < 2) return { kind: 'unsold', next: 'next_round' };
  return { kind: 'unsold', next: 'fixed_price_sale_or_in_kind' };
}

/** The latest instant by which losers' deposits are released (Auction 23). */
export function releaseDeadline(endedAt: Date): Date {
  return new Date(endedAt.getTime() + AUCTION_NUMBERS.releaseWithinMs);
}

/** A winner's balance: the price less the deposit, which counts toward it (Auction 25). */
export function balanceDue(price: number, depositPaid: number): number {
  return Math.max(0, price - depositPaid);
}

/** Post-sale handover nodes and their deadlines (拍卖变卖规定 20, 27; Auction 22). */
export function handoverDeadlines(fullyPaidOn: Date, servedOn: Date | null) {
  const rulingBy = new Date(fullyPaidOn.getTime() + AUCTION_NUMBERS.rulingWithinDays * DAY);
  return {
    rulingServedBy: rulingBy,
    handoverBy: servedOn ? new Date(servedOn.getTime() + AUCTION_NUMBERS.handoverWithinDays * DAY) : null,
  };
}

/** Bidders are shown by number until the end (Auction 18): `竞买号 0007`. */
export function bidderLabel(number: number): string {
  return String(number).padStart(4, '0');
}

export const auctionRulebookPart: RulebookPart = {
  guards: [...CREATE_GUARDS, AUCTION_BARRED],
};
