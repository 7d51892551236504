/**
 * Public search (执行公开): the dishonest list and the restricted persons, by exact name (and identity
 * number), showing only what Dishonest 6 publishes, identity numbers masked. Only measures in force:
 * one in its grace period, ended or expired is not published.
 */
import { and, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db';
import { cases } from '../cases/schema';
import { courts } from '../org/schema';
import { presentPublicListing, presentPublicRestriction } from './presenters';
import { creditListings, creditRestrictions } from './schema';

const LIMIT = 50;

export async function searchDishonest(database: Database, today: string, name: string, idNumber?: string) {
  const filters: SQL[] = [
    eq(creditListings.name, name),
    isNull(creditListings.endedOn),
    lte(creditListings.inForceFrom, today),
    or(isNull(creditListings.endsOn), gte(creditListings.endsOn, today)) as SQL,
  ];
  if (idNumber) filters.push(eq(creditListings.idNumber, idNumber.toUpperCase()));
  const rows = await database.db
    .select({ listing: creditListings, row: cases, court: courts.name })
    .from(creditListings)
    .innerJoin(cases, eq(cases.id, creditListings.caseId))
    .innerJoin(courts, eq(courts.id, creditListings.courtId))
    .where(and(...filters))
    .orderBy(creditListings.decidedOn)
    .limit(LIMIT);
  return rows.map(({ listing, row, court }) =>
    presentPublicListing({
      ...listing,
      caseNumber: row.caseNumber,
      filedOn: row.filedOn,
      court,
      basis: row.basis,
      claimAmount: row.claimAmount,
      paidAmount: row.paidAmount,
    }),
  );
}

export async function searchRestricted(database: Database, today: string, name: string) {
  const rows = await database.db
    .select({
      restriction: creditRestrictions,
      caseNumber: cases.caseNumber,
      filedOn: cases.filedOn,
      court: courts.name,
    })
    .from(creditRestrictions)
    .innerJoin(cases, eq(cases.id, creditRestrictions.caseId))
    .innerJoin(courts, eq(courts.id, creditRestrictions.courtId))
    .where(
      and(
        eq(creditRestrictions.name, name),
        isNull(creditRestrictions.endedOn),
        lte(creditRestrictions.inForceFrom, today),
      ),
    )
    .orderBy(creditRestrictions.decidedOn)
    .limit(LIMIT);
  return rows.map(({ restriction, caseNumber, filedOn, court }) =>
    presentPublicRestriction({ ...restriction, caseNumber, filedOn, court }),
  );
}
