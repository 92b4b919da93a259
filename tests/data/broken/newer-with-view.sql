-- expect: IncompatibleNewer
-- A "newer version" that brings a view (here one that never ends): the format has no
-- views in any version, so it is refused without running it.
CREATE VIEW endless AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n;
PRAGMA user_version = 99;
