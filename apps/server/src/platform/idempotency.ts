import { and, eq } from 'drizzle-orm';
import type { Database, Tx } from './db';
import { conflict, invalid } from './errors';
import { idempotencyKeys } from './schema';

export interface Replayable<T> {
  status: number;
  body: T;
  replayed: boolean;
}

export interface KeyClaim {
  userId: string;
  key: string | undefined;
  fingerprint: string;
  now: Date;
}

/** Stores the answer under the key, unless the key is taken (then waits for its holder to finish). */
const STORE = `insert into idempotency_keys (user_id, key, fingerprint, status, body, created_at)
  values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning key`;

/** The key was stored by a concurrent duplicate while this write ran: roll this one back. */
class KeyTaken extends Error {}

/**
 * Runs a write (one transaction) once per (user, key). The write stores its answer under the key as
 * its transaction's last statement. A duplicate — a retry, or a concurrent request whose insert waits
 * there until the first commits — finds the key taken, is rolled back and answers with the stored
 * result; so the first attempt pays one statement, and a write must change nothing outside its
 * transaction.
 */
export async function onceByKey<T>(
  database: Database,
  claim: KeyClaim,
  write: (tx: Tx) => Promise<{ status: number; body: T }>,
): Promise<Replayable<T>> {
  const { key } = claim;
  if (!key) return { ...(await database.transaction(write)), replayed: false };
  if (!/^[\w.:-]{8,128}$/.test(key)) {
    throw invalid('Idempotency-Key', {
      zh: '须为8至128个字母、数字或 ._:- 字符',
      en: 'must be 8–128 letters, digits or ._:-',
    });
  }
  try {
    return await database.transaction(async (tx) => {
      const result = await write(tx);
      const values = [claim.userId, key, claim.fingerprint, result.status, result.body, claim.now];
      const stored = await tx.sql.executeSql(STORE, values, { prepare: true });
      if (stored.rows.length === 0) throw new KeyTaken();
      return { ...result, replayed: false };
    });
  } catch (error) {
    const winner = error instanceof KeyTaken ? await storedAnswer<T>(database, claim) : null;
    if (!winner) throw error;
    return winner;
  }
}

/** The answer stored under the key, replayed; a key reused for another request is refused. */
async function storedAnswer<T>(database: Database, claim: KeyClaim): Promise<Replayable<T> | null> {
  const [stored] = await database.db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, claim.userId), eq(idempotencyKeys.key, claim.key ?? '')));
  if (!stored) return null;
  if (stored.fingerprint !== claim.fingerprint) {
    throw conflict({
      zh: '此 Idempotency-Key 已用于另一请求',
      en: 'This Idempotency-Key was used for a different request',
    });
  }
  return { status: stored.status, body: stored.body as T, replayed: true };
}
