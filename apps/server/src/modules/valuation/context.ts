import { and, eq, inArray, like } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { conflict, notFound } from '../../platform/errors';
import { caseClosed, RECORDS } from '../../platform/messages';
import { assets } from '../assets/schema';
import type { Actor, AuditService } from '../audit/service';
import type { LocalDate, WorkingCalendar } from '../calendar/rules';
import type { CalendarService } from '../calendar/service';
import type { CasesService, RecordedEvent } from '../cases/service';
import type { DocumentsService } from '../documents/service';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import type { PlatformResult, ResultStatus } from './rules';
import { type valuationResults, valuations } from './schema';

export type ValuationRow = typeof valuations.$inferSelect;
export type ResultRow = typeof valuationResults.$inferSelect;

/** What every use case of the module works with (the service's collaborators). */
export interface ValuationContext {
  database: Database;
  clock: Clock;
  audit: AuditService;
  cases: CasesService;
  calendar: CalendarService;
  documents: DocumentsService;
  log: { error(value: unknown, message: string): void };
}

export const VALUATION_RECORD = { zh: '询价评估', en: 'Valuation' };
export const SYSTEM_ACTOR: Actor = { id: null, name: '系统（询价评估）', courtId: null };

export const NOT_APPRAISING = {
  zh: '该程序不在评估中',
  en: 'this procedure is not waiting for an appraisal report',
};

export async function workingCalendar(ctx: ValuationContext, tx: Tx): Promise<WorkingCalendar> {
  return (await ctx.calendar.planningCalendar(tx.db)).calendar;
}

/** An asset of a case in the user's court scope, or "not found". */
export async function assetInScope(db: Db, user: AuthUser, id: string) {
  const [found] = await db
    .select({ asset: assets })
    .from(assets)
    .innerJoin(courts, eq(courts.id, assets.courtId))
    .where(and(eq(assets.id, id), like(courts.path, `${user.court.path}%`)));
  if (!found) throw notFound(RECORDS.asset);
  return found.asset;
}

/** A procedure on an asset in the user's court scope, or "not found". */
export async function valuationInScope(db: Db, user: AuthUser, id: string): Promise<ValuationRow> {
  const [found] = await db
    .select({ valuation: valuations })
    .from(valuations)
    .innerJoin(courts, eq(courts.id, valuations.courtId))
    .where(and(eq(valuations.id, id), like(courts.path, `${user.court.path}%`)));
  if (!found) throw notFound(VALUATION_RECORD);
  return found.valuation;
}

/** One change to a procedure of an open case, in one transaction with its events and audit entry. */
export async function change(
  ctx: ValuationContext,
  user: AuthUser,
  id: string,
  action: string,
  apply: (tx: Tx, row: ValuationRow, today: LocalDate, now: Date) => Promise<RecordedEvent[]>,
): Promise<void> {
  const found = await valuationInScope(ctx.database.db, user, id);
  await ctx.database.transaction(async (tx) => {
    const caseRow = await ctx.cases.caseInScope(tx.db, user, found.caseId, true);
    if (caseRow.status === 'closed') throw conflict(caseClosed(caseRow.caseNumber));
    const [row] = await tx.db.select().from(valuations).where(eq(valuations.id, id)).for('update');
    if (!row) throw notFound(VALUATION_RECORD);
    const now = ctx.clock.now();
    const events = await apply(tx, row, shanghaiDateOf(now), now);
    const [after] = await tx.db.select().from(valuations).where(eq(valuations.id, id));
    if (events.length > 0)
      await ctx.cases.recordSystemEvents(tx, [{ caseId: row.caseId, events }], actorOf(user));
    await ctx.audit.append(tx, {
      actor: actorOf(user),
      courtId: row.courtId,
      action,
      subject: `valuation:${id}`,
      caseId: row.caseId,
      before: row,
      after,
    });
  });
}

/** A new price supersedes the price in force (RefPrice 27). */
export async function supersede(tx: Tx, assetId: string, keep: string, now: Date): Promise<void> {
  const priced = await tx.db
    .select({ id: valuations.id })
    .from(valuations)
    .where(and(eq(valuations.assetId, assetId), eq(valuations.status, 'priced')));
  const others = priced.map((p) => p.id).filter((id) => id !== keep);
  if (others.length > 0)
    await tx.db
      .update(valuations)
      .set({ status: 'superseded', updatedAt: now })
      .where(inArray(valuations.id, others));
}

export function toPlatformResult(row: ResultRow): PlatformResult {
  return {
    platform: row.platform,
    status: row.status as ResultStatus,
    price: row.price,
    deliveredAt: row.deliveredAt,
  };
}
