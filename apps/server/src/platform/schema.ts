import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Answers to writes sent with an `Idempotency-Key`: the same key from the same user gets the same
 * answer again instead of a second application of the write.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    /** Method and route, plus a digest of the body: a key reused for another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    status: integer('status').notNull(),
    body: jsonb('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** The legal date each daily task last ran for: the tick claims a day once, whichever worker sees it first. */
export const dailyTicks = pgTable('daily_ticks', {
  name: text('name').primaryKey(),
  lastOn: text('last_on').notNull(),
});
