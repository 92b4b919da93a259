-- expect: UnexpectedSchema
CREATE INDEX notes_index ON chapter_state (notes);
