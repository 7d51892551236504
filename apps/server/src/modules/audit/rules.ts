import { createHash } from 'node:crypto';

/** Pure rules of the audit chain: canonical digests, entry hashes and verification. */

export const GENESIS_HASH = '0'.repeat(64);
/** The chain of entries with no court (system and platform-wide changes). */
export const PLATFORM_CHAIN = 'platform';

export interface ChainedEntry {
  seq: number;
  chain: string;
  chainSeq: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  courtId: string | null;
  action: string;
  subject: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  prevHash: string;
  hash: string;
}

/** JSON with keys sorted at every depth, so equal states give equal digests. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The digest of a record's state; bigint amounts are written as strings. */
export function digestOf(state: unknown): string | null {
  if (state === undefined || state === null) return null;
  return sha256(
    canonicalJson(JSON.parse(JSON.stringify(state, (_k, v) => (typeof v === 'bigint' ? `${v}` : v)))),
  );
}

export function entryHash(entry: Omit<ChainedEntry, 'hash' | 'seq'>): string {
  return sha256(
    canonicalJson({
      chain: entry.chain,
      chainSeq: entry.chainSeq,
      at: entry.at.toISOString(),
      actorId: entry.actorId,
      actorName: entry.actorName,
      courtId: entry.courtId,
      action: entry.action,
      subject: entry.subject,
      beforeDigest: entry.beforeDigest,
      afterDigest: entry.afterDigest,
      prevHash: entry.prevHash,
    }),
  );
}

/** An entry before it takes its place in the chain: what the appender knows. */
export type UnplacedEntry = Omit<ChainedEntry, 'hash' | 'seq' | 'chainSeq' | 'prevHash'>;

/**
 * The text entryHash digests, cut around the two values that only the chain's head knows when the
 * entry is appended: entryHash(entry) is sha256(before + chainSeq + middle + prevHash + after). Keys
 * are sorted, so `chainSeq` follows `chain`, and `prevHash` follows `courtId`; the database fills
 * both in and hashes the text in the statement that appends the entry.
 */
export function entryHashParts(entry: UnplacedEntry): { before: string; middle: string; after: string } {
  const leading = canonicalJson({
    action: entry.action,
    actorId: entry.actorId,
    actorName: entry.actorName,
    afterDigest: entry.afterDigest,
    at: entry.at.toISOString(),
    beforeDigest: entry.beforeDigest,
    chain: entry.chain,
  });
  return {
    before: `${leading.slice(0, -1)},"chainSeq":`,
    middle: `,"courtId":${canonicalJson(entry.courtId)},"prevHash":"`,
    after: `","subject":${canonicalJson(entry.subject)}}`,
  };
}

export interface ChainBreak {
  seq: number;
  reason: string;
}

/**
 * Checks one chain's entries, given in chain order, continuing from `prevHash` and `chainSeq`
 * (so long chains are verified page by page). Returns the first broken entry and how many held.
 */
export function verifyChainPage(
  entries: readonly ChainedEntry[],
  start: { prevHash: string; chainSeq: number },
): { broken: ChainBreak | null; prevHash: string; chainSeq: number; checked: number } {
  let { prevHash, chainSeq } = start;
  let checked = 0;
  for (const entry of entries) {
    const reason =
      entry.chainSeq !== chainSeq + 1
        ? `chain ${entry.chain} skips from ${chainSeq} to ${entry.chainSeq}`
        : entry.prevHash !== prevHash
          ? 'previous hash does not match the entry before it'
          : entryHash(entry) !== entry.hash
            ? 'entry altered: its hash does not match its content'
            : null;
    if (reason) return { broken: { seq: entry.seq, reason }, prevHash, chainSeq, checked };
    prevHash = entry.hash;
    chainSeq = entry.chainSeq;
    checked += 1;
  }
  return { broken: null, prevHash, chainSeq, checked };
}
