CREATE TABLE "credit_consumption_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"restriction_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"applicant" text NOT NULL,
	"applicant_role" text NOT NULL,
	"items" jsonb NOT NULL,
	"purpose" text NOT NULL,
	"from" date NOT NULL,
	"until" date NOT NULL,
	"requested_on" date NOT NULL,
	"requested_by" text NOT NULL,
	"decided_on" date,
	"decided_by" text,
	"allowed" boolean,
	"decision_note" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_lodgings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"reason" text NOT NULL,
	"state" text NOT NULL,
	"hold_id" uuid NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_on" date NOT NULL,
	"decided_by" text,
	"decided_on" date,
	"ended_by" text,
	"ended_on" date,
	"end_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fund_lodgings_amount_positive" CHECK ("fund_lodgings"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "credit_corrections" ADD COLUMN "served_on" date;--> statement-breakpoint
ALTER TABLE "credit_corrections" ADD COLUMN "reconsideration_requested_on" date;--> statement-breakpoint
ALTER TABLE "credit_corrections" ADD COLUMN "reconsideration_reason" text;--> statement-breakpoint
ALTER TABLE "credit_corrections" ADD COLUMN "reconsideration_decided_on" date;--> statement-breakpoint
ALTER TABLE "credit_corrections" ADD COLUMN "reconsideration_decided_by" text;--> statement-breakpoint
ALTER TABLE "credit_corrections" ADD COLUMN "reconsideration_revoked" boolean;--> statement-breakpoint
ALTER TABLE "credit_corrections" ADD COLUMN "reconsideration_note" text;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD COLUMN "public_role" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD COLUMN "report_to" text;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD COLUMN "reported_on" date;--> statement-breakpoint
ALTER TABLE "credit_consumption_requests" ADD CONSTRAINT "credit_consumption_requests_restriction_id_credit_restrictions_id_fk" FOREIGN KEY ("restriction_id") REFERENCES "public"."credit_restrictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_consumption_requests_case_idx" ON "credit_consumption_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "fund_lodgings_case" ON "fund_lodgings" USING btree ("case_id");