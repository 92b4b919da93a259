-- expect: UnexpectedSchema
-- A trigger named to look like SQLite's own statistics table (written into the schema
-- directly, as a crafted file can): only the exact statistics tables are exempt from the
-- schema check, so it is refused (and with triggers off it would never fire anyway).
CREATE TRIGGER hidden AFTER UPDATE ON chapter_state BEGIN UPDATE chapter_state SET notes = ''; END;
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET name = 'sqlite_stat_x', sql = replace(sql, 'hidden', 'sqlite_stat_x')
    WHERE name = 'hidden';
