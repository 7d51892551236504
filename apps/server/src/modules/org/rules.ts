/** Pure rules of courts, users and sign-in: no I/O, time is an argument. */

export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

/** 法院代字 of the Supreme People's Court. */
export const SUPREME_COURT_CODE = '最高法';

/** Province-level abbreviations used as high-court codes (CaseNo); 兵 is the XPCC's courts. */
const PROVINCE_CODES = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新兵';

/**
 * The level a court code denotes (CaseNo): `最高法`; a province abbreviation for a high court (`京`);
 * plus two digits for an intermediate court (`京01`); plus two more for a basic court (`京0105`).
 */
export function courtLevelOf(code: string): CourtLevel | null {
  if (code === SUPREME_COURT_CODE) return 'supreme';
  const match = /^(.)(\d{2})?(\d{2})?$/u.exec(code);
  if (!match?.[1] || !PROVINCE_CODES.includes(match[1])) return null;
  if (match[3]) return 'basic';
  if (match[2]) return 'intermediate';
  return 'high';
}

const LEVEL_ABOVE: Record<CourtLevel, CourtLevel | null> = {
  supreme: null,
  high: 'supreme',
  intermediate: 'high',
  basic: 'intermediate',
};

/**
 * Why a court with this code cannot hang under that parent, or null when it can. The parent is one
 * level up and, below the Supreme Court, in the same province. The digits do not name the parent: a
 * basic court's code carries its district (京0105 朝阳区) and sits under 京03, not a 京01.
 */
export function courtPlacementError(code: string, parentCode: string | null): string | null {
  const level = courtLevelOf(code);
  if (!level) return `${code} is not a court code (最高法, 京, 京01 or 京0105)`;
  const expected = LEVEL_ABOVE[level];
  if (expected === null) return parentCode === null ? null : `${code} has no parent court`;
  if (parentCode === null || courtLevelOf(parentCode) !== expected)
    return `${code} belongs under a court of level ${expected}`;
  if (level !== 'high' && parentCode[0] !== code[0]) return `${code} belongs under a court of ${code[0]}`;
  return null;
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** A court sees its own records and those of the courts below it, never a sibling's. */
export function isWithinScope(viewerCourtPath: string, recordCourtPath: string): boolean {
  return recordCourtPath.startsWith(viewerCourtPath);
}

export const USERNAME_PATTERN = /^[a-zA-Z0-9_.-]{3,32}$/;
export const MIN_PASSWORD_LENGTH = 8;

/** Hours a session lasts from sign-in. */
export const SESSION_HOURS = 12;

/**
 * Counts failed sign-ins per key (a user name, an address) in a sliding window. A key that reaches
 * its limit is refused until its oldest failure leaves the window. Successful sign-ins do not count,
 * so a script that signs several users in a row is never held up.
 */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds the key must wait, or 0 when it may try. */
  retryAfterSeconds(key: string, nowMs: number): number {
    const recent = this.prune(key, nowMs);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit] ?? nowMs;
    return Math.max(1, Math.ceil((oldest + this.windowMs - nowMs) / 1000));
  }

  recordFailure(key: string, nowMs: number): void {
    const recent = this.prune(key, nowMs);
    recent.push(nowMs);
    this.failures.set(key, recent);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private prune(key: string, nowMs: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((at) => at > nowMs - this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}

/**
 * Failed sign-ins of one key (an address and a user name together) slow that key down instead of
 * locking the account: after `free` failures each further one doubles the wait (from `baseMs` up to
 * `maxMs`), and a key quiet for `forgetMs` starts afresh. Someone guessing a user's password from
 * their own address waits longer and longer; the user, from theirs, is not held up at all.
 */
export class BackoffThrottle {
  private readonly failures = new Map<string, { count: number; lastAt: number }>();

  constructor(
    private readonly options: {
      free: number;
      baseMs: number;
      maxMs: number;
      forgetMs: number;
      maxKeys: number;
    },
  ) {}

  /** Seconds the key must wait, or 0 when it may try. */
  retryAfterSeconds(key: string, nowMs: number): number {
    const entry = this.current(key, nowMs);
    if (!entry || entry.count < this.options.free) return 0;
    const { baseMs, maxMs, free } = this.options;
    const wait = Math.min(maxMs, baseMs * 2 ** (entry.count - free));
    const left = entry.lastAt + wait - nowMs;
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  recordFailure(key: string, nowMs: number): void {
    const count = (this.current(key, nowMs)?.count ?? 0) + 1;
    // Re-inserted at the end, so the first key is the one quiet longest: dropped when the map is full.
    this.failures.delete(key);
    this.failures.set(key, { count, lastAt: nowMs });
    if (this.failures.size > this.options.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private current(key: string, nowMs: number) {
    const entry = this.failures.get(key);
    if (entry && nowMs - entry.lastAt >= this.options.forgetMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }
}
