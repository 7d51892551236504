/**
 * Storing what the rulebook engine derives for each case: its deadlines (`case_deadlines`) and the one
 * due first (`cases.next_deadline_*`), which lists filter and show. Writes touch only the rows that
 * differ from what is stored: a daily sweep finds almost every deadline as it was the day before.
 */
import { sql } from 'drizzle-orm';
import { anyId, type Db, type Tx } from '../../platform/db';
import {
  type Deadline,
  type DeadlineRule,
  nextDeadline,
  onlyFirstOccurrenceCounts,
} from '../compliance/rules';
import { caseDeadlines, cases } from './schema';

/** The columns of a case that its deadline rows copy or that record its next deadline. */
export interface DeadlineOwner {
  id: string;
  courtId: string;
  officerId: string | null;
  nextDeadlineRuleId: string | null;
  nextDeadlineOn: string | null;
}

export type DeadlineRow = typeof caseDeadlines.$inferInsert;

export function deadlineRow(owner: DeadlineOwner, deadline: Deadline): DeadlineRow {
  return {
    caseId: owner.id,
    courtId: owner.courtId,
    ruleId: deadline.ruleId,
    key: deadline.key,
    dueOn: deadline.dueOn,
    satisfiedOn: deadline.satisfiedOn,
    status: deadline.status,
    officerId: owner.officerId,
  };
}

/** The case's next-deadline columns for these deadlines. */
export function nextDeadlineColumns(deadlines: readonly Deadline[]) {
  const next = nextDeadline(deadlines);
  return { nextDeadlineRuleId: next?.ruleId ?? null, nextDeadlineOn: next?.dueOn ?? null };
}

type StoredRow = Pick<
  DeadlineRow,
  'caseId' | 'ruleId' | 'key' | 'dueOn' | 'satisfiedOn' | 'status' | 'officerId'
>;

export interface DeadlineChanges {
  /** Rows new or different from the stored ones. */
  upserts: DeadlineRow[];
  /** Stored rows the evaluation no longer yields. */
  deletes: { caseId: string; ruleId: string; key: string }[];
  /** Cases whose next deadline moved. */
  next: { id: string; ruleId: string | null; dueOn: string | null }[];
}

/** A deadline's identity: its case, its rule and, for a keyed rule, its instance (an asset, a lead). */
const identity = (row: { caseId: string; ruleId: string; key?: string | undefined }) =>
  `${row.caseId}|${row.ruleId}|${row.key ?? ''}`;

function sameRow(a: StoredRow | undefined, b: DeadlineRow): boolean {
  return (
    a !== undefined &&
    a.dueOn === b.dueOn &&
    (a.satisfiedOn ?? null) === (b.satisfiedOn ?? null) &&
    a.status === b.status &&
    (a.officerId ?? null) === (b.officerId ?? null)
  );
}

/** What to write so that the stored rows become the evaluated ones (`evaluated[i]` of `owners[i]`). */
export function deadlineChanges(
  owners: readonly DeadlineOwner[],
  evaluated: readonly (readonly Deadline[])[],
  stored: readonly StoredRow[],
): DeadlineChanges {
  const before = new Map(stored.map((row) => [identity(row), row]));
  const changes: DeadlineChanges = { upserts: [], deletes: [], next: [] };
  owners.forEach((owner, index) => {
    const deadlines = evaluated[index] ?? [];
    for (const deadline of deadlines) {
      const row = deadlineRow(owner, deadline);
      const old = before.get(identity(row));
      before.delete(identity(row));
      if (!sameRow(old, row)) changes.upserts.push(row);
    }
    const next = nextDeadlineColumns(deadlines);
    if (
      next.nextDeadlineRuleId !== owner.nextDeadlineRuleId ||
      next.nextDeadlineOn !== owner.nextDeadlineOn
    ) {
      changes.next.push({ id: owner.id, ruleId: next.nextDeadlineRuleId, dueOn: next.nextDeadlineOn });
    }
  });
  for (const row of before.values())
    changes.deletes.push({ caseId: row.caseId, ruleId: row.ruleId, key: row.key ?? '' });
  return changes;
}

/** Rows per statement: far below PostgreSQL's 65,535 parameters at 8 a row. */
const CHUNK = 5000;

function chunks<T>(rows: readonly T[]): T[][] {
  const list: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) list.push(rows.slice(i, i + CHUNK));
  return list;
}

/** The stored deadline rows of these cases. */
export function storedRows(db: Db, owners: readonly DeadlineOwner[]): Promise<StoredRow[]> {
  const d = caseDeadlines;
  return db
    .select({
      caseId: d.caseId,
      ruleId: d.ruleId,
      key: d.key,
      dueOn: d.dueOn,
      satisfiedOn: d.satisfiedOn,
      status: d.status,
      officerId: d.officerId,
    })
    .from(d)
    .where(
      anyId(
        d.caseId,
        owners.map((owner) => owner.id),
      ),
    );
}

/**
 * The cases whose nodes about to be appended change none of their deadlines: every one repeats a type
 * whose first occurrence alone counts (onlyFirstOccurrenceCounts), and the case's first node of that
 * type comes no later. Read before the nodes are written; such cases need no re-evaluation.
 */
export async function casesUnchangedByRepeats(
  tx: Tx,
  rules: readonly DeadlineRule[],
  appended: readonly { caseId: string; type: string; on: string; at: Date }[],
): Promise<Set<string>> {
  const repeatable = new Map<string, boolean>();
  const isRepeatable = (type: string) => {
    if (!repeatable.has(type)) repeatable.set(type, onlyFirstOccurrenceCounts(rules, type));
    return repeatable.get(type) as boolean;
  };
  const excluded = new Set(appended.filter((e) => !isRepeatable(e.type)).map((e) => e.caseId));
  const candidates = appended.filter((e) => !excluded.has(e.caseId));
  if (candidates.length === 0) return new Set();
  // The earliest new node of each case and type: if the case has one of that type no later, so do all.
  const earliest = new Map<string, { caseId: string; type: string; on: string; ms: number }>();
  for (const event of candidates) {
    const key = `${event.caseId}|${event.type}`;
    const seen = earliest.get(key);
    const ms = event.at.getTime();
    if (!seen || event.on < seen.on || (event.on === seen.on && ms < seen.ms)) {
      earliest.set(key, { caseId: event.caseId, type: event.type, on: event.on, ms });
    }
  }
  const asked = [...earliest.values()];
  // One index probe a case (LATERAL … LIMIT 1 stops at the first such node in timeline order): the
  // cost does not grow with the case's timeline, as reading its first node of the type would.
  const { rows } = await tx.sql.executeSql(
    `select n.case_id, n.type
       from unnest($1::uuid[], $2::text[], $3::date[], $4::float8[]) as n(case_id, type, "on", ms)
       cross join lateral (select 1 from case_events e
                            where e.case_id = n.case_id and e.type = n.type
                              and (e."on" < n."on" or (e."on" = n."on" and e.at <= to_timestamp(n.ms / 1000)))
                            limit 1) as earlier`,
    [asked.map((a) => a.caseId), asked.map((a) => a.type), asked.map((a) => a.on), asked.map((a) => a.ms)],
  );
  const covered = new Set(rows.map((row) => `${row.case_id}|${row.type}`));
  const unchanged = new Set(candidates.map((e) => e.caseId));
  for (const a of asked) if (!covered.has(`${a.caseId}|${a.type}`)) unchanged.delete(a.caseId);
  return unchanged;
}

/** The ids of the cases whose stored deadlines differ from `evaluated`. */
export function staleCases(
  owners: readonly DeadlineOwner[],
  evaluated: readonly (readonly Deadline[])[],
  stored: readonly StoredRow[],
): string[] {
  const { upserts, deletes, next } = deadlineChanges(owners, evaluated, stored);
  return [...new Set([...upserts, ...deletes].map((row) => row.caseId).concat(next.map((n) => n.id)))];
}

/**
 * Brings the stored deadlines of `owners` (locked by the caller) to `evaluated`; returns how many
 * rows it wrote, deleted or moved.
 */
export async function storeDeadlines(
  tx: Tx,
  owners: readonly DeadlineOwner[],
  evaluated: readonly (readonly Deadline[])[],
): Promise<number> {
  if (owners.length === 0) return 0;
  const d = caseDeadlines;
  const { upserts, deletes, next } = deadlineChanges(owners, evaluated, await storedRows(tx.db, owners));
  for (const rows of chunks(upserts)) {
    await tx.db
      .insert(d)
      .values(rows)
      .onConflictDoUpdate({
        target: [d.caseId, d.ruleId, d.key],
        set: {
          dueOn: sql`excluded.due_on`,
          satisfiedOn: sql`excluded.satisfied_on`,
          status: sql`excluded.status`,
          officerId: sql`excluded.officer_id`,
        },
      });
  }
  for (const rows of chunks(deletes)) {
    await tx.db.execute(sql`
      delete from ${d} using unnest(${arrayOf(rows.map((r) => r.caseId))}::uuid[],
        ${arrayOf(rows.map((r) => r.ruleId))}::text[], ${arrayOf(rows.map((r) => r.key))}::text[])
        as gone(case_id, rule_id, key)
      where ${d.caseId} = gone.case_id and ${d.ruleId} = gone.rule_id and ${d.key} = gone.key`);
  }
  for (const rows of chunks(next)) {
    await tx.db.execute(sql`
      update ${cases} set next_deadline_rule_id = moved.rule_id, next_deadline_on = moved.due_on
      from unnest(${arrayOf(rows.map((r) => r.id))}::uuid[], ${arrayOf(rows.map((r) => r.ruleId))}::text[],
        ${arrayOf(rows.map((r) => r.dueOn))}::date[]) as moved(id, rule_id, due_on)
      where ${cases.id} = moved.id`);
  }
  return upserts.length + deletes.length + next.length;
}

/** One array parameter (drizzle would otherwise spread a JavaScript array into a list of parameters). */
function arrayOf(values: readonly (string | null)[]) {
  return sql.param(values);
}

/** A timeline node per deadline whose due date a newly held calendar year moved. */
export interface MovedDeadlines {
  caseId: string;
  events: { type: 'deadline.recomputed'; on: string; data: Record<string, unknown>; evidence: string[] }[];
}

/**
 * The deadlines of `owners` (`evaluated[i]` of `owners[i]`) that were stored unmet with a due date in
 * `year` or later — counted provisionally — and now fall due on another day, as timeline nodes dated
 * `today`, each with the rule, its instance, its title, the old and the new date. Cases with none are
 * left out.
 */
export function movedDeadlines(
  owners: readonly DeadlineOwner[],
  evaluated: readonly (readonly Deadline[])[],
  stored: readonly StoredRow[],
  year: number,
  today: string,
): MovedDeadlines[] {
  const before = new Map(stored.map((row) => [identity(row), row]));
  const firstDay = `${year}-01-01`;
  return owners.flatMap((owner, index) => {
    const events = (evaluated[index] ?? []).flatMap((deadline) => {
      const old = before.get(identity({ caseId: owner.id, ruleId: deadline.ruleId, key: deadline.key }));
      if (
        !old ||
        old.satisfiedOn ||
        old.dueOn < firstDay ||
        deadline.satisfiedOn ||
        old.dueOn === deadline.dueOn
      ) {
        return [];
      }
      const data = {
        ruleId: deadline.ruleId,
        key: deadline.key,
        title: deadline.title,
        from: old.dueOn,
        to: deadline.dueOn,
        year,
      };
      return [{ type: 'deadline.recomputed' as const, on: today, data, evidence: [] }];
    });
    return events.length > 0 ? [{ caseId: owner.id, events }] : [];
  });
}
