CREATE TABLE "asset_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"from_applicant" boolean NOT NULL,
	"reporter_name" text NOT NULL,
	"reporter_contact" text,
	"description" text NOT NULL,
	"specific" boolean NOT NULL,
	"urgent" boolean NOT NULL,
	"track" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"evidence" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"verified_at" timestamp with time zone,
	"verification_result" text,
	"verification_note" text,
	"asset_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"payee" jsonb NOT NULL,
	"document_id" uuid NOT NULL,
	"request_id" uuid,
	"status" text NOT NULL,
	"instructed_at" timestamp with time zone NOT NULL,
	"transfer_ref" text,
	"confirmed_amount" bigint,
	"confirmed_at" timestamp with time zone,
	"failure" text,
	"booked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"category" text NOT NULL,
	"institution_id" uuid,
	"institution_code" text NOT NULL,
	"institution_name" text NOT NULL,
	"asset_ref" text NOT NULL,
	"description" text NOT NULL,
	"balance" bigint,
	"value" bigint,
	"frozen_by_others" bigint DEFAULT 0 NOT NULL,
	"existing_controls" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"divisible" boolean NOT NULL,
	"state" text NOT NULL,
	"controlled_amount" bigint DEFAULT 0 NOT NULL,
	"deducted_amount" bigint DEFAULT 0 NOT NULL,
	"control_id" text,
	"controlled_on" date,
	"control_until" date,
	"position" integer,
	"found_via" text NOT NULL,
	"found_on" date NOT NULL,
	"evidence" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"declined_reason" text,
	"pending_kind" text,
	"pending_request_id" uuid,
	"state_before" text,
	"last_failure" text,
	"lead_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_parameters" (
	"rule_id" text NOT NULL,
	"name" text NOT NULL,
	"value" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "rule_parameters_rule_id_name_pk" PRIMARY KEY("rule_id","name")
);
--> statement-breakpoint
CREATE TABLE "party_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"party_id" uuid,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD COLUMN "key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_deadlines" DROP CONSTRAINT "case_deadlines_case_id_rule_id_pk";--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_rule_id_key_pk" PRIMARY KEY("case_id","rule_id","key");--> statement-breakpoint
ALTER TABLE "asset_leads" ADD CONSTRAINT "asset_leads_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_transfers" ADD CONSTRAINT "asset_transfers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_transfers" ADD CONSTRAINT "asset_transfers_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_party_id_case_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_notifications" ADD CONSTRAINT "party_notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asset_leads_case_idx" ON "asset_leads" USING btree ("case_id","received_at");--> statement-breakpoint
CREATE INDEX "asset_transfers_case_idx" ON "asset_transfers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "asset_transfers_unbooked_idx" ON "asset_transfers" USING btree ("court_id") WHERE "asset_transfers"."status" = 'confirmed' and "asset_transfers"."booked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "assets_case_institution_ref_idx" ON "assets" USING btree ("case_id","institution_code","asset_ref");--> statement-breakpoint
CREATE INDEX "assets_until_idx" ON "assets" USING btree ("court_id","control_until") WHERE "assets"."control_until" is not null;--> statement-breakpoint
CREATE INDEX "party_notifications_case_idx" ON "party_notifications" USING btree ("case_id","created_at");