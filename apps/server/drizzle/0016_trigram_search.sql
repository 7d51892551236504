-- Trigram matching (pg_trgm) for the case search: any part of a party's name or of a case number.
-- On PGlite the extension is loaded by openPglite; on PostgreSQL it ships with the server's contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
