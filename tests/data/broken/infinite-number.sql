-- expect: InvalidContent
-- Infinity in a number column (1e999 is stored as +Inf) is no figure a user could enter.
INSERT INTO local_figure (id, position, value, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000003', 0, 1e999, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
