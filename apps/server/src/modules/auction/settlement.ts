import { and, eq } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { conflict, notFound } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { assets } from '../assets/schema';
import type { Actor } from '../audit/service';
import { documentDataOf } from '../cases/service';
import type { RenderedDocument } from '../documents/service';
import { resolveHold } from '../funds/ledger';
import { FUNDS_EVENTS } from '../funds/rules';
import { actorOf } from '../org/service';
import { type AuctionRow, type BidderRow, RECORD } from './base';
import { AuctionForfeits } from './forfeit';
import { balanceDue, handoverDeadlines } from './rules';
import { auctionBars, auctionBidders, auctionHandover, auctions } from './schema';

const NOT_PAYABLE: Text = {
  zh: '只有已成交未付款的拍卖可以登记付款',
  en: 'Only a sold, unpaid auction takes a payment',
};

/** After the sale (court users): the balance and the ruling, the default (悔拍), the handover nodes. */
export class AuctionSettlement extends AuctionForfeits {
  // ─── After the sale (court users) ───────────────────────────────────────────────────────────────

  /**
   * `POST …/payment`: an officer records that the buyer paid the balance (booked into the case account
   * from the bank book). The same completion follows a statement line recognised as the balance
   * (`matchBalances`), without booking the money again.
   */
  async recordPayment(user: AuthUser, assetId: string, auctionId: string) {
    await this.assetInScope(this.database.db, user, assetId);
    const ruling = await this.renderRuling(this.database, assetId, auctionId);
    return this.database.transaction(async (tx) => {
      const auction = await this.auctionInScope(tx, user, assetId, auctionId);
      return this.completePayment(tx, auction, actorOf(user), ruling, null);
    });
  }

  /**
   * The buyer paid in full: the deposit hold posted toward the price, the balance booked (unless a
   * statement line already brought it: `arrivedTransferId`), both counted as money reaching the case; the
   * sale-confirmation ruling into the dossier; the handover nodes opened with their deadlines (ruling
   * served within 10 days, handover within 15 days of service, vacating, title transfer); an earlier
   * default's reserved deposit split now that the resale price is known.
   */
  protected async completePayment(
    tx: Tx,
    auction: AuctionRow,
    actor: Actor,
    ruling: RenderedDocument,
    arrivedTransferId: string | null,
  ) {
    if (auction.state !== 'sold' || !auction.winnerBidderId || auction.finalPrice === null)
      throw conflict(NOT_PAYABLE);
    const auctionId = auction.id;
    const [winner] = (await tx.db
      .select()
      .from(auctionBidders)
      .where(eq(auctionBidders.id, auction.winnerBidderId))) as [BidderRow];
    const now = this.clock.now();
    const paidDeposit = winner.depositState === 'held' ? winner.depositDue : 0;
    const balance = balanceDue(auction.finalPrice, paidDeposit);
    const money = { courtId: auction.courtId, caseId: auction.caseId, actor };
    if (winner.holdId && winner.depositState === 'held') {
      const posted = await resolveHold(
        tx,
        winner.holdId,
        'post',
        `auction-deposit-post:${auctionId}`,
        this.today(),
        now,
        actor.name,
      );
      await this.received(tx, money, paidDeposit, posted.id, { auctionId, purpose: 'auction.deposit' });
      await tx.db
        .update(auctionBidders)
        .set({ depositState: 'applied' })
        .where(eq(auctionBidders.id, winner.id));
    }
    if (balance > 0 && arrivedTransferId === null)
      await this.move(tx, {
        ...money,
        key: `auction-balance:${auctionId}`,
        book: 'bank',
        direction: 'in',
        amount: balance,
        kind: 'deposit',
        received: true,
        data: { auctionId, purpose: 'auction.balance' },
      });
    await tx.db.update(auctions).set({ state: 'paid', paidAt: now }).where(eq(auctions.id, auctionId));
    // 拍卖成交裁定: into the case's dossier now; served within 10 days (the first handover node).
    const rulingDocumentId = await this.documents.store(
      tx,
      { caseId: auction.caseId, courtId: auction.courtId, createdBy: actor.name },
      ruling,
    );
    const deadlines = handoverDeadlines(now, null);
    await tx.db.insert(auctionHandover).values([
      { auctionId, node: 'ruling_served', dueAt: deadlines.rulingServedBy },
      { auctionId, node: 'handover', dueAt: null },
      { auctionId, node: 'vacated', dueAt: null },
      { auctionId, node: 'title_transferred', dueAt: null },
    ]);
    const data = {
      assetId: auction.assetId,
      auctionId,
      price: auction.finalPrice,
      balance,
      deposit: paidDeposit,
      rulingDocumentId,
      ...(arrivedTransferId ? { transferId: arrivedTransferId } : {}),
    };
    await this.cases.recordSystemEvents(
      tx,
      [{ caseId: auction.caseId, events: [{ type: 'auction.paid', on: this.today(), data, evidence: [] }] }],
      actor,
    );
    await this.settleForfeits(tx, auction, auction.finalPrice, actor);
    await this.audit.append(tx, {
      actor,
      courtId: auction.courtId,
      action: 'auction.paid',
      subject: `auction:${auctionId}`,
      caseId: auction.caseId,
      after: { price: auction.finalPrice, balance, deposit: paidDeposit, transferId: arrivedTransferId },
    });
    return { price: auction.finalPrice, deposit: paidDeposit, balance, rulingDocumentId };
  }

  /** Money already booked to the case (a posted hold) counted as reaching it: `funds.received`. */
  private async received(
    tx: Tx,
    money: { caseId: string; actor: Actor },
    amount: number,
    transferId: string,
    data: Record<string, unknown>,
  ) {
    if (amount <= 0) return;
    await this.cases.recordSystemEvents(
      tx,
      [
        {
          caseId: money.caseId,
          events: [
            {
              type: FUNDS_EVENTS.received,
              on: this.today(),
              data: { amount, source: 'deposit', transferId, ...data },
              evidence: [],
            },
          ],
        },
      ],
      money.actor,
    );
  }

  /** The sale-confirmation ruling's PDF, rendered before the payment's transaction (rendering takes time). */
  protected async renderRuling(source: Tx | Database, assetId: string, auctionId: string) {
    const db = source.db;
    const [asset] = await db.select().from(assets).where(eq(assets.id, assetId));
    const [auction] = await db
      .select()
      .from(auctions)
      .where(and(eq(auctions.id, auctionId), eq(auctions.assetId, assetId)));
    if (!asset || !auction) throw notFound(RECORD);
    if (auction.state !== 'sold' || !auction.winnerBidderId || auction.finalPrice === null)
      throw conflict(NOT_PAYABLE);
    const { rows } = await source.sql.executeSql(
      `select p.real_name, p.id_number from auction_bidders b join people p on p.id = b.person_id where b.id = $1`,
      [auction.winnerBidderId],
    );
    const detail = await this.caseDocumentFacts(db, auction.caseId);
    const debtor = detail.parties.find((p) => p.id === asset.partyId);
    return this.documents.render('auction_ruling', {
      ...documentDataOf(detail, this.today()),
      auction: {
        asset: { description: asset.description, assetRef: asset.assetRef },
        debtorName: debtor?.name ?? '',
        round: auction.round,
        endedOn: shanghaiDateOf(auction.endedAt ?? auction.endsAt),
        paidOn: this.today(),
        buyer: { name: String(rows[0]?.real_name ?? ''), identifier: String(rows[0]?.id_number ?? '') },
        price: auction.finalPrice,
      },
    });
  }

  /**
   * 悔拍: the winner did not pay by the announced date. The deposit is forfeited — the auction's `costs`
   * paid from it at once, the rest reserved until the asset is disposed of again (Auction 24, `forfeit.ts`)
   * —, the person barred from this asset's later auctions, and the asset may be listed again.
   */
  async recordDefault(user: AuthUser, assetId: string, auctionId: string, costs = 0) {
    return this.database.transaction(async (tx) => {
      const auction = await this.auctionInScope(tx, user, assetId, auctionId);
      if (auction.state !== 'sold' || !auction.winnerBidderId)
        throw conflict({
          zh: '只有已成交未付款的拍卖可以登记悔拍',
          en: 'Only a sold, unpaid auction can be defaulted',
        });
      const now = this.clock.now();
      if (auction.balanceDueAt && now.getTime() < auction.balanceDueAt.getTime())
        throw conflict({
          zh: '尾款支付期限尚未届满',
          en: 'The balance is not yet due',
        });
      const [winner] = (await tx.db
        .select()
        .from(auctionBidders)
        .where(eq(auctionBidders.id, auction.winnerBidderId))) as [BidderRow];
      const forfeit = await this.forfeitDeposit(tx, auction, winner, costs, actorOf(user));
      await tx.db
        .update(auctionBidders)
        .set({ depositState: 'forfeited' })
        .where(eq(auctionBidders.id, winner.id));
      await tx.db
        .insert(auctionBars)
        .values({ assetId, personId: winner.personId, auctionId, at: now })
        .onConflictDoNothing();
      await tx.db.update(auctions).set({ state: 'defaulted' }).where(eq(auctions.id, auctionId));
      await this.cases.recordSystemEvents(
        tx,
        [
          {
            caseId: auction.caseId,
            events: [
              {
                type: 'auction.defaulted',
                on: this.today(),
                data: { assetId, auctionId, ...forfeit },
                evidence: [],
              },
            ],
          },
        ],
        actorOf(user),
      );
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: auction.courtId,
        action: 'auction.default',
        subject: `auction:${auctionId}`,
        caseId: auction.caseId,
        after: { bidderNumber: winner.number, ...forfeit },
      });
      return forfeit;
    });
  }

  async handover(user: AuthUser, assetId: string, auctionId: string) {
    await this.auctionInScope(this.database, user, assetId, auctionId);
    return this.database.db.select().from(auctionHandover).where(eq(auctionHandover.auctionId, auctionId));
  }

  /** Marks a handover node done; service of the ruling opens the 15-day handover deadline. */
  async completeNode(user: AuthUser, assetId: string, auctionId: string, node: string) {
    return this.database.transaction(async (tx) => {
      const auction = await this.auctionInScope(tx, user, assetId, auctionId);
      const now = this.clock.now();
      const updated = await tx.db
        .update(auctionHandover)
        .set({ doneAt: now, doneBy: user.displayName })
        .where(and(eq(auctionHandover.auctionId, auctionId), eq(auctionHandover.node, node)))
        .returning();
      if (updated.length === 0) throw notFound({ zh: '交付节点', en: 'Handover node' });
      if (node === 'ruling_served') {
        const { handoverBy } = handoverDeadlines(auction.paidAt ?? now, now);
        await tx.db
          .update(auctionHandover)
          .set({ dueAt: handoverBy })
          .where(and(eq(auctionHandover.auctionId, auctionId), eq(auctionHandover.node, 'handover')));
      }
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: auction.courtId,
        action: 'auction.handover',
        subject: `auction:${auctionId}`,
        caseId: auction.caseId,
        after: { node },
      });
      return tx.db.select().from(auctionHandover).where(eq(auctionHandover.auctionId, auctionId));
    });
  }
}
