-- expect: Ok
-- ANALYZE, as any SQLite tool may run it, adds SQLite's statistics table: still our file.
ANALYZE;
