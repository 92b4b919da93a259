-- expect: UnexpectedSchema
-- A trigger that would run on every edit: hostile, must be refused.
CREATE TRIGGER wipe AFTER UPDATE ON chapter_state BEGIN DELETE FROM project; END;
