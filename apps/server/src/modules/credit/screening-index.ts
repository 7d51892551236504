/**
 * The screening index (筛查索引): every measure in force or pending, by the keyed digest of its
 * subject's number, in this process's memory. Loaded from credit_screening at start, then kept current
 * from the change feed: a NOTIFY on commit says "look", and the index reads the changes after the
 * last one it applied, in order — so a missed NOTIFY (a dropped listening connection) is caught up by
 * the next one or by the periodic look, never lost.
 */
import type { Database, Unlisten } from '../../platform/db';
import { CREDIT_CHANNEL, type ScreeningEntry } from './changes';

/** A look even without a NOTIFY: the most a missed one can delay a change. */
const CATCH_UP_MS = 2000;
const PAGE = 5000;

export class ScreeningIndex {
  /** Digest → the measures that name it (as subject, or as a person an entity's restriction binds). */
  private readonly bySubject = new Map<string, ScreeningEntry[]>();
  private readonly records = new Map<string, ScreeningEntry>();
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
    return { entries: this.records.size, ms: performance.now() - started };
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.unlisten?.();
    await this.catchingUp;
  }

  /** The measures naming this digest. */
  lookup(digest: string): readonly ScreeningEntry[] {
    return this.bySubject.get(digest) ?? [];
  }

  get size(): number {
    return this.records.size;
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

  /** The current entries and the number of the last change they include, read from one snapshot. */
  private async load(): Promise<void> {
    await this.database.transaction(async (tx) => {
      await tx.sql.executeSql('set transaction isolation level repeatable read', []).catch(() => undefined);
      const { rows } = await tx.sql.executeSql('select coalesce(max(seq), 0) as seq from credit_changes', []);
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const page = await tx.sql.executeSql(
          'select record_id, entry from credit_screening where record_id > $1 order by record_id limit $2',
          [after, PAGE],
        );
        for (const row of page.rows) this.put(String(row.record_id), row.entry as ScreeningEntry);
        if (page.rows.length < PAGE) break;
        after = String(page.rows.at(-1)?.record_id);
      }
      this.appliedSeq = Number(rows[0]?.seq ?? 0);
    });
  }

  private put(recordId: string, entry: ScreeningEntry | null): void {
    const old = this.records.get(recordId);
    if (old) for (const digest of [...old.subjects, ...old.bound]) this.unlink(digest, recordId);
    if (entry === null) {
      this.records.delete(recordId);
      return;
    }
    this.records.set(recordId, entry);
    for (const digest of new Set([...entry.subjects, ...entry.bound])) {
      const list = this.bySubject.get(digest);
      if (list) list.push(entry);
      else this.bySubject.set(digest, [entry]);
    }
  }

  private unlink(digest: string, recordId: string): void {
    const list = this.bySubject.get(digest);
    if (!list) return;
    const kept = list.filter((entry) => entry.recordId !== recordId);
    if (kept.length === 0) this.bySubject.delete(digest);
    else this.bySubject.set(digest, kept);
  }
}
