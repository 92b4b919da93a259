-- expect: InvalidContent
-- A NUL character early in a long text: SQLite's length() stops at the NUL, so the CHECK
-- on the length passes; the reader measures the whole value and refuses it.
UPDATE chapter_state SET notes = 'a' || char(0) || printf('%.300000c', 'x') WHERE chapter = 'verkenning';
