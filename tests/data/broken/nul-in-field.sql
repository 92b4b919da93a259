-- expect: InvalidContent
-- The same trick in a table field of 500 characters: 3 MB would pass the CHECK.
INSERT INTO local_figure (id, position, area, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000001', 0, 'a' || char(0) || printf('%.3000000c', 'x'),
        '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
