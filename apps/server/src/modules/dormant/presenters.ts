import type { PoolEntry } from './publication';

/** A case's place in the pool as the case page reads it (the instant as ISO text, as JSON sent it). */
export function presentPoolEntry(entry: PoolEntry) {
  return { ...entry, createdAt: entry.createdAt.toISOString() };
}
