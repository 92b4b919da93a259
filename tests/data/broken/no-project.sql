-- expect: InvalidContent
DELETE FROM project;
