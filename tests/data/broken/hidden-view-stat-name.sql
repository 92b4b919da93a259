-- expect: UnexpectedSchema
-- A view under a statistics-like name that is not SQLite's own, written into the schema.
CREATE VIEW hidden AS SELECT * FROM project;
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET name = 'sqlite_stat1', tbl_name = 'sqlite_stat1',
    sql = replace(sql, 'hidden', 'sqlite_stat1') WHERE name = 'hidden';
