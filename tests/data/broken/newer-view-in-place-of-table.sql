-- expect: IncompatibleNewer
-- A "newer version" whose project table is a view that multiplies rows without end:
-- views are off on every connection, so reading it fails at once instead of running.
ALTER TABLE project RENAME TO project_rows;
CREATE VIEW project AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)
    SELECT p.* FROM project_rows p, n;
PRAGMA user_version = 99;
