import {
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema';
import type { ConsentRecord, TransferState } from './rules';

/**
 * 执转破: one transfer of one case's enterprise debtor for bankruptcy review, from the consultation of
 * the parties to the bankruptcy court's answer. A case has at most one transfer (a refused one is not
 * repeated, Bankruptcy 19).
 */
export const bankruptcyTransfers = pgTable(
  'bankruptcy_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    debtorPartyId: uuid('debtor_party_id').notNull(),
    debtorName: text('debtor_name').notNull(),
    creditCode: text('credit_code').notNull(),
    state: text('state').$type<TransferState>().notNull(),
    consents: jsonb('consents').$type<ConsentRecord[]>().notNull().default([]),
    panel: jsonb('panel').$type<{ members: string[]; agreed: boolean; opinion: string; on: string }>(),
    bankruptcyCourt: text('bankruptcy_court'),
    presidentName: text('president_name'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionDocumentId: uuid('decision_document_id'),
    servedOn: date('served_on', { mode: 'string' }),
    answeredOn: date('answered_on', { mode: 'string' }),
    accepted: text('accepted', { enum: ['yes', 'no'] }),
    ruling: text('ruling'),
    declaredOn: date('declared_on', { mode: 'string' }),
    materialsReturnedOn: date('materials_returned_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('bankruptcy_transfers_case_idx').on(t.caseId),
    index('bankruptcy_transfers_code_idx').on(t.creditCode),
  ],
);

/** Every case (any court) suspended by a transfer decision: the same debtor's credit code. */
export const bankruptcySuspensions = pgTable(
  'bankruptcy_suspensions',
  {
    transferId: uuid('transfer_id')
      .notNull()
      .references(() => bankruptcyTransfers.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    caseNumber: text('case_number').notNull(),
    suspendedOn: date('suspended_on', { mode: 'string' }).notNull(),
    resumedOn: date('resumed_on', { mode: 'string' }),
    terminatedOn: date('terminated_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.transferId, t.caseId] }),
    index('bankruptcy_suspensions_case_idx').on(t.caseId),
  ],
);
