-- Slotwise store on PostgreSQL, before version 1: the schema's JSON columns are CLOB (H2's name for long text),
-- which PostgreSQL calls TEXT. This domain lets version 1 and every later migration run on both as written.
CREATE DOMAIN CLOB AS TEXT;
