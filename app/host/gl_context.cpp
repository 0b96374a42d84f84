#include "host/gl_context.h"
#include "text/i18n.h"

#include "host/gl_driver_pin.h"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <string>

// GLFW's own words for its last error (GLFW keeps them per thread), for the message.
static std::string LastGlfwError()
{
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "";
}

static void IgnoreGlfwError(int, const char*) {} // read with glfwGetError where it matters

Status CreateHiddenGlContext(HiddenGlContext* ctx)
{
    glfwSetErrorCallback(IgnoreGlfwError);
    PinGlDriverForLeakCheck();
    if (!glfwInit())
    {
        const std::string glfw_error = LastGlfwError();
        return ErrorStatusFormat("error.no_display", glfw_error.c_str());
    }
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE); // never shown: nothing flashes on screen
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    ctx->Window = glfwCreateWindow(64, 64, "JourneyBoard export", nullptr, nullptr);
    if (!ctx->Window)
    {
        const std::string glfw_error = LastGlfwError();
        glfwTerminate();
        return ErrorStatusFormat("error.no_opengl33", glfw_error.c_str());
    }
    glfwMakeContextCurrent(ctx->Window);
    if (!gladLoadGL(glfwGetProcAddress))
    {
        DestroyHiddenGlContext(ctx);
        return ErrorStatus("error.no_gl_functions");
    }
    return Status::Success();
}

void DestroyHiddenGlContext(HiddenGlContext* ctx)
{
    if (ctx->Window)
        glfwDestroyWindow(ctx->Window);
    ctx->Window = nullptr;
    glfwTerminate();
}
