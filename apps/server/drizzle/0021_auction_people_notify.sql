CREATE TABLE "auction_bars" (
	"asset_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"auction_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "auction_bars_asset_id_person_id_pk" PRIMARY KEY("asset_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "auction_bidders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"auction_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"deposit_due" bigint NOT NULL,
	"hold_id" uuid,
	"deposit_state" text NOT NULL,
	"priority_rank" integer,
	"applicant" boolean NOT NULL,
	"registered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auction_bids" (
	"auction_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"bidder_id" uuid NOT NULL,
	"bidder_number" integer NOT NULL,
	"amount" bigint NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "auction_bids_auction_id_seq_pk" PRIMARY KEY("auction_id","seq")
);
--> statement-breakpoint
CREATE TABLE "auction_handover" (
	"auction_id" uuid NOT NULL,
	"node" text NOT NULL,
	"due_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"done_by" text,
	CONSTRAINT "auction_handover_auction_id_node_pk" PRIMARY KEY("auction_id","node")
);
--> statement-breakpoint
CREATE TABLE "auctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"court_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"mode" text NOT NULL,
	"state" text NOT NULL,
	"title" text NOT NULL,
	"property_class" text NOT NULL,
	"start_price" bigint NOT NULL,
	"deposit" bigint NOT NULL,
	"increment" bigint NOT NULL,
	"reference_price" bigint,
	"reference_valuation_id" uuid,
	"reference_method" text,
	"announced_at" timestamp with time zone NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"scheduled_ends_at" timestamp with time zone NOT NULL,
	"current_price" bigint,
	"leader_bidder_id" uuid,
	"leader_priority_rank" integer,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"bidder_count" integer DEFAULT 0 NOT NULL,
	"priority_purchasers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ended_at" timestamp with time zone,
	"winner_bidder_id" uuid,
	"final_price" bigint,
	"balance_due_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notify_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"template" text NOT NULL,
	"body" jsonb NOT NULL,
	"state" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"real_name" text NOT NULL,
	"id_number" text NOT NULL,
	"phone" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"person_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "person_sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "auction_bidders" ADD CONSTRAINT "auction_bidders_auction_id_auctions_id_fk" FOREIGN KEY ("auction_id") REFERENCES "public"."auctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auction_bidders" ADD CONSTRAINT "auction_bidders_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auction_bids" ADD CONSTRAINT "auction_bids_auction_id_auctions_id_fk" FOREIGN KEY ("auction_id") REFERENCES "public"."auctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auction_handover" ADD CONSTRAINT "auction_handover_auction_id_auctions_id_fk" FOREIGN KEY ("auction_id") REFERENCES "public"."auctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auctions" ADD CONSTRAINT "auctions_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_codes" ADD CONSTRAINT "person_codes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_sessions" ADD CONSTRAINT "person_sessions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "auction_bidders_person" ON "auction_bidders" USING btree ("auction_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "auction_bidders_number" ON "auction_bidders" USING btree ("auction_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "auctions_asset_round" ON "auctions" USING btree ("asset_id","mode","round") WHERE state not in ('defaulted', 'cancelled');--> statement-breakpoint
CREATE INDEX "auctions_state_ends_idx" ON "auctions" USING btree ("state","ends_at");--> statement-breakpoint
CREATE INDEX "notify_outbox_created_idx" ON "notify_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "people_id_number" ON "people" USING btree ("id_number");--> statement-breakpoint
CREATE UNIQUE INDEX "people_phone" ON "people" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "person_codes_person_idx" ON "person_codes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_sessions_person_idx" ON "person_sessions" USING btree ("person_id");