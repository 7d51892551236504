import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { conflict, ruleViolation } from '../../platform/errors';
import type { RecordedEvent } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import { change, NOT_APPRAISING, type ValuationContext, workingCalendar } from './context';
import { reportPeriodEvent } from './events';
import {
  dueAfterStay,
  PROCEDURE_EVENTS,
  PROCEDURE_GUARDS,
  RETURN_ACTION,
  RETURN_REASON_NAMES,
  type ReturnReason,
  redrawList,
  returnedLate,
  STAY_ACTION,
} from './procedure-rules';
import { DRAW_ALGORITHM, draw, PERIODS, reportDueOn } from './rules';
import { appraisalAgencies, type DrawRecord, valuations } from './schema';

/**
 * 退回委托 (RefPrice 19): the agency working on the file hands it back — having missed its period (then
 * within 3 days of the end, or it is recorded late), or for a reason that keeps it from the work. The next
 * agency in order takes over with a fresh 30 days; when none is left the court draws again, verifiably,
 * from the list without the agencies that had the file.
 */
export async function returnFile(
  ctx: ValuationContext,
  user: AuthUser,
  id: string,
  input: { reason: ReturnReason; note: string },
): Promise<void> {
  await change(ctx, user, id, 'valuation.agency_return', async (tx, row, today, now) => {
    if (row.status !== 'appraising' || row.reportDueOn === null || row.agencies === null)
      throw conflict(NOT_APPRAISING);
    const violations = checkGuards(PROCEDURE_GUARDS, RETURN_ACTION, {
      reason: input.reason,
      reportDueOn: row.reportDueOn,
      today,
      stayed: row.stayedSince !== null,
    });
    if (violations.length > 0) throw ruleViolation(violations);
    const calendar = await workingCalendar(ctx, tx);
    const agency = row.agencies[row.agencyIndex ?? 0] ?? '—';
    const late = returnedLate(calendar, input.reason, row.reportDueOn, today);
    const next = (row.agencyIndex ?? 0) + 1;
    let agencies = row.agencies;
    let redraw: DrawRecord | null = null;
    if (next >= agencies.length) {
      const active = await tx.db
        .select({ code: appraisalAgencies.code })
        .from(appraisalAgencies)
        .where(eq(appraisalAgencies.active, 1))
        .orderBy(asc(appraisalAgencies.code));
      const list = redrawList(
        active.map((a) => a.code),
        agencies,
      );
      if (list.length === 0)
        throw conflict({
          zh: '名单中已无未承办过本案的评估机构，无法重新摇号',
          en: 'no agency on the list that has not had this file: no redraw',
        });
      const seed = randomBytes(16).toString('hex');
      const count = Math.min(PERIODS.agencies, list.length);
      redraw = {
        algorithm: DRAW_ALGORITHM,
        seed,
        list,
        count,
        result: draw(seed, list, count),
        drawnAt: now.toISOString(),
      };
      agencies = [...agencies, ...redraw.result];
    }
    const due = reportDueOn(calendar, today);
    const returned = { agency, on: today, reason: input.reason, note: input.note, late };
    await tx.db
      .update(valuations)
      .set({
        agencies,
        agencyIndex: next,
        reportDueOn: due,
        reportExtensions: 0,
        stayedSince: null,
        returns: [...row.returns, returned],
        ...(redraw ? { draw: redraw } : {}),
        updatedAt: now,
      })
      .where(eq(valuations.id, id));
    const data = { assetId: row.assetId, valuationId: id };
    const events: RecordedEvent[] = [
      {
        type: PROCEDURE_EVENTS.returned,
        on: today,
        data: { ...data, ...returned, reasonName: RETURN_REASON_NAMES[input.reason] },
        evidence: [],
      },
    ];
    if (redraw)
      events.push({
        type: PROCEDURE_EVENTS.redrawn,
        on: today,
        data: { ...data, draw: redraw },
        evidence: [],
      });
    events.push(reportPeriodEvent(row, today, due, agencies[next]));
    return events;
  });
}

/** 暂停评估期限 (RefPrice 19: stays excluded): the report period stops counting from today. */
export async function stay(ctx: ValuationContext, user: AuthUser, id: string, reason: string): Promise<void> {
  await change(ctx, user, id, 'valuation.stay', async (tx, row, today, now) => {
    const violations = checkGuards(PROCEDURE_GUARDS, STAY_ACTION, {
      status: row.status,
      stayedSince: row.stayedSince,
      resume: false,
    });
    if (violations.length > 0) throw ruleViolation(violations);
    await tx.db
      .update(valuations)
      .set({
        stayedSince: today,
        stays: [...row.stays, { from: today, until: null, reason }],
        updatedAt: now,
      })
      .where(eq(valuations.id, id));
    return [
      {
        type: PROCEDURE_EVENTS.stayed,
        on: today,
        data: { assetId: row.assetId, valuationId: id, reason },
        evidence: [],
      },
    ];
  });
}

/** 恢复评估期限: the stay ends today; the report is due later by the days it lasted. */
export async function resume(ctx: ValuationContext, user: AuthUser, id: string): Promise<void> {
  await change(ctx, user, id, 'valuation.resume', async (tx, row, today, now) => {
    const violations = checkGuards(PROCEDURE_GUARDS, STAY_ACTION, {
      status: row.status,
      stayedSince: row.stayedSince,
      resume: true,
    });
    if (violations.length > 0) throw ruleViolation(violations);
    const from = row.stayedSince as string;
    const due = dueAfterStay(await workingCalendar(ctx, tx), row.reportDueOn ?? today, from, today);
    await tx.db
      .update(valuations)
      .set({
        stayedSince: null,
        stays: row.stays.map((s) => (s.until === null ? { ...s, until: today } : s)),
        reportDueOn: due,
        updatedAt: now,
      })
      .where(eq(valuations.id, id));
    return [
      {
        type: PROCEDURE_EVENTS.resumed,
        on: today,
        data: { assetId: row.assetId, valuationId: id, stayedFrom: from },
        evidence: [],
      },
      reportPeriodEvent(row, today, due),
    ];
  });
}
