import { randomBytes } from 'node:crypto';

/**
 * Time-ordered ids (UUIDv7: 48-bit Unix milliseconds, then random bits), strictly increasing per
 * generator. Rows keyed by them append to the right edge of every index on their ids instead of
 * touching random pages all over it: what makes a million generated cases take minutes, not hours,
 * and keeps a filing's index writes on pages already in memory.
 */
export function timeOrderedIds(): () => string {
  let lastMs = 0;
  let sequence = 0;
  // Random bits drawn 4,096 ids at a time: a call to randomBytes per id costs more than the rest.
  let pool = Buffer.alloc(0);
  let offset = 0;
  return () => {
    const now = Date.now();
    if (now > lastMs) {
      lastMs = now;
      sequence = 0;
    } else if (++sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
    if (offset >= pool.length) {
      pool = randomBytes(8 * 4096);
      offset = 0;
    }
    const random = pool.subarray(offset, offset + 8);
    offset += 8;
    const hex = lastMs.toString(16).padStart(12, '0');
    const variant = ((random[0] ?? 0) & 0x3f) | 0x80;
    const tail = `${variant.toString(16)}${random.subarray(1).toString('hex')}`;
    return `${hex.slice(0, 8)}-${hex.slice(8)}-7${sequence.toString(16).padStart(3, '0')}-${tail.slice(0, 4)}-${tail.slice(4)}`;
  };
}

/** The instant (ms since the epoch) a time-ordered id was made at: its first 48 bits. */
export function instantOfId(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

/** The smallest UUID of a given instant: a range bound for ids made from then on. */
export function idFloorAt(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-0000-0000-000000000000`;
}
