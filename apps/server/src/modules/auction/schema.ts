import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { assets } from '../assets/schema';
import { documents } from '../documents/schema';
import { people } from '../people/schema';
import type { FixedPriceSaleTuning } from './disposal-rules';
import type { PropertyClass } from './rules';

export interface PriorityPurchaser {
  name: string;
  idNumber: string;
  /** 1 ranks highest (Auction 19, 21). */
  rank: number;
}

/**
 * 网络司法拍卖: one row per round (or 变卖) of an asset. The row is the lock every bid takes: `last_seq`
 * gives the gap-free sequence, `ends_at` moves with each extension, `current_price` and `leader_bidder_id`
 * are the leading bid. Amounts in fen.
 */
export const auctions = pgTable(
  'auctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    courtId: uuid('court_id').notNull(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id),
    round: integer('round').notNull(),
    mode: text('mode', { enum: ['auction', 'fixed_price_sale'] }).notNull(),
    /** scheduled → sold | unsold; sold → paid | defaulted; unsold → taken (以物抵债). */
    state: text('state', {
      enum: ['scheduled', 'sold', 'unsold', 'paid', 'defaulted', 'cancelled', 'taken'],
    }).notNull(),
    title: text('title').notNull(),
    propertyClass: text('property_class').$type<PropertyClass>().notNull(),
    startPrice: bigint('start_price', { mode: 'number' }).notNull(),
    deposit: bigint('deposit', { mode: 'number' }).notNull(),
    increment: bigint('increment', { mode: 'number' }).notNull(),
    referencePrice: bigint('reference_price', { mode: 'number' }),
    referenceValuationId: uuid('reference_valuation_id'),
    referenceMethod: text('reference_method'),
    announcedAt: timestamp('announced_at', { withTimezone: true }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    scheduledEndsAt: timestamp('scheduled_ends_at', { withTimezone: true }).notNull(),
    currentPrice: bigint('current_price', { mode: 'number' }),
    leaderBidderId: uuid('leader_bidder_id'),
    leaderPriorityRank: integer('leader_priority_rank'),
    lastSeq: integer('last_seq').notNull().default(0),
    bidderCount: integer('bidder_count').notNull().default(0),
    priorityPurchasers: jsonb('priority_purchasers').$type<PriorityPurchaser[]>().notNull().default([]),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    winnerBidderId: uuid('winner_bidder_id'),
    finalPrice: bigint('final_price', { mode: 'number' }),
    balanceDueAt: timestamp('balance_due_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    /** Set up on a case suspended for a bankruptcy transfer, as perishable property (Bankruptcy 8): why. */
    perishableReason: text('perishable_reason'),
    /** 变卖: the periods in force when it was set up (a later change of the court's values leaves it be). */
    saleTuning: jsonb('sale_tuning').$type<FixedPriceSaleTuning>(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('auctions_asset_round')
      .on(t.assetId, t.mode, t.round)
      .where(sql`state not in ('defaulted', 'cancelled')`),
    index('auctions_state_ends_idx').on(t.state, t.endsAt),
  ],
);

/** 竞买人: a registered person, shown by number until the end; the deposit is a hold in the ledger. */
export const auctionBidders = pgTable(
  'auction_bidders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    auctionId: uuid('auction_id')
      .notNull()
      .references(() => auctions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    number: integer('number').notNull(),
    depositDue: bigint('deposit_due', { mode: 'number' }).notNull(),
    /** The pending transfer holding the deposit (null when exempt). */
    holdId: uuid('hold_id'),
    /** held | exempt | released | applied (to the price) | forfeited. */
    depositState: text('deposit_state').notNull(),
    priorityRank: integer('priority_rank'),
    applicant: boolean('applicant').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('auction_bidders_person').on(t.auctionId, t.personId),
    uniqueIndex('auction_bidders_number').on(t.auctionId, t.number),
  ],
);

/** 出价记录: append-only, numbered without gaps per auction, stamped with the server's time. */
export const auctionBids = pgTable(
  'auction_bids',
  {
    auctionId: uuid('auction_id')
      .notNull()
      .references(() => auctions.id),
    seq: integer('seq').notNull(),
    bidderId: uuid('bidder_id').notNull(),
    bidderNumber: integer('bidder_number').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: ['raise', 'match'] }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.auctionId, t.seq] })],
);

/** Persons barred from an asset's later auctions: a winner who did not pay (Auction 24). */
export const auctionBars = pgTable(
  'auction_bars',
  {
    assetId: uuid('asset_id').notNull(),
    personId: uuid('person_id').notNull(),
    auctionId: uuid('auction_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.assetId, t.personId] })],
);

/** 成交后节点: the post-sale nodes with their deadlines (拍卖变卖规定 20, 27; Auction 22). */
export const auctionHandover = pgTable(
  'auction_handover',
  {
    auctionId: uuid('auction_id')
      .notNull()
      .references(() => auctions.id),
    node: text('node').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: text('done_by'),
  },
  (t) => [primaryKey({ columns: [t.auctionId, t.node] })],
);

/**
 * Photos and documents of the case's dossier (officers' uploads) published with an auction: the public
 * page shows them in `position` order. Only what an officer chose is public; the rest of the dossier
 * never is.
 */
export const auctionAttachments = pgTable(
  'auction_attachments',
  {
    auctionId: uuid('auction_id')
      .notNull()
      .references(() => auctions.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.auctionId, t.documentId] })],
);

/**
 * 以物抵债: a creditor took the asset at a failed round's price (拍卖变卖规定 16). The taker's claim is
 * reduced by `settled` (booked through the funds ledger as a non-cash settlement on the taker's case), and
 * he paid `difference` into this case's account.
 */
export const auctionInKind = pgTable('auction_in_kind', {
  auctionId: uuid('auction_id')
    .primaryKey()
    .references(() => auctions.id),
  takerPartyId: uuid('taker_party_id').notNull(),
  takerCaseId: uuid('taker_case_id').notNull(),
  price: bigint('price', { mode: 'number' }).notNull(),
  settled: bigint('settled', { mode: 'number' }).notNull(),
  difference: bigint('difference', { mode: 'number' }).notNull(),
  rulingDocumentId: uuid('ruling_document_id').notNull(),
  takenAt: timestamp('taken_at', { withTimezone: true }).notNull(),
  takenBy: text('taken_by').notNull(),
});

/**
 * 悔拍保证金 (Auction 24): the costs paid at the default, the rest reserved in the court's forfeit book
 * until the asset is disposed of again; then split (shortfall, this case's debt, related debts, remainder).
 */
export const auctionForfeits = pgTable('auction_forfeits', {
  auctionId: uuid('auction_id')
    .primaryKey()
    .references(() => auctions.id),
  assetId: uuid('asset_id').notNull(),
  deposit: bigint('deposit', { mode: 'number' }).notNull(),
  costs: bigint('costs', { mode: 'number' }).notNull(),
  reserved: bigint('reserved', { mode: 'number' }).notNull(),
  /** The disposal that settled the reserve, and how it was split; null while reserved. */
  settledBy: uuid('settled_by'),
  split: jsonb('split').$type<{ head: string; amount: number }[]>(),
  settledAt: timestamp('settled_at', { withTimezone: true }),
});
