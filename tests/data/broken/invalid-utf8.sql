-- expect: Ok
-- Bytes that are not UTF-8 in a text field: shown with replacement characters, never a crash.
UPDATE chapter_state SET notes = CAST(X'48E96C6C6FC328FF' AS TEXT) WHERE chapter = 'verkenning';
