/**
 * The one writer of new cases, for filing, import and the synthetic caseload: a case, its parties,
 * its timeline and its derived deadlines go in as multi-row `insert … select from unnest(…)`
 * statements — each column one array parameter — whether the batch holds one case or thousands.
 */
import { getTableName } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db';
import { timeOrderedIds } from '../../platform/ids';
import type { LocalDate, WorkingCalendar } from '../calendar/rules';
import { type CaseFacts, type Deadline, type DeadlineRule, evaluateMany } from '../compliance/rules';
import { caseAccountNumber } from './account';
import { CASE_TYPES, type CaseType } from './case-number';
import { nextDeadlineColumns } from './deadlines';
import { type BasisDocument, caseDeadlines, caseEvents, caseParties, cases } from './schema';

type Flag = NonNullable<(typeof cases.$inferSelect)['flag']>;

export interface PartyDraft {
  role: 'applicant' | 'debtor';
  kind: 'person' | 'entity';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: { name: string; idNumber?: string } | null;
  phone: string | null;
  address: string | null;
  payoutAccount: { bankName: string; accountNo: string; accountName: string } | null;
  position: number;
}

export interface EventDraft {
  type: string;
  on: LocalDate;
  /** ISO instant. */
  at: string;
  actorId: string | null;
  actorName: string;
  data: Record<string, unknown>;
}

/** One case with its parties, timeline and derived deadlines, ready for `writeCases`. */
export interface CaseDraft {
  id: string;
  courtId: string;
  courtCode: string;
  type: CaseType;
  year: number;
  /** 0 until numbered. */
  serial: number;
  caseNumber: string;
  status: 'open' | 'closed';
  filedOn: LocalDate;
  receivedOn: LocalDate;
  basis: BasisDocument;
  claimAmount: number;
  paidAmount: number;
  officerId: string | null;
  flag: Flag | null;
  closedOn: LocalDate | null;
  closingMethod: string | null;
  createdAt: string;
  parties: PartyDraft[];
  events: EventDraft[];
  deadlines: Deadline[];
}

export function factsOfDraft(draft: CaseDraft): CaseFacts {
  return {
    filedOn: draft.filedOn,
    receivedOn: draft.receivedOn,
    basisEffectiveOn: draft.basis.effectiveOn,
    claimAmount: draft.claimAmount,
    status: draft.status,
    events: draft.events.map((e) => ({ type: e.type, on: e.on, at: e.at, data: e.data })),
  };
}

/** The `search_text` the list's `q` reads, as the filing service writes it. */
export function searchTextOf(parties: readonly PartyDraft[]): string {
  return parties.map((party) => party.name).join(' ');
}

/** Derives each draft's deadlines as of `today`, compiling the rules once for the whole batch. */
export function deriveDeadlines(
  drafts: CaseDraft[],
  rules: readonly DeadlineRule[],
  calendar: WorkingCalendar,
  today: LocalDate,
): void {
  const evaluated = evaluateMany(rules, drafts.map(factsOfDraft), calendar, today);
  drafts.forEach((draft, index) => {
    draft.deadlines = evaluated[index] ?? [];
  });
}

// ─── Bulk writing ─────────────────────────────────────────────────────────────────────────────────

type Value = string | number | null;

/**
 * How a column's values travel: `row`, one per row; `case`, one per case (its id, its court), looked
 * up by the row's case index, so a uuid is sent and parsed once per case rather than once per event;
 * `dictionary`, a few distinct values (officers, actors) looked up by index.
 */
type BulkColumn<T> =
  | { column: AnyPgColumn; type: string; from: 'case'; value: (draft: CaseDraft) => Value }
  | {
      column: AnyPgColumn;
      type: string;
      from: 'row' | 'dictionary';
      value: (row: T) => Value;
      /** SQL for a NULL value (the column's default, which an INSERT of NULL would not apply). */
      orElse?: string;
    };

const perCase = <T>(column: AnyPgColumn, value: (draft: CaseDraft) => Value): BulkColumn<T> => ({
  column,
  type: 'uuid',
  from: 'case',
  value,
});
const perRow = <T>(
  column: AnyPgColumn,
  type: string,
  value: (row: T) => Value,
  orElse?: string,
): BulkColumn<T> => ({ column, type, from: 'row', value, ...(orElse ? { orElse } : {}) });
const dictionary = <T>(column: AnyPgColumn, type: string, value: (row: T) => Value): BulkColumn<T> => ({
  column,
  type,
  from: 'dictionary',
  value,
});

/**
 * A PostgreSQL array literal. Built here rather than by the driver, which escapes every element in
 * JavaScript: a batch holds hundreds of thousands of values. A JSON array of strings, numbers and
 * nulls already is an array literal once its brackets are braces (both escape `"` and `\` with a
 * backslash) — unless JSON escaped a control character (`\n`, `\u0001` …), which an array literal
 * would read as a plain letter; such rare batches take the slow path.
 */
function arrayLiteral(values: readonly Value[]): string {
  const json = JSON.stringify(values);
  if (!/\\[bfnrtu]/.test(json)) return `{${json.slice(1, -1)}}`;
  const parts = values.map((value) =>
    value === null ? 'NULL' : `"${String(value).replace(/["\\]/g, '\\$&')}"`,
  );
  return `{${parts.join(',')}}`;
}

/** The rows hanging off the drafts, each with its case's index (1-based, as SQL subscripts are). */
function flatten<T>(drafts: readonly CaseDraft[], rowsOf: (draft: CaseDraft) => readonly T[]) {
  const rows: T[] = [];
  const owners: number[] = [];
  drafts.forEach((draft, index) => {
    for (const row of rowsOf(draft)) {
      rows.push(row);
      owners.push(index + 1);
    }
  });
  return { rows, owners };
}

/** The distinct values, and each value's index among them (1-based; NULL stays NULL). */
function dictionaryOf(values: readonly Value[]) {
  const distinct = [...new Set(values.filter((v) => v !== null))];
  const index = new Map(distinct.map((v, i) => [v, i + 1]));
  return { distinct, indexes: values.map((v) => (v === null ? null : (index.get(v) ?? null))) };
}

/**
 * One multi-row INSERT of the rows hanging off `drafts`, its parameters appended to `params`: each
 * column travels as one array parameter and `unnest` zips them into rows, so a statement of thousands
 * of rows has a few parameters. Subscripts into the per-case arrays cost O(1): their elements are
 * fixed-width uuids. Null when there are no rows.
 */
function bulkInsert<T>(
  params: string[],
  table: PgTable,
  columns: readonly BulkColumn<T>[],
  drafts: readonly CaseDraft[],
  rowsOf: (draft: CaseDraft) => readonly T[],
  suffix = '',
): string | null {
  const { rows, owners } = flatten(drafts, rowsOf);
  if (rows.length === 0) return null;
  const param = (values: readonly Value[], type: string) =>
    `$${params.push(arrayLiteral(values))}::${type}[]`;
  const constants: string[] = [];
  const unnested = [param(owners, 'int')];
  const aliases = ['i'];
  const selected = columns.map((spec, j) => {
    if (spec.from === 'case') {
      constants.push(`${param(drafts.map(spec.value), spec.type)} as k${j}`);
      return `k.k${j}[u.i]`;
    }
    aliases.push(`c${j}`);
    if (spec.from === 'dictionary') {
      const { distinct, indexes } = dictionaryOf(rows.map(spec.value));
      constants.push(`${param(distinct, spec.type)} as k${j}`);
      unnested.push(param(indexes, 'int'));
      return `k.k${j}[u.c${j}]`;
    }
    unnested.push(param(rows.map(spec.value), spec.type));
    return spec.orElse ? `coalesce(u.c${j}, ${spec.orElse})` : `u.c${j}`;
  });
  const names = columns.map((spec) => `"${spec.column.name}"`).join(', ');
  return (
    `insert into "${getTableName(table)}" (${names}) select ${selected.join(', ')} ` +
    `from (select ${constants.length > 0 ? constants.join(', ') : '1 as none'}) k, ` +
    `unnest(${unnested.join(', ')}) as u(${aliases.join(', ')}) ${suffix}`
  );
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

const CASE_COLUMNS: readonly BulkColumn<CaseDraft>[] = [
  perRow(cases.id, 'uuid', (c) => c.id),
  perRow(cases.courtId, 'uuid', (c) => c.courtId),
  perRow(cases.caseNumber, 'text', (c) => c.caseNumber),
  perRow(cases.year, 'int', (c) => c.year),
  perRow(cases.type, 'text', (c) => c.type),
  perRow(cases.serial, 'int', (c) => c.serial),
  perRow(cases.status, 'text', (c) => c.status),
  perRow(cases.filedOn, 'date', (c) => c.filedOn),
  perRow(cases.receivedOn, 'date', (c) => c.receivedOn),
  perRow(cases.basis, 'jsonb', (c) => json(c.basis)),
  perRow(cases.basisEffectiveOn, 'date', (c) => c.basis.effectiveOn),
  perRow(cases.claimAmount, 'bigint', (c) => c.claimAmount),
  perRow(cases.accountNo, 'text', accountNoOf),
  perRow(cases.paidAmount, 'bigint', (c) => c.paidAmount),
  perRow(cases.officerId, 'uuid', (c) => c.officerId),
  perRow(cases.flag, 'text', (c) => c.flag),
  perRow(cases.closedOn, 'date', (c) => c.closedOn),
  perRow(cases.closingMethod, 'text', (c) => c.closingMethod),
  perRow(cases.searchText, 'text', (c) => searchTextOf(c.parties)),
  perRow(cases.nextDeadlineRuleId, 'text', (c) => nextDeadlineColumns(c.deadlines).nextDeadlineRuleId),
  perRow(cases.nextDeadlineOn, 'date', (c) => nextDeadlineColumns(c.deadlines).nextDeadlineOn),
  perRow(cases.createdAt, 'timestamptz', (c) => c.createdAt),
];

/** Party ids in creation order, like case ids: new parties append to the right edge of their key. */
const nextPartyId = timeOrderedIds();

/** A party as written: with its case's filing date and number, the order lists sort by. */
type PartyRow = PartyDraft & Pick<CaseDraft, 'filedOn' | 'caseNumber'>;

const PARTY_COLUMNS: readonly BulkColumn<PartyRow>[] = [
  perRow(caseParties.id, 'uuid', () => nextPartyId()),
  perCase(caseParties.caseId, (c) => c.id),
  perCase(caseParties.courtId, (c) => c.courtId),
  perRow(caseParties.role, 'text', (p) => p.role),
  perRow(caseParties.kind, 'text', (p) => p.kind),
  perRow(caseParties.name, 'text', (p) => p.name),
  perRow(caseParties.idNumber, 'text', (p) => p.idNumber),
  perRow(caseParties.creditCode, 'text', (p) => p.creditCode),
  perRow(caseParties.legalRepresentative, 'jsonb', (p) => json(p.legalRepresentative)),
  perRow(caseParties.phone, 'text', (p) => p.phone),
  perRow(caseParties.address, 'text', (p) => p.address),
  perRow(caseParties.payoutAccount, 'jsonb', (p) => json(p.payoutAccount)),
  perRow(caseParties.position, 'int', (p) => p.position),
  perRow(caseParties.filedOn, 'date', (p) => p.filedOn),
  perRow(caseParties.caseNumber, 'text', (p) => p.caseNumber),
];

/** Most nodes carry no data: sent as NULL and stored as `{}`, which spares parsing a jsonb per event. */
const EVENT_COLUMNS: readonly BulkColumn<EventDraft>[] = [
  perCase(caseEvents.caseId, (c) => c.id),
  perCase(caseEvents.courtId, (c) => c.courtId),
  perRow(caseEvents.type, 'text', (e) => e.type),
  perRow(caseEvents.on, 'date', (e) => e.on),
  perRow(caseEvents.at, 'timestamptz', (e) => e.at),
  dictionary(caseEvents.actorId, 'uuid', (e) => e.actorId),
  dictionary(caseEvents.actorName, 'text', (e) => e.actorName),
  perRow(caseEvents.data, 'jsonb', (e) => (isEmpty(e.data) ? null : JSON.stringify(e.data)), `'{}'::jsonb`),
];

const DEADLINE_COLUMNS: readonly BulkColumn<Deadline & { officerId: string | null }>[] = [
  perCase(caseDeadlines.caseId, (c) => c.id),
  perCase(caseDeadlines.courtId, (c) => c.courtId),
  perRow(caseDeadlines.ruleId, 'text', (d) => d.ruleId),
  perRow(caseDeadlines.key, 'text', (d) => d.key),
  perRow(caseDeadlines.dueOn, 'date', (d) => d.dueOn),
  perRow(caseDeadlines.satisfiedOn, 'date', (d) => d.satisfiedOn),
  perRow(caseDeadlines.status, 'text', (d) => d.status),
  dictionary(caseDeadlines.officerId, 'uuid', (d) => d.officerId),
];

function isEmpty(data: Record<string, unknown>): boolean {
  for (const _ in data) return false;
  return true;
}

/** 一案一账号, derived from the number exactly as filing derives it. */
function accountNoOf(draft: CaseDraft): string {
  const typeIndex = CASE_TYPES.findIndex((t) => t.code === draft.type);
  return caseAccountNumber({ courtCode: draft.courtCode, year: draft.year, typeIndex, serial: draft.serial });
}

const self = (draft: CaseDraft) => [draft];

/** The inserts of everything hanging off the cases: parties, timeline, deadlines. */
function dependentInserts(params: string[], drafts: readonly CaseDraft[]): string[] {
  return [
    bulkInsert(params, caseParties, PARTY_COLUMNS, drafts, (d) =>
      d.parties.map((party) => ({ ...party, filedOn: d.filedOn, caseNumber: d.caseNumber })),
    ),
    bulkInsert(params, caseEvents, EVENT_COLUMNS, drafts, (d) => d.events),
    bulkInsert(params, caseDeadlines, DEADLINE_COLUMNS, drafts, (d) =>
      d.deadlines.map((deadline) => ({ ...deadline, officerId: d.officerId })),
    ),
  ].filter((text) => text !== null);
}

/** Several inserts as one statement: `with w0 as (insert …), w1 as (insert …) insert …`. */
async function insertTogether(tx: Tx, inserts: readonly string[], params: readonly string[]) {
  const [last, ...before] = [...inserts].reverse();
  if (last === undefined) return;
  const ctes = before.reverse().map((text, i) => `w${i} as (${text})`);
  const text = ctes.length > 0 ? `with ${ctes.join(', ')} ${last}` : last;
  // Its text depends on the columns only, never on the rows: prepared once per connection.
  await tx.sql.executeSql(text, [...params], { prepare: true });
}

/**
 * Writes numbered drafts (cases, parties, timeline, deadlines) inside the caller's transaction, all
 * four tables in one statement (foreign keys are checked at its end).
 */
export async function writeCases(tx: Tx, drafts: readonly CaseDraft[]): Promise<void> {
  const params: string[] = [];
  const caseRows = bulkInsert(params, cases, CASE_COLUMNS, drafts, self);
  if (caseRows === null) return;
  await insertTogether(tx, [caseRows, ...dependentInserts(params, drafts)], params);
}

/**
 * writeCases for drafts some of which may carry a number already taken (by an earlier row or an
 * earlier draft of the same batch): those are left out with everything that hangs off them. Returns
 * the drafts written.
 */
export async function writeNewCases(tx: Tx, drafts: readonly CaseDraft[]): Promise<CaseDraft[]> {
  const params: string[] = [];
  const skip = 'on conflict (case_number) do nothing returning id';
  const caseRows = bulkInsert(params, cases, CASE_COLUMNS, drafts, self, skip);
  if (caseRows === null) return [];
  const ids = new Set((await tx.sql.executeSql(caseRows, params)).rows.map((row) => String(row.id)));
  const written = drafts.filter((draft) => ids.has(draft.id));
  const rest: string[] = [];
  await insertTogether(tx, dependentInserts(rest, written), rest);
  return written;
}
