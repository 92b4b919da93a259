-- expect: IncompatibleNewer
-- A future version that dropped a table this version reads.
DROP TABLE project_meta;
PRAGMA user_version = 99;
