import { and, eq, lte } from 'drizzle-orm';
import { shanghaiDateOf } from '../../platform/clock';
import { resolveHold } from '../funds/ledger';
import { AUCTION_CHANNEL, type LiveEvent } from './base';
import { AuctionBidding } from './bidding';
import { outcomeOf } from './rules';
import { auctionBidders, auctions } from './schema';

/** The end: the sweep closes auctions whose end has passed on the platform clock. */
export class AuctionClosing extends AuctionBidding {
  // ─── The end (the sweep on the platform clock) ─────────────────────────────────────────────────

  private sweeper: NodeJS.Timeout | null = null;

  /** Runs the sweep every `ms` (real time), one at a time: moving a settable clock ends auctions at the next. */
  startSweeping(ms: number, onError: (error: unknown) => void): void {
    let running = false;
    this.sweeper = setInterval(() => {
      if (running) return;
      running = true;
      this.sweep()
        .catch(onError)
        .finally(() => {
          running = false;
        });
    }, ms);
    this.sweeper.unref();
  }

  stopSweeping(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
  }

  /** Closes every auction whose end has passed on the platform clock; answers how many. */
  async sweep(): Promise<number> {
    const due = await this.database.db
      .select({ id: auctions.id })
      .from(auctions)
      .where(and(eq(auctions.state, 'scheduled'), lte(auctions.endsAt, this.clock.now())));
    let closed = 0;
    for (const { id } of due) if (await this.close(id)) closed++;
    return closed;
  }

  /**
   * One auction's end: sold to the last bid (which always leads), losers' deposits released at once
   * (within 24 hours, Auction 23), the winner's kept toward the price; no bid: every deposit released and
   * the next step recorded (another round, or 变卖 / 以物抵债 after the second).
   */
  async close(id: string): Promise<boolean> {
    return this.database.transaction(async (tx) => {
      const [auction] = await tx.db.select().from(auctions).where(eq(auctions.id, id)).for('update');
      const now = this.clock.now();
      if (auction?.state !== 'scheduled' || auction.endsAt.getTime() > now.getTime()) return false;
      const leader =
        auction.leaderBidderId && auction.currentPrice !== null
          ? { bidderId: auction.leaderBidderId, amount: auction.currentPrice }
          : null;
      const outcome = outcomeOf(auction.round, auction.mode, leader);
      const bidders = await tx.db.select().from(auctionBidders).where(eq(auctionBidders.auctionId, id));
      for (const bidder of bidders) {
        if (outcome.kind === 'sold' && bidder.id === outcome.winnerBidderId) continue;
        if (bidder.holdId && bidder.depositState === 'held') {
          await resolveHold(
            tx,
            bidder.holdId,
            'void',
            `auction-release:${id}:${bidder.id}`,
            this.today(),
            now,
            'system',
          );
          await tx.db
            .update(auctionBidders)
            .set({ depositState: 'released' })
            .where(eq(auctionBidders.id, bidder.id));
        }
      }
      const state = outcome.kind === 'sold' ? 'sold' : 'unsold';
      await tx.db
        .update(auctions)
        .set({
          state,
          endedAt: auction.endsAt,
          winnerBidderId: outcome.kind === 'sold' ? outcome.winnerBidderId : null,
          finalPrice: outcome.kind === 'sold' ? outcome.price : null,
        })
        .where(eq(auctions.id, id));
      await this.cases.recordSystemEvents(tx, [
        {
          caseId: auction.caseId,
          events: [
            {
              type: outcome.kind === 'sold' ? 'auction.sold' : 'auction.unsold',
              on: shanghaiDateOf(auction.endsAt),
              data:
                outcome.kind === 'sold'
                  ? { assetId: auction.assetId, auctionId: id, round: auction.round, price: outcome.price }
                  : { assetId: auction.assetId, auctionId: id, round: auction.round, next: outcome.next },
              evidence: [],
            },
          ],
        },
      ]);
      await this.audit.append(tx, {
        actor: { id: null, name: 'system', courtId: null },
        courtId: auction.courtId,
        action: 'auction.end',
        subject: `auction:${id}`,
        caseId: auction.caseId,
        after: { state, endedAt: auction.endsAt, lastSeq: auction.lastSeq, price: auction.currentPrice },
      });
      const event: LiveEvent = { k: 'x', a: id, st: state };
      await tx.sql.executeSql('select pg_notify($1, $2)', [AUCTION_CHANNEL, JSON.stringify(event)]);
      return true;
    });
  }
}
