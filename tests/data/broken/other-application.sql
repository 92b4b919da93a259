-- expect: OtherApplication
PRAGMA application_id = 1234;
