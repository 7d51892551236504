import { and, asc, desc, eq, gt, gte, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Db, Tx } from '../../platform/db';
import { invalid } from '../../platform/errors';
import { formatCaseNumber, parseCaseNumber } from '../cases/case-number';
import { cases } from '../cases/schema';
import { courts, users } from '../org/schema';
import {
  type ChainBreak,
  type ChainedEntry,
  digestOf,
  entryHash,
  entryHashParts,
  GENESIS_HASH,
  PLATFORM_CHAIN,
  type UnplacedEntry,
  verifyChainPage,
} from './rules';
import { auditChainHeads, auditEntries } from './schema';

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
  /** The case the change belongs to (see auditEntries.caseId), so the log can be read by case. */
  caseId?: string | null;
  before?: unknown;
  after?: unknown;
}

const VERIFY_PAGE = 2000;

export interface AuditQuery {
  courtPath: string;
  includePlatform: boolean;
  limit: number;
  subject?: string;
  /** An account id, user name or display name. */
  actor?: string;
  /** An action or the prefix of a group of actions. */
  action?: string;
  caseId?: string;
  /** Beijing dates, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  /** Entries older than this one: the next page. */
  beforeSeq?: number;
}

const CASE_SUBJECT = '^case:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function actorMatches(actor: string) {
  if (UUID.test(actor)) return eq(auditEntries.actorId, actor);
  return or(eq(users.username, actor), eq(users.displayName, actor), eq(auditEntries.actorName, actor));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The instant a Beijing day (plus `days`) begins: Asia/Shanghai keeps +08:00 all year. */
function beijingMidnight(date: string, days: number): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + days * 86_400_000);
}

/**
 * The SQL for sha256 of an entry's canonical text: its entryHashParts (`parts`: before, middle,
 * after) around its number and its previous hash, all SQL expressions. One formula for both appends.
 */
const hashOf = (parts: readonly [string, string, string], chainSeq: string, prevHash: string) =>
  `encode(sha256(convert_to(${parts[0]} || (${chainSeq})::text || ${parts[1]} || ${prevHash} || ${parts[2]}, 'UTF8')), 'hex')`;

/** entryHashParts as APPEND_MANY's entries carry them. */
const PARTS_OF_E = ['e.part_before', 'e.part_middle', 'e.part_after'] as const;

/**
 * Advances the chain's head ($1) and inserts the entry from it. The head's new hash is sha256 of
 * entryHashParts ($4, $5, $6) around the new chain_seq and the old hash; a new chain starts at 1.
 */
const APPEND = `
  with head as (
    insert into audit_chain_heads as h (chain, chain_seq, prev_hash, hash) values ($1, 1, $2, $3)
    on conflict (chain) do update set
      chain_seq = h.chain_seq + 1,
      prev_hash = h.hash,
      hash = ${hashOf(['$4::text', '$5::text', '$6::text'], 'h.chain_seq + 1', 'h.hash')}
    returning chain_seq, prev_hash, hash
  )
  insert into audit_entries (chain, chain_seq, at, actor_id, actor_name, court_id, action, subject,
    before_digest, after_digest, prev_hash, hash, case_id)
  select $1, head.chain_seq, $7::timestamptz, $8::uuid, $9, $10::uuid, $11, $12, $13, $14,
    head.prev_hash, head.hash, $15::uuid
  from head`;

/**
 * Creates the heads of chains $1 that have none yet (number 0, the genesis hash $2: no entry), and
 * answers the chains it created. A creator running at the same time waits for the other's row, then
 * finds it.
 */
const ENSURE_HEADS = `
  insert into audit_chain_heads (chain, chain_seq, prev_hash, hash)
  select chain, 0, $2, $2 from unnest($1::text[]) as chain order by chain
  on conflict (chain) do nothing
  returning chain`;

/**
 * Appends entries $1 (JSON, in the order they take `seq`) to chains $2 in one statement: the heads
 * are locked in chain order, each chain's entries are numbered and hashed from its head in turn (the
 * database hashes, as in APPEND), inserted, and the heads advanced — so a chain's lock is held for
 * this statement and the commit, and waits for no round trip in between. A chain without a head
 * starts from the genesis hash $3 (ENSURE_HEADS makes sure two appenders never both start one).
 * Answers the chains whose heads were there before.
 */
const APPEND_MANY = `
  with recursive
  e as (
    select x.*, row_number() over (partition by x.chain order by x.n) as k
      from rows from (jsonb_to_recordset($1::jsonb) as (chain text, at timestamptz, actor_id uuid,
             actor_name text, court_id uuid, action text, subject text, before_digest text,
             after_digest text, part_before text, part_middle text, part_after text, case_id uuid))
           with ordinality as x(chain, at, actor_id, actor_name, court_id, action, subject, before_digest,
             after_digest, part_before, part_middle, part_after, case_id, n)),
  heads as (
    select h.chain, h.chain_seq, h.hash from audit_chain_heads h
     where h.chain = any($2::text[]) order by h.chain for update),
  placed (chain, k, chain_seq, prev_hash, hash) as (
    select e.chain, e.k, coalesce(h.chain_seq, 0) + 1, coalesce(h.hash, $3),
           ${hashOf(PARTS_OF_E, 'coalesce(h.chain_seq, 0) + 1', 'coalesce(h.hash, $3)')}
      from e left join heads h on h.chain = e.chain
     where e.k = 1
    union all
    select e.chain, e.k, p.chain_seq + 1, p.hash, ${hashOf(PARTS_OF_E, 'p.chain_seq + 1', 'p.hash')}
      from placed p join e on e.chain = p.chain and e.k = p.k + 1),
  inserted as (
    insert into audit_entries (chain, chain_seq, at, actor_id, actor_name, court_id, action, subject,
      before_digest, after_digest, prev_hash, hash, case_id)
    select e.chain, p.chain_seq, e.at, e.actor_id, e.actor_name, e.court_id, e.action, e.subject,
           e.before_digest, e.after_digest, p.prev_hash, p.hash, e.case_id
      from e join placed p on p.chain = e.chain and p.k = e.k
     order by e.n),
  advanced as (
    insert into audit_chain_heads as h (chain, chain_seq, prev_hash, hash)
    select distinct on (p.chain) p.chain, p.chain_seq, p.prev_hash, p.hash
      from placed p order by p.chain, p.k desc
    on conflict (chain) do update set
      chain_seq = excluded.chain_seq, prev_hash = excluded.prev_hash, hash = excluded.hash)
  select chain from heads`;

export class AuditService {
  constructor(private readonly clock: Clock) {}

  /** Transactions whose appends wait for the end of their deferred scope. */
  private readonly deferring = new WeakMap<Tx, AuditRecord[]>();

  /**
   * Runs `work` with this transaction's appends deferred to its end, where they are written together,
   * the chains locked in one fixed order. A transaction that appends to many chains (a batch of results
   * for cases of many courts) then takes each chain's lock only at its very end, briefly, and in the
   * same order as every other such transaction: they never wait for each other crosswise, nor for long.
   * The entries are still written by the same transaction as the change they record.
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

  /** Chains whose committed heads this process has seen: their appends need no ENSURE_HEADS first. */
  private readonly knownChains = new Set<string>();

  /**
   * Appends many entries in one statement whatever their number (APPEND_MANY), with one more
   * before it the first time a chain is met. The digests and the entries' text are made before.
   */
  private async appendMany(tx: Tx, records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const entries = records.map((record) => this.unplaced(record));
    const chains = [...new Set(entries.map((entry) => entry.chain))].sort();
    // A head this transaction creates is not known until it commits: another transaction that
    // skipped ENSURE_HEADS meanwhile would not see it, and would start the chain a second time.
    const created = new Set<string>();
    if (chains.some((chain) => !this.knownChains.has(chain))) {
      const { rows } = await tx.sql.executeSql(ENSURE_HEADS, [chains, GENESIS_HASH]);
      for (const row of rows) created.add(String(row.chain));
    }
    const { rows } = await tx.sql.executeSql(APPEND_MANY, [
      JSON.stringify(
        entries.map((entry, index) => {
          const parts = entryHashParts(entry);
          return {
            chain: entry.chain,
            at: entry.at.toISOString(),
            actor_id: entry.actorId,
            actor_name: entry.actorName,
            court_id: entry.courtId,
            action: entry.action,
            subject: entry.subject,
            before_digest: entry.beforeDigest,
            after_digest: entry.afterDigest,
            part_before: parts.before,
            part_middle: parts.middle,
            part_after: parts.after,
            case_id: records[index]?.caseId ?? null,
          };
        }),
      ),
      chains,
      GENESIS_HASH,
    ]);
    for (const row of rows) if (!created.has(String(row.chain))) this.knownChains.add(String(row.chain));
  }

  private unplaced(record: AuditRecord): UnplacedEntry {
    return {
      chain: record.courtId ?? PLATFORM_CHAIN,
      at: this.clock.now(),
      actorId: record.actor.id,
      actorName: record.actor.name,
      courtId: record.courtId,
      action: record.action,
      subject: record.subject,
      beforeDigest: digestOf(record.before),
      afterDigest: digestOf(record.after),
    };
  }

  /**
   * Appends an entry inside the caller's transaction: it commits with the change, or not at all (in a
   * `deferred` scope, at the scope's end). One statement: the chain's head row is advanced (locked
   * until commit, so two transactions never take the same place in a chain), the database hashes the
   * entry's canonical text with the head's number and hash filled in (entryHashParts), and the entry
   * is inserted from the new head.
   */
  async append(tx: Tx, record: AuditRecord): Promise<void> {
    const deferred = this.deferring.get(tx);
    if (deferred) {
      deferred.push(record);
      return;
    }
    const entry = this.unplaced(record);
    const { before, middle, after } = entryHashParts(entry);
    // The first entry of a chain has no head to advance: it starts one at 1, after the genesis hash.
    const first = entryHash({ ...entry, chainSeq: 1, prevHash: GENESIS_HASH });
    await tx.sql.executeSql(
      APPEND,
      [
        entry.chain,
        GENESIS_HASH,
        first,
        before,
        middle,
        after,
        entry.at.toISOString(),
        entry.actorId,
        entry.actorName,
        entry.courtId,
        entry.action,
        entry.subject,
        entry.beforeDigest,
        entry.afterDigest,
        record.caseId ?? null,
      ],
      { prepare: true },
    );
  }

  /**
   * Entries of the viewer's court and the courts below it (platform entries only when allowed), newest
   * first, narrowed by the filters given. An actor is matched by account id, user name or display name;
   * an action exactly or by its prefix (`case` matches `case.close`); a case by its id, which older
   * entries name only in their subject; dates are Beijing days, both ends included.
   */
  async list(db: Db, query: AuditQuery) {
    const filters = [
      or(
        like(courts.path, `${query.courtPath}%`),
        query.includePlatform ? isNull(auditEntries.courtId) : sql`false`,
      ),
      query.subject ? eq(auditEntries.subject, query.subject) : undefined,
      query.actor ? actorMatches(query.actor) : undefined,
      query.action
        ? or(
            eq(auditEntries.action, query.action),
            like(auditEntries.action, `${escapeLike(query.action)}.%`),
          )
        : undefined,
      query.caseId
        ? or(eq(auditEntries.caseId, query.caseId), eq(auditEntries.subject, `case:${query.caseId}`))
        : undefined,
      query.from ? gte(auditEntries.at, beijingMidnight(query.from, 0)) : undefined,
      query.to ? lt(auditEntries.at, beijingMidnight(query.to, 1)) : undefined,
      query.beforeSeq ? lt(auditEntries.seq, query.beforeSeq) : undefined,
    ];
    // An entry recorded before case_id existed names its case only in its subject.
    const caseOf = sql`coalesce(${auditEntries.caseId}, case when ${auditEntries.subject} ~ ${CASE_SUBJECT}
      then substr(${auditEntries.subject}, 6)::uuid end)`;
    return db
      .select({
        seq: auditEntries.seq,
        at: auditEntries.at,
        actorId: auditEntries.actorId,
        actorName: auditEntries.actorName,
        username: users.username,
        displayName: users.displayName,
        courtCode: courts.code,
        action: auditEntries.action,
        subject: auditEntries.subject,
        caseId: cases.id,
        caseNumber: cases.caseNumber,
        hash: auditEntries.hash,
      })
      .from(auditEntries)
      .leftJoin(courts, eq(courts.id, auditEntries.courtId))
      .leftJoin(users, eq(users.id, auditEntries.actorId))
      .leftJoin(cases, eq(cases.id, caseOf))
      .where(and(...filters))
      .orderBy(desc(auditEntries.seq))
      .limit(query.limit);
  }

  /**
   * The case a filter names: its id, or its case number (ASCII brackets accepted); null when no case
   * has that number. Text that is neither is refused.
   */
  async caseIdOf(db: Db, ref: string): Promise<string | null> {
    if (UUID.test(ref)) return ref;
    const parsed = parseCaseNumber(ref);
    if (!parsed) {
      throw invalid('case', {
        zh: '应为案件 id 或完整案号，如（2025）京0105执12号',
        en: 'a case id or a full case number, e.g. （2025）京0105执12号',
      });
    }
    const [found] = await db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.caseNumber, formatCaseNumber(parsed)));
    return found?.id ?? null;
  }

  /**
   * Walks every chain page by page and reports the first broken entry; a chain must also end where
   * its head says, so entries removed from its end are found too.
   */
  async verify(db: Db): Promise<{ ok: boolean; entries: number; brokenAt?: ChainBreak }> {
    const heads = await db.select().from(auditChainHeads);
    const chains = new Set([
      ...heads.map((head) => head.chain),
      ...(await db.selectDistinct({ chain: auditEntries.chain }).from(auditEntries)).map((row) => row.chain),
    ]);
    let entries = 0;
    for (const chain of chains) {
      let position = { prevHash: GENESIS_HASH, chainSeq: 0, seq: 0 };
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
        position = { prevHash: result.prevHash, chainSeq: result.chainSeq, seq: page.at(-1)?.seq ?? 0 };
      }
      const head = heads.find((h) => h.chain === chain);
      if (head?.chainSeq !== position.chainSeq || head.hash !== position.prevHash) {
        const reason = `chain ${chain} ends at ${position.chainSeq}, its head at ${head?.chainSeq ?? 'none'}`;
        return { ok: false, entries, brokenAt: { seq: position.seq, reason } };
      }
    }
    return { ok: true, entries };
  }
}
