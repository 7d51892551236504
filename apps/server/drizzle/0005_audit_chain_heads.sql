CREATE TABLE "audit_chain_heads" (
	"chain" text PRIMARY KEY NOT NULL,
	"chain_seq" integer NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
-- Each existing chain's head: its newest entry's place and hash, and the hash before it.
INSERT INTO "audit_chain_heads" ("chain", "chain_seq", "prev_hash", "hash") SELECT DISTINCT ON ("chain") "chain", "chain_seq", "prev_hash", "hash" FROM "audit_entries" ORDER BY "chain", "chain_seq" DESC;
