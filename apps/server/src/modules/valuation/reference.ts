import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db';
import type { ValuationMethod } from './rules';
import { appraisalAgencies, valuationResults, valuations } from './schema';

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

export const dbOf = (db: Db | Tx): Db => ('db' in db && 'sql' in db ? (db as Tx).db : (db as Db));

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
  return priceOf(row);
}

/** The reference price one procedure set (a later round or sale keeps its round's), null when none. */
export async function referencePriceOf(db: Db | Tx, valuationId: string): Promise<ReferencePrice | null> {
  const [row] = await dbOf(db)
    .select()
    .from(valuations)
    .where(and(eq(valuations.id, valuationId), eq(valuations.status, 'priced')));
  return priceOf(row);
}

function priceOf(row: typeof valuations.$inferSelect | undefined): ReferencePrice | null {
  if (!row || row.amount === null || row.determinedOn === null || row.validUntil === null) return null;
  return {
    valuationId: row.id,
    amount: row.amount,
    method: row.method,
    determinedOn: row.determinedOn,
    validUntil: row.validUntil,
  };
}

/** How a reference price was set, as the public auction page shows it (RefPrice 2–27; nothing secret). */
export interface ReferenceBasis extends ReferencePrice {
  /** Online inquiry: each platform's figure (null: cannot price, late or left out); appraisal: the report. */
  results: { name: string; price: number | null; status: string }[];
  /** Targeted inquiry: the authority asked and the basis of its price. */
  authority: string | null;
  basis: string | null;
  /** Appraisal: the agency that reported, its report number, and whether the agencies were drawn. */
  agency: string | null;
  reportNo: string | null;
  drawn: boolean;
}

/** The procedure behind a price (an auction's `reference_valuation_id`), or null when there is none. */
export async function referenceBasis(db: Db | Tx, valuationId: string): Promise<ReferenceBasis | null> {
  const base = dbOf(db);
  const [row] = await base.select().from(valuations).where(eq(valuations.id, valuationId));
  if (!row || row.amount === null || row.determinedOn === null || row.validUntil === null) return null;
  const results = await base
    .select()
    .from(valuationResults)
    .where(eq(valuationResults.valuationId, valuationId))
    .orderBy(asc(valuationResults.platform));
  const agencyCode = row.method === 'appraisal' ? (row.agencies?.[row.agencyIndex ?? 0] ?? null) : null;
  const [agency] = agencyCode
    ? await base.select().from(appraisalAgencies).where(eq(appraisalAgencies.code, agencyCode))
    : [];
  return {
    valuationId: row.id,
    amount: row.amount,
    method: row.method,
    determinedOn: row.determinedOn,
    validUntil: row.validUntil,
    results:
      row.method === 'online_inquiry'
        ? results.map((r) => ({
            name: r.name,
            price: r.status === 'priced' ? r.price : null,
            status: r.status,
          }))
        : [],
    authority: row.basis?.authority ?? null,
    basis: row.basis?.basis ?? null,
    agency: agency?.name ?? agencyCode,
    reportNo: row.reportNo,
    drawn: row.draw !== null,
  };
}
