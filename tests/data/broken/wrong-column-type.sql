-- expect: UnexpectedSchema
DROP TABLE project_meta;
CREATE TABLE project_meta (id INTEGER PRIMARY KEY, key BLOB, value BLOB, created_at TEXT, updated_at TEXT);
