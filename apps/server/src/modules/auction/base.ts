import { categoryOf } from '@zhixing/assist-protocol';
import { and, eq, like } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { assets } from '../assets/schema';
import type { AuditService } from '../audit/service';
import type { CasesService } from '../cases/service';
import type { DocumentsService } from '../documents/service';
import type { FundsService } from '../funds/service';
import { courts } from '../org/schema';
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
  mode?: 'auction' | 'fixed_price_sale';
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
  ) {}

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

  protected async lockAuction(tx: Tx, id: string): Promise<AuctionRow> {
    const [row] = await tx.db.select().from(auctions).where(eq(auctions.id, id)).for('update');
    if (!row || row.announcedAt.getTime() > this.clock.now().getTime() || row.state === 'cancelled')
      throw notFound(RECORD);
    return row;
  }
}
