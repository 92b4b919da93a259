-- expect: Ok
-- A file that another tool switched to WAL opens, and is switched back to a rollback journal.
PRAGMA journal_mode = WAL;
