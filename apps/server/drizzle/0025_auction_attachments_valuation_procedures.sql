CREATE TABLE "auction_attachments" (
	"auction_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "auction_attachments_auction_id_document_id_pk" PRIMARY KEY("auction_id","document_id")
);
--> statement-breakpoint
ALTER TABLE "valuations" ADD COLUMN "reissue_of" uuid;--> statement-breakpoint
ALTER TABLE "valuations" ADD COLUMN "stayed_since" date;--> statement-breakpoint
ALTER TABLE "valuations" ADD COLUMN "stays" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "valuations" ADD COLUMN "returns" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "auction_attachments" ADD CONSTRAINT "auction_attachments_auction_id_auctions_id_fk" FOREIGN KEY ("auction_id") REFERENCES "public"."auctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auction_attachments" ADD CONSTRAINT "auction_attachments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;