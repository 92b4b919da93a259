-- expect: Corrupt
-- (quick_check also checks CHECK constraints, so this is caught as damage)
-- Bypasses the CHECK constraint the way a hand-edited file could.
PRAGMA ignore_check_constraints = 1;
UPDATE chapter_state SET notes = printf('%.300000c', 'x') WHERE chapter = 'verkenning';
