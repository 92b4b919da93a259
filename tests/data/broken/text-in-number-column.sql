-- expect: InvalidContent
-- Text in a number column would read as 0 (and an indicator as "Bereikt"): refused.
INSERT INTO local_figure (id, position, value, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000002', 0, 'veel', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
