CREATE TABLE "bankruptcy_suspensions" (
	"transfer_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"suspended_on" date NOT NULL,
	"resumed_on" date,
	"terminated_on" date,
	CONSTRAINT "bankruptcy_suspensions_transfer_id_case_id_pk" PRIMARY KEY("transfer_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "bankruptcy_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"debtor_party_id" uuid NOT NULL,
	"debtor_name" text NOT NULL,
	"credit_code" text NOT NULL,
	"state" text NOT NULL,
	"consents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"panel" jsonb,
	"bankruptcy_court" text,
	"president_name" text,
	"decided_on" date,
	"decision_document_id" uuid,
	"served_on" date,
	"answered_on" date,
	"accepted" text,
	"ruling" text,
	"declared_on" date,
	"materials_returned_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_triage" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"court_id" uuid NOT NULL,
	"track" text NOT NULL,
	"since" date NOT NULL,
	"corrected" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bankruptcy_suspensions" ADD CONSTRAINT "bankruptcy_suspensions_transfer_id_bankruptcy_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."bankruptcy_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankruptcy_suspensions" ADD CONSTRAINT "bankruptcy_suspensions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankruptcy_transfers" ADD CONSTRAINT "bankruptcy_transfers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_triage" ADD CONSTRAINT "case_triage_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bankruptcy_suspensions_case_idx" ON "bankruptcy_suspensions" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bankruptcy_transfers_case_idx" ON "bankruptcy_transfers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "bankruptcy_transfers_code_idx" ON "bankruptcy_transfers" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "case_triage_track_idx" ON "case_triage" USING btree ("track","since");