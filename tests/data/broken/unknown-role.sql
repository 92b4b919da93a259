-- expect: InvalidContent
INSERT INTO organisation (id, position, name, roles, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-0000000000dd', 0, 'X', 'spion', 't', 't');
