import { categoryOf } from '@zhixing/assist-protocol';
import { and, asc, eq, gt, like, lte, ne } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { conflict, notFound, ruleViolation } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { assets } from '../assets/schema';
import type { AuditService } from '../audit/service';
import { refuseWhileSuspended } from '../bankruptcy/suspension';
import { caseParties, cases } from '../cases/schema';
import { type CasesService, documentDataOf } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import type { DocumentsService } from '../documents/service';
import { book, resolveHold } from '../funds/ledger';
import type { FundsService } from '../funds/service';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import type { PublicPerson } from '../people/service';
import { currentReferencePrice } from '../valuation/service';
import {
  AUCTION_BARRED,
  AUCTION_NUMBERS,
  type AuctionPlan,
  balanceDue,
  CREATE_ACTION,
  depositDue,
  handoverDeadlines,
  judgeBid,
  outcomeOf,
  type PropertyClass,
  REGISTER_ACTION,
  SET_UP_GUARDS,
} from './rules';
import {
  auctionBars,
  auctionBidders,
  auctionBids,
  auctionHandover,
  auctions,
  type PriorityPurchaser,
} from './schema';

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
  /** The exception claimed on a case suspended for a bankruptcy transfer (Bankruptcy 8). */
  perishableReason?: string;
}

const RECORD: Text = { zh: '拍卖', en: 'Auction' };
const DAY = 86_400_000;

/** Movables (vehicles, ships) 15 days; real estate and every other property right 30 (Auction 12). */
export function propertyClassOf(category: string): PropertyClass {
  return categoryOf(category)?.controlPeriod === 'movable' ? 'movable' : 'property';
}

/**
 * 网络司法拍卖: setting up an auction under its guards, registration with the deposit as a ledger hold,
 * bidding (each bid one transaction holding the auction's row: a gap-free sequence, the server's time,
 * the anti-sniping extension), the end found by the sweep against the platform clock, and after the sale
 * the balance, the forfeit of a winner who does not pay, and the handover nodes.
 */
export class AuctionService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly funds: FundsService,
    private readonly documents: DocumentsService,
  ) {}

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  // ─── Set-up (court users) ───────────────────────────────────────────────────────────────────────

  private async assetInScope(db: Db, user: AuthUser, assetId: string, lock = false) {
    const query = db
      .select({ asset: assets })
      .from(assets)
      .innerJoin(courts, eq(courts.id, assets.courtId))
      .where(and(eq(assets.id, assetId), like(courts.path, `${user.court.path}%`)));
    const [found] = lock ? await query.for('update', { of: assets }) : await query;
    if (!found) throw notFound({ zh: '财产', en: 'Asset' });
    return found.asset;
  }

  /** The guards' subject for a plan on this asset, as the officer's form shows it before submitting. */
  private async planOf(
    tx: Tx | Database,
    assetId: string,
    category: string,
    input: CreateInput,
  ): Promise<AuctionPlan> {
    const reference = await currentReferencePrice(tx.db, assetId);
    let previous: AuctionPlan['previous'] = null;
    if (input.round > 1) {
      const [before] = await tx.db
        .select()
        .from(auctions)
        .where(
          and(
            eq(auctions.assetId, assetId),
            eq(auctions.mode, 'auction'),
            eq(auctions.round, input.round - 1),
            eq(auctions.state, 'unsold'),
          ),
        );
      if (before) previous = { startPrice: before.startPrice, endedAt: before.endedAt ?? before.endsAt };
    }
    return {
      round: input.round,
      startPrice: input.startPrice,
      deposit: input.deposit,
      increment: input.increment,
      announcedAt: input.announcedAt,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      propertyClass: propertyClassOf(category),
      referencePrice: reference?.amount ?? null,
      referenceValidUntil: reference?.validUntil ?? null,
      previous,
    };
  }

  /** `POST /api/assets/:id/auctions`: 409 listing every violated guard, or the auction. */
  async create(user: AuthUser, assetId: string, input: CreateInput): Promise<AuctionRow> {
    return this.database.transaction(async (tx) => {
      // The case locked before the asset, as the assets module's acts do: a transfer decision
      // suspending the case and this set-up cannot cross.
      const first = await this.assetInScope(tx.db, user, assetId);
      await this.cases.caseInScope(tx.db, user, first.caseId, true);
      const asset = await this.assetInScope(tx.db, user, assetId, true);
      const mode = input.mode ?? 'auction';
      const live = await tx.db
        .select({ id: auctions.id, round: auctions.round, state: auctions.state })
        .from(auctions)
        .where(
          and(
            eq(auctions.assetId, assetId),
            ne(auctions.state, 'cancelled'),
            ne(auctions.state, 'defaulted'),
          ),
        );
      if (live.some((a) => a.state === 'scheduled' || a.state === 'sold' || a.state === 'paid'))
        throw conflict({
          zh: '该财产已有进行中或已成交的拍卖',
          en: 'The asset already has an open or sold auction',
        });
      if (mode === 'auction' && live.some((a) => a.round === input.round))
        throw conflict({
          zh: `该财产第${input.round}次拍卖已经进行`,
          en: `Round ${input.round} of this asset has been held`,
        });
      if (mode === 'auction' && input.round > 2)
        throw conflict({
          zh: '二拍流拍后可以变卖或以物抵债，不再拍卖',
          en: 'after a failed second auction the asset is sold at a fixed price or taken in kind, not auctioned again',
        });
      const claimed = input.perishableReason ?? null;
      const suspension = await refuseWhileSuspended(tx.db, asset.caseId, 'auction', claimed);
      // Recorded only where it was needed: on a case not suspended the exception means nothing.
      const perishableReason = suspension ? claimed : null;
      const plan = await this.planOf(tx, assetId, asset.category, input);
      const violations = checkGuards(SET_UP_GUARDS, CREATE_ACTION, plan);
      if (violations.length > 0) throw ruleViolation(violations);
      const reference = await currentReferencePrice(tx.db, assetId);
      const now = this.clock.now();
      const [row] = (await tx.db
        .insert(auctions)
        .values({
          caseId: asset.caseId,
          courtId: asset.courtId,
          assetId,
          round: input.round,
          mode,
          state: 'scheduled',
          title: input.title ?? asset.description,
          propertyClass: plan.propertyClass,
          startPrice: input.startPrice,
          deposit: input.deposit,
          increment: input.increment,
          referencePrice: reference?.amount ?? null,
          referenceValuationId: reference?.valuationId ?? null,
          referenceMethod: reference?.method ?? null,
          announcedAt: input.announcedAt,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          scheduledEndsAt: input.endsAt,
          priorityPurchasers: input.priorityPurchasers ?? [],
          perishableReason,
          balanceDueAt: new Date(input.endsAt.getTime() + (input.paymentDays ?? 10) * DAY),
          createdBy: user.displayName,
          createdAt: now,
        })
        .returning()) as [AuctionRow];
      await this.cases.recordSystemEvents(
        tx,
        [
          {
            caseId: asset.caseId,
            events: [
              {
                type: 'auction.created',
                on: this.today(),
                data: {
                  assetId,
                  auctionId: row.id,
                  round: input.round,
                  ...(perishableReason ? { perishableReason } : {}),
                },
                evidence: [],
              },
            ],
          },
        ],
        actorOf(user),
      );
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: asset.courtId,
        action: 'auction.create',
        subject: `auction:${row.id}`,
        caseId: asset.caseId,
        after: {
          assetId,
          round: row.round,
          startPrice: row.startPrice,
          deposit: row.deposit,
          endsAt: row.endsAt,
          ...(perishableReason ? { perishableReason } : {}),
        },
      });
      return row;
    });
  }

  /** The guards' verdict on a plan without creating anything: what the set-up form shows inline. */
  async check(user: AuthUser, assetId: string, input: CreateInput) {
    const asset = await this.assetInScope(this.database.db, user, assetId);
    const plan = await this.planOf(this.database, assetId, asset.category, input);
    return { plan, violations: checkGuards(SET_UP_GUARDS, CREATE_ACTION, plan) };
  }

  async ofAsset(user: AuthUser, assetId: string) {
    const asset = await this.assetInScope(this.database.db, user, assetId);
    const rows = await this.database.db
      .select()
      .from(auctions)
      .where(eq(auctions.assetId, assetId))
      .orderBy(asc(auctions.createdAt));
    return {
      asset,
      reference: await currentReferencePrice(this.database.db, assetId),
      propertyClass: propertyClassOf(asset.category),
      auctions: rows,
    };
  }

  /** An auction of an asset in the user's scope (after-sale steps). */
  private async auctionInScope(
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

  private async lockAuction(tx: Tx, id: string): Promise<AuctionRow> {
    const [row] = await tx.db.select().from(auctions).where(eq(auctions.id, id)).for('update');
    if (!row || row.announcedAt.getTime() > this.clock.now().getTime() || row.state === 'cancelled')
      throw notFound(RECORD);
    return row;
  }

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
      const outcome = judgeBid(
        {
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
        },
        { bidderId: bidder.id, priorityRank: bidder.priorityRank, amount, at },
      );
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

  // ─── After the sale (court users) ───────────────────────────────────────────────────────────────

  /**
   * The buyer paid the balance: booked into the case account, the deposit hold posted toward the price,
   * and the handover nodes opened with their deadlines (ruling served within 10 days, handover within
   * 15 days of service, vacating, title transfer).
   */
  async recordPayment(user: AuthUser, assetId: string, auctionId: string) {
    const ruling = await this.renderRuling(user, assetId, auctionId);
    return this.database.transaction(async (tx) => {
      const auction = await this.auctionInScope(tx, user, assetId, auctionId);
      if (auction.state !== 'sold' || !auction.winnerBidderId || auction.finalPrice === null)
        throw conflict({
          zh: '只有已成交未付款的拍卖可以登记付款',
          en: 'Only a sold, unpaid auction takes a payment',
        });
      const [winner] = (await tx.db
        .select()
        .from(auctionBidders)
        .where(eq(auctionBidders.id, auction.winnerBidderId))) as [BidderRow];
      const now = this.clock.now();
      const paidDeposit = winner.depositState === 'held' ? winner.depositDue : 0;
      const balance = balanceDue(auction.finalPrice, paidDeposit);
      if (winner.holdId && winner.depositState === 'held') {
        await resolveHold(
          tx,
          winner.holdId,
          'post',
          `auction-deposit-post:${auctionId}`,
          this.today(),
          now,
          user.displayName,
        );
        await tx.db
          .update(auctionBidders)
          .set({ depositState: 'applied' })
          .where(eq(auctionBidders.id, winner.id));
      }
      if (balance > 0) {
        const account = await this.funds.caseAccount(tx, auction.caseId);
        const bank = await this.funds.courtBook(tx, auction.courtId, 'bank');
        await book(tx, {
          key: `auction-balance:${auctionId}`,
          courtId: auction.courtId,
          caseId: auction.caseId,
          debitAccountId: bank,
          creditAccountId: account.id,
          amount: balance,
          kind: 'deposit',
          on: this.today(),
          at: now,
          actorName: user.displayName,
          data: { auctionId, purpose: 'auction.balance' },
        });
      }
      await tx.db.update(auctions).set({ state: 'paid', paidAt: now }).where(eq(auctions.id, auctionId));
      // 拍卖成交裁定: into the case's dossier now; served within 10 days (the first handover node).
      const rulingDocumentId = await this.documents.store(
        tx,
        { caseId: auction.caseId, courtId: auction.courtId, createdBy: user.displayName },
        ruling,
      );
      const deadlines = handoverDeadlines(now, null);
      await tx.db.insert(auctionHandover).values([
        { auctionId, node: 'ruling_served', dueAt: deadlines.rulingServedBy },
        { auctionId, node: 'handover', dueAt: null },
        { auctionId, node: 'vacated', dueAt: null },
        { auctionId, node: 'title_transferred', dueAt: null },
      ]);
      await this.cases.recordSystemEvents(
        tx,
        [
          {
            caseId: auction.caseId,
            events: [
              {
                type: 'auction.paid',
                on: this.today(),
                data: {
                  assetId,
                  auctionId,
                  price: auction.finalPrice,
                  balance,
                  deposit: paidDeposit,
                  rulingDocumentId,
                },
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
        action: 'auction.paid',
        subject: `auction:${auctionId}`,
        caseId: auction.caseId,
        after: { price: auction.finalPrice, balance, deposit: paidDeposit },
      });
      return { price: auction.finalPrice, deposit: paidDeposit, balance, rulingDocumentId };
    });
  }

  /** The sale-confirmation ruling's PDF, rendered before the payment's transaction (rendering takes time). */
  private async renderRuling(user: AuthUser, assetId: string, auctionId: string) {
    const asset = await this.assetInScope(this.database.db, user, assetId);
    const [auction] = await this.database.db
      .select()
      .from(auctions)
      .where(and(eq(auctions.id, auctionId), eq(auctions.assetId, assetId)));
    if (!auction) throw notFound(RECORD);
    if (auction.state !== 'sold' || !auction.winnerBidderId || auction.finalPrice === null)
      throw conflict({
        zh: '只有已成交未付款的拍卖可以登记付款',
        en: 'Only a sold, unpaid auction takes a payment',
      });
    const { rows } = await this.database.sql.executeSql(
      `select p.real_name, p.id_number from auction_bidders b join people p on p.id = b.person_id where b.id = $1`,
      [auction.winnerBidderId],
    );
    const detail = await this.cases.detail(user, auction.caseId);
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
   * 悔拍: the winner did not pay by the announced date. The deposit is forfeited (the hold posted to the
   * case, applied in Auction 24's order by the distribution), the person barred from this asset's later
   * auctions, and the asset may be listed again.
   */
  async recordDefault(user: AuthUser, assetId: string, auctionId: string) {
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
      if (winner.holdId && winner.depositState === 'held') {
        await resolveHold(
          tx,
          winner.holdId,
          'post',
          `auction-forfeit:${auctionId}`,
          this.today(),
          now,
          user.displayName,
        );
      }
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
                data: {
                  assetId,
                  auctionId,
                  forfeited: winner.depositState === 'held' ? winner.depositDue : 0,
                },
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
        after: { bidderNumber: winner.number, forfeited: winner.depositDue },
      });
      return { forfeited: winner.depositState === 'held' ? winner.depositDue : 0 };
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

export { AUCTION_NUMBERS };
