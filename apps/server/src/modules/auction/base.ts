import { categoryOf } from '@zhixing/assist-protocol';
import { and, asc, eq, like } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { assets } from '../assets/schema';
import type { Actor, AuditService } from '../audit/service';
import { caseParties, cases } from '../cases/schema';
import type { CasesService } from '../cases/service';
import type { ParameterValues } from '../compliance/rules';
import type { DocumentsService } from '../documents/service';
import { book as bookTransfer } from '../funds/ledger';
import { FUNDS_EVENTS, type TransferKind } from '../funds/rules';
import type { FundsService } from '../funds/service';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import type { PropertyClass } from './rules';
import { type auctionBidders, type auctionBids, auctions, type PriorityPurchaser } from './schema';

export type AuctionRow = typeof auctions.$inferSelect;
export type BidRow = typeof auctionBids.$inferSelect;
export type BidderRow = typeof auctionBidders.$inferSelect;

/** The channel every process LISTENs on for bids and ends: one NOTIFY per bid, carrying the bid. */
export const AUCTION_CHANNEL = 'zhixing_auction';

/** What a NOTIFY carries: a bid (`b`) or an end (`x`). Short keys: a payload is at most 8,000 bytes. */
export type LiveEvent =
  | { k: 'b'; a: string; s: number; n: number; m: number; t: string; e: string; p: 0 | 1 }
  | { k: 'x'; a: string; st: string };

export interface CreateInput {
  round: number;
  title?: string;
  startPrice: number;
  deposit: number;
  increment: number;
  announcedAt: Date;
  startsAt: Date;
  endsAt: Date;
  /** Days after the end the winner's balance is due (the announcement's date); default 10. */
  paymentDays?: number;
  priorityPurchasers?: PriorityPurchaser[];
  /** The exception claimed on a case suspended for a bankruptcy transfer (Bankruptcy 8). */
  perishableReason?: string;
}

export const RECORD: Text = { zh: '拍卖', en: 'Auction' };
export const DAY = 86_400_000;

/** Movables (vehicles, ships) 15 days; real estate and every other property right 30 (Auction 12). */
export function propertyClassOf(category: string): PropertyClass {
  return categoryOf(category)?.controlPeriod === 'movable' ? 'movable' : 'property';
}

/**
 * What every part of the auction service shares: its collaborators, the platform's today, and the
 * scoped reads of an asset and an auction. The service is one class in layers, one file each —
 * set-up, bidding, the end, after the sale — each extending the one before (service.ts).
 */
export class AuctionBase {
  constructor(
    protected readonly database: Database,
    protected readonly clock: Clock,
    protected readonly audit: AuditService,
    protected readonly cases: CasesService,
    protected readonly funds: FundsService,
    protected readonly documents: DocumentsService,
    /** A configurable rule's values in force for a court (compliance module): 变卖's periods. */
    protected readonly ruleValues: (ruleId: string, db: Db, courtId: string) => Promise<ParameterValues>,
  ) {}

  /** A new round or sale: the `auction.created` node on its case and the audit entry of `action`. */
  protected async recordCreated(
    tx: Tx,
    user: AuthUser,
    row: AuctionRow,
    data: Record<string, unknown>,
    action: string,
    after: Record<string, unknown>,
  ) {
    const events = [{ type: 'auction.created', on: this.today(), data, evidence: [] }];
    await this.cases.recordSystemEvents(tx, [{ caseId: row.caseId, events }], actorOf(user));
    await this.audit.append(tx, {
      actor: actorOf(user),
      courtId: row.courtId,
      action,
      subject: `auction:${row.id}`,
      caseId: row.caseId,
      after,
    });
  }

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  protected async assetInScope(db: Db, user: AuthUser, assetId: string, lock = false) {
    const query = db
      .select({ asset: assets })
      .from(assets)
      .innerJoin(courts, eq(courts.id, assets.courtId))
      .where(and(eq(assets.id, assetId), like(courts.path, `${user.court.path}%`)));
    const [found] = lock ? await query.for('update', { of: assets }) : await query;
    if (!found) throw notFound({ zh: '财产', en: 'Asset' });
    return found.asset;
  }

  /** An auction of an asset in the user's scope (after-sale steps). */
  protected async auctionInScope(
    tx: Tx,
    user: AuthUser,
    assetId: string,
    auctionId: string,
  ): Promise<AuctionRow> {
    await this.assetInScope(tx.db, user, assetId);
    const [row] = await tx.db
      .select()
      .from(auctions)
      .where(and(eq(auctions.id, auctionId), eq(auctions.assetId, assetId)))
      .for('update');
    if (!row) throw notFound(RECORD);
    return row;
  }

  /**
   * Money moved for an auction between the case's account and one of the court's books, under its key;
   * `received` marks money reaching the case as the debtor's performance (`funds.received`, 已履行).
   */
  protected async move(
    tx: Tx,
    move: {
      key: string;
      courtId: string;
      caseId: string;
      book: 'bank' | 'fees' | 'forfeit' | 'in_kind';
      direction: 'in' | 'out';
      amount: number;
      kind: TransferKind;
      actor: Actor;
      data: Record<string, unknown>;
      received?: boolean;
    },
  ): Promise<string> {
    const account = await this.funds.caseAccount(tx, move.caseId);
    const book = await this.funds.courtBook(tx, move.courtId, move.book);
    const booked = await bookTransfer(tx, {
      key: move.key,
      courtId: move.courtId,
      caseId: move.caseId,
      debitAccountId: move.direction === 'in' ? book : account.id,
      creditAccountId: move.direction === 'in' ? account.id : book,
      amount: move.amount,
      kind: move.kind,
      on: this.today(),
      at: this.clock.now(),
      actorName: move.actor.name,
      data: move.data,
    });
    if (move.received && !booked.replayed)
      await this.cases.recordSystemEvents(
        tx,
        [
          {
            caseId: move.caseId,
            events: [
              {
                type: FUNDS_EVENTS.received,
                on: this.today(),
                data: { amount: move.amount, source: move.kind, transferId: booked.id, ...move.data },
                evidence: [],
              },
            ],
          },
        ],
        move.actor,
      );
    return booked.id;
  }

  /** What a ruling states about its case, read without a user (a ruling also follows a bank line). */
  protected async caseDocumentFacts(db: Db, caseId: string) {
    const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
    if (!row) throw notFound({ zh: '案件', en: 'Case' });
    const [parties, [court]] = await Promise.all([
      db.select().from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(asc(caseParties.position)),
      db.select({ name: courts.name }).from(courts).where(eq(courts.id, row.courtId)),
    ]);
    return { row, parties, court };
  }

  protected async lockAuction(tx: Tx, id: string): Promise<AuctionRow> {
    const [row] = await tx.db.select().from(auctions).where(eq(auctions.id, id)).for('update');
    if (!row || row.announcedAt.getTime() > this.clock.now().getTime() || row.state === 'cancelled')
      throw notFound(RECORD);
    return row;
  }
}
