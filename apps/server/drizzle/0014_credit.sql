CREATE TABLE "credit_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"measure" text NOT NULL,
	"record_id" uuid NOT NULL,
	"change" text NOT NULL,
	"active" boolean NOT NULL,
	"entry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"requested_on" date NOT NULL,
	"decided_on" date,
	"accepted" boolean,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "credit_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"debtor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"id_number" text,
	"credit_code" text,
	"decided_on" date NOT NULL,
	"in_force_from" date NOT NULL,
	"grace_months" integer DEFAULT 0 NOT NULL,
	"requested_by" text NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"document_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"ground" integer NOT NULL,
	"facts" text NOT NULL,
	"evidence" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"extension_years" integer DEFAULT 0 NOT NULL,
	"extension_reason" text,
	"ends_on" date,
	"legal_representative" text,
	"restriction_id" uuid
);
--> statement-breakpoint
CREATE TABLE "credit_restrictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"debtor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"id_number" text,
	"credit_code" text,
	"decided_on" date NOT NULL,
	"in_force_from" date NOT NULL,
	"grace_months" integer DEFAULT 0 NOT NULL,
	"requested_by" text NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"document_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"exit_ban" boolean DEFAULT false NOT NULL,
	"bound_persons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"temporary_lifts" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_screening" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"entry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_settings" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"purpose" text NOT NULL,
	"scopes" text[] NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"rate_per_minute" integer NOT NULL,
	"webhook_url" text,
	"webhook_secret" text,
	"delivered_seq" bigint DEFAULT 0 NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "partner_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "screening_calls" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"purpose" text NOT NULL,
	"subjects" integer NOT NULL,
	"hits" integer NOT NULL,
	"errors" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_corrections" ADD CONSTRAINT "credit_corrections_listing_id_credit_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."credit_listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD CONSTRAINT "credit_listings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD CONSTRAINT "credit_listings_debtor_id_case_parties_id_fk" FOREIGN KEY ("debtor_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD CONSTRAINT "credit_listings_restriction_id_credit_restrictions_id_fk" FOREIGN KEY ("restriction_id") REFERENCES "public"."credit_restrictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_restrictions" ADD CONSTRAINT "credit_restrictions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_restrictions" ADD CONSTRAINT "credit_restrictions_debtor_id_case_parties_id_fk" FOREIGN KEY ("debtor_id") REFERENCES "public"."case_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_corrections_listing_idx" ON "credit_corrections" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "credit_listings_case_idx" ON "credit_listings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "credit_listings_name_idx" ON "credit_listings" USING btree ("name");--> statement-breakpoint
CREATE INDEX "credit_restrictions_case_idx" ON "credit_restrictions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "credit_restrictions_name_idx" ON "credit_restrictions" USING btree ("name");--> statement-breakpoint
CREATE INDEX "screening_calls_partner_idx" ON "screening_calls" USING btree ("partner_id","at");