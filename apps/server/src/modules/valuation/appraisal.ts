import { eq } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { conflict, ruleViolation } from '../../platform/errors';
import { checkGuards } from '../compliance/rules';
import { change, NOT_APPRAISING, supersede, type ValuationContext, workingCalendar } from './context';
import { pricedEvent, reportedEvent, reportPeriodEvent } from './events';
import { EXTENSION_ACTION, extendedDueOn, reportDueOn, VALUATION_GUARDS, validUntil } from './rules';
import { valuationResults, valuations } from './schema';

/** The agency's report (评估报告) arrives: its figure is the reference price. */
export async function recordReport(
  ctx: ValuationContext,
  user: AuthUser,
  id: string,
  input: { amount: number; reportNo: string },
): Promise<void> {
  await change(ctx, user, id, 'valuation.report', async (tx, row, today, now) => {
    if (row.method !== 'appraisal' || row.status !== 'appraising') throw conflict(NOT_APPRAISING);
    const agency = row.agencies?.[row.agencyIndex ?? 0] ?? '—';
    await tx.db.insert(valuationResults).values({
      valuationId: id,
      platform: agency,
      name: agency,
      status: 'priced',
      price: input.amount,
      reportNo: input.reportNo,
      deliveredAt: now,
      createdAt: now,
    });
    const [after] = await tx.db
      .update(valuations)
      .set({
        status: 'priced',
        amount: input.amount,
        reportNo: input.reportNo,
        reportReceivedOn: today,
        determinedOn: today,
        validUntil: validUntil(today),
        updatedAt: now,
      })
      .where(eq(valuations.id, id))
      .returning();
    await supersede(tx, row.assetId, id, now);
    return after ? [pricedEvent(after, today), reportedEvent(after, today)] : [];
  });
}

/** 延长评估期限 (RefPrice 19): 15 days, at most twice, asked at least 5 days before the end. */
export async function extendReport(ctx: ValuationContext, user: AuthUser, id: string): Promise<void> {
  await change(ctx, user, id, 'valuation.report_extension', async (tx, row, today, now) => {
    if (row.status !== 'appraising' || row.reportDueOn === null) throw conflict(NOT_APPRAISING);
    const violations = checkGuards(VALUATION_GUARDS, EXTENSION_ACTION, {
      dueOn: row.reportDueOn,
      extensions: row.reportExtensions,
      today,
    });
    if (violations.length > 0) throw ruleViolation(violations);
    const due = extendedDueOn(await workingCalendar(ctx, tx), row.reportDueOn);
    await tx.db
      .update(valuations)
      .set({ reportExtensions: row.reportExtensions + 1, reportDueOn: due, updatedAt: now })
      .where(eq(valuations.id, id));
    return [reportPeriodEvent(row, today, due)];
  });
}

/** An agency missed its period: it returns the file and the next drawn agency takes over (RefPrice 19). */
export async function nextAgency(ctx: ValuationContext, user: AuthUser, id: string): Promise<void> {
  await change(ctx, user, id, 'valuation.next_agency', async (tx, row, today, now) => {
    if (row.status !== 'appraising' || row.reportDueOn === null || row.agencies === null)
      throw conflict(NOT_APPRAISING);
    if (today <= row.reportDueOn)
      throw conflict({
        zh: `评估期限至${row.reportDueOn}尚未届满`,
        en: `the agency’s period runs until ${row.reportDueOn}`,
      });
    const next = (row.agencyIndex ?? 0) + 1;
    if (next >= row.agencies.length)
      throw conflict({ zh: '选定的评估机构均已逾期', en: 'every chosen agency missed its period' });
    const due = reportDueOn(await workingCalendar(ctx, tx), today);
    await tx.db
      .update(valuations)
      .set({ agencyIndex: next, reportDueOn: due, reportExtensions: 0, updatedAt: now })
      .where(eq(valuations.id, id));
    return [reportPeriodEvent(row, today, due, row.agencies[next])];
  });
}
