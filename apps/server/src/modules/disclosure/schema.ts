import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema';

/**
 * 当事人通知 outbox: what the parties are to be told (Opinion-2021 14: property found and controlled is
 * pushed to them). Written in the transaction of the change it reports; the party portal and the
 * message channels (a later issue) deliver rows and set `delivered_at`.
 */
export const partyNotifications = pgTable(
  'party_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    /** The party told; null for every party of the case. */
    partyId: uuid('party_id'),
    kind: text('kind').notNull(),
    /** What happened, for the party's eyes (the presenter of the later issue masks what it must). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [index('party_notifications_case_idx').on(t.caseId, t.createdAt)],
);
