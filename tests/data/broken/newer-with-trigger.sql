-- expect: IncompatibleNewer
-- A "newer version" that brings a trigger: refused, even though it only adds.
CREATE TRIGGER wipe AFTER UPDATE ON chapter_state BEGIN DELETE FROM project; END;
PRAGMA user_version = 99;
