/**
 * The screening index (筛查索引): every measure in force or pending, by the keyed digest of its
 * subject's number, in this process's memory. Loaded from credit_screening at start, then kept current
 * from the change feed: a NOTIFY on commit says "look", and the index reads the changes after the
 * last one it applied, in order — so a missed NOTIFY (a dropped listening connection) is caught up by
 * the next one or by the periodic look, never lost.
 *
 * Layout (compact, for ten million measures in well under 1 GB): no object per measure. A measure is a
 * row of typed arrays (record id as 4×32 bits, dates as yyyymmdd numbers, its case as an index into an
 * interned table of case number and court, flags); a digest is its first 64 bits, in an open-addressing
 * table of (key, row) slots. Only the rare measures with more than one digest (an entity's restriction
 * with the persons it binds), or with temporary lifts, keep their whole entry in a side map.
 * A 64-bit key of an HMAC-SHA256 digest confuses two numbers with probability n/2^64 per check
 * (5·10^-13 at ten million measures).
 */
import type { Database, Unlisten } from '../../platform/db';
import { CREDIT_CHANNEL, type ScreeningEntry } from './changes';
import type { ScreenedMeasure } from './rules';

/** A look even without a NOTIFY: the most a missed one can delay a change. */
const CATCH_UP_MS = 2000;
const PAGE = 5000;
const LOAD_PAGE = 20_000;
/**
 * What the rebuild reads of each current entry: the fields a simple measure keeps, as text, and the
 * whole entry only where the row cannot be simple (several digests, persons bound, temporary lifts).
 */
const LOAD_QUERY = `select record_id::text as record_id, entry->>'measure' as measure,
    left(entry->'subjects'->>0, 16) as digest, entry->>'caseNumber' as case_number, entry->>'court' as court,
    entry->>'inForceFrom' as in_force_from, entry->>'endsOn' as ends_on,
    (entry->>'exitBan')::boolean as exit_ban,
    case when jsonb_array_length(entry->'subjects') = 1
          and coalesce(jsonb_array_length(entry->'bound'), 0) = 0
          and coalesce(jsonb_array_length(entry->'temporaryLifts'), 0) = 0
      then null else entry end as entry
  from credit_screening`;

interface LoadRow {
  record_id: string;
  measure: ScreeningEntry['measure'];
  /** The first 16 hex digits of the subject's digest: its 64-bit key, all the index keeps of it. */
  digest: string;
  case_number: string;
  court: string;
  in_force_from: string;
  ends_on: string | null;
  exit_ban: boolean;
  entry: ScreeningEntry | null;
}

/** The entry of a simple measure, from its loaded fields (a digest the index cannot key: kept whole). */
function simpleEntry(row: LoadRow): ScreeningEntry {
  return {
    measure: row.measure,
    recordId: row.record_id,
    subjects: [row.digest],
    bound: [],
    name: '',
    caseNumber: row.case_number,
    court: row.court,
    inForceFrom: row.in_force_from,
    endsOn: row.ends_on,
    temporaryLifts: [],
    exitBan: row.exit_ban,
  };
}
const EMPTY = -1;
const GONE = -2;
const NONE: readonly ScreenedMeasure[] = Object.freeze([]);

const FLAG_RESTRICTION = 1;
const FLAG_EXIT_BAN = 2;
const FLAG_COMPLEX = 4;

/** '2025-03-01' → 20250301 (0 for none). */
function dateNumber(date: string | null): number {
  if (date === null) return 0;
  // By character codes: the rebuild reads two dates a measure, ten million measures.
  return digitsAt(date, 0, 4) * 10_000 + digitsAt(date, 5, 2) * 100 + digitsAt(date, 8, 2);
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

function dateText(value: number): string {
  const day = value % 100;
  const month = Math.floor(value / 100) % 100;
  return `${Math.floor(value / 10_000)}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function hex32(text: string, from: number): number {
  return Number.parseInt(text.slice(from, from + 8), 16) >>> 0;
}

/** A digest's 64-bit key (its first 16 hex digits) as two 32-bit halves; null if not hex. */
function keyOf(digest: string): [number, number] | null {
  const hi = hex32(digest, 0);
  const lo = hex32(digest, 8);
  return Number.isNaN(hi) || Number.isNaN(lo) || digest.length < 16 ? null : [hi, lo];
}

/** A record id (uuid) as four 32-bit words. */
function uuidWords(id: string): [number, number, number, number] {
  // xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, read by character codes (no slices: one a measure at rebuild).
  return [
    hexAt(id, 0, 8, 0),
    hexAt(id, 14, 4, hexAt(id, 9, 4, 0)),
    hexAt(id, 24, 4, hexAt(id, 19, 4, 0)),
    hexAt(id, 28, 8, 0),
  ];
}

/** `value` followed by the `count` hex digits at `from` (known to be hex: a uuid's text), unsigned. */
function hexAt(text: string, from: number, count: number, value: number): number {
  let word = value;
  for (let i = from; i < from + count; i += 1) {
    const code = text.charCodeAt(i);
    word = (word << 4) | (code <= 57 ? code - 48 : (code | 32) - 87);
  }
  return word >>> 0;
}

function grown<T extends Uint32Array | Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

export class ScreeningIndex {
  // Rows (one per measure).
  private rowCapacity = 1024;
  private rowRecord = new Uint32Array(this.rowCapacity * 4);
  private rowFrom = new Uint32Array(this.rowCapacity);
  private rowEnds = new Uint32Array(this.rowCapacity);
  private rowCase = new Int32Array(this.rowCapacity);
  private rowFlags = new Uint8Array(this.rowCapacity);
  /** The key of a row's one subject (simple rows; complex rows keep their entry in `complex`). */
  private rowHi = new Uint32Array(this.rowCapacity);
  private rowLo = new Uint32Array(this.rowCapacity);
  private rowsUsed = 0;
  private freeRows: number[] = [];
  private live = 0;
  private readonly complex = new Map<number, ScreeningEntry>();
  // Cases, interned: [caseNumber, court] by index.
  private readonly cases: { caseNumber: string; court: string }[] = [];
  /** Interned case ids by court, then case number (no joined key made for each measure at rebuild). */
  private readonly caseIds = new Map<string, Map<string, number>>();
  // Digest table: slot → (hi, lo, row); row EMPTY or GONE (a tombstone).
  private slots = 1 << 12;
  private slotHi = new Uint32Array(this.slots);
  private slotLo = new Uint32Array(this.slots);
  private slotRow = new Int32Array(this.slots).fill(EMPTY);
  private slotsTaken = 0;
  // Record table: slot → row (EMPTY/GONE), hashed by the record id's words.
  private recordSlots = 1 << 12;
  private recordRow = new Int32Array(this.recordSlots).fill(EMPTY);
  private recordTaken = 0;

  private appliedSeq = 0;
  private catchingUp: Promise<void> | null = null;
  private again = false;
  private unlisten: Unlisten | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly database: Database) {}

  /** Loads the current entries and starts following the feed. */
  async start(): Promise<{ entries: number; ms: number }> {
    const started = performance.now();
    await this.load();
    this.unlisten = await this.database.listen(CREDIT_CHANNEL, () => void this.catchUp());
    // What committed between the snapshot and the LISTEN.
    await this.catchUp();
    this.timer = setInterval(() => void this.catchUp(), CATCH_UP_MS);
    this.timer.unref();
    return { entries: this.live, ms: performance.now() - started };
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.unlisten?.();
    await this.catchingUp;
  }

  /**
   * The measures naming this digest (as subject, or as a person an entity's restriction binds), in no
   * particular order (slot order: it changes with replacements and the tombstones they reuse).
   */
  lookup(digest: string): readonly ScreenedMeasure[] {
    const key = keyOf(digest);
    return key === null ? NONE : this.lookupKey(key[0], key[1], () => digest);
  }

  /**
   * `lookup` by the digest's 64-bit key (its first two words, unsigned); `digestOf` gives the whole
   * digest, asked only when a measure names the key (the batch path makes its hex text only then).
   */
  lookupKey(hi: number, lo: number, digestOf: () => string): readonly ScreenedMeasure[] {
    const mask = this.slots - 1;
    let found: ScreenedMeasure[] | null = null;
    let digest = '';
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      const row = this.slotRow[slot] as number;
      if (row === EMPTY) break;
      if (row >= 0 && this.slotHi[slot] === hi && this.slotLo[slot] === lo) {
        if (found === null) {
          found = [];
          digest = digestOf();
        }
        found.push(this.measureOf(row, digest));
      }
    }
    return found ?? NONE;
  }

  /** Bytes held by the typed arrays (the side map and interned cases not counted). */
  get bytes(): number {
    return (
      this.rowRecord.byteLength +
      this.rowFrom.byteLength +
      this.rowEnds.byteLength +
      this.rowCase.byteLength +
      this.rowFlags.byteLength +
      this.rowHi.byteLength +
      this.rowLo.byteLength +
      this.slotHi.byteLength +
      this.slotLo.byteLength +
      this.slotRow.byteLength +
      this.recordRow.byteLength
    );
  }

  get size(): number {
    return this.live;
  }

  get seq(): number {
    return this.appliedSeq;
  }

  /** Reads the changes after the last applied; concurrent calls share one pass and ask for another. */
  catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.again = true;
      return this.catchingUp;
    }
    this.catchingUp = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.applyPage()) === PAGE);
        } while (this.again);
      } finally {
        this.catchingUp = null;
      }
    })();
    return this.catchingUp;
  }

  private async applyPage(): Promise<number> {
    const { rows } = await this.database.sql.executeSql(
      'select seq, record_id, active, entry from credit_changes where seq > $1 order by seq limit $2',
      [this.appliedSeq, PAGE],
    );
    for (const row of rows) {
      this.put(String(row.record_id), row.active ? (row.entry as ScreeningEntry) : null);
      this.appliedSeq = Number(row.seq);
    }
    return rows.length;
  }

  /**
   * The current entries and the number of the last change they include, read from one snapshot. Only
   * the fields the index keeps are read, as text (PostgreSQL takes them out of the jsonb; parsing each
   * whole `entry` was most of the rebuild), through a cursor in pages; the next page is asked for before
   * this one is applied, so the database produces it meanwhile. A measure with more than one digest or
   * with temporary lifts comes with its whole entry.
   */
  private async load(): Promise<void> {
    await this.database.transaction(async (tx) => {
      await tx.sql.executeSql('set transaction isolation level repeatable read', []).catch(() => undefined);
      const { rows } = await tx.sql.executeSql('select coalesce(max(seq), 0) as seq from credit_changes', []);
      const estimate = await tx.sql.executeSql(
        "select reltuples::float8 as n from pg_class where oid = 'credit_screening'::regclass",
        [],
      );
      this.reserve(Number(estimate.rows[0]?.n ?? 0));
      await tx.sql.executeSql(`declare screening_load no scroll cursor for ${LOAD_QUERY}`, []);
      const fetch = () => tx.sql.executeSql(`fetch forward ${LOAD_PAGE} from screening_load`, []);
      let page = await fetch();
      while (page.rows.length > 0) {
        const next = page.rows.length === LOAD_PAGE ? fetch() : null;
        for (const row of page.rows) this.loadRow(row as unknown as LoadRow);
        if (!next) break;
        page = await next;
      }
      await tx.sql.executeSql('close screening_load', []);
      this.appliedSeq = Number(rows[0]?.seq ?? 0);
    });
  }

  /** One measure of the snapshot (record ids are unique there: no replacement to look for). */
  private loadRow(row: LoadRow): void {
    const words = uuidWords(row.record_id);
    const key = row.entry === null ? keyOf(row.digest) : null;
    if (key === null) {
      this.add(words, row.entry ?? simpleEntry(row));
      return;
    }
    const flags = (row.measure === 'restriction' ? FLAG_RESTRICTION : 0) | (row.exit_ban ? FLAG_EXIT_BAN : 0);
    const at = this.placeRow(words, row.in_force_from, row.ends_on, row.case_number, row.court, flags);
    this.rowHi[at] = key[0];
    this.rowLo[at] = key[1];
    this.link(key[0], key[1], at);
  }

  private measureOf(row: number, digest: string): ScreenedMeasure {
    const flags = this.rowFlags[row] as number;
    if (flags & FLAG_COMPLEX) return this.complex.get(row) as ScreeningEntry;
    const where = this.cases[this.rowCase[row] as number] as { caseNumber: string; court: string };
    const ends = this.rowEnds[row] as number;
    return {
      measure: flags & FLAG_RESTRICTION ? 'restriction' : 'listing',
      // A simple row has one digest, its subject: the one asked for.
      subjects: [digest],
      caseNumber: where.caseNumber,
      court: where.court,
      inForceFrom: dateText(this.rowFrom[row] as number),
      endsOn: ends === 0 ? null : dateText(ends),
      temporaryLifts: [],
      exitBan: (flags & FLAG_EXIT_BAN) !== 0,
    };
  }

  /** Applies one change: the measure `recordId` now reads `entry`, or no longer applies (null). */
  put(recordId: string, entry: ScreeningEntry | null): void {
    const words = uuidWords(recordId);
    const old = this.findRecord(words);
    if (old !== EMPTY) this.remove(old);
    if (entry !== null) this.add(words, entry);
  }

  private add(words: [number, number, number, number], entry: ScreeningEntry): void {
    const digests = [...new Set([...entry.subjects, ...entry.bound])];
    const keys = digests.map(keyOf).filter((key): key is [number, number] => key !== null);
    const simple = keys.length === 1 && entry.bound.length === 0 && entry.temporaryLifts.length === 0;
    const flags =
      (entry.measure === 'restriction' ? FLAG_RESTRICTION : 0) |
      (entry.exitBan ? FLAG_EXIT_BAN : 0) |
      (simple ? 0 : FLAG_COMPLEX);
    const row = this.placeRow(words, entry.inForceFrom, entry.endsOn, entry.caseNumber, entry.court, flags);
    if (simple) {
      const [hi, lo] = keys[0] as [number, number];
      this.rowHi[row] = hi;
      this.rowLo[row] = lo;
    } else {
      this.complex.set(row, entry);
    }
    for (const [hi, lo] of keys) this.link(hi, lo, row);
  }

  /** A row for a measure, found by its record id; its digests are linked by the caller. */
  private placeRow(
    words: [number, number, number, number],
    inForceFrom: string,
    endsOn: string | null,
    caseNumber: string,
    court: string,
    flags: number,
  ): number {
    const row = this.freeRows.pop() ?? this.newRow();
    const at = row * 4;
    this.rowRecord[at] = words[0];
    this.rowRecord[at + 1] = words[1];
    this.rowRecord[at + 2] = words[2];
    this.rowRecord[at + 3] = words[3];
    this.rowFrom[row] = dateNumber(inForceFrom);
    this.rowEnds[row] = dateNumber(endsOn);
    this.rowCase[row] = this.caseId(caseNumber, court);
    this.rowFlags[row] = flags;
    this.placeRecord(row);
    this.live += 1;
    return row;
  }

  private remove(row: number): void {
    const flags = this.rowFlags[row] as number;
    if (flags & FLAG_COMPLEX) {
      const entry = this.complex.get(row) as ScreeningEntry;
      for (const digest of new Set([...entry.subjects, ...entry.bound])) {
        const key = keyOf(digest);
        if (key) this.unlink(key[0], key[1], row);
      }
      this.complex.delete(row);
    } else {
      this.unlink(this.rowHi[row] as number, this.rowLo[row] as number, row);
    }
    this.unplaceRecord(row);
    this.rowFlags[row] = 0;
    this.freeRows.push(row);
    this.live -= 1;
  }

  private caseId(caseNumber: string, court: string): number {
    let ofCourt = this.caseIds.get(court);
    if (ofCourt === undefined) {
      ofCourt = new Map();
      this.caseIds.set(court, ofCourt);
    }
    let id = ofCourt.get(caseNumber);
    if (id === undefined) {
      id = this.cases.length;
      this.cases.push({ caseNumber, court });
      ofCourt.set(caseNumber, id);
    }
    return id;
  }

  private newRow(): number {
    if (this.rowsUsed === this.rowCapacity) this.growRows(Math.ceil(this.rowCapacity * 1.5));
    const row = this.rowsUsed;
    this.rowsUsed += 1;
    return row;
  }

  private growRows(capacity: number): void {
    this.rowRecord = grown(this.rowRecord, capacity * 4);
    this.rowFrom = grown(this.rowFrom, capacity);
    this.rowEnds = grown(this.rowEnds, capacity);
    this.rowCase = grown(this.rowCase, capacity);
    this.rowFlags = grown(this.rowFlags, capacity);
    this.rowHi = grown(this.rowHi, capacity);
    this.rowLo = grown(this.rowLo, capacity);
    this.rowCapacity = capacity;
  }

  /**
   * Room for about `count` measures before the rebuild fills an empty index: rows and both tables
   * allocated once at the size growth would reach (tables at most ¾ full), not grown and rehashed on
   * the way. `count` is the planner's estimate; growth takes over beyond it.
   */
  private reserve(count: number): void {
    if (this.live > 0 || this.rowsUsed > 0 || !(count > this.rowCapacity)) return;
    this.growRows(Math.ceil(count * 1.02));
    let size = 1 << 12;
    while ((count + 1) * 4 > size * 3) size *= 2;
    this.slots = size;
    this.slotHi = new Uint32Array(size);
    this.slotLo = new Uint32Array(size);
    this.slotRow = new Int32Array(size).fill(EMPTY);
    this.slotsTaken = 0;
    this.recordSlots = size;
    this.recordRow = new Int32Array(size).fill(EMPTY);
    this.recordTaken = 0;
  }

  // ─── Digest table ───────────────────────────────────────────────────────────────────────────────

  private link(hi: number, lo: number, row: number): void {
    if ((this.slotsTaken + 1) * 4 > this.slots * 3) this.rehashSlots();
    const mask = this.slots - 1;
    let slot = lo & mask;
    while ((this.slotRow[slot] as number) >= 0) slot = (slot + 1) & mask;
    if (this.slotRow[slot] === EMPTY) this.slotsTaken += 1;
    this.slotHi[slot] = hi;
    this.slotLo[slot] = lo;
    this.slotRow[slot] = row;
  }

  private unlink(hi: number, lo: number, row: number): void {
    const mask = this.slots - 1;
    for (let slot = lo & mask; this.slotRow[slot] !== EMPTY; slot = (slot + 1) & mask) {
      if (this.slotRow[slot] === row && this.slotHi[slot] === hi && this.slotLo[slot] === lo) {
        this.slotRow[slot] = GONE;
        return;
      }
    }
  }

  /** Room for the live links at most half full (grown again past ¾), tombstones dropped. */
  private rehashSlots(): void {
    const oldHi = this.slotHi;
    const oldLo = this.slotLo;
    const oldRow = this.slotRow;
    let links = 0;
    for (let slot = 0; slot < oldRow.length; slot += 1) if ((oldRow[slot] as number) >= 0) links += 1;
    let size = 1 << 12;
    while (size < (links + 1) * 2) size *= 2;
    this.slots = size;
    this.slotHi = new Uint32Array(size);
    this.slotLo = new Uint32Array(size);
    this.slotRow = new Int32Array(size).fill(EMPTY);
    this.slotsTaken = 0;
    const mask = size - 1;
    for (let from = 0; from < oldRow.length; from += 1) {
      const row = oldRow[from] as number;
      if (row < 0) continue;
      const lo = oldLo[from] as number;
      let slot = lo & mask;
      while (this.slotRow[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slotHi[slot] = oldHi[from] as number;
      this.slotLo[slot] = lo;
      this.slotRow[slot] = row;
      this.slotsTaken += 1;
    }
  }

  // ─── Record table ───────────────────────────────────────────────────────────────────────────────

  private recordHash(w0: number, w3: number): number {
    return Math.imul(w0 ^ w3, 0x9e3779b1) >>> 0;
  }

  private findRecord(words: [number, number, number, number]): number {
    const mask = this.recordSlots - 1;
    const r = this.rowRecord;
    for (let slot = this.recordHash(words[0], words[3]) & mask; ; slot = (slot + 1) & mask) {
      const row = this.recordRow[slot] as number;
      if (row === EMPTY) return EMPTY;
      if (
        row >= 0 &&
        r[row * 4] === words[0] &&
        r[row * 4 + 1] === words[1] &&
        r[row * 4 + 2] === words[2] &&
        r[row * 4 + 3] === words[3]
      )
        return row;
    }
  }

  private placeRecord(row: number): void {
    if ((this.recordTaken + 1) * 4 > this.recordSlots * 3) this.rehashRecords();
    const mask = this.recordSlots - 1;
    let slot =
      this.recordHash(this.rowRecord[row * 4] as number, this.rowRecord[row * 4 + 3] as number) & mask;
    while ((this.recordRow[slot] as number) >= 0) slot = (slot + 1) & mask;
    if (this.recordRow[slot] === EMPTY) this.recordTaken += 1;
    this.recordRow[slot] = row;
  }

  private unplaceRecord(row: number): void {
    const mask = this.recordSlots - 1;
    let slot =
      this.recordHash(this.rowRecord[row * 4] as number, this.rowRecord[row * 4 + 3] as number) & mask;
    for (; this.recordRow[slot] !== EMPTY; slot = (slot + 1) & mask) {
      if (this.recordRow[slot] === row) {
        this.recordRow[slot] = GONE;
        return;
      }
    }
  }

  private rehashRecords(): void {
    const old = this.recordRow;
    let size = 1 << 12;
    while (size < (this.live + 1) * 2) size *= 2;
    this.recordSlots = size;
    this.recordRow = new Int32Array(size).fill(EMPTY);
    this.recordTaken = 0;
    for (const row of old) if (row >= 0) this.placeRecord(row);
  }
}
