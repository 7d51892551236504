CREATE TABLE "auction_forfeits" (
	"auction_id" uuid PRIMARY KEY NOT NULL,
	"asset_id" uuid NOT NULL,
	"deposit" bigint NOT NULL,
	"costs" bigint NOT NULL,
	"reserved" bigint NOT NULL,
	"settled_by" uuid,
	"split" jsonb,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "auction_in_kind" (
	"auction_id" uuid PRIMARY KEY NOT NULL,
	"taker_party_id" uuid NOT NULL,
	"taker_case_id" uuid NOT NULL,
	"price" bigint NOT NULL,
	"settled" bigint NOT NULL,
	"difference" bigint NOT NULL,
	"ruling_document_id" uuid NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"taken_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auctions" ADD COLUMN "sale_tuning" jsonb;--> statement-breakpoint
ALTER TABLE "auction_forfeits" ADD CONSTRAINT "auction_forfeits_auction_id_auctions_id_fk" FOREIGN KEY ("auction_id") REFERENCES "public"."auctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auction_in_kind" ADD CONSTRAINT "auction_in_kind_auction_id_auctions_id_fk" FOREIGN KEY ("auction_id") REFERENCES "public"."auctions"("id") ON DELETE no action ON UPDATE no action;