-- expect: InvalidContent
-- A title stored as bytes (with an escape sequence in them), not as text.
UPDATE project SET title = x'411b5b33316d524544';
