-- expect: UnexpectedSchema
CREATE VIEW everything AS SELECT * FROM chapter_state;
