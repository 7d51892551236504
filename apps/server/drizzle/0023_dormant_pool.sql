CREATE TABLE "dormant_pool" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"court_id" uuid NOT NULL,
	"entered_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"cycle" integer DEFAULT 1 NOT NULL,
	"next_due_on" date,
	"last_queried_on" date,
	"last_round_id" uuid,
	"queries" integer DEFAULT 0 NOT NULL,
	"found" integer DEFAULT 0 NOT NULL,
	"left_on" date,
	"left_reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dormant_restorations" (
	"restored_id" uuid PRIMARY KEY NOT NULL,
	"original_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"restored_on" date NOT NULL,
	"ground" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dormant_pool" ADD CONSTRAINT "dormant_pool_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dormant_restorations" ADD CONSTRAINT "dormant_restorations_restored_id_cases_id_fk" FOREIGN KEY ("restored_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dormant_restorations" ADD CONSTRAINT "dormant_restorations_original_id_cases_id_fk" FOREIGN KEY ("original_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dormant_pool_due_idx" ON "dormant_pool" USING btree ("next_due_on") WHERE left_on is null;--> statement-breakpoint
CREATE INDEX "dormant_pool_court_idx" ON "dormant_pool" USING btree ("court_id");--> statement-breakpoint
CREATE INDEX "dormant_restorations_original_idx" ON "dormant_restorations" USING btree ("original_id");