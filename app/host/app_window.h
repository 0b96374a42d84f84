// The desktop window: GLFW, OpenGL 3.3 core through glad, ImGui's GLFW and OpenGL3 backends,
// and an event-driven loop that sleeps while nothing happens.
#pragma once
#include "cli/cli.h"

// Opens the window on the options' file (empty: the worked example), presenting or with a
// projector window when asked. Returns the process exit code.
int RunApp(const WindowOptions& options);
