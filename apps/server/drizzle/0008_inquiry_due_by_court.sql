-- The dispatcher claims an institution's due requests court by court (inquiry/delivery.ts, claim).
DROP INDEX "inquiry_requests_due_idx";--> statement-breakpoint
CREATE INDEX "inquiry_requests_due_idx" ON "inquiry_requests" USING btree ("institution_id","court_id","not_before") WHERE "inquiry_requests"."status" = 'queued';