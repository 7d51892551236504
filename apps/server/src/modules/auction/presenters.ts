import { paymentReference } from './payment-rules';
import { bidderLabel } from './rules';
import type { auctionForfeits, auctionInKind } from './schema';
import type { AuctionRow, BidderRow, BidRow } from './service';

/** What the public status depends on: the row's state and its bidding window. */
export type Phase = Pick<AuctionRow, 'state' | 'startsAt' | 'endsAt'>;

/** The public's status of an auction, read against the platform clock. */
export function statusOf(row: Phase, now: Date): string {
  if (row.state !== 'scheduled') return row.state;
  if (now.getTime() < row.startsAt.getTime()) return 'announced';
  if (now.getTime() < row.endsAt.getTime()) return 'bidding';
  return 'ending';
}

export function presentBid(bid: BidRow) {
  return {
    seq: bid.seq,
    /** 竞买号: bidders are shown by number, never by name (Auction 18). */
    bidder: bidderLabel(bid.bidderNumber),
    amount: bid.amount,
    kind: bid.kind,
    at: bid.at.toISOString(),
    endsAt: bid.endsAt.toISOString(),
  };
}

/** What anyone may see of an auction: no bidder's identity, the winner by number until the sale is paid. */
export function presentPublic(row: AuctionRow, bids: BidRow[], now: Date, extra: { watchers: number }) {
  const leader = bids.at(-1);
  return {
    id: row.id,
    title: row.title,
    status: statusOf(row, now),
    round: row.round,
    mode: row.mode,
    propertyClass: row.propertyClass,
    startPrice: row.startPrice,
    currentPrice: row.currentPrice,
    deposit: row.deposit,
    increment: row.increment,
    referencePrice: row.referencePrice,
    referenceMethod: row.referenceMethod,
    announcedAt: row.announcedAt.toISOString(),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    scheduledEndsAt: row.scheduledEndsAt.toISOString(),
    bidderCount: row.bidderCount,
    lastSeq: row.lastSeq,
    leader: leader ? bidderLabel(leader.bidderNumber) : null,
    finalPrice: row.finalPrice,
    watchers: extra.watchers,
    serverTime: now.toISOString(),
    /** A 变卖's periods (bidding hours after the first bid, extension minutes), fixed at its set-up; else null. */
    saleTuning: row.saleTuning ?? null,
    bids: bids.map(presentBid),
  };
}

/** What the court sees in the workbench: the public view plus the outcome and the post-sale state. */
export function presentOfficer(row: AuctionRow, now: Date) {
  return {
    id: row.id,
    assetId: row.assetId,
    caseId: row.caseId,
    round: row.round,
    mode: row.mode,
    state: row.state,
    status: statusOf(row, now),
    title: row.title,
    startPrice: row.startPrice,
    deposit: row.deposit,
    increment: row.increment,
    referencePrice: row.referencePrice,
    referenceValuationId: row.referenceValuationId,
    announcedAt: row.announcedAt.toISOString(),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    currentPrice: row.currentPrice,
    lastSeq: row.lastSeq,
    bidderCount: row.bidderCount,
    finalPrice: row.finalPrice,
    endedAt: row.endedAt?.toISOString() ?? null,
    balanceDueAt: row.balanceDueAt?.toISOString() ?? null,
    paidAt: row.paidAt?.toISOString() ?? null,
    priorityPurchasers: row.priorityPurchasers.map((p) => ({ name: p.name, rank: p.rank })),
    /** What the buyer writes on the balance's transfer, so the statement line is recognised. */
    paymentReference: row.state === 'sold' || row.state === 'paid' ? paymentReference(row.id) : null,
    saleTuning: row.saleTuning,
  };
}

export function presentRegistration(bidder: BidderRow) {
  return {
    bidder: bidderLabel(bidder.number),
    depositDue: bidder.depositDue,
    depositState: bidder.depositState,
    priorityRank: bidder.priorityRank,
    applicant: bidder.applicant,
  };
}

/** 以物抵债 of a failed round, as the workbench shows it. */
export function presentTaking(row: typeof auctionInKind.$inferSelect | undefined) {
  if (!row) return null;
  return {
    partyId: row.takerPartyId,
    takerCaseId: row.takerCaseId,
    price: row.price,
    settled: row.settled,
    difference: row.difference,
    rulingDocumentId: row.rulingDocumentId,
    takenAt: row.takenAt.toISOString(),
  };
}

/** A defaulted sale's forfeited deposit: costs paid, the reserve, and its split once settled. */
export function presentForfeit(row: typeof auctionForfeits.$inferSelect | undefined) {
  if (!row) return null;
  return {
    deposit: row.deposit,
    costs: row.costs,
    reserved: row.reserved,
    split: row.split,
    settledAt: row.settledAt?.toISOString() ?? null,
  };
}
