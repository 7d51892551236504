import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import type { Database, Tx } from '../../platform/db';
import { conflict, ruleViolation } from '../../platform/errors';
import { refuseWhileSuspended } from '../bankruptcy/suspension';
import { checkGuards } from '../compliance/rules';
import { currentReferencePrice } from '../valuation/service';
import { AuctionBase, type AuctionRow, type CreateInput, DAY, propertyClassOf } from './base';
import { AUCTION_SALE_PERIODS, fixedPriceSaleWindow, saleTuningOf } from './disposal-rules';
import { type AuctionPlan, CREATE_ACTION, SET_UP_GUARDS } from './rules';
import { auctionForfeits, auctionInKind, auctions } from './schema';

/** 网络司法拍卖, set-up (court users): an auction under its guards, the guards' verdict beforehand, an asset's auctions. */
export class AuctionSetup extends AuctionBase {
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

  /**
   * The asset's auctions that still count (not cancelled, not defaulted): refused when one is open,
   * sold, paid, or the asset was taken in kind — nothing more can be set up for it.
   */
  protected async assertDisposable(tx: Tx, assetId: string) {
    const live = await tx.db
      .select({ id: auctions.id, round: auctions.round, mode: auctions.mode, state: auctions.state })
      .from(auctions)
      .where(
        and(eq(auctions.assetId, assetId), ne(auctions.state, 'cancelled'), ne(auctions.state, 'defaulted')),
      );
    if (live.some((a) => ['scheduled', 'sold', 'paid', 'taken'].includes(a.state)))
      throw conflict({
        zh: '该财产已有进行中或已成交的拍卖（或已以物抵债）',
        en: 'The asset already has an open or sold auction (or was taken in kind)',
      });
    return live;
  }

  /** `POST /api/assets/:id/auctions`: 409 listing every violated guard, or the auction. */
  async create(user: AuthUser, assetId: string, input: CreateInput): Promise<AuctionRow> {
    return this.database.transaction(async (tx) => {
      // The case locked before the asset, as the assets module's acts do: a transfer decision
      // suspending the case and this set-up cannot cross.
      const first = await this.assetInScope(tx.db, user, assetId);
      await this.cases.caseInScope(tx.db, user, first.caseId, true);
      const asset = await this.assetInScope(tx.db, user, assetId, true);
      const live = await this.assertDisposable(tx, assetId);
      if (live.some((a) => a.mode === 'auction' && a.round === input.round))
        throw conflict({
          zh: `该财产第${input.round}次拍卖已经进行`,
          en: `Round ${input.round} of this asset has been held`,
        });
      if (input.round > 2)
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
          mode: 'auction',
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
      const noted = perishableReason ? { perishableReason } : {};
      await this.recordCreated(
        tx,
        user,
        row,
        { assetId, auctionId: row.id, round: input.round, ...noted },
        'auction.create',
        {
          assetId,
          round: row.round,
          startPrice: row.startPrice,
          deposit: row.deposit,
          endsAt: row.endsAt,
          ...noted,
        },
      );
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
    const db = this.database.db;
    const rows = await db
      .select()
      .from(auctions)
      .where(eq(auctions.assetId, assetId))
      .orderBy(asc(auctions.createdAt));
    const ids = rows.map((r) => r.id);
    const [takings, forfeits, values] = await Promise.all([
      ids.length ? db.select().from(auctionInKind).where(inArray(auctionInKind.auctionId, ids)) : [],
      ids.length ? db.select().from(auctionForfeits).where(inArray(auctionForfeits.auctionId, ids)) : [],
      this.ruleValues(AUCTION_SALE_PERIODS.id, db, asset.courtId),
    ]);
    const tuning = saleTuningOf(values);
    const failedSecond = rows.find((r) => r.mode === 'auction' && r.round === 2 && r.state === 'unsold');
    const failedAt = failedSecond ? (failedSecond.endedAt ?? failedSecond.endsAt) : null;
    return {
      asset,
      reference: await currentReferencePrice(db, assetId),
      propertyClass: propertyClassOf(asset.category),
      auctions: rows,
      takings,
      forfeits,
      // 变卖: the court's periods, and the last day to announce it after the failed second auction.
      sale: {
        tuning,
        announceBy: failedAt ? fixedPriceSaleWindow(failedAt, failedAt, tuning).announceBy : null,
      },
    };
  }
}
