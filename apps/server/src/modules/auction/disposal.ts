import { and, eq, gt, like, ne } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { shanghaiDateOf } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { conflict, notFound, ruleViolation } from '../../platform/errors';
import type { Actor } from '../audit/service';
import { refuseWhileSuspended } from '../bankruptcy/suspension';
import { caseParties, cases } from '../cases/schema';
import { documentDataOf } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import { FUNDS_EVENTS } from '../funds/rules';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import { SALE_CLOSE, USE_ACTION } from '../valuation/rules';
import { referencePriceOf } from '../valuation/service';
import { type AuctionRow, DAY, RECORD } from './base';
import {
  AUCTION_IN_KIND,
  AUCTION_SALE,
  AUCTION_SALE_PERIODS,
  fixedPriceSaleWindow,
  IN_KIND_ACTION,
  inKindTerms,
  SALE_ACTION,
  saleTuningOf,
} from './disposal-rules';
import { AuctionMatching } from './matching';
import { auctionInKind, auctions } from './schema';

export interface SaleInput {
  announcedAt: Date;
  increment: number;
  title?: string;
  /** Days after the end the winner's balance is due; default 10. */
  paymentDays?: number;
}

export interface InKindInput {
  /** The taker: the applicant of this case, or of another open case against the same debtor. */
  partyId: string;
  /** The taker pays what the price exceeds his claim by (拍卖变卖规定 16); the officer records it paid. */
  paysDifference?: boolean;
}

/**
 * After the auctions fail: 变卖 at the last starting price (Auction 37; its periods the court's rule
 * parameters, fixed on the sale when it is set up) and 以物抵债 at a failed round's price (拍卖变卖规定 16).
 */
export class AuctionDisposal extends AuctionMatching {
  /** `POST /api/assets/:id/sales`: the fixed-price sale after a failed second auction, or 409 naming the rule. */
  async createSale(user: AuthUser, assetId: string, input: SaleInput): Promise<AuctionRow> {
    return this.database.transaction(async (tx) => {
      const asset = await this.assetInScope(tx.db, user, assetId, true);
      // A sale is an enforcement act: refused while a bankruptcy transfer suspends the case (Bankruptcy 8).
      await refuseWhileSuspended(tx.db, asset.caseId, 'auction');
      const live = await this.assertDisposable(tx, assetId);
      if (live.some((a) => a.mode === 'fixed_price_sale'))
        throw conflict({ zh: '该财产已经变卖过', en: 'The asset has had its fixed-price sale' });
      const [second] = await tx.db
        .select()
        .from(auctions)
        .where(
          and(
            eq(auctions.assetId, assetId),
            eq(auctions.mode, 'auction'),
            eq(auctions.round, 2),
            eq(auctions.state, 'unsold'),
          ),
        );
      const tuning = saleTuningOf(await this.ruleValues(AUCTION_SALE_PERIODS.id, tx.db, asset.courtId));
      const failedSecond = second
        ? { startPrice: second.startPrice, endedAt: second.endedAt ?? second.endsAt }
        : null;
      const violations = checkGuards([AUCTION_SALE], SALE_ACTION, {
        failedSecond,
        announcedAt: input.announcedAt,
        tuning,
      });
      if (violations.length > 0 || !second || !failedSecond) throw ruleViolation(violations);
      if (input.increment > second.startPrice)
        throw conflict({ zh: '加价幅度不得超过变卖价', en: 'the increment is at most the sale price' });
      const window = fixedPriceSaleWindow(failedSecond.endedAt, input.announcedAt, tuning);
      await this.refuseLateClose(tx, second.referenceValuationId, input.announcedAt, window.closesAt);
      const now = this.clock.now();
      const [row] = (await tx.db
        .insert(auctions)
        .values({
          caseId: asset.caseId,
          courtId: asset.courtId,
          assetId,
          round: 3,
          mode: 'fixed_price_sale',
          state: 'scheduled',
          title: input.title ?? asset.description,
          propertyClass: second.propertyClass,
          // The price is the failed second auction's starting price; paying it in full qualifies a bidder.
          startPrice: second.startPrice,
          deposit: second.startPrice,
          increment: input.increment,
          referencePrice: second.referencePrice,
          referenceValuationId: second.referenceValuationId,
          referenceMethod: second.referenceMethod,
          announcedAt: input.announcedAt,
          startsAt: window.opensAt,
          endsAt: window.closesAt,
          scheduledEndsAt: window.closesAt,
          priorityPurchasers: second.priorityPurchasers,
          balanceDueAt: new Date(window.closesAt.getTime() + (input.paymentDays ?? 10) * DAY),
          saleTuning: tuning,
          createdBy: user.displayName,
          createdAt: now,
        })
        .returning()) as [AuctionRow];
      const data = { assetId, auctionId: row.id, round: 3, mode: 'fixed_price_sale', price: row.startPrice };
      await this.recordCreated(tx, user, row, data, 'auction.sale.create', {
        ...data,
        announcedAt: row.announcedAt,
        endsAt: row.endsAt,
        tuning,
      });
      return row;
    });
  }

  /**
   * 参考价有效期 (RefPrice 27): the sale rests on its rounds' reference price, so it closes at most 6
   * months after that price's year, as each round does (`valuation.sale_close`).
   */
  private async refuseLateClose(tx: Tx, valuationId: string | null, announcedAt: Date, closesAt: Date) {
    const price = valuationId ? await referencePriceOf(tx, valuationId) : null;
    if (!price) return;
    const violations = checkGuards([SALE_CLOSE], USE_ACTION, {
      price: { amount: price.amount, validUntil: price.validUntil },
      today: shanghaiDateOf(announcedAt),
      closesOn: shanghaiDateOf(closesAt),
    });
    if (violations.length > 0) throw ruleViolation(violations);
  }

  /**
   * `POST …/in-kind`: a creditor takes the asset at the failed round's price. His claim is reduced by it
   * (at most the claim) through the ledger — in from the court's in-kind book and straight out to it, so
   * the case's 已履行 counts it while no money moves —, the difference he paid is booked into this case's
   * account, the ruling goes into the dossier, and an earlier default's reserve is split.
   */
  async takeInKind(user: AuthUser, assetId: string, auctionId: string, input: InKindInput) {
    return this.database.transaction(async (tx) => {
      const asset = await this.assetInScope(tx.db, user, assetId, true);
      await refuseWhileSuspended(tx.db, asset.caseId, 'auction');
      const auction = await this.auctionInScope(tx, user, assetId, auctionId);
      const later = await tx.db
        .select({ id: auctions.id })
        .from(auctions)
        .where(
          and(
            eq(auctions.assetId, assetId),
            ne(auctions.state, 'cancelled'),
            gt(auctions.createdAt, auction.createdAt),
          ),
        );
      const taker = await this.takerOf(tx, user, input.partyId, auction.caseId, asset.partyId);
      const violations = checkGuards([AUCTION_IN_KIND], IN_KIND_ACTION, {
        auction: { state: auction.state, price: auction.startPrice },
        superseded: later.length > 0,
        taker: taker ? { claim: taker.claim } : null,
        paysDifference: input.paysDifference === true,
        priorSeizures: Math.max((asset.position ?? 1) - 1, asset.existingControls.length),
      });
      if (violations.length > 0 || !taker) throw ruleViolation(violations);
      const price = auction.startPrice;
      const terms = inKindTerms(price, taker.claim);
      const actor = actorOf(user);
      await this.bookInKind(tx, auction, taker.caseId, terms, actor);
      await tx.db.update(auctions).set({ state: 'taken' }).where(eq(auctions.id, auctionId));
      const detail = await this.caseDocumentFacts(tx.db, auction.caseId);
      const ruling = await this.documents.render('in_kind_ruling', {
        ...documentDataOf(detail, this.today()),
        inKind: {
          asset: { description: asset.description, assetRef: asset.assetRef },
          debtorName: detail.parties.find((p) => p.id === asset.partyId)?.name ?? '',
          failedDisposal: auction.mode === 'fixed_price_sale' ? '变卖' : `第${auction.round}次拍卖`,
          endedOn: shanghaiDateOf(auction.endedAt ?? auction.endsAt),
          taker: { name: taker.name, identifier: taker.identifier },
          price,
          ...terms,
        },
      });
      const rulingDocumentId = await this.documents.store(
        tx,
        { caseId: auction.caseId, courtId: auction.courtId, createdBy: user.displayName },
        ruling,
      );
      const now = this.clock.now();
      await tx.db.insert(auctionInKind).values({
        auctionId,
        takerPartyId: input.partyId,
        takerCaseId: taker.caseId,
        price,
        settled: terms.settled,
        difference: terms.difference,
        rulingDocumentId,
        takenAt: now,
        takenBy: user.displayName,
      });
      const data = { assetId, auctionId, partyId: input.partyId, takerCaseId: taker.caseId, price, ...terms };
      await this.cases.recordSystemEvents(
        tx,
        [
          {
            caseId: auction.caseId,
            events: [
              {
                type: 'auction.taken_in_kind',
                on: this.today(),
                data: { ...data, rulingDocumentId },
                evidence: [],
              },
            ],
          },
        ],
        actor,
      );
      await this.settleForfeits(tx, auction, price, actor);
      await this.audit.append(tx, {
        actor,
        courtId: auction.courtId,
        action: 'auction.in_kind',
        subject: `auction:${auctionId}`,
        caseId: auction.caseId,
        after: data,
      });
      return { ...data, rulingDocumentId };
    });
  }

  /**
   * The taker: an applicant party, of this case or of another open case with a debtor of the same
   * identity as the asset's owner (an enforcing creditor of this debtor); his outstanding claim. A party
   * of a case outside the user's courts is not found (404), as everywhere.
   */
  private async takerOf(tx: Tx, user: AuthUser, partyId: string, caseId: string, ownerPartyId: string) {
    const [found] = await tx.db
      .select({ party: caseParties })
      .from(caseParties)
      .innerJoin(courts, eq(courts.id, caseParties.courtId))
      .where(and(eq(caseParties.id, partyId), like(courts.path, `${user.court.path}%`)));
    if (!found) throw notFound({ zh: '当事人', en: 'Party' });
    const { party } = found;
    const [owner] = await tx.db.select().from(caseParties).where(eq(caseParties.id, ownerPartyId));
    const [takerCase] = await tx.db.select().from(cases).where(eq(cases.id, party.caseId));
    if (party.role !== 'applicant' || takerCase?.status !== 'open') return null;
    const ownerIdentity = owner?.idNumber ?? owner?.creditCode ?? null;
    if (party.caseId !== caseId) {
      const debtors = await tx.db
        .select()
        .from(caseParties)
        .where(and(eq(caseParties.caseId, party.caseId), eq(caseParties.role, 'debtor')));
      if (ownerIdentity === null || !debtors.some((d) => (d.idNumber ?? d.creditCode) === ownerIdentity))
        return null;
    }
    return {
      caseId: party.caseId,
      name: party.name,
      identifier: party.idNumber ?? party.creditCode ?? '',
      claim: Math.max(0, takerCase.claimAmount - takerCase.paidAmount),
    };
  }

  /**
   * The non-cash settlement on the taker's case: in from the in-kind book (counted performed) and out to
   * it at once (the creditor received the asset: `funds.paid`); the difference into this case's account.
   */
  private async bookInKind(
    tx: Tx,
    auction: AuctionRow,
    takerCaseId: string,
    terms: { settled: number; difference: number },
    actor: Actor,
  ) {
    const [takerCase] = await tx.db.select().from(cases).where(eq(cases.id, takerCaseId));
    if (!takerCase) throw notFound(RECORD);
    const data = { auctionId: auction.id, purpose: 'auction.in_kind' };
    const common = { courtId: takerCase.courtId, caseId: takerCaseId, book: 'in_kind' as const, actor };
    if (terms.settled > 0) {
      await this.move(tx, {
        ...common,
        key: `auction-in-kind:${auction.id}`,
        direction: 'in',
        amount: terms.settled,
        kind: 'in_kind',
        received: true,
        data,
      });
      const out = await this.move(tx, {
        ...common,
        key: `auction-in-kind-out:${auction.id}`,
        direction: 'out',
        amount: terms.settled,
        kind: 'in_kind',
        data,
      });
      await this.cases.recordSystemEvents(
        tx,
        [
          {
            caseId: takerCaseId,
            events: [
              {
                type: FUNDS_EVENTS.paid,
                on: this.today(),
                data: { amount: terms.settled, source: 'in_kind', transferId: out, ...data },
                evidence: [],
              },
            ],
          },
        ],
        actor,
      );
    }
    if (terms.difference > 0)
      await this.move(tx, {
        courtId: auction.courtId,
        caseId: auction.caseId,
        book: 'bank',
        actor,
        key: `auction-in-kind-difference:${auction.id}`,
        direction: 'in',
        amount: terms.difference,
        kind: 'deposit',
        data: { auctionId: auction.id, purpose: 'auction.in_kind.difference' },
      });
  }
}
