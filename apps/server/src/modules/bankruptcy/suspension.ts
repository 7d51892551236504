/**
 * The one check every enforcement act runs while a transfer for bankruptcy review suspends its case
 * (Bankruptcy 8): assets (control, deduction), funds (payout), auction (set-up, bids). Called inside the
 * act's transaction, after the case is locked, so a decision and an act cannot cross.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { ruleViolation } from '../../platform/errors';
import { cases } from '../cases/schema';
import { checkGuards } from '../compliance/rules';
import { ENFORCEMENT_ACTION, type EnforcementAct, type EnforcementSubject, SUSPENDED_GUARD } from './rules';
import { bankruptcySuspensions, bankruptcyTransfers } from './schema';

/** The suspension in force on a case (neither resumed nor terminated), or null. */
export async function suspensionOf(db: Db, caseId: string): Promise<EnforcementSubject['suspension']> {
  const [found] = await db
    .select({ originCaseNumber: cases.caseNumber, debtorName: bankruptcyTransfers.debtorName })
    .from(bankruptcySuspensions)
    .innerJoin(bankruptcyTransfers, eq(bankruptcyTransfers.id, bankruptcySuspensions.transferId))
    .innerJoin(cases, eq(cases.id, bankruptcyTransfers.caseId))
    .where(
      and(
        eq(bankruptcySuspensions.caseId, caseId),
        isNull(bankruptcySuspensions.resumedOn),
        isNull(bankruptcySuspensions.terminatedOn),
      ),
    )
    .limit(1);
  return found ?? null;
}

/**
 * 409 with `bankruptcy.suspended` (Bankruptcy 8) when the case is suspended, unless the act is allowed;
 * else the suspension let through (a perishable sale), or null.
 */
export async function refuseWhileSuspended(
  db: Db,
  caseId: string,
  act: EnforcementAct,
  perishableReason: string | null = null,
): Promise<EnforcementSubject['suspension']> {
  const suspension = await suspensionOf(db, caseId);
  const violations = checkGuards([SUSPENDED_GUARD], ENFORCEMENT_ACTION, {
    act,
    suspension,
    perishableReason,
  });
  if (violations.length > 0) throw ruleViolation(violations);
  return suspension;
}
