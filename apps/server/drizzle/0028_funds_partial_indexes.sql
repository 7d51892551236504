DROP INDEX "fund_statement_lines_unidentified";--> statement-breakpoint
DROP INDEX "fund_transfers_pending_once";--> statement-breakpoint
CREATE INDEX "fund_statement_lines_unidentified" ON "fund_statement_lines" USING btree ("received_on") WHERE "fund_statement_lines"."state" = 'unidentified';--> statement-breakpoint
CREATE UNIQUE INDEX "fund_transfers_pending_once" ON "fund_transfers" USING btree ("pending_id") WHERE "fund_transfers"."pending_id" is not null;