// `journeyboard migrate FILE [-o OUT]`: rewrite a map in the current file version.
#pragma once

// argv[1] is "migrate". Returns the exit code: 0 written, 1 failed (nothing changed), 2 usage.
int RunMigrateCommand(int argc, char** argv);

// The note `check` adds for a file that is not of the current version ("" when it is).
const char* SchemaNote(int file_schema);
