CREATE TABLE "rule_parameter_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rule_id" text NOT NULL,
	"name" text NOT NULL,
	"value" integer,
	"effective_from" date NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rule_parameter_changes_rule_idx" ON "rule_parameter_changes" USING btree ("rule_id","name","effective_from");--> statement-breakpoint
-- Values set before the history existed become changes in force from the day they were set.
INSERT INTO "rule_parameter_changes" ("rule_id", "name", "value", "effective_from", "reason", "changed_at", "changed_by")
SELECT "rule_id", "name", "value", ("updated_at" AT TIME ZONE 'Asia/Shanghai')::date, '', "updated_at", "updated_by"
FROM "rule_parameters";
--> statement-breakpoint
DROP TABLE "rule_parameters" CASCADE;
