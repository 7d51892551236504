ALTER TABLE "audit_entries" ADD COLUMN "case_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_case_idx" ON "audit_entries" USING btree ("case_id","seq") WHERE "audit_entries"."case_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_entries" USING btree ("actor_id","seq");--> statement-breakpoint
CREATE INDEX "case_parties_name_trgm_idx" ON "case_parties" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_number_trgm_idx" ON "cases" USING gin ("case_number" gin_trgm_ops);