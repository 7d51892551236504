CREATE TABLE "fund_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"court_id" uuid NOT NULL,
	"case_id" uuid,
	"kind" text NOT NULL,
	"account_no" text,
	"debits_posted" bigint DEFAULT 0 NOT NULL,
	"credits_posted" bigint DEFAULT 0 NOT NULL,
	"debits_pending" bigint DEFAULT 0 NOT NULL,
	"credits_pending" bigint DEFAULT 0 NOT NULL,
	"no_overdraft" boolean NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fund_accounts_no_overdraft" CHECK (not "fund_accounts"."no_overdraft" or "fund_accounts"."debits_posted" + "fund_accounts"."debits_pending" <= "fund_accounts"."credits_posted"),
	CONSTRAINT "fund_accounts_totals_nonnegative" CHECK ("fund_accounts"."debits_posted" >= 0 and "fund_accounts"."credits_posted" >= 0 and "fund_accounts"."debits_pending" >= 0 and "fund_accounts"."credits_pending" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_payouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"payee" jsonb NOT NULL,
	"state" text NOT NULL,
	"hold_id" uuid NOT NULL,
	"reason" text,
	"proposed_by" text NOT NULL,
	"proposed_on" date NOT NULL,
	"approved_by" text,
	"approved_on" date,
	"executed_by" text,
	"executed_on" date,
	"paid_on" date,
	"instruction_id" text NOT NULL,
	"bank_transfer_id" text,
	"failure" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fund_payouts_amount_positive" CHECK ("fund_payouts"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "fund_reconciliations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_code" text NOT NULL,
	"on" date NOT NULL,
	"from_seq" integer NOT NULL,
	"to_seq" integer NOT NULL,
	"bank_lines" integer NOT NULL,
	"exceptions" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_statement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_code" text NOT NULL,
	"line_id" text NOT NULL,
	"seq" integer,
	"court_id" uuid,
	"account_no" text NOT NULL,
	"amount" bigint NOT NULL,
	"payer_name" text NOT NULL,
	"payer_account_no" text,
	"reference" text,
	"bank_kind" text NOT NULL,
	"bank_transfer_id" text NOT NULL,
	"request_id" text,
	"received_on" date NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"state" text NOT NULL,
	"case_id" uuid,
	"transfer_id" uuid,
	"matched_on" date,
	"matched_by" text
);
--> statement-breakpoint
CREATE TABLE "fund_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"court_id" uuid NOT NULL,
	"case_id" uuid,
	"debit_account_id" uuid NOT NULL,
	"credit_account_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"kind" text NOT NULL,
	"phase" text NOT NULL,
	"pending_id" uuid,
	"on" date NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_name" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "fund_transfers_amount_positive" CHECK ("fund_transfers"."amount" > 0),
	CONSTRAINT "fund_transfers_two_accounts" CHECK ("fund_transfers"."debit_account_id" <> "fund_transfers"."credit_account_id"),
	CONSTRAINT "fund_transfers_phase_pending" CHECK (("fund_transfers"."phase" in ('post', 'void')) = ("fund_transfers"."pending_id" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "fund_accounts_account_no" ON "fund_accounts" USING btree ("account_no");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_accounts_case" ON "fund_accounts" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_accounts_court_book" ON "fund_accounts" USING btree ("court_id","kind") WHERE case_id is null;--> statement-breakpoint
CREATE INDEX "fund_payouts_case" ON "fund_payouts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "fund_payouts_state" ON "fund_payouts" USING btree ("state","court_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_payouts_instruction" ON "fund_payouts" USING btree ("instruction_id");--> statement-breakpoint
CREATE INDEX "fund_reconciliations_latest" ON "fund_reconciliations" USING btree ("institution_code","to_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_statement_lines_line" ON "fund_statement_lines" USING btree ("institution_code","line_id");--> statement-breakpoint
CREATE INDEX "fund_statement_lines_unidentified" ON "fund_statement_lines" USING btree ("state","received_on");--> statement-breakpoint
CREATE INDEX "fund_statement_lines_case" ON "fund_statement_lines" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_transfers_key" ON "fund_transfers" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_transfers_pending_once" ON "fund_transfers" USING btree ("pending_id");--> statement-breakpoint
CREATE INDEX "fund_transfers_case" ON "fund_transfers" USING btree ("case_id","at");