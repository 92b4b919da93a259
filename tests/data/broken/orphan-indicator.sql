-- expect: InvalidContent
INSERT INTO indicator (id, goal_id, position, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-0000000000aa', '00000000-0000-4000-8000-0000000000bb', 0, 't', 't');
