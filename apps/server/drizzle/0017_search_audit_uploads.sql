ALTER TABLE "documents" ALTER COLUMN "content" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "storage_key" text;--> statement-breakpoint
CREATE INDEX "audit_case_idx" ON "audit_entries" USING btree ("case_id","seq") WHERE "audit_entries"."case_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_entries" USING btree ("actor_id","seq");--> statement-breakpoint
CREATE INDEX "case_parties_name_trgm_idx" ON "case_parties" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_number_trgm_idx" ON "cases" USING gin ("case_number" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_content_stored" CHECK (("documents"."content" is null) <> ("documents"."storage_key" is null));