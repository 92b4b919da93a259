-- expect: UnexpectedSchema
ALTER TABLE chapter_state ADD COLUMN secret TEXT;
