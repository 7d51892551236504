ALTER TABLE "credit_listings" ADD COLUMN "public_role" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD COLUMN "report_to" text;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD COLUMN "reported_on" date;