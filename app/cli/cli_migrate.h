// `journeyboard migrate FILE [-o OUT]`: rewrite a map in the current file version.
#pragma once

// argv[1] is "migrate". Returns the exit code: 0 written, 1 failed (nothing changed), 2 usage.
int RunMigrateCommand(int argc, char** argv);

// The note `check` adds for a file that is not of the current version ("" when it is).
const char* SchemaNote(int file_schema);

#include <cstdio>
#include <string>
// Prints "PREFIX: MESSAGE" as one line: text from a file or a path (line breaks, terminal
// escapes, bidi controls) is shown escaped, so it cannot add lines or steer the terminal.
void PrintLine(FILE* out, const char* prefix, const std::string& message);
// Whether two paths name one file (symbolic links followed), or are the same text.
bool SameFile(const std::string& a, const std::string& b);
// Whether the file at `path` exists and starts like a PNG picture.
bool IsPngFile(const std::string& path);
