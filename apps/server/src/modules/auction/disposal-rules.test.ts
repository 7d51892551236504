import { describe, expect, it } from 'vitest';
import { type CaseFacts, checkGuards } from '../compliance/rules';
import {
  AUCTION_IN_KIND,
  AUCTION_SALE,
  AUCTION_SALE_PERIODS,
  awaitingDisposal,
  DEFAULT_SALE_TUNING,
  fixedPriceSaleWindow,
  forfeitAtDefault,
  forfeitAtResale,
  forfeitShortfall,
  IN_KIND_ACTION,
  type InKindSubject,
  inKindTerms,
  judgeSaleBid,
  SALE_ACTION,
  saleTuningOf,
} from './disposal-rules';
import type { BidState } from './rules';

const at = (iso: string) => new Date(iso);

describe('变卖 (Auction 37)', () => {
  const failedSecond = { startPrice: 560_000_00, endedAt: at('2027-03-01T02:00:00Z') };
  const sale = (announcedAt: string, tuning = DEFAULT_SALE_TUNING) =>
    checkGuards([AUCTION_SALE], SALE_ACTION, { failedSecond, announcedAt: at(announcedAt), tuning });

  it('is announced within 15 days of the failed second auction (Beijing dates), configurable', () => {
    expect(sale('2027-03-16T15:59:00Z')).toEqual([]); // 03-16 23:59 Beijing: day 15
    const late = sale('2027-03-16T16:00:00Z'); // 03-17 00:00 Beijing: day 16
    expect(late.map((v) => v.ruleId)).toEqual(['auction.sale']);
    expect(late[0]?.clause.zh).toBe('《关于人民法院网络司法拍卖若干问题的规定》第37条');
    expect(late[0]?.message.zh).toContain('15日内');
    expect(sale('2027-03-20T02:00:00Z', { ...DEFAULT_SALE_TUNING, announceWithinDays: 20 })).toEqual([]);
    expect(sale('2027-02-28T02:00:00Z')[0]?.message.en).toContain('after the failed auction');
    expect(
      checkGuards([AUCTION_SALE], SALE_ACTION, {
        failedSecond: null,
        announcedAt: at('2027-03-02T02:00:00Z'),
        tuning: DEFAULT_SALE_TUNING,
      })[0]?.message.en,
    ).toBe('a fixed-price sale follows a failed second auction');
  });

  it('stays open 60 days from its announcement (the tuning)', () => {
    const window = fixedPriceSaleWindow(
      failedSecond.endedAt,
      at('2027-03-05T02:00:00Z'),
      DEFAULT_SALE_TUNING,
    );
    expect(window.closesAt.toISOString()).toBe('2027-05-04T02:00:00.000Z');
    expect(saleTuningOf({ openDays: 30 }).openDays).toBe(30);
    expect(saleTuningOf({})).toEqual(DEFAULT_SALE_TUNING);
  });

  const open: BidState = {
    startPrice: 560_000_00,
    increment: 5_000_00,
    startsAt: at('2027-03-05T02:00:00Z'),
    endsAt: at('2027-05-04T02:00:00Z'),
    leader: null,
    closed: false,
  };

  it('the first qualifying bid, at the price, opens 24 hours of bidding; below the price is void', () => {
    const first = judgeSaleBid(
      open,
      { bidderId: 'a', priorityRank: null, amount: 560_000_00, at: at('2027-04-01T10:00:00Z') },
      DEFAULT_SALE_TUNING,
    );
    expect(first).toMatchObject({ ok: true, kind: 'raise', extended: true });
    if (first.ok) expect(first.endsAt.toISOString()).toBe('2027-04-02T10:00:00.000Z');
    const low = judgeSaleBid(
      open,
      { bidderId: 'a', priorityRank: null, amount: 559_999_99, at: at('2027-04-01T10:00:00Z') },
      DEFAULT_SALE_TUNING,
    );
    expect(low.ok || low.violation.ruleId).toBe('auction.bid_minimum');
    // 48 hours when configured; a first bid late in the window still gets its full bidding period.
    const late = judgeSaleBid(
      open,
      { bidderId: 'a', priorityRank: null, amount: 560_000_00, at: at('2027-05-04T01:00:00Z') },
      { ...DEFAULT_SALE_TUNING, biddingHours: 48 },
    );
    if (late.ok) expect(late.endsAt.toISOString()).toBe('2027-05-06T01:00:00.000Z');
    else throw new Error('refused');
  });

  it('later bids rise by the increment and extend by the tuning’s minutes, in chains', () => {
    const tuning = { ...DEFAULT_SALE_TUNING, extensionMinutes: 10 };
    let state: BidState = {
      ...open,
      endsAt: at('2027-04-02T10:00:00Z'),
      leader: { bidderId: 'a', amount: 560_000_00, priorityRank: null },
    };
    const short = judgeSaleBid(
      state,
      { bidderId: 'b', priorityRank: null, amount: 564_999_99, at: at('2027-04-02T09:00:00Z') },
      tuning,
    );
    expect(short.ok || short.violation.ruleId).toBe('auction.increment');
    // 09:50:01 is inside the last 10 minutes: the end moves to 10:00:01; then 09:59:59 + 10 min …
    const bids: [string, string, number][] = [
      ['b', '2027-04-02T09:50:01Z', 565_000_00],
      ['a', '2027-04-02T09:59:59Z', 570_000_00],
      ['b', '2027-04-02T10:05:00Z', 575_000_00],
    ];
    const ends: string[] = [];
    for (const [bidderId, time, amount] of bids) {
      const outcome = judgeSaleBid(state, { bidderId, priorityRank: null, amount, at: at(time) }, tuning);
      if (!outcome.ok) throw new Error(outcome.violation.ruleId);
      ends.push(outcome.endsAt.toISOString());
      state = { ...state, endsAt: outcome.endsAt, leader: { bidderId, amount, priorityRank: null } };
    }
    expect(ends).toEqual([
      '2027-04-02T10:00:01.000Z',
      '2027-04-02T10:09:59.000Z',
      '2027-04-02T10:15:00.000Z',
    ]);
    // A bid before the last 10 minutes does not move the end.
    const early = judgeSaleBid(
      { ...state, endsAt: at('2027-04-02T12:00:00Z') },
      { bidderId: 'a', priorityRank: null, amount: 580_000_00, at: at('2027-04-02T11:49:59Z') },
      tuning,
    );
    expect(early).toMatchObject({ ok: true, extended: false });
  });

  it('warns while a failed second auction awaits its sale or taking; satisfied by either', () => {
    const facts = (events: CaseFacts['events']): CaseFacts => ({
      filedOn: '2027-01-01',
      basisEffectiveOn: '2026-12-01',
      claimAmount: 1,
      status: 'open',
      events,
    });
    const failed = {
      type: 'auction.unsold',
      on: '2027-03-01',
      data: { assetId: 'x', next: 'fixed_price_sale_or_in_kind' },
    };
    const values = { announceWithinDays: 15 };
    expect(AUCTION_SALE_PERIODS.check(facts([failed]), '2027-03-16', values)?.zh).toContain(
      '应于2027-03-16前',
    );
    expect(AUCTION_SALE_PERIODS.check(facts([failed]), '2027-03-17', values)?.zh).toContain('已超期');
    expect(
      AUCTION_SALE_PERIODS.check(facts([failed]), '2027-03-17', { announceWithinDays: 20 })?.zh,
    ).not.toContain('超期');
    const sold = {
      type: 'auction.created',
      on: '2027-03-05',
      data: { assetId: 'x', mode: 'fixed_price_sale' },
    };
    const taken = { type: 'auction.taken_in_kind', on: '2027-03-05', data: { assetId: 'x' } };
    const otherAsset = { ...sold, data: { assetId: 'y', mode: 'fixed_price_sale' } };
    expect(awaitingDisposal(facts([failed, sold]))).toBeNull();
    expect(awaitingDisposal(facts([failed, taken]))).toBeNull();
    expect(awaitingDisposal(facts([failed, otherAsset]))).toEqual({ assetId: 'x', failedOn: '2027-03-01' });
    expect(awaitingDisposal(facts([{ ...failed, data: { assetId: 'x', next: 'next_round' } }]))).toBeNull();
    expect(awaitingDisposal({ ...facts([failed]), status: 'closed' })).toBeNull();
  });
});

describe('以物抵债 (拍卖变卖规定 16)', () => {
  const subject = (o: Partial<InKindSubject> = {}): InKindSubject => ({
    auction: { state: 'unsold', price: 560_000_00 },
    superseded: false,
    taker: { claim: 600_000_00 },
    paysDifference: false,
    priorSeizures: 0,
    ...o,
  });
  const refused = (o: Partial<InKindSubject>) => checkGuards([AUCTION_IN_KIND], IN_KIND_ACTION, subject(o));

  it('the claim covers the price: the claim is reduced by the price, nothing to pay', () => {
    expect(refused({})).toEqual([]);
    expect(inKindTerms(560_000_00, 600_000_00)).toEqual({ settled: 560_000_00, difference: 0 });
    expect(inKindTerms(560_000_00, 560_000_00)).toEqual({ settled: 560_000_00, difference: 0 });
  });

  it('a smaller claim: the taker pays the difference, or is refused naming it', () => {
    expect(inKindTerms(560_000_00, 500_000_00)).toEqual({ settled: 500_000_00, difference: 60_000_00 });
    const [violation] = refused({ taker: { claim: 500_000_00 } });
    expect(violation?.ruleId).toBe('auction.in_kind');
    expect(violation?.clause.zh).toBe('拍卖变卖规定第16条');
    expect(violation?.message.zh).toContain('¥60,000.00');
    expect(refused({ taker: { claim: 500_000_00 }, paysDifference: true })).toEqual([]);
    expect(inKindTerms(100, -5)).toEqual({ settled: 0, difference: 100 });
  });

  it('refused: not a failed round, superseded, not an enforcing creditor, a prior seizure', () => {
    expect(refused({ auction: { state: 'sold', price: 1 } })[0]?.message.en).toContain('ended without a bid');
    expect(refused({ superseded: true })[0]?.message.en).toContain('moved on');
    expect(refused({ taker: null })[0]?.message.en).toContain('applicant or another creditor');
    expect(refused({ priorSeizures: 1 })[0]?.message.en).toContain('ranking first');
  });
});

describe('the forfeited deposit (Auction 24), worked by hand', () => {
  it('deposit ¥70,000, costs ¥3,000; relisted at ¥650,000 against ¥702,000; debt ¥300,000', () => {
    // At the default: costs 3,000 paid, 67,000 reserved.
    expect(forfeitAtDefault(70_000_00, 3_000_00)).toEqual({ costs: 3_000_00, reserved: 67_000_00 });
    // The relisting sold 52,000 lower: the shortfall takes 52,000, the debt the remaining 15,000.
    const shortfall = forfeitShortfall(702_000_00, 650_000_00);
    expect(shortfall).toBe(52_000_00);
    expect(forfeitAtResale(67_000_00, { shortfall, caseDebt: 300_000_00, relatedDebts: 0 })).toEqual([
      { head: 'shortfall', amount: 52_000_00 },
      { head: 'caseDebt', amount: 15_000_00 },
    ]);
  });

  it('relisted higher: no shortfall; the debt is smaller than the reserve: related debts, then remainder', () => {
    expect(forfeitShortfall(702_000_00, 710_000_00)).toBe(0);
    expect(
      forfeitAtResale(67_000_00, { shortfall: 0, caseDebt: 40_000_00, relatedDebts: 20_000_00 }),
    ).toEqual([
      { head: 'caseDebt', amount: 40_000_00 },
      { head: 'relatedDebts', amount: 20_000_00 },
      { head: 'remainder', amount: 7_000_00 },
    ]);
  });

  it('costs above the deposit take all of it; no costs reserve it whole', () => {
    expect(forfeitAtDefault(70_000_00, 90_000_00)).toEqual({ costs: 70_000_00, reserved: 0 });
    expect(forfeitAtDefault(70_000_00, 0)).toEqual({ costs: 0, reserved: 70_000_00 });
    expect(forfeitAtResale(0, { shortfall: 10, caseDebt: 10, relatedDebts: 10 })).toEqual([]);
  });
});
