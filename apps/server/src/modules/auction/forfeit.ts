import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { Actor } from '../audit/service';
import { cases } from '../cases/schema';
import { resolveHold } from '../funds/ledger';
import type { AuctionRow, BidderRow } from './base';
import { AuctionClosing } from './closing';
import { forfeitAtDefault, forfeitAtResale, forfeitShortfall } from './disposal-rules';
import { auctionForfeits, auctions } from './schema';

/**
 * 悔拍保证金 (Auction 24) in the ledger: at the default the costs are paid and the rest reserved in the
 * court's forfeit book; when the asset is disposed of again the reserve covers the shortfall, then this
 * case's debt — both reach the case's account as performance —; what is left stays in the forfeit book.
 */
export class AuctionForfeits extends AuctionClosing {
  /** The winner's deposit hold posted to the case, then split: costs to the fees book, the rest reserved. */
  protected async forfeitDeposit(
    tx: Tx,
    auction: AuctionRow,
    winner: BidderRow,
    costs: number,
    actor: Actor,
  ) {
    const deposit = winner.holdId && winner.depositState === 'held' ? winner.depositDue : 0;
    const split = forfeitAtDefault(deposit, costs);
    if (winner.holdId && deposit > 0) {
      await resolveHold(
        tx,
        winner.holdId,
        'post',
        `auction-forfeit:${auction.id}`,
        this.today(),
        this.clock.now(),
        actor.name,
      );
    }
    const common = { courtId: auction.courtId, caseId: auction.caseId, direction: 'out' as const, actor };
    if (split.costs > 0)
      await this.move(tx, {
        ...common,
        key: `auction-forfeit-costs:${auction.id}`,
        book: 'fees',
        amount: split.costs,
        kind: 'fee',
        data: { auctionId: auction.id, purpose: 'auction.forfeit', head: 'costs' },
      });
    if (split.reserved > 0)
      await this.move(tx, {
        ...common,
        key: `auction-forfeit-reserve:${auction.id}`,
        book: 'forfeit',
        amount: split.reserved,
        kind: 'forfeit',
        data: { auctionId: auction.id, purpose: 'auction.forfeit', head: 'reserve' },
      });
    if (deposit > 0)
      await tx.db.insert(auctionForfeits).values({
        auctionId: auction.id,
        assetId: auction.assetId,
        deposit,
        costs: split.costs,
        reserved: split.reserved,
      });
    return { forfeited: deposit, ...split };
  }

  /**
   * The asset disposed of again at `price` (sold and paid, or taken in kind): every reserve of its
   * earlier defaults split by Auction 24's order and booked.
   */
  protected async settleForfeits(tx: Tx, disposal: AuctionRow, price: number, actor: Actor) {
    const open = await tx.db
      .select()
      .from(auctionForfeits)
      .where(and(eq(auctionForfeits.assetId, disposal.assetId), isNull(auctionForfeits.settledBy)))
      .for('update');
    for (const forfeit of open) {
      const [defaulted] = (await tx.db.select().from(auctions).where(eq(auctions.id, forfeit.auctionId))) as [
        AuctionRow,
      ];
      const [owed] = await tx.db
        .select({ claim: cases.claimAmount, paid: cases.paidAmount })
        .from(cases)
        .where(eq(cases.id, defaulted.caseId));
      const split = forfeitAtResale(forfeit.reserved, {
        shortfall: forfeitShortfall(defaulted.finalPrice ?? 0, price),
        caseDebt: Math.max(0, (owed?.claim ?? 0) - (owed?.paid ?? 0)),
        // The debtor's other debts related to the asset are not recorded on the platform: what the debt
        // leaves stays in the forfeit book for the officer (docs/auction.md).
        relatedDebts: 0,
      });
      for (const { head, amount } of split) {
        if (head !== 'shortfall' && head !== 'caseDebt') continue;
        await this.move(tx, {
          key: `auction-forfeit-${head}:${forfeit.auctionId}`,
          courtId: defaulted.courtId,
          caseId: defaulted.caseId,
          book: 'forfeit',
          direction: 'in',
          amount,
          kind: 'forfeit',
          actor,
          received: true,
          data: { auctionId: forfeit.auctionId, purpose: 'auction.forfeit', head, resale: disposal.id },
        });
      }
      await tx.db
        .update(auctionForfeits)
        .set({ settledBy: disposal.id, split, settledAt: this.clock.now() })
        .where(eq(auctionForfeits.auctionId, forfeit.auctionId));
      await this.audit.append(tx, {
        actor,
        courtId: defaulted.courtId,
        action: 'auction.forfeit.settle',
        subject: `auction:${forfeit.auctionId}`,
        caseId: defaulted.caseId,
        after: { resale: disposal.id, price, split },
      });
    }
  }
}
