-- A case's timeline is read by case id, for many cases at once in the daily sweep. The timeline is
-- stored case by case, and ANALYZE's sample then counts several times too few distinct case ids
-- (171,155 for a million cases), so the planner expects ~55 nodes per case and reads the whole
-- table instead of the index. A case has about ten nodes: the count is set as that fraction.
ALTER TABLE "case_events" ALTER COLUMN "case_id" SET (n_distinct = -0.1);--> statement-breakpoint
ANALYZE "case_events";
