import { bigserial, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * 全程留痕: the append-only audit log. Entries form one hash chain per court (`chain`), so courts
 * append side by side and each chain is verified on its own; `seq` orders the whole log.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    chain: text('chain').notNull(),
    chainSeq: integer('chain_seq').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    courtId: uuid('court_id'),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('audit_chain_seq_idx').on(t.chain, t.chainSeq)],
);

/**
 * Each chain's newest place: its `chain_seq` and `hash`, and the `prev_hash` before it. Appending
 * advances the head in the same statement that inserts the entry; the head's row lock serialises the
 * appends to one chain until commit. Verification checks each chain ends where its head says.
 */
export const auditChainHeads = pgTable('audit_chain_heads', {
  chain: text('chain').primaryKey(),
  chainSeq: integer('chain_seq').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
