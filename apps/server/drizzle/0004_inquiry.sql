CREATE TABLE "assist_nonces" (
	"institution_id" uuid NOT NULL,
	"nonce" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assist_nonces_institution_id_nonce_pk" PRIMARY KEY("institution_id","nonce")
);
--> statement-breakpoint
CREATE TABLE "inquiry_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"round_id" uuid,
	"asset_id" uuid,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"batch_id" uuid,
	"sent_at" timestamp with time zone,
	"polled_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"result" jsonb,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inquiry_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"categories" text[] NOT NULL,
	"status" text NOT NULL,
	"total" integer NOT NULL,
	"started_on" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"endpoint" text NOT NULL,
	"key" text NOT NULL,
	"key_updated_at" timestamp with time zone NOT NULL,
	"max_batch" integer DEFAULT 1000 NOT NULL,
	"concurrency" integer DEFAULT 2 NOT NULL,
	"timeout_ms" integer DEFAULT 10000 NOT NULL,
	"supports_freeze" boolean DEFAULT false NOT NULL,
	"supports_deduct" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"breaker_state" text DEFAULT 'closed' NOT NULL,
	"breaker_failures" integer DEFAULT 0 NOT NULL,
	"breaker_open_until" timestamp with time zone,
	"last_error" text,
	"dispatch_lease_until" timestamp with time zone,
	"dispatch_owner" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inquiry_requests" ADD CONSTRAINT "inquiry_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_requests" ADD CONSTRAINT "inquiry_requests_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_rounds" ADD CONSTRAINT "inquiry_rounds_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assist_nonces_expiry_idx" ON "assist_nonces" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "inquiry_requests_due_idx" ON "inquiry_requests" USING btree ("institution_id","not_before") WHERE "inquiry_requests"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "inquiry_requests_case_idx" ON "inquiry_requests" USING btree ("case_id","round_id");--> statement-breakpoint
CREATE INDEX "inquiry_requests_sending_idx" ON "inquiry_requests" USING btree ("lease_until") WHERE "inquiry_requests"."status" = 'sending';--> statement-breakpoint
CREATE INDEX "inquiry_requests_sent_idx" ON "inquiry_requests" USING btree ("sent_at") WHERE "inquiry_requests"."status" = 'sent';--> statement-breakpoint
CREATE INDEX "inquiry_rounds_case_idx" ON "inquiry_rounds" USING btree ("case_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_code_idx" ON "institutions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "institutions_category_idx" ON "institutions" USING btree ("category");