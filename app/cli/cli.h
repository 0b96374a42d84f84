// The command line (DESIGN.md): users and scripts rely on its words and exit codes.
#pragma once

// Runs a command (`check`, `--help`, `--version`, ...) and returns its exit code, or -1 when
// the arguments ask for the window; then *file is the map to open (empty: the worked example).
#include <string>
int RunCommandLine(int argc, char** argv, std::string* file);
// `journeyboard export ...` with the arguments after "export" (app/cli_export.cpp).
int RunExportCommand(int argc, char** argv);
// `journeyboard report ...` with the arguments after "report" (app/cli/cli_report.cpp).
int RunReportCommand(int argc, char** argv);
