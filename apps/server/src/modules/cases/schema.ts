import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { courts, users } from '../org/schema';

export interface BasisDocument {
  documentNumber: string;
  issuingCourt: string;
  kind: 'judgment' | 'ruling' | 'mediation' | 'arbitration' | 'notarial' | 'other';
  effectiveOn: string;
  duty: string;
}

/** 执行案件. Every table of a case carries case_id and court_id, so it can be distributed by court. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtId: uuid('court_id')
      .notNull()
      .references(() => courts.id),
    caseNumber: text('case_number').notNull(), // 案号
    year: integer('year').notNull(),
    type: text('type').notNull(),
    serial: integer('serial').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    basis: jsonb('basis').$type<BasisDocument>().notNull(), // 执行依据
    basisEffectiveOn: date('basis_effective_on', { mode: 'string' }).notNull(),
    claimAmount: bigint('claim_amount', { mode: 'number' }).notNull(), // fen
    accountNo: text('account_no').notNull(), // 一案一账号
    paidAmount: bigint('paid_amount', { mode: 'number' }).notNull().default(0),
    officerId: uuid('officer_id').references(() => users.id),
    flag: text('flag', { enum: ['major', 'difficult', 'complex', 'sensitive'] }), // 四类案件
    closedOn: date('closed_on', { mode: 'string' }),
    closingMethod: text('closing_method'),
    /** Party names and numbers, for `q` search. */
    searchText: text('search_text').notNull(),
    /**
     * The unmet deadline due first (see `case_deadlines`), kept with the case so that lists filter
     * and show it without reading the deadlines: overdue is `next_deadline_on < today`.
     */
    nextDeadlineRuleId: text('next_deadline_rule_id'),
    nextDeadlineOn: date('next_deadline_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // Unique, and with text_pattern_ops it also serves prefix search (LIKE 'x%' under any collation).
    uniqueIndex('cases_number_idx').on(t.caseNumber.op('text_pattern_ops')),
    // Lists read a court's cases newest first (filed_on, then the unique case number) from this index
    // alone: status and the next deadline are in it, so their filters and counts need no table reads.
    index('cases_list_idx').on(t.courtId, t.filedOn, t.caseNumber, t.status, t.nextDeadlineOn),
    // Counts by deadline state and status (overdue: a range of next_deadline_on), from the index alone.
    index('cases_due_idx').on(t.courtId, t.nextDeadlineOn, t.status),
    // A case number's beginning within the user's court (counted from the index alone).
    index('cases_court_number_idx').on(t.courtId, t.caseNumber.op('text_pattern_ops'), t.filedOn),
    // Search by any part of a case number (京0105执12号 without its year): trigrams (pg_trgm).
    index('cases_number_trgm_idx').using('gin', t.caseNumber.op('gin_trgm_ops')),
    // An officer's cases, newest first; a filing (no officer yet) writes nothing to it.
    index('cases_officer_idx')
      .on(t.officerId, t.filedOn, t.caseNumber)
      .where(sql`${t.officerId} is not null`),
    // Closed cases by closing date (本月结案), from the index alone; a filing writes nothing to it.
    index('cases_closed_idx')
      .on(t.courtId, t.closedOn, t.status, t.filedOn, t.caseNumber)
      .where(sql`${t.closedOn} is not null`),
  ],
);

/** 申请执行人 and 被执行人. */
export const caseParties = pgTable(
  'case_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    role: text('role', { enum: ['applicant', 'debtor'] }).notNull(),
    kind: text('kind', { enum: ['person', 'entity'] }).notNull(),
    name: text('name').notNull(),
    idNumber: text('id_number'),
    creditCode: text('credit_code'),
    legalRepresentative: jsonb('legal_representative').$type<{ name: string; idNumber?: string }>(),
    phone: text('phone'),
    address: text('address'),
    payoutAccount: jsonb('payout_account').$type<{
      bankName: string;
      accountNo: string;
      accountName: string;
    }>(),
    position: integer('position').notNull(),
    /** The case's filing date and number, copied (neither ever changes): the order lists sort by. */
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    caseNumber: text('case_number').notNull(),
  },
  (t) => [
    index('case_parties_case_idx').on(t.caseId),
    // Search by the beginning of a party's name within a court, newest case first, from the index
    // alone: a common prefix (a bank's name) matches thousands of parties, none read from the table.
    index('case_parties_name_idx').on(
      t.courtId,
      t.name.op('text_pattern_ops'),
      t.filedOn,
      t.caseNumber,
      t.caseId,
    ),
    // Search by any part of a name (淑国 finds 王淑国): trigrams (pg_trgm), any court.
    index('case_parties_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

/** The timeline: every node of a case, with who, when and the evidence. Append-only. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    type: text('type').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    evidence: uuid('evidence').array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

/** Case-number serials per court, type and year: taken in the filing transaction, so no gaps. */
export const caseSerials = pgTable(
  'case_serials',
  {
    courtId: uuid('court_id').notNull(),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courtId, t.type, t.year] })],
);

/**
 * Each open case's derived deadlines, kept current on every event and by the daily sweep, so that
 * lists can filter by deadline state and supervisors can find what is late across many cases.
 */
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    ruleId: text('rule_id').notNull(),
    /** The instance of a keyed rule (an asset id, a lead id); '' for a rule with one deadline a case. */
    key: text('key').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    satisfiedOn: date('satisfied_on', { mode: 'string' }),
    status: text('status').notNull(),
    officerId: uuid('officer_id'),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.ruleId, t.key] }),
    // Lists filter on unmet deadlines only (due soon: a range of due_on): a partial index holds just those.
    index('case_deadlines_pending_idx').on(t.courtId, t.dueOn, t.caseId).where(sql`${t.satisfiedOn} is null`),
    // 我的期限: an officer's unmet deadlines by due date. A new case has no officer yet, so a filing
    // writes nothing to this index.
    index('case_deadlines_officer_idx')
      .on(t.officerId, t.dueOn)
      .where(sql`${t.satisfiedOn} is null and ${t.officerId} is not null`),
  ],
);

/**
 * 繁简分流: each triaged case's current track (the timeline's last `triage.*` node, kept here so that
 * lists filter by it and the daily sweep finds simple cases past their period without reading events).
 */
export const caseTriage = pgTable(
  'case_triage',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    track: text('track', { enum: ['simple', 'normal'] }).notNull(),
    /** The day the case went on this track (marked, corrected or moved). */
    since: date('since', { mode: 'string' }).notNull(),
    /** An officer's correction set the track (the test's answer is then not re-applied). */
    corrected: integer('corrected').notNull().default(0),
  },
  (t) => [index('case_triage_track_idx').on(t.track, t.since)],
);
