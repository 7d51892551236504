import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { conflict, invalid, notFound, ruleViolation } from '../../platform/errors';
import type { LocalDate } from '../calendar/rules';
import { caseEvents } from '../cases/schema';
import type { RecordedEvent } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import { change, toPlatformResult, type ValuationContext, workingCalendar } from './context';
import { pricedEvent } from './events';
import {
  NOT_PRICED,
  OBJECTION_ACTION,
  objectionUntil,
  referenceMean,
  VALUATION_EVENTS,
  VALUATION_GUARDS,
} from './rules';
import { valuationResults, valuations } from './schema';

/** 送达 (RefPrice 21): the result served on the parties; by publication it counts 15 days later. */
export async function serve(
  ctx: ValuationContext,
  user: AuthUser,
  id: string,
  input: { servedOn?: LocalDate; byPublication?: boolean },
): Promise<void> {
  await change(ctx, user, id, 'valuation.serve', async (tx, row, today, now) => {
    if (row.status !== 'priced') throw conflict(NOT_PRICED);
    const servedOn = input.servedOn ?? today;
    if (servedOn > today) throw invalid('servedOn', { zh: '不能晚于今天', en: 'is in the future' });
    const byPublication = input.byPublication ?? false;
    const until = objectionUntil(await workingCalendar(ctx, tx), servedOn, byPublication);
    await tx.db
      .update(valuations)
      .set({ servedOn, servedByPublication: byPublication ? 1 : 0, objectionUntil: until, updatedAt: now })
      .where(eq(valuations.id, id));
    return [
      {
        type: VALUATION_EVENTS.served,
        on: servedOn,
        data: { assetId: row.assetId, valuationId: id, objectionUntil: until },
        evidence: [],
      },
    ];
  });
}

/**
 * 异议 (RefPrice 22–24): within 5 days of receipt, never against an agreed or targeted price. An upheld
 * objection to one platform's figure leaves it out: the price becomes the mean of the others (RefPrice 13).
 */
export async function object(
  ctx: ValuationContext,
  user: AuthUser,
  id: string,
  input: { kind: 'procedural' | 'substantive'; reason: string; platform?: string; upheld?: boolean },
): Promise<void> {
  await change(ctx, user, id, 'valuation.objection', async (tx, row, today, now) => {
    const violations = checkGuards(VALUATION_GUARDS, OBJECTION_ACTION, {
      method: row.method,
      objectionUntil: row.objectionUntil,
      today,
    });
    if (violations.length > 0) throw ruleViolation(violations);
    const events: RecordedEvent[] = [
      {
        type: VALUATION_EVENTS.objected,
        on: today,
        data: {
          assetId: row.assetId,
          valuationId: id,
          objectionId: randomUUID(),
          method: row.method,
          reason: input.reason,
          kind: input.kind,
          platform: input.platform ?? null,
          upheld: input.upheld ?? false,
        },
        evidence: [],
      },
    ];
    if (input.upheld && input.platform !== undefined && row.method === 'online_inquiry') {
      const changed = await tx.db
        .update(valuationResults)
        .set({ status: 'objected', reason: input.reason })
        .where(
          and(
            eq(valuationResults.valuationId, id),
            eq(valuationResults.platform, input.platform),
            eq(valuationResults.status, 'priced'),
          ),
        )
        .returning();
      if (changed.length === 0)
        throw invalid('platform', {
          zh: '该平台没有按期出具的价格',
          en: 'no price of this platform delivered in time',
        });
      const results = await tx.db.select().from(valuationResults).where(eq(valuationResults.valuationId, id));
      const amount = referenceMean(results.map(toPlatformResult));
      const [after] = await tx.db
        .update(valuations)
        .set(
          amount === null ? { status: 'failed', amount: null, updatedAt: now } : { amount, updatedAt: now },
        )
        .where(eq(valuations.id, id))
        .returning();
      if (after && amount !== null) events.push(pricedEvent(after, today));
    }
    return events;
  });
}

/**
 * A substantive objection to an appraisal: sent to the agency (within 3 days), then the agency's
 * answer (within 5 days) (RefPrice 23). `objectionId` from the `valuation.objected` event.
 */
export async function objectionStep(
  ctx: ValuationContext,
  user: AuthUser,
  id: string,
  objectionId: string,
  step: 'forwarded' | 'answered',
  note: string,
): Promise<void> {
  await change(ctx, user, id, `valuation.objection_${step}`, async (tx, row, today) => {
    const events = await tx.db
      .select({ type: caseEvents.type, data: caseEvents.data })
      .from(caseEvents)
      .where(
        and(
          eq(caseEvents.caseId, row.caseId),
          inArray(caseEvents.type, [
            VALUATION_EVENTS.objected,
            VALUATION_EVENTS.objectionForwarded,
            VALUATION_EVENTS.objectionAnswered,
          ]),
        ),
      );
    const mine = events.filter((e) => e.data.objectionId === objectionId && e.data.valuationId === id);
    const objection = mine.find((e) => e.type === VALUATION_EVENTS.objected);
    if (objection?.data.kind !== 'substantive' || row.method !== 'appraisal')
      throw notFound({ zh: '对评估报告的实体异议', en: 'Substantive objection to an appraisal' });
    const has = (type: string) => mine.some((e) => e.type === type);
    if (step === 'forwarded' && has(VALUATION_EVENTS.objectionForwarded))
      throw conflict({ zh: '该异议已转交评估机构', en: 'the objection was already sent to the agency' });
    if (step === 'answered' && !has(VALUATION_EVENTS.objectionForwarded))
      throw conflict({ zh: '该异议尚未转交评估机构', en: 'the objection has not been sent to the agency' });
    if (step === 'answered' && has(VALUATION_EVENTS.objectionAnswered))
      throw conflict({ zh: '评估机构已作出说明', en: 'the agency has already answered' });
    return [
      {
        type: step === 'forwarded' ? VALUATION_EVENTS.objectionForwarded : VALUATION_EVENTS.objectionAnswered,
        on: today,
        data: { assetId: row.assetId, valuationId: id, objectionId, note },
        evidence: [],
      },
    ];
  });
}
