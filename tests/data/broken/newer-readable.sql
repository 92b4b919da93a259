-- expect: ReadOnlyNewerVersion
-- A future version that only added a table: shown read-only.
CREATE TABLE future_things (id TEXT PRIMARY KEY NOT NULL);
PRAGMA user_version = 99;
