-- expect: Corrupt
-- (quick_check also checks CHECK constraints, so this is caught as damage)
PRAGMA ignore_check_constraints = 1;
UPDATE chapter_state SET chapter = 'onbekend' WHERE chapter = 'preventie';
