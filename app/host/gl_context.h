// An OpenGL 3.3 context without a visible window, for work that needs the GPU but no screen:
// `journeyboard export`, the benchmark and the snapshot tests (under xvfb-run on a server).
#pragma once
#include "result.h"

struct GLFWwindow;

struct HiddenGlContext
{
    GLFWwindow* Window = nullptr;
};

// Initialises GLFW, creates an invisible window, makes its context current and loads glad.
Status CreateHiddenGlContext(HiddenGlContext* ctx);
void DestroyHiddenGlContext(HiddenGlContext* ctx);
