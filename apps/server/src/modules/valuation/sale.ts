import { eq } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { shanghaiDateOf } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { conflict, ruleViolation } from '../../platform/errors';
import { caseClosed } from '../../platform/messages';
import type { LocalDate } from '../calendar/rules';
import type { RecordedEvent } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import { actorOf } from '../org/service';
import { assetInScope, SYSTEM_ACTOR, toPlatformResult, type ValuationContext } from './context';
import { currentReferencePrice } from './reference';
import { feePlatform, OWN_SALE_ACTION, VALUATION_EVENTS, VALUATION_GUARDS } from './rules';
import { valuationResults, valuations } from './schema';

/**
 * 自行变卖 (Opinion-2021 17): the debtor finds the price too low and sells the asset himself, at most 90
 * days, the court controlling the proceeds.
 */
export async function allowOwnSale(
  ctx: ValuationContext,
  user: AuthUser,
  assetId: string,
  input: { until: LocalDate },
): Promise<void> {
  const asset = await assetInScope(ctx.database.db, user, assetId);
  await ctx.database.transaction(async (tx) => {
    const row = await ctx.cases.caseInScope(tx.db, user, asset.caseId, true);
    if (row.status === 'closed') throw conflict(caseClosed(row.caseNumber));
    const today = shanghaiDateOf(ctx.clock.now());
    const price = await currentReferencePrice(tx, assetId);
    const violations = checkGuards(VALUATION_GUARDS, OWN_SALE_ACTION, {
      from: today,
      until: input.until,
      hasPrice: price !== null,
    });
    if (violations.length > 0) throw ruleViolation(violations);
    const event: RecordedEvent = {
      type: VALUATION_EVENTS.ownSaleAllowed,
      on: today,
      data: { assetId, until: input.until, valuationId: price?.valuationId ?? null },
      evidence: [],
    };
    await ctx.cases.recordSystemEvents(tx, [{ caseId: row.id, events: [event] }], actorOf(user));
    await ctx.audit.append(tx, {
      actor: actorOf(user),
      courtId: row.courtId,
      action: 'valuation.own_sale',
      subject: `asset:${assetId}`,
      caseId: row.id,
      after: event.data,
    });
  });
}

/**
 * 询价费 (RefPrice 31): once the asset is sold, the platform whose figure is closest to the sale price
 * earns the fee. For the auction module: call it in the transaction that records the sale. Returns
 * the platform's code, or null when the price was not set by online inquiry.
 */
export async function settleFee(
  ctx: ValuationContext,
  tx: Tx,
  valuationId: string,
  salePrice: number,
): Promise<string | null> {
  const [row] = await tx.db.select().from(valuations).where(eq(valuations.id, valuationId)).for('update');
  if (row?.method !== 'online_inquiry') return null;
  const results = await tx.db
    .select()
    .from(valuationResults)
    .where(eq(valuationResults.valuationId, valuationId));
  const winner = feePlatform(results.map(toPlatformResult), salePrice);
  await tx.db
    .update(valuations)
    .set({ salePrice, feePlatform: winner, updatedAt: ctx.clock.now() })
    .where(eq(valuations.id, valuationId));
  await ctx.audit.append(tx, {
    actor: SYSTEM_ACTOR,
    courtId: row.courtId,
    action: 'valuation.fee',
    subject: `valuation:${valuationId}`,
    caseId: row.caseId,
    before: row,
    after: { salePrice, feePlatform: winner },
  });
  return winner;
}
