-- expect: InvalidContent
-- A start year that is not a whole number would be read as 2020 in silence.
UPDATE project SET start_year = 2020.5;
