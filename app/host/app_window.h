// The desktop window: GLFW, OpenGL 3.3 core through glad, ImGui's GLFW and OpenGL3 backends,
// and an event-driven loop that sleeps while nothing happens.
#pragma once
#include <string>

// Opens the window on `file` (empty: the worked example). Returns the process exit code.
int RunApp(const std::string& file, bool invite = false);
