import { and, asc, eq, gt, lte, ne } from 'drizzle-orm';
import { conflict, notFound, ruleViolation } from '../../platform/errors';
import { refuseWhileSuspended } from '../bankruptcy/suspension';
import { caseParties, cases } from '../cases/schema';
import { checkGuards } from '../compliance/rules';
import { book } from '../funds/ledger';
import type { PublicPerson } from '../people/service';
import {
  AUCTION_CHANNEL,
  type AuctionRow,
  type BidderRow,
  type BidRow,
  type LiveEvent,
  RECORD,
} from './base';
import { DEFAULT_SALE_TUNING, judgeSaleBid } from './disposal-rules';
import { AUCTION_BARRED, type BidState, depositDue, judgeBid, REGISTER_ACTION } from './rules';
import { auctionBars, auctionBidders, auctionBids, auctions } from './schema';
import { AuctionSetup } from './setup';

/** Public reading, registration with the deposit as a ledger hold, and bidding: each bid one transaction holding the auction's row. */
export class AuctionBidding extends AuctionSetup {
  // ─── Public reading ─────────────────────────────────────────────────────────────────────────────

  /** An auction the public may see: announced by the platform clock's now. */
  async publicAuction(id: string): Promise<{ auction: AuctionRow; bids: BidRow[] }> {
    const [auction] = await this.database.db.select().from(auctions).where(eq(auctions.id, id));
    if (
      !auction ||
      auction.announcedAt.getTime() > this.clock.now().getTime() ||
      auction.state === 'cancelled'
    )
      throw notFound(RECORD);
    const bids = await this.database.db
      .select()
      .from(auctionBids)
      .where(eq(auctionBids.auctionId, id))
      .orderBy(asc(auctionBids.seq));
    return { auction, bids };
  }

  async publicList(): Promise<AuctionRow[]> {
    return this.database.db
      .select()
      .from(auctions)
      .where(and(lte(auctions.announcedAt, this.clock.now()), ne(auctions.state, 'cancelled')))
      .orderBy(asc(auctions.endsAt))
      .limit(200);
  }

  /** Bids after `seq`, in order: what a reconnecting watcher, or a process that missed a NOTIFY, fetches. */
  async bidsAfter(auctionId: string, seq: number): Promise<BidRow[]> {
    return this.database.db
      .select()
      .from(auctionBids)
      .where(and(eq(auctionBids.auctionId, auctionId), gt(auctionBids.seq, seq)))
      .orderBy(asc(auctionBids.seq));
  }

  /** The signed-in person's registration for an auction, if any. */
  async registration(auctionId: string, personId: string): Promise<BidderRow | null> {
    const [row] = await this.database.db
      .select()
      .from(auctionBidders)
      .where(and(eq(auctionBidders.auctionId, auctionId), eq(auctionBidders.personId, personId)));
    return row ?? null;
  }

  /** Who won, by name, once the auction has ended (bidders are secret until then, Auction 18). */
  async winnerName(auction: AuctionRow): Promise<string | null> {
    if (!auction.winnerBidderId) return null;
    const { rows } = await this.database.sql.executeSql(
      `select p.real_name from auction_bidders b join people p on p.id = b.person_id where b.id = $1`,
      [auction.winnerBidderId],
    );
    return rows[0] ? String(rows[0].real_name) : null;
  }

  // ─── Registration and bidding (the public) ──────────────────────────────────────────────────────

  /**
   * `POST /api/auctions/:id/bidders`: registers the person and holds the deposit (a pending transfer
   * from the court's bank book to the case's account: the money is the court's to hold, not the case's
   * to spend). The applicant creditor pays only what its claim does not cover (Auction 17).
   */
  async register(person: PublicPerson, auctionId: string, input: { declaresNoConflict: boolean }) {
    return this.database.transaction(async (tx) => {
      const auction = await this.lockAuction(tx, auctionId);
      const now = this.clock.now();
      if (auction.state !== 'scheduled' || now.getTime() >= auction.endsAt.getTime())
        throw conflict({
          zh: '该拍卖已经结束，不能报名',
          en: 'The auction has ended: registration is closed',
        });
      const existing = await tx.db
        .select()
        .from(auctionBidders)
        .where(and(eq(auctionBidders.auctionId, auctionId), eq(auctionBidders.personId, person.id)));
      if (existing[0]) return { bidder: existing[0], replayed: true };
      const [bar] = await tx.db
        .select()
        .from(auctionBars)
        .where(and(eq(auctionBars.assetId, auction.assetId), eq(auctionBars.personId, person.id)));
      const violations = checkGuards([AUCTION_BARRED], REGISTER_ACTION, {
        barredForDefault: bar !== undefined,
        declaredConflict: !input.declaresNoConflict,
      });
      if (violations.length > 0) throw ruleViolation(violations);
      const [caseRow] = await tx.db.select().from(cases).where(eq(cases.id, auction.caseId));
      const applicant = await tx.db
        .select({ id: caseParties.id })
        .from(caseParties)
        .where(
          and(
            eq(caseParties.caseId, auction.caseId),
            eq(caseParties.role, 'applicant'),
            eq(caseParties.idNumber, person.idNumber),
          ),
        );
      const isApplicant = applicant.length > 0 && caseRow !== undefined;
      const claim = isApplicant && caseRow ? Math.max(0, caseRow.claimAmount - caseRow.paidAmount) : null;
      const due = depositDue(auction.deposit, claim);
      const priority = auction.priorityPurchasers.find((p) => p.idNumber.toUpperCase() === person.idNumber);
      const number = auction.bidderCount + 1;
      let holdId: string | null = null;
      if (due > 0) {
        const account = await this.funds.caseAccount(tx, auction.caseId);
        const bank = await this.funds.courtBook(tx, auction.courtId, 'bank');
        const held = await book(
          tx,
          {
            key: `auction-deposit:${auctionId}:${person.id}`,
            courtId: auction.courtId,
            caseId: auction.caseId,
            debitAccountId: bank,
            creditAccountId: account.id,
            amount: due,
            kind: 'deposit',
            on: this.today(),
            at: now,
            actorName: person.realName,
            data: { auctionId, bidderNumber: number, purpose: 'auction.deposit' },
          },
          'pending',
        );
        holdId = held.id;
      }
      const [bidder] = (await tx.db
        .insert(auctionBidders)
        .values({
          auctionId,
          personId: person.id,
          number,
          depositDue: due,
          holdId,
          depositState: due > 0 ? 'held' : 'exempt',
          priorityRank: priority?.rank ?? null,
          applicant: isApplicant,
          registeredAt: now,
        })
        .returning()) as [BidderRow];
      await tx.db.update(auctions).set({ bidderCount: number }).where(eq(auctions.id, auctionId));
      await this.audit.append(tx, {
        actor: { id: null, name: person.realName, courtId: null },
        courtId: auction.courtId,
        action: 'auction.register',
        subject: `auction:${auctionId}`,
        caseId: auction.caseId,
        after: {
          bidderNumber: number,
          depositDue: due,
          priorityRank: bidder.priorityRank,
          applicant: isApplicant,
        },
      });
      return { bidder, replayed: false };
    });
  }

  /**
   * `POST /api/auctions/:id/bids`: one transaction holding the auction's row, so bids on one auction are
   * judged one after another against the committed state, numbered without gaps, stamped with the
   * server's time and published (NOTIFY) on commit — acknowledged only after the commit.
   */
  async bid(person: PublicPerson, auctionId: string, amount: number) {
    return this.database.transaction(async (tx) => {
      // The registration first (it does not change once made): the auction's row lock is held only for
      // the judging, one statement of writes (bid, auction, NOTIFY), the audit entry and the commit.
      const [bidder] = await tx.db
        .select()
        .from(auctionBidders)
        .where(and(eq(auctionBidders.auctionId, auctionId), eq(auctionBidders.personId, person.id)));
      const auction = await this.lockAuction(tx, auctionId);
      if (!bidder)
        throw ruleViolation([
          {
            ruleId: 'auction.deposit',
            clause: { zh: '《关于人民法院网络司法拍卖若干问题的规定》第17条', en: 'Auction art. 17' },
            message: { zh: '须先报名并交纳保证金', en: 'register and pay the deposit first' },
          },
        ]);
      // A suspension after the set-up stops the bidding too, unless the sale was set up as perishable.
      await refuseWhileSuspended(tx.db, auction.caseId, 'bid', auction.perishableReason);
      const at = this.clock.now();
      const state: BidState = {
        startPrice: auction.startPrice,
        increment: auction.increment,
        startsAt: auction.startsAt,
        endsAt: auction.endsAt,
        closed: auction.state !== 'scheduled',
        leader:
          auction.leaderBidderId === null || auction.currentPrice === null
            ? null
            : {
                bidderId: auction.leaderBidderId,
                amount: auction.currentPrice,
                priorityRank: auction.leaderPriorityRank,
              },
      };
      const attempt = { bidderId: bidder.id, priorityRank: bidder.priorityRank, amount, at };
      // A 变卖 is bid on under the periods fixed when it was set up (its first bid opens the bidding).
      const outcome =
        auction.mode === 'fixed_price_sale'
          ? judgeSaleBid(state, attempt, auction.saleTuning ?? DEFAULT_SALE_TUNING)
          : judgeBid(state, attempt);
      if (!outcome.ok) throw ruleViolation([outcome.violation]);
      const seq = auction.lastSeq + 1;
      const event: LiveEvent = {
        k: 'b',
        a: auctionId,
        s: seq,
        n: bidder.number,
        m: amount,
        t: at.toISOString(),
        e: outcome.endsAt.toISOString(),
        p: outcome.kind === 'match' ? 1 : 0,
      };
      await tx.sql.executeSql(
        `with bid as (insert into auction_bids (auction_id, seq, bidder_id, bidder_number, amount, kind, at, ends_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8)),
         moved as (update auctions set last_seq = $2, current_price = $5, leader_bidder_id = $3,
           leader_priority_rank = $9, ends_at = $8 where id = $1)
         select pg_notify($10, $11)`,
        [
          auctionId,
          seq,
          bidder.id,
          bidder.number,
          amount,
          outcome.kind,
          at,
          outcome.endsAt,
          bidder.priorityRank,
          AUCTION_CHANNEL,
          JSON.stringify(event),
        ],
        { prepare: true },
      );
      await this.audit.append(tx, {
        actor: { id: null, name: `竞买号${bidder.number}`, courtId: null },
        courtId: auction.courtId,
        action: 'auction.bid',
        subject: `auction:${auctionId}`,
        caseId: auction.caseId,
        after: { seq, bidderNumber: bidder.number, amount, kind: outcome.kind, at, endsAt: outcome.endsAt },
      });
      return {
        seq,
        amount,
        at,
        endsAt: outcome.endsAt,
        kind: outcome.kind,
        bidderNumber: bidder.number,
        extended: outcome.extended,
      };
    });
  }
}
