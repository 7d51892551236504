import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { platformActor } from '../audit/service';
import type { Arrival } from '../funds/service';
import { matchLines } from './payment-rules';
import { balanceDue } from './rules';
import { auctionBidders, auctions } from './schema';
import { AuctionSettlement } from './settlement';

/**
 * The buyer's balance paid by bank transfer into the case's account: the funds module books the statement
 * line to the case (by account number) and hands the arrivals here, in its transaction; a line that pays a
 * sold auction's balance (by its payment reference, or the buyer's name and the exact amount) completes
 * the payment as `…/payment` does, without booking the money twice.
 */
export class AuctionMatching extends AuctionSettlement {
  async matchBalances(tx: Tx, arrivals: readonly Arrival[]): Promise<number> {
    if (arrivals.length === 0) return 0;
    const sold = await tx.db
      .select({
        auction: auctions,
        deposit: auctionBidders.depositDue,
        depositState: auctionBidders.depositState,
      })
      .from(auctions)
      .innerJoin(auctionBidders, eq(auctionBidders.id, auctions.winnerBidderId))
      .where(
        and(
          eq(auctions.state, 'sold'),
          // At most one statement push's cases (≤ 10,000 lines), each once.
          inArray(auctions.caseId, [...new Set(arrivals.map((a) => a.caseId))]),
        ),
      );
    if (sold.length === 0) return 0;
    const winners = await tx.sql.executeSql(
      `select b.id, p.real_name from auction_bidders b join people p on p.id = b.person_id where b.id = any($1::uuid[])`,
      [sold.map((s) => s.auction.winnerBidderId)],
    );
    const nameOf = new Map(winners.rows.map((r) => [String(r.id), String(r.real_name)]));
    let matched = 0;
    for (const caseId of new Set(arrivals.map((a) => a.caseId))) {
      const awaited = sold
        .filter((s) => s.auction.caseId === caseId)
        .map((s) => ({
          auctionId: s.auction.id,
          balance: balanceDue(s.auction.finalPrice ?? 0, s.depositState === 'held' ? s.deposit : 0),
          winnerName: nameOf.get(s.auction.winnerBidderId ?? '') ?? '',
        }));
      const lines = arrivals.filter((a) => a.caseId === caseId);
      for (const { line, auctionId } of matchLines(lines, awaited)) {
        const [auction] = await tx.db.select().from(auctions).where(eq(auctions.id, auctionId)).for('update');
        if (auction?.state !== 'sold') continue;
        const ruling = await this.renderRuling(tx, auction.assetId, auction.id);
        await this.completePayment(tx, auction, platformActor, ruling, line.transferId);
        matched++;
      }
    }
    return matched;
  }
}
