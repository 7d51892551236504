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
CREATE INDEX "fund_lodgings_case" ON "fund_lodgings" USING btree ("case_id");