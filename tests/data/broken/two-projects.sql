-- expect: InvalidContent
INSERT INTO project (id, gemeente, title, start_year, horizon_years, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-000000000002', 'Gemeente B', 'Tweede', 2026, 3, '2026-01-01T00:00:00.000Z',
        '2026-01-01T00:00:00.000Z');
