ALTER TABLE "valuations" ADD COLUMN "reissue_of" uuid;--> statement-breakpoint
ALTER TABLE "valuations" ADD COLUMN "stayed_since" date;--> statement-breakpoint
ALTER TABLE "valuations" ADD COLUMN "stays" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "valuations" ADD COLUMN "returns" jsonb DEFAULT '[]'::jsonb NOT NULL;