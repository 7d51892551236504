-- The cases at a million: list indexes with their backfills, audit chain heads, timeline statistics.
DROP INDEX "case_deadlines_due_idx";--> statement-breakpoint
DROP INDEX "case_parties_name_prefix_idx";--> statement-breakpoint
DROP INDEX "cases_number_prefix_idx";--> statement-breakpoint
DROP INDEX "cases_court_filed_idx";--> statement-breakpoint
DROP INDEX "case_deadlines_officer_idx";--> statement-breakpoint
DROP INDEX "cases_number_idx";--> statement-breakpoint
DROP INDEX "cases_officer_idx";--> statement-breakpoint
ALTER TABLE "case_parties" ADD COLUMN "filed_on" date;--> statement-breakpoint
ALTER TABLE "case_parties" ADD COLUMN "case_number" text;--> statement-breakpoint
-- Existing parties take their case's filing date and number, then the columns become required.
UPDATE "case_parties" p SET "filed_on" = c."filed_on", "case_number" = c."case_number" FROM "cases" c WHERE c."id" = p."case_id";--> statement-breakpoint
ALTER TABLE "case_parties" ALTER COLUMN "filed_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "case_parties" ALTER COLUMN "case_number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "next_deadline_rule_id" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "next_deadline_on" date;--> statement-breakpoint
-- Each existing case's unmet deadline due first (ties: by rule id), as the service now keeps it.
UPDATE "cases" c SET "next_deadline_rule_id" = d."rule_id", "next_deadline_on" = d."due_on" FROM (SELECT DISTINCT ON ("case_id") "case_id", "rule_id", "due_on" FROM "case_deadlines" WHERE "satisfied_on" IS NULL ORDER BY "case_id", "due_on", "rule_id") d WHERE d."case_id" = c."id";--> statement-breakpoint
CREATE INDEX "case_parties_name_idx" ON "case_parties" USING btree ("court_id","name" text_pattern_ops,"filed_on","case_number","case_id");--> statement-breakpoint
CREATE INDEX "cases_list_idx" ON "cases" USING btree ("court_id","filed_on","case_number","status","next_deadline_on");--> statement-breakpoint
CREATE INDEX "cases_due_idx" ON "cases" USING btree ("court_id","next_deadline_on","status");--> statement-breakpoint
CREATE INDEX "cases_court_number_idx" ON "cases" USING btree ("court_id","case_number" text_pattern_ops,"filed_on");--> statement-breakpoint
CREATE INDEX "cases_closed_idx" ON "cases" USING btree ("court_id","closed_on","status","filed_on","case_number") WHERE "cases"."closed_on" is not null;--> statement-breakpoint
CREATE INDEX "case_deadlines_officer_idx" ON "case_deadlines" USING btree ("officer_id","due_on") WHERE "case_deadlines"."satisfied_on" is null and "case_deadlines"."officer_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_idx" ON "cases" USING btree ("case_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_officer_idx" ON "cases" USING btree ("officer_id","filed_on","case_number") WHERE "cases"."officer_id" is not null;--> statement-breakpoint
CREATE TABLE "audit_chain_heads" (
	"chain" text PRIMARY KEY NOT NULL,
	"chain_seq" integer NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
-- Each existing chain's head: its newest entry's place and hash, and the hash before it.
INSERT INTO "audit_chain_heads" ("chain", "chain_seq", "prev_hash", "hash") SELECT DISTINCT ON ("chain") "chain", "chain_seq", "prev_hash", "hash" FROM "audit_entries" ORDER BY "chain", "chain_seq" DESC;
--> statement-breakpoint
-- A case's timeline is read by case id, for many cases at once in the daily sweep. The timeline is
-- stored case by case, and ANALYZE's sample then counts several times too few distinct case ids
-- (171,155 for a million cases), so the planner expects ~55 nodes per case and reads the whole
-- table instead of the index. A case has about ten nodes: the count is set as that fraction.
ALTER TABLE "case_events" ALTER COLUMN "case_id" SET (n_distinct = -0.1);--> statement-breakpoint
ANALYZE "case_events";
