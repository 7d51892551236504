import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * 公众账户: members of the public (bidders now, parties and lawyers later), apart from court users.
 * A person signs up with real name, identity number (or unified social credit code) and phone; the
 * account is confirmed by a one-time code sent to the phone through the outbox.
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['person', 'organisation'] }).notNull(),
    realName: text('real_name').notNull(),
    /** Identity number (GB 11643) or unified social credit code (GB 32100), checked. */
    idNumber: text('id_number').notNull(),
    phone: text('phone').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('people_id_number').on(t.idNumber), uniqueIndex('people_phone').on(t.phone)],
);

/** One-time codes (stored hashed), each good for 10 minutes and 5 attempts. */
export const personCodes = pgTable(
  'person_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('person_codes_person_idx').on(t.personId)],
);

/** Public sessions: their own cookie (`zx_person`) and table, never a court user's. */
export const personSessions = pgTable(
  'person_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('person_sessions_person_idx').on(t.personId)],
);
