-- expect: Corrupt
-- (quick_check also checks CHECK constraints, so this is caught as damage)
PRAGMA ignore_check_constraints = 1;
UPDATE project SET start_year = -5;
