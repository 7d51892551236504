import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema';

/** Why a case left the pool; `removed`: taken out as wrongly pooled (Dormant 18). */
export const POOL_LEFT_REASONS = ['performed', 'terminated', 'restored', 'expired', 'removed'] as const;
/** 执恢 on the court's motion after a find, or on the applicant's request with a new lead (Dormant 9). */
export const RESTORATION_GROUNDS = ['court_found', 'applicant_lead'] as const;

/**
 * 终本案件库: one row per case closed as dormant. `nextDueOn` is the day of its next re-query (the
 * case's id hashed over the cycle's days, rules.ts requeryDueOn); the daily tick takes the rows due.
 */
export const dormantPool = pgTable(
  'dormant_pool',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    enteredOn: date('entered_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** The cycle the next re-query belongs to (1-based); null once the 5 years are over or the case left. */
    cycle: integer('cycle').notNull().default(1),
    nextDueOn: date('next_due_on', { mode: 'string' }),
    lastQueriedOn: date('last_queried_on', { mode: 'string' }),
    lastRoundId: uuid('last_round_id'),
    queries: integer('queries').notNull().default(0),
    found: integer('found').notNull().default(0),
    leftOn: date('left_on', { mode: 'string' }),
    /** `removed`: taken out as wrongly pooled (Dormant 18): off the public search, its ruling unpublished. */
    leftReason: text('left_reason', { enum: POOL_LEFT_REASONS }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('dormant_pool_due_idx').on(t.nextDueOn).where(sql`left_on is null`),
    index('dormant_pool_court_idx').on(t.courtId),
  ],
);

/** 恢复执行: the 执恢 case and the case it restores, linked both ways. */
export const dormantRestorations = pgTable(
  'dormant_restorations',
  {
    restoredId: uuid('restored_id')
      .primaryKey()
      .references(() => cases.id),
    originalId: uuid('original_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    restoredOn: date('restored_on', { mode: 'string' }).notNull(),
    ground: text('ground', { enum: RESTORATION_GROUNDS }).notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('dormant_restorations_original_idx').on(t.originalId)],
);
