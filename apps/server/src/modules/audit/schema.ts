import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
    /**
     * The case the entry concerns, when it concerns one (a case, one of its assets or leads): an index
     * for reading the log by case, outside the hash — the hashed `subject` is what the entry attests.
     */
    caseId: uuid('case_id'),
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_chain_seq_idx').on(t.chain, t.chainSeq),
    index('audit_case_idx').on(t.caseId, t.seq).where(sql`${t.caseId} is not null`),
    index('audit_actor_idx').on(t.actorId, t.seq),
  ],
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
