/**
 * What idempotency needs to remember of every request ever received, compactly enough for millions:
 * the request id as four 32-bit words, the institution, when its result is final, and how to give the
 * result again. A query of a subject nobody has controlled is answered from the derived holdings,
 * which are a pure function of the identifier, so its result is rebuilt rather than stored; every
 * other result is kept as the JSON text it was sent as.
 */

const EMPTY = -1;

export type StoredStatus = 'completed' | 'rejected';

export interface Stored {
  index: number;
  institution: number;
  /** Real time (ms) from which the result is final; before it the request is pending. */
  finalAt: number;
  /** The result's JSON text, or undefined when it is rebuilt from the derived holdings. */
  json: string | undefined;
  /** For a rebuilt result: the subject whose derived holdings answered it. */
  identifier: string | undefined;
}

/** Value of a hex digit's character code (either case); -1 for anything else. */
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX['0123456789abcdef'.charCodeAt(i)] = i;
  HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}

/** Eight hex digits from `at` (skipping dashes) as one 32-bit word; the index after them, or -1. */
function word(uuid: string, at: number, into: Uint32Array, slot: number): number {
  let value = 0;
  let i = at;
  for (let digits = 0; digits < 8; i++) {
    const code = uuid.charCodeAt(i);
    if (code === 45) continue;
    const digit = code < 128 ? (HEX[code] as number) : -1;
    if (digit < 0) return -1;
    value = (value << 4) | digit;
    digits++;
  }
  into[slot] = value;
  return i;
}

/** Four 32-bit words of a UUID's 128 bits (case does not matter); false when it is not a UUID's shape. */
function words(uuid: string, into: Uint32Array): boolean {
  if (uuid.length !== 36) return false;
  let at = 0;
  for (let slot = 0; slot < 4 && at >= 0; slot++) at = word(uuid, at, into, slot);
  return at === 36;
}

export class RequestStore {
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private ids = new Uint32Array(4 << 12);
  private institutions = new Uint16Array(1 << 12);
  private finalAt = new Float64Array(1 << 12);
  private subjects = new Int32Array(1 << 12);
  private readonly json = new Map<number, string>();
  /** Identifiers of subjects whose derived holdings answered a query, each once. */
  private readonly identifiers: string[] = [];
  private readonly identifierIndex = new Map<string, number>();
  private count = 0;
  private readonly key = new Uint32Array(4);

  get size(): number {
    return this.count;
  }

  find(requestId: string, institution: number): Stored | undefined {
    const index = this.indexOf(requestId, institution);
    return index === EMPTY ? undefined : this.read(index);
  }

  /** Records a new request's outcome; the caller has checked with `find` that it is new. */
  add(
    requestId: string,
    institution: number,
    finalAt: number,
    outcome: { json: string } | { identifier: string },
  ): void {
    if (!words(requestId, this.key)) throw new RangeError(`not a UUID: ${requestId}`);
    if ((this.count + 1) * 2 > this.slots.length) this.rehash();
    const index = this.count++;
    if (index >= this.finalAt.length) this.growRecords();
    const at = index * 4;
    this.ids[at] = this.key[0] as number;
    this.ids[at + 1] = this.key[1] as number;
    this.ids[at + 2] = this.key[2] as number;
    this.ids[at + 3] = this.key[3] as number;
    this.institutions[index] = institution;
    this.finalAt[index] = finalAt;
    if ('json' in outcome) {
      this.json.set(index, outcome.json);
      this.subjects[index] = EMPTY;
    } else this.subjects[index] = this.intern(outcome.identifier);
    this.place(index);
  }

  private read(index: number): Stored {
    const subject = this.subjects[index] as number;
    return {
      index,
      institution: this.institutions[index] as number,
      finalAt: this.finalAt[index] as number,
      json: this.json.get(index),
      identifier: subject === EMPTY ? undefined : this.identifiers[subject],
    };
  }

  private intern(identifier: string): number {
    let index = this.identifierIndex.get(identifier);
    if (index === undefined) {
      index = this.identifiers.push(identifier) - 1;
      this.identifierIndex.set(identifier, index);
    }
    return index;
  }

  private hashOf(institution: number): number {
    const k = this.key;
    let h = Math.imul((k[0] as number) ^ institution, 0x9e3779b1);
    h = Math.imul(h ^ (k[1] as number), 0x85ebca6b);
    h = Math.imul(h ^ (k[2] as number), 0xc2b2ae35);
    h ^= k[3] as number;
    return (h ^ (h >>> 15)) >>> 0;
  }

  private indexOf(requestId: string, institution: number): number {
    if (!words(requestId, this.key)) return EMPTY;
    const mask = this.slots.length - 1;
    for (let slot = this.hashOf(institution) & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot] as number;
      if (index === EMPTY) return EMPTY;
      if (this.institutions[index] === institution && this.sameId(index)) return index;
    }
  }

  private sameId(index: number): boolean {
    const at = index * 4;
    const k = this.key;
    const ids = this.ids;
    return ids[at] === k[0] && ids[at + 1] === k[1] && ids[at + 2] === k[2] && ids[at + 3] === k[3];
  }

  /** Puts record `index` into the table; its id words must be in `this.key`. */
  private place(index: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashOf(this.institutions[index] as number) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = index;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const saved = Uint32Array.from(this.key);
    for (let index = 0; index < this.count; index++) {
      this.key.set(this.ids.subarray(index * 4, index * 4 + 4));
      this.place(index);
    }
    this.key.set(saved);
  }

  private growRecords(): void {
    const grow = <T extends Uint32Array | Uint16Array | Float64Array | Int32Array>(
      array: T,
      make: (n: number) => T,
    ) => {
      const next = make(array.length * 2);
      next.set(array);
      return next;
    };
    this.ids = grow(this.ids, (n) => new Uint32Array(n));
    this.institutions = grow(this.institutions, (n) => new Uint16Array(n));
    this.finalAt = grow(this.finalAt, (n) => new Float64Array(n));
    this.subjects = grow(this.subjects, (n) => new Int32Array(n));
  }
}
