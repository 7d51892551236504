/**
 * Cheap deterministic randomness: a 32-bit string hash and a small PRNG. Everything the simulator
 * invents (holdings, fault decisions) is a pure function of the seed and what it is about, so runs
 * repeat and nothing has to be stored for subjects nobody has touched.
 */

/** FNV-1a over the string's UTF-16 code units, mixed with a seed; one multiply per character. */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalise(h);
}

/** Combines numbers into one well-mixed 32-bit value (murmur3's finaliser after each step). */
export function mix(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) h = finalise(Math.imul(h ^ value, 0x85ebca6b) + 0x27d4eb2f);
  return h;
}

function finalise(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A number in [0, 1) from a 32-bit hash. */
export function unit(h: number): number {
  return h / 4294967296;
}

/** mulberry32: small, fast and good enough to draw a few dozen numbers per subject. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** Index into a table of cumulative probabilities (the last entry is 1). */
  fromTable(cumulative: readonly number[]): number {
    const u = this.next();
    for (let i = 0; i < cumulative.length; i++) if (u < (cumulative[i] as number)) return i;
    return cumulative.length - 1;
  }

  /** Log-normal by median and spread (σ of the logarithm), via Box–Muller. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * normal);
  }

  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += String(this.int(10));
    return text;
  }
}
