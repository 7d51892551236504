CREATE TABLE "daily_ticks" (
	"name" text PRIMARY KEY NOT NULL,
	"last_on" text NOT NULL
);
