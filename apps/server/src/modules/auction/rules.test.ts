import { describe, expect, it } from 'vitest';
import { checkGuards } from '../compliance/rules';
import { applyForfeit, DEFAULT_SALE_TUNING, fixedPriceSaleWindow } from './disposal-rules';
import {
  AUCTION_BARRED,
  type AuctionPlan,
  type BidState,
  balanceDue,
  CREATE_ACTION,
  CREATE_GUARDS,
  depositDue,
  extendedEnd,
  handoverDeadlines,
  judgeBid,
  minimumBid,
  outcomeOf,
  REGISTER_ACTION,
  releaseDeadline,
  SET_UP_GUARDS,
} from './rules';

const at = (iso: string) => new Date(iso);
const MIN = 60_000;

function plan(overrides: Partial<AuctionPlan> = {}): AuctionPlan {
  return {
    round: 1,
    startPrice: 700_000_00,
    deposit: 70_000_00,
    increment: 5_000_00,
    announcedAt: at('2027-01-01T02:00:00Z'),
    startsAt: at('2027-02-01T02:00:00Z'),
    endsAt: at('2027-02-02T02:00:00Z'),
    propertyClass: 'property',
    referencePrice: 1_000_000_00,
    referenceValidUntil: '2027-06-30',
    previous: null,
    ...overrides,
  };
}

const ids = (p: AuctionPlan) => checkGuards(SET_UP_GUARDS, CREATE_ACTION, p).map((v) => v.ruleId);

describe('auction set-up guards', () => {
  it('accepts a plan at every limit', () => {
    expect(ids(plan())).toEqual([]);
  });

  it('valuation.sale_close: a round on the price closes at the latest 6 months after its last valid day', () => {
    // Valid until 2027-01-01 (announced that day): the sale may close until 2027-07-01 in Beijing.
    const late = { referenceValidUntil: '2027-01-01', startsAt: at('2027-06-30T02:00:00Z') };
    expect(ids(plan({ ...late, endsAt: at('2027-07-01T15:59:00Z') }))).toEqual([]);
    expect(ids(plan({ ...late, endsAt: at('2027-07-01T16:00:00Z') }))).toEqual(['valuation.sale_close']);
    const [violation] = checkGuards(
      SET_UP_GUARDS,
      CREATE_ACTION,
      plan({ ...late, endsAt: at('2027-07-02T02:00:00Z') }),
    );
    expect(violation?.message.zh).toContain('最迟应于2027-07-01终结');
  });

  it('valuation.validity: the first round is announced on or before the reference price’s last valid day', () => {
    // Announced 2027-01-01 10:00 in Beijing.
    expect(ids(plan({ referenceValidUntil: '2027-01-01' }))).toEqual([]);
    expect(ids(plan({ referenceValidUntil: '2026-12-31' }))).toEqual(['valuation.validity']);
    const [violation] = checkGuards(
      SET_UP_GUARDS,
      CREATE_ACTION,
      plan({ referenceValidUntil: '2026-12-31' }),
    );
    expect(violation?.message.zh).toBe('参考价¥1,000,000.00已于2026-12-31超过一年有效期，应重新确定参考价');
  });

  it('auction.start_price: the first round starts at 70% of the reference price or more', () => {
    expect(ids(plan({ startPrice: 699_999_99, deposit: 70_000_00 }))).toEqual(['auction.start_price']);
    expect(ids(plan({ startPrice: 700_000_00 }))).toEqual([]);
    // 70% of an odd reference price rounds up: 70% of 3 fen is 2.1 → 3 fen needed.
    expect(ids(plan({ referencePrice: 3, startPrice: 2, deposit: 1, increment: 1 }))).toContain(
      'auction.start_price',
    );
    expect(ids(plan({ referencePrice: null }))).toEqual(['auction.start_price']);
    const [violation] = checkGuards(
      CREATE_GUARDS,
      CREATE_ACTION,
      plan({ startPrice: 600_000_00, deposit: 60_000_00 }),
    );
    expect(violation?.clause.zh).toBe('《关于人民法院网络司法拍卖若干问题的规定》第10条');
    expect(violation?.message.zh).toContain('¥700,000.00');
  });

  it('auction.deposit: 5% to 20% of the starting price', () => {
    expect(ids(plan({ deposit: 35_000_00 }))).toEqual([]); // 5%
    expect(ids(plan({ deposit: 34_999_99 }))).toEqual(['auction.deposit']);
    expect(ids(plan({ deposit: 140_000_00 }))).toEqual([]); // 20%
    expect(ids(plan({ deposit: 140_000_01 }))).toEqual(['auction.deposit']);
  });

  it('auction.duration: at least 24 hours of bidding', () => {
    expect(ids(plan({ endsAt: at('2027-02-02T01:59:59.999Z') }))).toEqual(['auction.duration']);
    expect(ids(plan({ endsAt: at('2027-02-02T02:00:00Z') }))).toEqual([]);
  });

  it('auction.announcement: 30 days for real estate and property rights, 15 for movables, in Beijing dates', () => {
    // 2027-01-02 Beijing to 2027-02-01 Beijing: 30 days.
    expect(ids(plan({ announcedAt: at('2027-01-02T02:00:00Z') }))).toEqual([]);
    expect(ids(plan({ announcedAt: at('2027-01-03T02:00:00Z') }))).toEqual(['auction.announcement']);
    // 2027-01-02T16:30Z is already 2027-01-03 in Beijing.
    expect(ids(plan({ announcedAt: at('2027-01-02T16:30:00Z') }))).toEqual(['auction.announcement']);
    const movable = { propertyClass: 'movable' as const };
    expect(ids(plan({ ...movable, announcedAt: at('2027-01-17T02:00:00Z') }))).toEqual([]);
    expect(ids(plan({ ...movable, announcedAt: at('2027-01-18T02:00:00Z') }))).toEqual([
      'auction.announcement',
    ]);
  });

  it('auction.reduction: later rounds at most 20% lower, within 30 days, announced 15/7 days ahead', () => {
    const previous = { startPrice: 700_000_00, endedAt: at('2027-02-02T02:00:00Z') };
    const second = (o: Partial<AuctionPlan>) =>
      plan({
        round: 2,
        previous,
        startPrice: 560_000_00,
        deposit: 56_000_00,
        announcedAt: at('2027-02-03T02:00:00Z'),
        startsAt: at('2027-02-18T02:00:00Z'),
        endsAt: at('2027-02-19T02:00:00Z'),
        referencePrice: null,
        ...o,
      });
    expect(ids(second({}))).toEqual([]);
    // Later rounds rest on the first round's price: its validity is the first announcement's rule.
    expect(ids(second({ referencePrice: 1_000_000_00, referenceValidUntil: '2026-12-31' }))).toEqual([]);
    expect(ids(second({ startPrice: 559_999_99 }))).toEqual(['auction.reduction']);
    expect(ids(second({ startPrice: 700_000_01, deposit: 70_000_00 }))).toEqual(['auction.reduction']);
    // 30 days after 2027-02-02 is 2027-03-04.
    expect(ids(second({ startsAt: at('2027-03-04T02:00:00Z'), endsAt: at('2027-03-05T02:00:00Z') }))).toEqual(
      [],
    );
    expect(ids(second({ startsAt: at('2027-03-05T02:00:00Z'), endsAt: at('2027-03-06T02:00:00Z') }))).toEqual(
      ['auction.reduction'],
    );
    // Real estate: 15 days; the first round's 30 do not apply.
    expect(ids(second({ announcedAt: at('2027-02-04T02:00:00Z') }))).toEqual(['auction.reduction']);
    // A movable: 7 days.
    const movable = second({ propertyClass: 'movable', announcedAt: at('2027-02-11T02:00:00Z') });
    expect(ids(movable)).toEqual([]);
    expect(ids({ ...movable, announcedAt: at('2027-02-12T02:00:00Z') })).toEqual(['auction.reduction']);
    expect(ids(second({ previous: null }))).toEqual(['auction.reduction']);
  });

  it('lists every violated guard at once', () => {
    expect(
      ids(plan({ startPrice: 100_00, deposit: 50_00, increment: 1_00, endsAt: at('2027-02-01T03:00:00Z') })),
    ).toEqual(['auction.start_price', 'auction.deposit', 'auction.duration']);
  });
});

describe('registration', () => {
  it('exempts the applicant creditor from the deposit unless its claim is smaller', () => {
    expect(depositDue(70_000_00, null)).toBe(70_000_00);
    expect(depositDue(70_000_00, 1_000_000_00)).toBe(0);
    expect(depositDue(70_000_00, 70_000_00)).toBe(0);
    expect(depositDue(70_000_00, 20_000_00)).toBe(50_000_00);
  });

  it('auction.barred refuses a defaulting winner and a declared conflict', () => {
    const check = (s: { barredForDefault: boolean; declaredConflict: boolean }) =>
      checkGuards([AUCTION_BARRED], REGISTER_ACTION, s).map((v) => v.ruleId);
    expect(check({ barredForDefault: false, declaredConflict: false })).toEqual([]);
    expect(check({ barredForDefault: true, declaredConflict: false })).toEqual(['auction.barred']);
    expect(check({ barredForDefault: false, declaredConflict: true })).toEqual(['auction.barred']);
  });
});

describe('bidding', () => {
  const start = at('2027-02-01T02:00:00Z');
  const end = at('2027-02-02T02:00:00Z');
  const state = (o: Partial<BidState> = {}): BidState => ({
    startPrice: 1_000_00,
    increment: 100_00,
    startsAt: start,
    endsAt: end,
    leader: null,
    closed: false,
    ...o,
  });
  const bid = (
    amount: number,
    atIso = '2027-02-01T12:00:00Z',
    bidderId = 'b',
    priorityRank: number | null = null,
  ) => ({
    bidderId,
    amount,
    priorityRank,
    at: at(atIso),
  });
  const rule = (outcome: ReturnType<typeof judgeBid>) =>
    outcome.ok ? outcome.kind : outcome.violation.ruleId;

  it('the first bid may equal the starting price; below it is void', () => {
    expect(rule(judgeBid(state(), bid(1_000_00)))).toBe('raise');
    expect(rule(judgeBid(state(), bid(999_99)))).toBe('auction.bid_minimum');
  });

  it('later bids are at least the current price plus the increment', () => {
    const s = state({ leader: { bidderId: 'a', amount: 1_000_00, priorityRank: null } });
    expect(rule(judgeBid(s, bid(1_099_99)))).toBe('auction.increment');
    expect(rule(judgeBid(s, bid(1_100_00)))).toBe('raise');
    expect(rule(judgeBid(s, bid(1_000_00)))).toBe('auction.increment');
    expect(rule(judgeBid(s, bid(2_000_00, undefined, 'a')))).toBe('auction.bid_leading');
    expect(minimumBid(s, null)).toBe(1_100_00);
  });

  it('refuses bids before the start, at and after the end', () => {
    expect(rule(judgeBid(state(), bid(1_000_00, '2027-02-01T01:59:59Z')))).toBe('auction.open');
    expect(rule(judgeBid(state(), bid(1_000_00, '2027-02-02T02:00:00Z')))).toBe('auction.open');
    expect(rule(judgeBid(state({ closed: true }), bid(1_000_00)))).toBe('auction.open');
  });

  it('a priority purchaser may match the current price; higher rank beats lower, same rank the earlier', () => {
    const byOrdinary = state({ leader: { bidderId: 'a', amount: 1_000_00, priorityRank: null } });
    expect(rule(judgeBid(byOrdinary, bid(1_000_00, undefined, 'p', 2)))).toBe('match');
    expect(minimumBid(byOrdinary, 2)).toBe(1_000_00);
    const byRank2 = state({ leader: { bidderId: 'p', amount: 1_000_00, priorityRank: 2 } });
    expect(rule(judgeBid(byRank2, bid(1_000_00, undefined, 'q', 1)))).toBe('match');
    expect(rule(judgeBid(byRank2, bid(1_000_00, undefined, 'q', 2)))).toBe('auction.priority');
    expect(rule(judgeBid(byRank2, bid(1_000_00, undefined, 'q', 3)))).toBe('auction.priority');
    expect(minimumBid(byRank2, 3)).toBe(1_100_00);
    // An ordinary bidder must still go higher than a priority purchaser's match.
    expect(rule(judgeBid(byRank2, bid(1_000_00, undefined, 'x')))).toBe('auction.increment');
    expect(rule(judgeBid(byRank2, bid(1_100_00, undefined, 'x')))).toBe('raise');
  });

  it('anti-sniping: a bid in the last 5 minutes moves the end to 5 minutes after it', () => {
    const ok = judgeBid(state(), bid(1_000_00, '2027-02-02T01:55:00Z'));
    // Exactly 5 minutes before the end: not in the last 5 minutes.
    expect(ok.ok && ok.endsAt.toISOString()).toBe('2027-02-02T02:00:00.000Z');
    const late = judgeBid(state(), bid(1_000_00, '2027-02-02T01:55:00.001Z'));
    expect(late.ok && late.extended && late.endsAt.toISOString()).toBe('2027-02-02T02:00:00.001Z');
    const last = judgeBid(state(), bid(1_000_00, '2027-02-02T01:59:59Z'));
    expect(last.ok && last.endsAt.toISOString()).toBe('2027-02-02T02:04:59.000Z');
  });

  it('chains of extensions: each bid in the extended window extends again, none after it ends', () => {
    let s = state();
    const times = [
      '2027-02-02T01:58:00Z',
      '2027-02-02T02:02:30Z',
      '2027-02-02T02:07:29Z',
      '2027-02-02T02:12:00Z',
    ];
    const ends: string[] = [];
    let amount = 1_000_00;
    let who = 0;
    for (const t of times) {
      const outcome = judgeBid(s, bid(amount, t, `b${who % 2}`));
      if (!outcome.ok) throw new Error(outcome.violation.ruleId);
      ends.push(outcome.endsAt.toISOString());
      s = { ...s, endsAt: outcome.endsAt, leader: { bidderId: `b${who % 2}`, amount, priorityRank: null } };
      amount += 100_00;
      who++;
    }
    expect(ends).toEqual([
      '2027-02-02T02:03:00.000Z',
      '2027-02-02T02:07:30.000Z',
      '2027-02-02T02:12:29.000Z',
      '2027-02-02T02:17:00.000Z',
    ]);
    // Nobody bids in the last 5 minutes: the end stands and a bid at it is refused.
    expect(rule(judgeBid(s, bid(amount, '2027-02-02T02:17:00Z', 'z')))).toBe('auction.open');
    expect(extendedEnd(s.endsAt, new Date(s.endsAt.getTime() - 10 * MIN)).toISOString()).toBe(
      '2027-02-02T02:17:00.000Z',
    );
  });
});

describe('after the end', () => {
  it('sold to the leader; no bid: next round, then 变卖 or 以物抵债', () => {
    expect(outcomeOf(1, 'auction', { bidderId: 'a', amount: 5 })).toEqual({
      kind: 'sold',
      winnerBidderId: 'a',
      price: 5,
    });
    expect(outcomeOf(1, 'auction', null)).toEqual({ kind: 'unsold', next: 'next_round' });
    expect(outcomeOf(2, 'auction', null)).toEqual({ kind: 'unsold', next: 'fixed_price_sale_or_in_kind' });
  });

  it('deposits: losers released within 24 hours, the winner’s counts toward the price', () => {
    expect(releaseDeadline(at('2027-02-02T02:00:00Z')).toISOString()).toBe('2027-02-03T02:00:00.000Z');
    expect(balanceDue(1_000_000_00, 70_000_00)).toBe(930_000_00);
  });

  it('a forfeited deposit is applied to costs, shortfall, this case, then related debts', () => {
    expect(applyForfeit(100, { costs: 10, shortfall: 30, caseDebt: 50, relatedDebts: 50 })).toEqual([
      { head: 'costs', amount: 10 },
      { head: 'shortfall', amount: 30 },
      { head: 'caseDebt', amount: 50 },
      { head: 'relatedDebts', amount: 10 },
    ]);
    expect(applyForfeit(100, { costs: 0, shortfall: 0, caseDebt: 20, relatedDebts: 0 })).toEqual([
      { head: 'caseDebt', amount: 20 },
      { head: 'remainder', amount: 80 },
    ]);
  });

  it('handover: ruling within 10 days of full payment, handover within 15 days of service', () => {
    const d = handoverDeadlines(at('2027-03-01T02:00:00Z'), at('2027-03-05T02:00:00Z'));
    expect(d.rulingServedBy.toISOString()).toBe('2027-03-11T02:00:00.000Z');
    expect(d.handoverBy?.toISOString()).toBe('2027-03-20T02:00:00.000Z');
  });

  it('变卖 window from the configurable periods', () => {
    const w = fixedPriceSaleWindow(
      at('2027-03-01T02:00:00Z'),
      at('2027-03-10T02:00:00Z'),
      DEFAULT_SALE_TUNING,
    );
    expect(w.announceBy.toISOString()).toBe('2027-03-16T02:00:00.000Z');
    expect(w.closesAt.toISOString()).toBe('2027-05-09T02:00:00.000Z');
    expect(w.biddingMs).toBe(24 * 60 * MIN);
    expect(w.extensionMs).toBe(5 * MIN);
  });
});
