import { and, eq } from 'drizzle-orm';
import type { Tx } from './db';
import { AppError } from './errors';
import { idempotencyKeys } from './schema';

export interface Replayable<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * Runs a write once per (user, key). The key is claimed inside the write's own transaction, so a
 * concurrent duplicate waits on the claim and then sees the stored answer; a failed write stores nothing.
 */
export async function onceByKey<T>(
  tx: Tx,
  claim: { userId: string; key: string | undefined; fingerprint: string; now: Date },
  write: () => Promise<{ status: number; body: T }>,
): Promise<Replayable<T>> {
  if (!claim.key) return { ...(await write()), replayed: false };
  if (!/^[\w.:-]{8,128}$/.test(claim.key)) {
    throw new AppError('validation', 'Idempotency-Key must be 8–128 letters, digits or ._:-', {
      errors: [{ path: 'Idempotency-Key', message: 'malformed' }],
    });
  }
  await tx.sql.executeSql('select pg_advisory_xact_lock(hashtext($1))', [
    `idem:${claim.userId}:${claim.key}`,
  ]);
  const [stored] = await tx.db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, claim.userId), eq(idempotencyKeys.key, claim.key)));
  if (stored) {
    if (stored.fingerprint !== claim.fingerprint) {
      throw new AppError('conflict', 'This Idempotency-Key was used for a different request');
    }
    return { status: stored.status, body: stored.body as T, replayed: true };
  }
  const result = await write();
  await tx.db.insert(idempotencyKeys).values({
    userId: claim.userId,
    key: claim.key,
    fingerprint: claim.fingerprint,
    status: result.status,
    body: result.body as object,
    createdAt: claim.now,
  });
  return { ...result, replayed: false };
}
