ALTER TABLE "audit_entries" ADD COLUMN "case_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_case_idx" ON "audit_entries" USING btree ("case_id","seq") WHERE "audit_entries"."case_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_entries" USING btree ("actor_id","seq");