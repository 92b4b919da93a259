-- expect: UnexpectedSchema
CREATE TRIGGER leak AFTER INSERT ON goal BEGIN UPDATE project SET title = new.title; END;
