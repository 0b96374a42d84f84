// The command line (DESIGN.md): users and scripts rely on its words and exit codes.
#pragma once

#include <string>

// What the arguments ask of the window: `journeyboard [FILE] [--present] [--projector-window X,Y,W,H]`.
struct WindowOptions
{
    std::string File;             // the map to open; empty: the worked example
    bool Present = false;         // open straight into presentation mode
    bool ProjectorWindow = false; // open the projector window at ProjectorRect
    int ProjectorRect[4] = {};    // x, y, width, height in screen pixels
};

// Runs a command (`check`, `--help`, `--version`, ...) and returns its exit code, or -1 when
// the arguments ask for the window, described in *window.
int RunCommandLine(int argc, char** argv, WindowOptions* window);
// `journeyboard export ...` with the arguments after "export" (app/cli_export.cpp).
int RunExportCommand(int argc, char** argv);
