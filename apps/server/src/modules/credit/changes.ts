/**
 * The change feed's writing side: every change of a listing or restriction appends one numbered row
 * (credit_changes) with the measure's screening entry after it, notifies every process, and wakes the
 * webhook deliveries — all in the transaction of the change.
 */
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import type { Jobs } from '../../platform/jobs';
import { type BoundPerson, creditChanges, creditScreening, type TemporaryLift } from './schema';
import { SubjectHmac } from './subject-hmac';

/** NOTIFY channel: the payload is the new change's number. */
export const CREDIT_CHANNEL = 'zhixing_credit';
/** The queue whose job delivers a partner's pending changes to its webhook. */
export const DELIVER_QUEUE = 'credit.deliver';
/** One lock serialises appends, so numbers commit in order and a cursor never skips one. */
const APPEND_LOCK = 7_151_500;

/** What screening needs of one measure: digests only, never a plain number. */
export interface ScreeningEntry {
  measure: 'listing' | 'restriction';
  recordId: string;
  /** Keyed digests of the subject's identity number or credit code. */
  subjects: string[];
  /** Restrictions of an entity: the digests of the persons they bind (Restrict 3). */
  bound: string[];
  name: string;
  caseNumber: string;
  court: string;
  inForceFrom: string;
  endsOn: string | null;
  temporaryLifts: Pick<TemporaryLift, 'from' | 'until' | 'items'>[];
  exitBan: boolean;
}

export type ChangeKind =
  | 'listed'
  | 'restricted'
  | 'temporarily_lifted'
  | 'lifted'
  | 'deleted'
  | 'revoked'
  | 'corrected';

/** Keyed SHA-256 of an identity number or credit code (upper case): what partners may send instead. */
export function subjectDigest(key: string, number: string): string {
  return createHmac('sha256', key).update(number.trim().toUpperCase()).digest('hex');
}

/**
 * `subjectDigest` under one key, for many numbers (a screening batch): the key's padded blocks hashed
 * once (`SubjectHmac`), a short number in two compressions — the same digests.
 */
export function subjectDigester(key: string): (number: string) => string {
  const hmac = new SubjectHmac(key);
  return (number) => {
    const text = number.trim().toUpperCase();
    return hmac.run(text) ? hmac.hex() : subjectDigest(key, text);
  };
}

export function boundDigests(key: string, persons: readonly BoundPerson[]): string[] {
  return persons.map((person) => subjectDigest(key, person.idNumber));
}

export class ChangeLog {
  constructor(
    private readonly clock: Clock,
    private readonly jobs: Jobs,
  ) {}

  /** Appends a change in the caller's transaction; `active` false once the measure no longer applies. */
  async append(
    tx: Tx,
    change: {
      measure: ScreeningEntry['measure'];
      recordId: string;
      change: ChangeKind;
      entry: ScreeningEntry;
      active: boolean;
    },
  ): Promise<number> {
    await tx.sql.executeSql('select pg_advisory_xact_lock($1)', [APPEND_LOCK]);
    const [row] = await tx.db
      .insert(creditChanges)
      .values({ ...change, at: this.clock.now() })
      .returning({ seq: creditChanges.seq });
    if (!row) throw new Error('insert returned no change');
    if (!change.active) {
      await tx.db.delete(creditScreening).where(eq(creditScreening.recordId, change.recordId));
    } else {
      const current = { seq: row.seq, entry: change.entry };
      await tx.db
        .insert(creditScreening)
        .values({ recordId: change.recordId, ...current })
        .onConflictDoUpdate({ target: creditScreening.recordId, set: current });
    }
    await tx.sql.executeSql('select pg_notify($1, $2)', [CREDIT_CHANNEL, String(row.seq)]);
    const partners = await tx.sql.executeSql(
      'select id from partner_keys where webhook_url is not null and revoked_at is null',
    );
    for (const partner of partners.rows) {
      await this.jobs.enqueue(
        tx,
        DELIVER_QUEUE,
        { partnerId: partner.id },
        { singletonKey: String(partner.id) },
      );
    }
    return row.seq;
  }
}
