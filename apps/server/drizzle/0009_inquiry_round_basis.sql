-- A round's basis, stored once on the round: its queries' payloads leave it out (inquiry/round-requests.ts).
ALTER TABLE "inquiry_rounds" ADD COLUMN "basis" jsonb;