-- expect: InvalidContent
INSERT INTO goal (id, position, horizon_date, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-0000000000cc', 0, '2026-13-45', 't', 't');
