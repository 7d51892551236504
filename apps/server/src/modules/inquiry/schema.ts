import type { AssistResult, Basis, RequestKind } from '@zhixing/assist-protocol';
import {
  bigserial,
  boolean,
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
import { cases } from '../cases/schema';
import type { WireRequest } from './rules';

/**
 * 协助执行单位: the institutions the hub talks to. `key` is the HMAC secret shared with the
 * institution; it is written by an administrator and read only to sign and verify, never presented.
 * The breaker and dispatch-lease columns are technical state on real time.
 */
export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    endpoint: text('endpoint').notNull(),
    key: text('key').notNull(),
    keyUpdatedAt: timestamp('key_updated_at', { withTimezone: true }).notNull(),
    maxBatch: integer('max_batch').notNull().default(1000),
    concurrency: integer('concurrency').notNull().default(2),
    timeoutMs: integer('timeout_ms').notNull().default(10_000),
    supportsFreeze: boolean('supports_freeze').notNull().default(false),
    supportsDeduct: boolean('supports_deduct').notNull().default(false),
    active: boolean('active').notNull().default(true),
    breakerState: text('breaker_state', { enum: ['closed', 'open', 'half_open'] })
      .notNull()
      .default('closed'),
    breakerFailures: integer('breaker_failures').notNull().default(0),
    breakerOpenUntil: timestamp('breaker_open_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** One dispatcher per institution at a time, across all workers: it holds this lease. */
    dispatchLeaseUntil: timestamp('dispatch_lease_until', { withTimezone: true }),
    dispatchOwner: uuid('dispatch_owner'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('institutions_code_idx').on(t.code), index('institutions_category_idx').on(t.category)],
);

/** 一次查控: one query of every (or some) categories for every debtor of a case. */
export const inquiryRounds = pgTable(
  'inquiry_rounds',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    /** The categories asked; empty means all. */
    categories: text('categories').array().notNull(),
    status: text('status', { enum: ['running', 'complete'] }).notNull(),
    total: integer('total').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The basis every query of the round names, stored once: their payloads leave it out. */
    basis: jsonb('basis').$type<Basis>(),
  },
  (t) => [index('inquiry_rounds_case_idx').on(t.caseId, t.startedAt)],
);

/** What a request shows: its row's final status, or while pending its place in the queue. */
export type RequestStatus = 'queued' | 'sent' | 'answered' | 'failed';

/**
 * One request to one institution about one subject: the record of what was asked and answered. The id
 * is the wire `requestId` (a time-ordered UUIDv7), the unit of idempotency, and the partition key: the
 * table is range-partitioned by month on it (migration 0005), so a lookup by id touches one partition.
 * A row is written twice: when it is asked (status `queued`: pending, its progress in inquiry_queue)
 * and when it is finished (`answered` or `failed`, with the result, attempts and times). The second
 * write changes no indexed column, so with the partitions' free space (partitions.ts) it is a HOT
 * update that touches no index.
 */
export const inquiryRequests = pgTable(
  'inquiry_requests',
  {
    id: uuid('id').primaryKey(),
    // No foreign keys: a sweep writes millions of these, and each key's check took a share lock on the
    // case and institution rows (a seventh of the database's work in the sweep benchmark). The hub
    // writes them only from the case and institution rows it has just read, neither is ever deleted
    // (an institution is deactivated), and the request's round references its case.
    caseId: uuid('case_id').notNull(),
    courtId: uuid('court_id').notNull(),
    partyId: uuid('party_id').notNull(),
    institutionId: uuid('institution_id').notNull(),
    roundId: uuid('round_id'),
    assetId: uuid('asset_id'),
    kind: text('kind').$type<RequestKind>().notNull(),
    /** The request as the institution receives it, less its id (and, for a round's queries, the round's basis). */
    payload: jsonb('payload').$type<WireRequest>().notNull(),
    /** `queued` while pending (in inquiry_queue or a batch of inquiry_batches), then `answered` or `failed`. */
    status: text('status').$type<'queued' | 'answered' | 'failed'>().notNull(),
    /** Sends that have ended (answered, failed, or to be sent again). */
    attempts: integer('attempts').notNull().default(0),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    result: jsonb('result').$type<AssistResult>(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('inquiry_requests_case_idx').on(t.caseId, t.roundId)],
);

/**
 * The delivery queue: one narrow row per request waiting to be sent, carrying what the claim sends (its
 * payload, case and round), so that sending never reads the wide record. A claim deletes the rows it
 * takes (a delete writes no index) into one inquiry_batches row; a request that must go again is
 * queued anew. The table holds only what waits; `not_before` is real time (retry backoff).
 */
export const inquiryQueue = pgTable(
  'inquiry_queue',
  {
    /** The request's id (inquiry_requests.id). */
    id: uuid('id').primaryKey(),
    institutionId: uuid('institution_id').notNull(),
    courtId: uuid('court_id').notNull(),
    caseId: uuid('case_id').notNull(),
    roundId: uuid('round_id'),
    /** The record's payload: the wire request less its id and, for a round's queries, the round's basis. */
    payload: jsonb('payload').$type<WireRequest>().notNull(),
    /** Sends of this delivery so far (an officer's retry starts again from 0). */
    attempts: integer('attempts').notNull().default(0),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
  },
  (t) => [
    // What a dispatcher claims: an institution's due requests, court by court.
    index('inquiry_queue_due_idx').on(t.institutionId, t.courtId, t.notBefore),
  ],
);

/**
 * A batch in flight (在途批次): the requests one claim sent to one institution, as arrays, until each
 * is answered or looked up. A request is `sent` while its batch lists it; it is in one place at a
 * time — the queue or one batch — and leaves the batch when it goes again or is given up. Callbacks
 * never write this row: after `pollAfterMs`, with its lease passed, the poller looks up whatever of
 * it is still unanswered and keeps only what the institution says is pending. Times are real time.
 */
export const inquiryBatches = pgTable(
  'inquiry_batches',
  {
    id: uuid('id').primaryKey(),
    institutionId: uuid('institution_id').notNull(),
    requestIds: uuid('request_ids').array().notNull(),
    /** Each request's sends in this delivery, this one included (same order as request_ids). */
    attempts: integer('attempts').array().notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    /** The gateway's timeout and a margin: until then the sending worker may still record its answer. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }).notNull(),
    polledAt: timestamp('polled_at', { withTimezone: true }),
  },
  (t) => [index('inquiry_batches_sent_idx').on(t.sentAt)],
);

/** Nonces of accepted callbacks, shared by every API node, kept as long as the skew window. */
export const assistNonces = pgTable(
  'assist_nonces',
  {
    institutionId: uuid('institution_id').notNull(),
    nonce: text('nonce').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.institutionId, t.nonce] }),
    index('assist_nonces_expiry_idx').on(t.expiresAt),
  ],
);

/**
 * Rounds some of whose requests were just answered or given up: checked for completion after the
 * transaction that finished them has committed (RoundSettler), so that concurrent callbacks never
 * wait for each other over a round they share. Rows are taken and deleted by the check.
 */
export const inquirySettled = pgTable('inquiry_settled', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  roundIds: uuid('round_ids').array().notNull(),
});
