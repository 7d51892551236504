CREATE TABLE "valuation_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"valuation_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"price" bigint,
	"report_no" text,
	"reason" text,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "valuations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"method" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_on" date NOT NULL,
	"due_at" timestamp with time zone,
	"extended" integer DEFAULT 0 NOT NULL,
	"basis" jsonb,
	"draw" jsonb,
	"agencies" text[],
	"agency_index" integer,
	"report_due_on" date,
	"report_extensions" integer DEFAULT 0 NOT NULL,
	"report_no" text,
	"report_received_on" date,
	"served_on" date,
	"served_by_publication" integer DEFAULT 0 NOT NULL,
	"objection_until" date,
	"amount" bigint,
	"determined_on" date,
	"valid_until" date,
	"sale_price" bigint,
	"fee_platform" text,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "valuation_results" ADD CONSTRAINT "valuation_results_valuation_id_valuations_id_fk" FOREIGN KEY ("valuation_id") REFERENCES "public"."valuations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "valuations" ADD CONSTRAINT "valuations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "valuations" ADD CONSTRAINT "valuations_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "valuation_results_platform_idx" ON "valuation_results" USING btree ("valuation_id","platform");--> statement-breakpoint
CREATE INDEX "valuations_asset_idx" ON "valuations" USING btree ("asset_id","started_at");--> statement-breakpoint
CREATE INDEX "valuations_case_idx" ON "valuations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "valuations_due_idx" ON "valuations" USING btree ("status","due_at");