import { and, asc, desc, eq, gt, isNull, like, or, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Db, Tx } from '../../platform/db';
import { courts } from '../org/schema';
import {
  type ChainBreak,
  type ChainedEntry,
  digestOf,
  entryHash,
  GENESIS_HASH,
  PLATFORM_CHAIN,
  verifyChainPage,
} from './rules';
import { auditEntries } from './schema';

/** Who did it: a signed-in user, or the platform itself (`id` null). */
export interface Actor {
  id: string | null;
  name: string;
  courtId: string | null;
}

export const platformActor: Actor = { id: null, name: 'system', courtId: null };

export interface AuditRecord {
  actor: Actor;
  /** The court whose chain records it: the subject's court, or null for platform-wide changes. */
  courtId: string | null;
  action: string;
  subject: string;
  before?: unknown;
  after?: unknown;
}

const VERIFY_PAGE = 2000;

export class AuditService {
  constructor(private readonly clock: Clock) {}

  /** Transactions whose appends wait for the end of their deferred scope. */
  private readonly deferring = new WeakMap<Tx, AuditRecord[]>();

  /**
   * Runs `work` with this transaction's appends deferred to its end, where they are written together,
   * the chains locked in one fixed order. A transaction that appends to many chains (a batch of results for cases
   * of many courts) then takes each chain's lock only at its very end, briefly, and in the same order
   * as any other such transaction: they never wait for each other crosswise, nor for long. The
   * entries are still written by the same transaction as the change they record.
   */
  async deferred<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
    if (this.deferring.has(tx)) return work();
    const queue: AuditRecord[] = [];
    this.deferring.set(tx, queue);
    let result: T;
    try {
      result = await work();
    } finally {
      this.deferring.delete(tx);
    }
    await this.appendMany(tx, queue);
    return result;
  }

  /**
   * Appends many entries in three statements whatever their number: every chain's lock (in chain
   * order), every chain's head, one INSERT. The digests are computed before any lock is taken.
   */
  private async appendMany(tx: Tx, records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const at = this.clock.now();
    const prepared = records.map((record) => ({
      record,
      chain: record.courtId ?? PLATFORM_CHAIN,
      beforeDigest: digestOf(record.before),
      afterDigest: digestOf(record.after),
    }));
    const chains = [...new Set(prepared.map((p) => p.chain))].sort();
    await tx.sql.executeSql(
      `select pg_advisory_xact_lock(hashtext('audit:' || chain))
         from (select unnest($1::text[]) as chain order by 1 offset 0) ordered`,
      [chains],
    );
    const { rows: heads } = await tx.sql.executeSql(
      `select c.chain, h.chain_seq, h.hash
         from unnest($1::text[]) as c(chain)
         left join lateral (select chain_seq, hash from audit_entries e
                             where e.chain = c.chain order by chain_seq desc limit 1) h on true`,
      [chains],
    );
    const head = new Map(
      heads.map((row) => [
        String(row.chain),
        {
          chainSeq: row.chain_seq === null ? 0 : Number(row.chain_seq),
          hash: (row.hash as string | null) ?? GENESIS_HASH,
        },
      ]),
    );
    const values = prepared.map(({ record, chain, beforeDigest, afterDigest }) => {
      const last = head.get(chain) ?? { chainSeq: 0, hash: GENESIS_HASH };
      const entry = {
        chain,
        chainSeq: last.chainSeq + 1,
        at,
        actorId: record.actor.id,
        actorName: record.actor.name,
        courtId: record.courtId,
        action: record.action,
        subject: record.subject,
        beforeDigest,
        afterDigest,
        prevHash: last.hash,
      };
      const hash = entryHash(entry);
      head.set(chain, { chainSeq: entry.chainSeq, hash });
      return { ...entry, hash };
    });
    await tx.db.insert(auditEntries).values(values);
  }

  /** Appends an entry inside the caller's transaction: it commits with the change, or not at all. */
  async append(tx: Tx, record: AuditRecord): Promise<void> {
    const deferred = this.deferring.get(tx);
    if (deferred) {
      deferred.push(record);
      return;
    }
    const chain = record.courtId ?? PLATFORM_CHAIN;
    // Serialise appends to one chain, so two transactions never take the same place in it.
    await tx.sql.executeSql('select pg_advisory_xact_lock(hashtext($1))', [`audit:${chain}`]);
    const [last] = await tx.db
      .select({ chainSeq: auditEntries.chainSeq, hash: auditEntries.hash })
      .from(auditEntries)
      .where(eq(auditEntries.chain, chain))
      .orderBy(desc(auditEntries.chainSeq))
      .limit(1);
    const entry = {
      chain,
      chainSeq: (last?.chainSeq ?? 0) + 1,
      at: this.clock.now(),
      actorId: record.actor.id,
      actorName: record.actor.name,
      courtId: record.courtId,
      action: record.action,
      subject: record.subject,
      beforeDigest: digestOf(record.before),
      afterDigest: digestOf(record.after),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await tx.db.insert(auditEntries).values({ ...entry, hash: entryHash(entry) });
  }

  /** Entries of the viewer's court and the courts below it; platform entries only when allowed. */
  async list(
    db: Db,
    query: { subject?: string; courtPath: string; includePlatform: boolean; limit: number },
  ) {
    const scope = or(
      like(courts.path, `${query.courtPath}%`),
      query.includePlatform ? isNull(auditEntries.courtId) : sql`false`,
    );
    return db
      .select({
        seq: auditEntries.seq,
        at: auditEntries.at,
        actorId: auditEntries.actorId,
        actorName: auditEntries.actorName,
        courtCode: courts.code,
        action: auditEntries.action,
        subject: auditEntries.subject,
        hash: auditEntries.hash,
      })
      .from(auditEntries)
      .leftJoin(courts, eq(courts.id, auditEntries.courtId))
      .where(query.subject ? and(scope, eq(auditEntries.subject, query.subject)) : scope)
      .orderBy(desc(auditEntries.seq))
      .limit(query.limit);
  }

  /** Walks every chain page by page; reports the first broken entry. */
  async verify(db: Db): Promise<{ ok: boolean; entries: number; brokenAt?: ChainBreak }> {
    const chains = await db.selectDistinct({ chain: auditEntries.chain }).from(auditEntries);
    let entries = 0;
    for (const { chain } of chains) {
      let position = { prevHash: GENESIS_HASH, chainSeq: 0 };
      for (;;) {
        const page: ChainedEntry[] = await db
          .select()
          .from(auditEntries)
          .where(and(eq(auditEntries.chain, chain), gt(auditEntries.chainSeq, position.chainSeq)))
          .orderBy(asc(auditEntries.chainSeq))
          .limit(VERIFY_PAGE);
        if (page.length === 0) break;
        const result = verifyChainPage(page, position);
        entries += result.checked;
        if (result.broken) return { ok: false, entries, brokenAt: result.broken };
        position = result;
      }
    }
    return { ok: true, entries };
  }
}
