import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db';
import type { InstitutionRef, ResultApplier } from './apply';
import type { GatewayTarget } from './gateway';
import type { InstitutionRow } from './registry';
import { backoffMs, type Tuning } from './rules';
import { institutions } from './schema';

/** A request in a batch in flight: its id and its sends in this delivery, that one included. */
export interface Member {
  id: string;
  attempts: number;
}

/** A request to be queued again, due after its delay. */
export interface Requeued extends Member {
  delayMs: number;
}

/** A batch row's parallel arrays (`ids`, `attempts`) as members. */
export function membersOf(row: Record<string, unknown>): Member[] {
  const attempts = row.attempts as number[];
  return (row.ids as string[]).map((id, index) => ({ id, attempts: Number(attempts[index]) }));
}

/**
 * Requests that left their batch unfinished are queued again, due after each one's delay: the send
 * counts on the record (it is over), and the queue row is made from the record. One answered
 * meanwhile stays answered; one queued already is not queued twice.
 */
export async function queueAgain(tx: Tx, rows: readonly Requeued[], reason: string): Promise<void> {
  if (rows.length === 0) return;
  await tx.sql.executeSql(
    `with x as (select * from unnest($1::uuid[], $2::int[], $3::int[]) as x(id, attempts, delay)),
     counted as (
       update inquiry_requests r set attempts = r.attempts + 1 from x where r.id = x.id and r.status = 'queued'
       returning r.id, r.institution_id, r.court_id, r.case_id, r.round_id, r.payload)
     insert into inquiry_queue (id, institution_id, court_id, case_id, round_id, payload, attempts, not_before, last_error)
     select c.id, c.institution_id, c.court_id, c.case_id, c.round_id, c.payload, x.attempts,
            now() + x.delay * interval '1 millisecond', $4
       from counted c join x on x.id = c.id
     on conflict (id) do nothing`,
    [rows.map((row) => row.id), rows.map((row) => row.attempts), rows.map((row) => row.delayMs), reason],
  );
}

/**
 * Requests sent without an answer (their batch failed, or the look-up of it did too): each goes again
 * after its backoff or — after its last attempt, or when the failure is `final` — is given up with the
 * reason. A resend is harmless: the institution carries a request id out once.
 */
export async function retryOrGiveUp(
  tx: Tx,
  applier: ResultApplier,
  institution: InstitutionRef,
  members: readonly Member[],
  failure: { reason: string; final: boolean; tuning: Tuning },
): Promise<{ retried: number }> {
  const { reason, final, tuning } = failure;
  const over = (row: Member) => final || row.attempts >= tuning.maxAttempts;
  await applier.fail(
    tx,
    institution,
    members.filter(over).map((row) => ({ id: row.id, reason: `${reason} (after ${row.attempts} attempts)` })),
  );
  const retry = members.filter((row) => !over(row));
  await queueAgain(
    tx,
    retry.map((row) => ({ ...row, delayMs: backoffMs(tuning, row.attempts, Math.random()) })),
    reason,
  );
  return { retried: retry.length };
}

/** Rewrites a batch to the members it keeps, or deletes it when none is left. */
export async function keepInBatch(tx: Tx, batchId: string, kept: readonly Member[]): Promise<void> {
  if (kept.length === 0) {
    await tx.sql.executeSql('delete from inquiry_batches where id = $1', [batchId]);
    return;
  }
  await tx.sql.executeSql('update inquiry_batches set request_ids = $2, attempts = $3 where id = $1', [
    batchId,
    kept.map((row) => row.id),
    kept.map((row) => row.attempts),
  ]);
}

// ─── Institutions as delivery uses them ─────────────────────────────────────────────────────────

export const refOf = (row: InstitutionRow): InstitutionRef => ({
  id: row.id,
  code: row.code,
  name: row.name,
  category: row.category,
});

export const targetOf = (row: InstitutionRow): GatewayTarget => ({
  code: row.code,
  endpoint: row.endpoint,
  key: row.key,
  timeoutMs: row.timeoutMs,
});

export async function institutionIn(db: Db, id: string): Promise<InstitutionRow> {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  if (!row) throw new Error(`institution ${id} vanished`);
  return row;
}
