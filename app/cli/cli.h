// The command line (DESIGN.md): users and scripts rely on its words and exit codes.
#pragma once

// Runs a command (`check`, `--help`, `--version`, ...) and returns its exit code, or -1 when
// the arguments ask for the window; then *file is the map to open (empty: the worked example).
#include <string>
// *invite (when given) is set by `--invite`: start inviting participants at once (issue #15).
int RunCommandLine(int argc, char** argv, std::string* file, bool* invite = nullptr);
// `journeyboard export ...` with the arguments after "export" (app/cli_export.cpp).
int RunExportCommand(int argc, char** argv);
