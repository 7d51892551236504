import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseParties, cases } from '../cases/schema';

/** A person an entity's restriction binds (Restrict 3): its legal representative and others. */
export interface BoundPerson {
  role: string;
  name: string;
  idNumber: string;
}

/** A temporary lifting of a flight or rail ban (Credit-2019). */
export interface TemporaryLift {
  from: string;
  until: string;
  items: string[];
  reason: string;
}

/** The debtor as the measure names him, copied from the case's party when decided. */
const subjectColumns = {
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id),
  courtId: uuid('court_id').notNull(),
  debtorId: uuid('debtor_id')
    .notNull()
    .references(() => caseParties.id),
  kind: text('kind', { enum: ['person', 'entity'] }).notNull(),
  name: text('name').notNull(),
  idNumber: text('id_number'),
  creditCode: text('credit_code'),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  inForceFrom: date('in_force_from', { mode: 'string' }).notNull(),
  graceMonths: integer('grace_months').notNull().default(0),
  onApplicantRequest: text('requested_by', { enum: ['applicant', 'court'] }).notNull(),
  /** 删除/撤销/解除: the day it ended, and why. */
  endedOn: date('ended_on', { mode: 'string' }),
  endReason: text('end_reason'),
  documentId: uuid('document_id'),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
};

/** 限制消费令 (and 限制出境 as `exitBan`). */
export const creditRestrictions = pgTable(
  'credit_restrictions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...subjectColumns,
    exitBan: boolean('exit_ban').notNull().default(false),
    boundPersons: jsonb('bound_persons').$type<BoundPerson[]>().notNull().default([]),
    temporaryLifts: jsonb('temporary_lifts').$type<TemporaryLift[]>().notNull().default([]),
  },
  (t) => [
    index('credit_restrictions_case_idx').on(t.caseId),
    index('credit_restrictions_name_idx').on(t.name),
  ],
);

/** 失信被执行人名单. */
export const creditListings = pgTable(
  'credit_listings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...subjectColumns,
    ground: integer('ground').notNull(),
    facts: text('facts').notNull(),
    evidence: uuid('evidence').array().notNull().default(sql`'{}'::uuid[]`),
    extensionYears: integer('extension_years').notNull().default(0),
    extensionReason: text('extension_reason'),
    endsOn: date('ends_on', { mode: 'string' }),
    legalRepresentative: text('legal_representative'),
    restrictionId: uuid('restriction_id').references(() => creditRestrictions.id),
    /** Dishonest 8: `state_employee`, `state_organ`, `state_enterprise` or `none`; reported to whom, when. */
    publicRole: text('public_role').notNull().default('none'),
    reportTo: text('report_to'),
    reportedOn: date('reported_on', { mode: 'string' }),
  },
  (t) => [index('credit_listings_case_idx').on(t.caseId), index('credit_listings_name_idx').on(t.name)],
);

/** 纠正申请 (Dishonest 11–12). */
export const creditCorrections = pgTable(
  'credit_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => creditListings.id),
    caseId: uuid('case_id').notNull(),
    courtId: uuid('court_id').notNull(),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    accepted: boolean('accepted'),
    decisionNote: text('decision_note'),
    /** 复议 (Dishonest 12): of a refused correction, to the superior court within 10 days of service. */
    servedOn: date('served_on', { mode: 'string' }),
    reconsiderationRequestedOn: date('reconsideration_requested_on', { mode: 'string' }),
    reconsiderationReason: text('reconsideration_reason'),
    reconsiderationDecidedOn: date('reconsideration_decided_on', { mode: 'string' }),
    reconsiderationDecidedBy: text('reconsideration_decided_by'),
    /** True: the listing revoked (or deleted) on reconsideration; false: the refusal upheld. */
    reconsiderationRevoked: boolean('reconsideration_revoked'),
    reconsiderationNote: text('reconsideration_note'),
  },
  (t) => [index('credit_corrections_listing_idx').on(t.listingId)],
);

/**
 * 申请必要消费 (Restrict 8; Restrict 3 for a bound person paying from his own property): the request,
 * and the court's decision given beforehand.
 */
export const creditConsumptionRequests = pgTable(
  'credit_consumption_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    restrictionId: uuid('restriction_id')
      .notNull()
      .references(() => creditRestrictions.id),
    caseId: uuid('case_id').notNull(),
    courtId: uuid('court_id').notNull(),
    /** `necessary`: needed for life or business; `own_property`: a bound person paying privately. */
    basis: text('basis').notNull(),
    applicant: text('applicant').notNull(),
    /** `debtor`, or the role of the person the restriction binds (BOUND_ROLES). */
    applicantRole: text('applicant_role').notNull(),
    items: jsonb('items').$type<string[]>().notNull(),
    purpose: text('purpose').notNull(),
    from: date('from', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }).notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    requestedBy: text('requested_by').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedBy: text('decided_by'),
    allowed: boolean('allowed'),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('credit_consumption_requests_case_idx').on(t.caseId)],
);

/**
 * The change feed: one row per change of a measure, numbered in commit order (writers hold one
 * advisory lock while they append, so a number is never committed after a larger one). `entry` is
 * the measure's screening state after the change.
 */
export const creditChanges = pgTable('credit_changes', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  measure: text('measure', { enum: ['listing', 'restriction'] }).notNull(),
  recordId: uuid('record_id').notNull(),
  change: text('change').notNull(),
  /** False once the measure no longer applies (lifted, deleted, revoked): the entry says whose it was. */
  active: boolean('active').notNull(),
  entry: jsonb('entry').notNull(),
});

/** Each measure's current screening entry (what the in-memory indexes load at start), by the change that set it. */
export const creditScreening = pgTable('credit_screening', {
  recordId: uuid('record_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  entry: jsonb('entry').notNull(),
});

/** Partners of joint punishment (联合惩戒): airlines, railways, banks, registries, agencies. */
export const partnerKeys = pgTable('partner_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  sector: text('sector').notNull(),
  purpose: text('purpose').notNull(),
  scopes: text('scopes').array().notNull(),
  /** The key's first characters, shown to tell keys apart; the key itself is stored hashed. */
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  /** Screening calls allowed per minute. */
  ratePerMinute: integer('rate_per_minute').notNull(),
  webhookUrl: text('webhook_url'),
  webhookSecret: text('webhook_secret'),
  /** The last change delivered to the webhook. */
  deliveredSeq: bigint('delivered_seq', { mode: 'number' }).notNull().default(0),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Every screening call: partner, purpose and counts, never the numbers in plain. */
export const screeningCalls = pgTable(
  'screening_calls',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    partnerId: uuid('partner_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    purpose: text('purpose').notNull(),
    subjects: integer('subjects').notNull(),
    hits: integer('hits').notNull(),
    errors: integer('errors').notNull(),
  },
  (t) => [index('screening_calls_partner_idx').on(t.partnerId, t.at)],
);

/** The platform's screening digest key (keyed SHA-256 of identity numbers), shared with partners. */
export const creditSettings = pgTable('credit_settings', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});
