-- inquiry_requests is range-partitioned by month (ARCHITECTURE › Growing past one machine). The key
-- is the id itself: a time-ordered UUIDv7 whose first 48 bits are the instant it was made, so a
-- callback's lookup by request id touches one partition, and the primary key stays (id). The Drizzle
-- schema (inquiry/schema.ts) describes the columns, keys and indexes; PostgreSQL cannot turn a table
-- into a partitioned one, so the table of 0004 (empty here) is made again, partitioned, with the same
-- columns and the same constraint and index names (npm run db:check stays exact). Monthly partitions
-- are created ahead of time by the hub (inquiry/partitions.ts); the default partition takes any id
-- outside them (not time-ordered, or from a month not yet prepared).
ALTER TABLE "inquiry_requests" RENAME TO "inquiry_requests_unpartitioned";
--> statement-breakpoint
CREATE TABLE "inquiry_requests" (LIKE "inquiry_requests_unpartitioned" INCLUDING DEFAULTS) PARTITION BY RANGE ("id");
--> statement-breakpoint
DROP TABLE "inquiry_requests_unpartitioned";
--> statement-breakpoint
ALTER TABLE "inquiry_requests" ADD CONSTRAINT "inquiry_requests_pkey" PRIMARY KEY ("id");
--> statement-breakpoint
ALTER TABLE "inquiry_requests" ADD CONSTRAINT "inquiry_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inquiry_requests" ADD CONSTRAINT "inquiry_requests_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "inquiry_requests_due_idx" ON "inquiry_requests" USING btree ("institution_id","not_before") WHERE "inquiry_requests"."status" = 'queued';
--> statement-breakpoint
CREATE INDEX "inquiry_requests_case_idx" ON "inquiry_requests" USING btree ("case_id","round_id");
--> statement-breakpoint
CREATE INDEX "inquiry_requests_sending_idx" ON "inquiry_requests" USING btree ("lease_until") WHERE "inquiry_requests"."status" = 'sending';
--> statement-breakpoint
CREATE INDEX "inquiry_requests_sent_idx" ON "inquiry_requests" USING btree ("sent_at") WHERE "inquiry_requests"."status" = 'sent';
--> statement-breakpoint
CREATE TABLE "inquiry_requests_default" PARTITION OF "inquiry_requests" DEFAULT;
