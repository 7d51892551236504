CREATE TABLE "inquiry_settled" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"round_ids" uuid[] NOT NULL
);
