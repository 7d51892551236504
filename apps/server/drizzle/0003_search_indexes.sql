CREATE INDEX "case_deadlines_pending_idx" ON "case_deadlines" USING btree ("court_id","due_on","case_id") WHERE "case_deadlines"."satisfied_on" is null;--> statement-breakpoint
CREATE INDEX "case_parties_name_prefix_idx" ON "case_parties" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_number_prefix_idx" ON "cases" USING btree ("case_number" text_pattern_ops);