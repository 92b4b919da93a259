-- expect: InvalidContent
DELETE FROM chapter_state WHERE chapter = 'preventie';
