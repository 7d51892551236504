import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db';
import type { ValuationMethod } from './rules';
import { valuations } from './schema';

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
  if (!row || row.amount === null || row.determinedOn === null || row.validUntil === null) return null;
  return {
    valuationId: row.id,
    amount: row.amount,
    method: row.method,
    determinedOn: row.determinedOn,
    validUntil: row.validUntil,
  };
}
