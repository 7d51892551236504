-- Delivery's state moves out of the wide request record into a narrow queue (inquiry/schema.ts): a
-- pending request's progress is its inquiry_queue row; its inquiry_requests row stays `queued` until
-- it is answered or failed. Its foreign keys go (schema.ts says why). Hand-written below: pending
-- requests are carried over, the request partitions keep a fifth of each page free, so that finishing
-- a request is a HOT update, and the queue is vacuumed often.
CREATE TABLE "inquiry_queue" (
	"id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"batch_id" uuid,
	"sent_at" timestamp with time zone,
	"polled_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
INSERT INTO "inquiry_queue" ("id", "institution_id", "court_id", "status", "attempts", "not_before", "lease_until", "batch_id", "sent_at", "polled_at", "last_error")
SELECT "id", "institution_id", "court_id", CASE WHEN "status" = 'queued' THEN 'queued' ELSE 'sent' END, "attempts", "not_before", "lease_until", "batch_id", "sent_at", "polled_at", "last_error"
  FROM "inquiry_requests" WHERE "status" IN ('queued', 'sending', 'sent');
--> statement-breakpoint
UPDATE "inquiry_requests" SET "status" = 'queued' WHERE "status" IN ('sending', 'sent');
--> statement-breakpoint
DO $$
DECLARE part regclass;
BEGIN
  FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'inquiry_requests'::regclass LOOP
    EXECUTE format('ALTER TABLE %s SET (fillfactor = 80)', part);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE "inquiry_requests" DROP CONSTRAINT "inquiry_requests_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "inquiry_requests" DROP CONSTRAINT "inquiry_requests_institution_id_institutions_id_fk";
--> statement-breakpoint
DROP INDEX "inquiry_requests_due_idx";--> statement-breakpoint
DROP INDEX "inquiry_requests_sending_idx";--> statement-breakpoint
DROP INDEX "inquiry_requests_sent_idx";--> statement-breakpoint
CREATE INDEX "inquiry_queue_due_idx" ON "inquiry_queue" USING btree ("institution_id","court_id","not_before") WHERE "inquiry_queue"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "inquiry_queue_sent_idx" ON "inquiry_queue" USING btree ("sent_at") WHERE "inquiry_queue"."status" = 'sent';--> statement-breakpoint
ALTER TABLE "inquiry_requests" DROP COLUMN "not_before";--> statement-breakpoint
ALTER TABLE "inquiry_requests" DROP COLUMN "lease_until";--> statement-breakpoint
ALTER TABLE "inquiry_requests" DROP COLUMN "batch_id";--> statement-breakpoint
ALTER TABLE "inquiry_requests" DROP COLUMN "polled_at";
--> statement-breakpoint
-- A queue: every row is rewritten twice and deleted within seconds; vacuumed after every few thousand
-- dead rows rather than a fifth of the table, so its indexes stay small.
ALTER TABLE "inquiry_queue" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000, autovacuum_vacuum_cost_delay = 0);
