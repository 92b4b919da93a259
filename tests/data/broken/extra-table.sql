-- expect: UnexpectedSchema
CREATE TABLE residents (name TEXT, address TEXT);
