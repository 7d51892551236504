import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
import type { ClaimChange, Group } from './distribution';
import type { DebtorKind, DistributionState, ObjectionState } from './distribution-rules';
import type { AccountKind, LodgingState, PayoutState, TransferKind, TransferPhase } from './rules';

/**
 * 账户: a case's own account (一案一账号, a virtual sub-account of its court's escrow account) and each
 * court's own books (the escrow account at the bank, unidentified money, fees). The four running
 * totals are maintained by the ledger in the transaction of every transfer, never edited otherwise
 * (TigerBeetle's account shape). A case account may not pay out more than it holds: the check holds
 * even against a bug in the service.
 */
export const fundAccounts = pgTable(
  'fund_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtId: uuid('court_id').notNull(),
    caseId: uuid('case_id'),
    kind: text('kind').$type<AccountKind>().notNull(),
    /** The case's 19-digit account number with its check digit; null for the court's own books. */
    accountNo: text('account_no'),
    debitsPosted: bigint('debits_posted', { mode: 'number' }).notNull().default(0),
    creditsPosted: bigint('credits_posted', { mode: 'number' }).notNull().default(0),
    debitsPending: bigint('debits_pending', { mode: 'number' }).notNull().default(0),
    creditsPending: bigint('credits_pending', { mode: 'number' }).notNull().default(0),
    /** Debits (posted and pending) may not exceed posted credits: a case's money, held for it. */
    noOverdraft: boolean('no_overdraft').notNull(),
    closed: boolean('closed').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('fund_accounts_account_no').on(table.accountNo),
    uniqueIndex('fund_accounts_case').on(table.caseId),
    uniqueIndex('fund_accounts_court_book').on(table.courtId, table.kind).where(sql`case_id is null`),
    check(
      'fund_accounts_no_overdraft',
      sql`not ${table.noOverdraft} or ${table.debitsPosted} + ${table.debitsPending} <= ${table.creditsPosted}`,
    ),
    check(
      'fund_accounts_totals_nonnegative',
      sql`${table.debitsPosted} >= 0 and ${table.creditsPosted} >= 0 and ${table.debitsPending} >= 0 and ${table.creditsPending} >= 0`,
    ),
  ],
);

/**
 * 分录: every movement is one transfer from a debit account to a credit account, under a unique key,
 * append-only. Two-phase holds: a `pending` transfer reserves the amount; a later `post` or `void`
 * transfer names it (`pendingId`), at most once (unique), and moves the reservation to posted or back.
 */
export const fundTransfers = pgTable(
  'fund_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The idempotency key: a transfer asked twice under one key is booked once. */
    key: text('key').notNull(),
    courtId: uuid('court_id').notNull(),
    /** The case the movement concerns (its account's side), for the case's statement. */
    caseId: uuid('case_id'),
    debitAccountId: uuid('debit_account_id').notNull(),
    creditAccountId: uuid('credit_account_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    kind: text('kind').$type<TransferKind>().notNull(),
    phase: text('phase').$type<TransferPhase>().notNull(),
    pendingId: uuid('pending_id'),
    /** The legal date (Asia/Shanghai, platform clock) and instant of booking. */
    on: date('on', { mode: 'string' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorName: text('actor_name').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    uniqueIndex('fund_transfers_key').on(table.key),
    // Only a hold's end carries pending_id: the rest (nearly every transfer) stays out of the index.
    uniqueIndex('fund_transfers_pending_once').on(table.pendingId).where(sql`${table.pendingId} is not null`),
    index('fund_transfers_case').on(table.caseId, table.at),
    check('fund_transfers_amount_positive', sql`${table.amount} > 0`),
    check('fund_transfers_two_accounts', sql`${table.debitAccountId} <> ${table.creditAccountId}`),
    check(
      'fund_transfers_phase_pending',
      sql`(${table.phase} in ('post', 'void')) = (${table.pendingId} is not null)`,
    ),
  ],
);

/**
 * 银行流水: each line of the court's escrow account statement as the bank sent it (signed), kept once
 * per (bank, line id): a line sent twice is absorbed. Matched to a case by account number, or left
 * unidentified (不明款) for finance to match by hand.
 */
export const fundStatementLines = pgTable(
  'fund_statement_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionCode: text('institution_code').notNull(),
    lineId: text('line_id').notNull(),
    /** The bank's running number of the line on the escrow account (reconciliation reads by it). */
    seq: integer('seq'),
    courtId: uuid('court_id'),
    /** The account the payer named (a case's sub-account, perhaps mistyped). */
    accountNo: text('account_no').notNull(),
    /** Positive: money in; negative: money out (a payout the bank carried out). */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    payerName: text('payer_name').notNull(),
    payerAccountNo: text('payer_account_no'),
    reference: text('reference'),
    /** `deposit`, `deduction` (for a court's deduct request), `payout`. */
    bankKind: text('bank_kind').notNull(),
    /** The bank's transfer id, and for a deduction the hub's request id. */
    bankTransferId: text('bank_transfer_id').notNull(),
    requestId: text('request_id'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    state: text('state').$type<'matched' | 'unidentified' | 'confirmation'>().notNull(),
    caseId: uuid('case_id'),
    transferId: uuid('transfer_id'),
    matchedOn: date('matched_on', { mode: 'string' }),
    matchedBy: text('matched_by'),
  },
  (table) => [
    uniqueIndex('fund_statement_lines_line').on(table.institutionCode, table.lineId),
    // Finance's list of unidentified money: the matched lines (nine in ten) are not indexed.
    index('fund_statement_lines_unidentified')
      .on(table.receivedOn)
      .where(sql`${table.state} = 'unidentified'`),
    index('fund_statement_lines_case').on(table.caseId),
  ],
);

export interface Payee {
  accountNo: string;
  accountName: string;
  bankName?: string;
}

/**
 * 发款: an officer proposes (the amount held pending on the case's account), the head approves (the
 * payout notice to finance), finance executes through the bank, the bank confirms (the hold posted);
 * a refused or failed payout voids its hold.
 */
export const fundPayouts = pgTable(
  'fund_payouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    courtId: uuid('court_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    payee: jsonb('payee').$type<Payee>().notNull(),
    state: text('state').$type<PayoutState>().notNull(),
    holdId: uuid('hold_id').notNull(),
    reason: text('reason'),
    proposedBy: text('proposed_by').notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    approvedBy: text('approved_by'),
    approvedOn: date('approved_on', { mode: 'string' }),
    executedBy: text('executed_by'),
    executedOn: date('executed_on', { mode: 'string' }),
    paidOn: date('paid_on', { mode: 'string' }),
    /** The instruction id sent to the bank: the bank carries one instruction out once. */
    instructionId: text('instruction_id').notNull(),
    bankTransferId: text('bank_transfer_id'),
    failure: text('failure'),
    /** The share of a distribution among creditors (参与分配) this payout pays, if any. */
    distributionClaimId: uuid('distribution_claim_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('fund_payouts_case').on(table.caseId),
    index('fund_payouts_distribution_claim').on(table.distributionClaimId),
    index('fund_payouts_state').on(table.state, table.courtId),
    uniqueIndex('fund_payouts_instruction').on(table.instructionId),
    check('fund_payouts_amount_positive', sql`${table.amount} > 0`),
  ],
);

/**
 * 争议款暂缓发放/提存: disputed money held on the case's account with a reason (a pending transfer to
 * the court's `lodged` book), approved or refused by the head, released when the dispute is settled.
 */
export const fundLodgings = pgTable(
  'fund_lodgings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    courtId: uuid('court_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    state: text('state').$type<LodgingState>().notNull(),
    holdId: uuid('hold_id').notNull(),
    proposedBy: text('proposed_by').notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    endedBy: text('ended_by'),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('fund_lodgings_case').on(table.caseId),
    check('fund_lodgings_amount_positive', sql`${table.amount} > 0`),
  ],
);

/** A difference between the bank's statement and the platform's books: shown to finance, never absorbed. */
export interface ReconciliationException {
  /** `missing`: a bank line the platform never received (booked now); `not_at_bank`: a line the bank
   * does not list; `mismatch`: the same line with another amount or account. */
  kind: 'missing' | 'not_at_bank' | 'mismatch';
  lineId: string;
  accountNo: string;
  amount: number;
  detail: string;
}

/** 对账: one comparison of the escrow account's statement (lines after the last one compared) with the books. */
export const fundReconciliations = pgTable(
  'fund_reconciliations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionCode: text('institution_code').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    fromSeq: integer('from_seq').notNull(),
    toSeq: integer('to_seq').notNull(),
    bankLines: integer('bank_lines').notNull(),
    exceptions: jsonb('exceptions').$type<ReconciliationException[]>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('fund_reconciliations_latest').on(table.institutionCode, table.toSeq)],
);

/**
 * 参与分配: one debtor's money on a case's account among the creditors who joined (CPL-Interp 506–510).
 * `amount` and the plan's document are set when the plan is drawn and served; the plan itself follows
 * from the claims (`distribute`), so it is recomputed, never stored apart from them. The disputed money
 * of running suits is held by one pending transfer to the court's `lodged` book (`lodging_hold_id`).
 */
export const fundDistributions = pgTable(
  'fund_distributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    courtId: uuid('court_id').notNull(),
    debtorKind: text('debtor_kind').$type<DebtorKind>().notNull(),
    state: text('state').$type<DistributionState>().notNull(),
    amount: bigint('amount', { mode: 'number' }),
    documentId: uuid('document_id'),
    servedOn: date('served_on', { mode: 'string' }),
    lodgingHoldId: uuid('lodging_hold_id'),
    lodged: bigint('lodged', { mode: 'number' }).notNull().default(0),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('fund_distributions_case').on(table.caseId),
    check('fund_distributions_amount', sql`${table.amount} is null or ${table.amount} >= 0`),
  ],
);

/** A creditor's written joining (申请参与分配), with the title it rests on and the amount admitted. */
export const fundDistributionClaims = pgTable(
  'fund_distribution_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    distributionId: uuid('distribution_id').notNull(),
    /** Order of joining: the remainder rule's tie-break. */
    position: integer('position').notNull(),
    creditor: text('creditor').notNull(),
    group: text('group').$type<Group>().notNull(),
    rank: integer('rank').notNull(),
    /** As joined, and as admitted in the plan (revised by an objection that succeeds). */
    claimed: bigint('claimed', { mode: 'number' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    /** 执行依据: the title named (document number, issuing court), and the copy in the case's dossier. */
    title: jsonb('title').$type<{ documentNumber: string; issuingCourt: string }>(),
    titleDocumentId: uuid('title_document_id'),
    payee: jsonb('payee').$type<Payee>(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    joinedBy: text('joined_by').notNull(),
  },
  (table) => [
    uniqueIndex('fund_distribution_claims_position').on(table.distributionId, table.position),
    check('fund_distribution_claims_amount', sql`${table.amount} >= 0 and ${table.claimed} > 0`),
  ],
);

/** 分配方案异议 and what followed: the others told, an opposition, the objector's suit, its end. */
export const fundDistributionObjections = pgTable(
  'fund_distribution_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    distributionId: uuid('distribution_id').notNull(),
    objector: text('objector').notNull(),
    changes: jsonb('changes').$type<ClaimChange[]>().notNull(),
    reason: text('reason').notNull(),
    state: text('state').$type<ObjectionState>().notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    notifiedOn: date('notified_on', { mode: 'string' }),
    opposedOn: date('opposed_on', { mode: 'string' }),
    opposedBy: text('opposed_by'),
    suitFiledOn: date('suit_filed_on', { mode: 'string' }),
    suitReference: text('suit_reference'),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('fund_distribution_objections_distribution').on(table.distributionId)],
);
