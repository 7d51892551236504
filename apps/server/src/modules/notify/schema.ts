import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * 通知发件箱: every message to a member of the public is first a row here, written in the transaction
 * that causes it; a channel adapter delivers it. The embedded demo records messages (`channel` `sms`,
 * `state` `recorded`) and an administrator reads them on the outbox page.
 */
export const notifyOutbox = pgTable(
  'notify_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    /** The message in both languages. */
    body: jsonb('body').$type<{ zh: string; en: string }>().notNull(),
    state: text('state').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [index('notify_outbox_created_idx').on(t.createdAt)],
);
