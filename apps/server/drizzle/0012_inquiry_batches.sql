-- A claim moves its requests out of the queue into one row per batch (inquiry/schema.ts): a request
-- waits in inquiry_queue, carrying what is sent, and is in flight in one inquiry_batches row. The
-- record's `sent_at` goes (a sent request's batch has it). Hand-written below: queued rows get their
-- case, round and payload from the record; sent ones become the batches they were claimed in.
CREATE TABLE "inquiry_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"request_ids" uuid[] NOT NULL,
	"attempts" integer[] NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone NOT NULL,
	"polled_at" timestamp with time zone
);
--> statement-breakpoint
INSERT INTO "inquiry_batches" ("id", "institution_id", "request_ids", "attempts", "sent_at", "lease_until", "polled_at")
SELECT coalesce("batch_id", gen_random_uuid()), "institution_id", array_agg("id"), array_agg("attempts"),
       min(coalesce("sent_at", now())), max(coalesce("lease_until", now())), max("polled_at")
  FROM "inquiry_queue" WHERE "status" = 'sent' GROUP BY "batch_id", "institution_id";
--> statement-breakpoint
DELETE FROM "inquiry_queue" WHERE "status" = 'sent';
--> statement-breakpoint
DROP INDEX "inquiry_queue_sent_idx";--> statement-breakpoint
DROP INDEX "inquiry_queue_due_idx";--> statement-breakpoint
ALTER TABLE "inquiry_queue" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "inquiry_queue" ADD COLUMN "round_id" uuid;--> statement-breakpoint
ALTER TABLE "inquiry_queue" ADD COLUMN "payload" jsonb;--> statement-breakpoint
UPDATE "inquiry_queue" q SET "case_id" = r."case_id", "round_id" = r."round_id", "payload" = r."payload"
  FROM "inquiry_requests" r WHERE r."id" = q."id";
--> statement-breakpoint
ALTER TABLE "inquiry_queue" ALTER COLUMN "case_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiry_queue" ALTER COLUMN "payload" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "inquiry_batches_sent_idx" ON "inquiry_batches" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "inquiry_queue_due_idx" ON "inquiry_queue" USING btree ("institution_id","court_id","not_before");--> statement-breakpoint
ALTER TABLE "inquiry_queue" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "inquiry_queue" DROP COLUMN "lease_until";--> statement-breakpoint
ALTER TABLE "inquiry_queue" DROP COLUMN "batch_id";--> statement-breakpoint
ALTER TABLE "inquiry_queue" DROP COLUMN "sent_at";--> statement-breakpoint
ALTER TABLE "inquiry_queue" DROP COLUMN "polled_at";--> statement-breakpoint
ALTER TABLE "inquiry_requests" DROP COLUMN "sent_at";
