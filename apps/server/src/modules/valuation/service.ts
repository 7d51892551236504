import { and, asc, desc, eq, inArray, like } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { conflict, invalid, notFound, ruleViolation } from '../../platform/errors';
import { caseClosed, RECORDS } from '../../platform/messages';
import { assets } from '../assets/schema';
import type { AuditService } from '../audit/service';
import type { LocalDate } from '../calendar/rules';
import type { CasesService, RecordedEvent } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import {
  START_ACTION,
  type StartSubject,
  VALUATION_EVENTS,
  VALUATION_GUARDS,
  type ValuationMethod,
  validUntil,
} from './rules';
import { valuationResults, valuations } from './schema';

export type ValuationRow = typeof valuations.$inferSelect;
export type ResultRow = typeof valuationResults.$inferSelect;
export type { ValuationMethod } from './rules';

/** The asset's reference price in force: what the auction module starts from. */
export interface ReferencePrice {
  valuationId: string;
  /** fen */
  amount: number;
  method: ValuationMethod;
  /** ISO date */
  determinedOn: string;
  /** ISO date: the last day it is valid (RefPrice 27) */
  validUntil: string;
}

const dbOf = (db: Db | Tx): Db => ('db' in db && 'sql' in db ? (db as Tx).db : (db as Db));

/**
 * The latest reference price set on the asset (the newest priced procedure), expired or not — compare
 * `validUntil` with today, or check the `valuation.validity` guard (rules.ts VALIDITY). Null when none.
 */
export async function currentReferencePrice(db: Db | Tx, assetId: string): Promise<ReferencePrice | null> {
  const [row] = await dbOf(db)
    .select()
    .from(valuations)
    .where(and(eq(valuations.assetId, assetId), eq(valuations.status, 'priced')))
    .orderBy(desc(valuations.determinedOn), desc(valuations.updatedAt))
    .limit(1);
  if (!row || row.amount === null || row.determinedOn === null || row.validUntil === null) return null;
  return {
    valuationId: row.id,
    amount: row.amount,
    method: row.method,
    determinedOn: row.determinedOn,
    validUntil: row.validUntil,
  };
}

export interface StartInput {
  method: ValuationMethod;
  /** Agreement and targeted inquiry: the price (fen). */
  price?: number;
  /** Targeted inquiry: the authority asked and the basis of its price. */
  authority?: string;
  basis?: string;
  /** Both parties agreed to skip ahead in the order, or a law requires appraisal (RefPrice 2–9). */
  skipAgreed?: boolean;
  appraisalRequired?: boolean;
  needsInspection?: boolean;
  note?: string;
}

/** 询价评估: the reference price of seized assets, by the methods of RefPrice, with its clocks. */
export class ValuationService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  today(): LocalDate {
    return shanghaiDateOf(this.clock.now());
  }

  /** An asset of a case in the user's court scope, or "not found". */
  async assetInScope(db: Db, user: AuthUser, id: string) {
    const [found] = await db
      .select({ asset: assets })
      .from(assets)
      .innerJoin(courts, eq(courts.id, assets.courtId))
      .where(and(eq(assets.id, id), like(courts.path, `${user.court.path}%`)));
    if (!found) throw notFound(RECORDS.asset);
    return found.asset;
  }

  /** The asset's procedures, newest first, with their results. */
  async list(user: AuthUser, assetId: string) {
    const db = this.database.db;
    const asset = await this.assetInScope(db, user, assetId);
    const rows = await db
      .select()
      .from(valuations)
      .where(eq(valuations.assetId, assetId))
      .orderBy(desc(valuations.startedAt), desc(valuations.createdAt));
    const results =
      rows.length === 0
        ? []
        : await db
            .select()
            .from(valuationResults)
            .where(
              inArray(
                valuationResults.valuationId,
                rows.map((r) => r.id),
              ),
            )
            .orderBy(asc(valuationResults.platform));
    return {
      asset,
      today: this.today(),
      now: this.clock.now(),
      items: rows.map((row) => ({ row, results: results.filter((r) => r.valuationId === row.id) })),
      current: await currentReferencePrice(db, assetId),
    };
  }

  /** Starts a procedure on the asset; agreement and targeted inquiry set the price at once. */
  async start(user: AuthUser, assetId: string, input: StartInput): Promise<string> {
    const asset = await this.assetInScope(this.database.db, user, assetId);
    return this.database.transaction(async (tx) => {
      const row = await this.cases.caseInScope(tx.db, user, asset.caseId, true);
      if (row.status === 'closed') throw conflict(caseClosed(row.caseNumber));
      const earlier = await tx.db.select().from(valuations).where(eq(valuations.assetId, assetId));
      const subject: StartSubject = {
        method: input.method,
        earlier: earlier.filter((v) => v.status === 'failed').map((v) => v.method),
        skipAgreed: input.skipAgreed ?? false,
        hasOfficialPrice: input.method !== 'targeted_inquiry' || Boolean(input.authority && input.basis),
        needsInspection: input.needsInspection ?? false,
        appraisalRequired: input.appraisalRequired ?? false,
        running: earlier.some((v) => v.status === 'inquiring' || v.status === 'appraising'),
      };
      const violations = checkGuards(VALUATION_GUARDS, START_ACTION, subject);
      if (violations.length > 0) throw ruleViolation(violations);
      const immediate = input.method === 'agreement' || input.method === 'targeted_inquiry';
      if (immediate && input.price === undefined)
        throw invalid('price', { zh: '须填写参考价（分）', en: 'the price (fen) is required' });
      const now = this.clock.now();
      const today = this.today();
      // A new procedure supersedes the price in force (RefPrice 27: a new price replaces an old one).
      await tx.db
        .update(valuations)
        .set({ status: 'superseded', updatedAt: now })
        .where(and(eq(valuations.assetId, assetId), eq(valuations.status, 'priced')));
      const [created] = await tx.db
        .insert(valuations)
        .values({
          caseId: row.id,
          courtId: row.courtId,
          assetId,
          method: input.method,
          status: immediate ? 'priced' : 'inquiring',
          startedAt: now,
          startedOn: today,
          basis:
            input.method === 'targeted_inquiry'
              ? { authority: input.authority ?? '', basis: input.basis ?? '' }
              : null,
          amount: immediate ? (input.price ?? null) : null,
          determinedOn: immediate ? today : null,
          validUntil: immediate ? validUntil(today) : null,
          note: input.note ?? null,
          createdBy: user.displayName,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!created) throw new Error('insert returned nothing');
      const events: RecordedEvent[] = [
        {
          type: VALUATION_EVENTS.started,
          on: today,
          data: { assetId, valuationId: created.id, method: input.method },
          evidence: [],
        },
      ];
      if (immediate) events.push(pricedEvent(created, today));
      await this.cases.recordSystemEvents(tx, [{ caseId: row.id, events }], actorOf(user));
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'valuation.start',
        subject: `valuation:${created.id}`,
        caseId: row.id,
        after: created,
      });
      return created.id;
    });
  }
}

/** The case event a price records: `valuation.priced` with {assetId, valuationId, amount}. */
export function pricedEvent(row: ValuationRow, on: LocalDate): RecordedEvent {
  return {
    type: VALUATION_EVENTS.priced,
    on,
    data: { assetId: row.assetId, valuationId: row.id, amount: row.amount },
    evidence: [],
  };
}
