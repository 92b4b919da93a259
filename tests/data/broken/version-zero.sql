-- expect: TooOld
PRAGMA user_version = 0;
