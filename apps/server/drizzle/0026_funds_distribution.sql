CREATE TABLE "fund_distribution_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"distribution_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"creditor" text NOT NULL,
	"group" text NOT NULL,
	"rank" integer NOT NULL,
	"claimed" bigint NOT NULL,
	"amount" bigint NOT NULL,
	"title" jsonb,
	"title_document_id" uuid,
	"payee" jsonb,
	"joined_on" date NOT NULL,
	"joined_by" text NOT NULL,
	CONSTRAINT "fund_distribution_claims_amount" CHECK ("fund_distribution_claims"."amount" >= 0 and "fund_distribution_claims"."claimed" > 0)
);
--> statement-breakpoint
CREATE TABLE "fund_distribution_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"distribution_id" uuid NOT NULL,
	"objector" text NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text NOT NULL,
	"state" text NOT NULL,
	"filed_on" date NOT NULL,
	"notified_on" date,
	"opposed_on" date,
	"opposed_by" text,
	"suit_filed_on" date,
	"suit_reference" text,
	"ended_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_distributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"debtor_kind" text NOT NULL,
	"state" text NOT NULL,
	"amount" bigint,
	"document_id" uuid,
	"served_on" date,
	"lodging_hold_id" uuid,
	"lodged" bigint DEFAULT 0 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fund_distributions_amount" CHECK ("fund_distributions"."amount" is null or "fund_distributions"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "fund_payouts" ADD COLUMN "distribution_claim_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "fund_distribution_claims_position" ON "fund_distribution_claims" USING btree ("distribution_id","position");--> statement-breakpoint
CREATE INDEX "fund_distribution_objections_distribution" ON "fund_distribution_objections" USING btree ("distribution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_distributions_case" ON "fund_distributions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "fund_payouts_distribution_claim" ON "fund_payouts" USING btree ("distribution_claim_id");