import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseParties, cases } from '../cases/schema';
import type { AssetState } from './rules';

/** A control another case (of another court, or of this one) holds on the asset, as the institution reported it. */
export interface ExistingControl {
  court: string;
  position: number;
  until: string;
  amount?: number;
}

/**
 * 财产登记: every asset of a case, found online (entered from the institutions' answers) or offline
 * (entered by hand with evidence), with the court's control of it. One row per (case, institution,
 * assetRef): a later query updates the row it found before. Amounts in fen.
 */
export const assets = pgTable(
  'assets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    /** The debtor (被执行人) who owns it. */
    partyId: uuid('party_id')
      .notNull()
      .references(() => caseParties.id),
    category: text('category').notNull(),
    /** The institution's id in the registry; null for an asset found offline. */
    institutionId: uuid('institution_id'),
    institutionCode: text('institution_code').notNull(),
    institutionName: text('institution_name').notNull(),
    /** The institution's own reference: account number, plate, certificate number … */
    assetRef: text('asset_ref').notNull(),
    description: text('description').notNull(),
    /** Divisible property: the balance. */
    balance: bigint('balance', { mode: 'number' }),
    /** Indivisible property: the value (the institution's estimate or the officer's), when known. */
    value: bigint('value', { mode: 'number' }),
    /** Of the balance, what earlier controls (other courts') already hold. */
    frozenByOthers: bigint('frozen_by_others', { mode: 'number' }).notNull().default(0),
    existingControls: jsonb('existing_controls').$type<ExistingControl[]>().notNull().default([]),
    divisible: boolean('divisible').notNull(),
    state: text('state').$type<AssetState>().notNull(),
    /** What the court's control holds (or asks for, while freezing). */
    controlledAmount: bigint('controlled_amount', { mode: 'number' }).notNull().default(0),
    deductedAmount: bigint('deducted_amount', { mode: 'number' }).notNull().default(0),
    controlId: text('control_id'),
    controlledOn: date('controlled_on', { mode: 'string' }),
    controlUntil: date('control_until', { mode: 'string' }),
    /** 1 = 首封 (first seizure); above 1 = 轮候 (waiting), in order. */
    position: integer('position'),
    foundVia: text('found_via', { enum: ['online', 'offline'] }).notNull(),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    evidence: uuid('evidence').array().notNull().default(sql`'{}'::uuid[]`),
    /** The officer's recorded decision not to control, and why. */
    declinedReason: text('declined_reason'),
    /** A request to the institution on its way: which, and the state to return to if it fails. */
    pendingKind: text('pending_kind'),
    pendingRequestId: uuid('pending_request_id'),
    stateBefore: text('state_before').$type<AssetState>(),
    /** Why the last request failed or was refused by the institution. */
    lastFailure: text('last_failure'),
    leadId: uuid('lead_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('assets_case_institution_ref_idx').on(t.caseId, t.institutionCode, t.assetRef),
    // Controls ending soon, across courts (the expiry warning, supervisors).
    index('assets_until_idx').on(t.courtId, t.controlUntil).where(sql`${t.controlUntil} is not null`),
  ],
);

/**
 * 扣划: each deduction's transfer to the case's own account — the instruction (the notice and the
 * payee) and the institution's confirmation. The funds module books confirmed transfers later
 * (`booked_at`).
 */
export const assetTransfers = pgTable(
  'asset_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    payee: jsonb('payee').$type<{ bankName: string; accountName: string; accountNo: string }>().notNull(),
    documentId: uuid('document_id').notNull(),
    /** The inquiry request that carries it; null when the notice was served offline. */
    requestId: uuid('request_id'),
    status: text('status', { enum: ['instructed', 'confirmed', 'failed'] }).notNull(),
    instructedAt: timestamp('instructed_at', { withTimezone: true }).notNull(),
    /** The institution's transfer id and the amount it moved. */
    transferRef: text('transfer_ref'),
    confirmedAmount: bigint('confirmed_amount', { mode: 'number' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    failure: text('failure'),
    bookedAt: timestamp('booked_at', { withTimezone: true }),
  },
  (t) => [
    index('asset_transfers_case_idx').on(t.caseId),
    index('asset_transfers_unbooked_idx')
      .on(t.courtId)
      .where(sql`${t.status} = 'confirmed' and ${t.bookedAt} is null`),
  ],
);

/** 财产线索: a lead to the debtor's property, from the applicant or anyone else, and its verification. */
export const assetLeads = pgTable(
  'asset_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    /** Who gave it: the applicant (a party of the case) or someone else. */
    fromApplicant: boolean('from_applicant').notNull(),
    reporterName: text('reporter_name').notNull(),
    reporterContact: text('reporter_contact'),
    description: text('description').notNull(),
    /** 明确、具体 — says where the property is. */
    specific: boolean('specific').notNull(),
    /** 紧急 — the property may soon be moved or spent. */
    urgent: boolean('urgent').notNull(),
    /** The period the law gives it (LeadTrack). */
    track: text('track').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    evidence: uuid('evidence').array().notNull().default(sql`'{}'::uuid[]`),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verificationResult: text('verification_result', { enum: ['in_progress', 'confirmed', 'unfounded'] }),
    verificationNote: text('verification_note'),
    /** The asset the lead led to, once registered. */
    assetId: uuid('asset_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('asset_leads_case_idx').on(t.caseId, t.receivedAt)],
);
