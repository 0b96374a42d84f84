#include "host/gl_context.h"

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
        return Status::Error("Drawing the picture needs a graphical session (an X display) for OpenGL, and none was found (" + glfw_error +
                                 "). On a server, run the command under xvfb-run, e.g. `xvfb-run -a journeyboard export ...`.",
                             "Voor het tekenen van de afbeelding is een grafische sessie (een X-display) voor OpenGL nodig, en die is er niet (" +
                                 glfw_error + "). Gebruik op een server xvfb-run, bijvoorbeeld `xvfb-run -a journeyboard export ...`.");
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
        return Status::Error("OpenGL 3.3 is not available here (" + glfw_error + "), so the picture cannot be drawn.",
                             "OpenGL 3.3 is hier niet beschikbaar (" + glfw_error + "), dus de afbeelding kan niet worden getekend.");
    }
    glfwMakeContextCurrent(ctx->Window);
    if (!gladLoadGL(glfwGetProcAddress))
    {
        DestroyHiddenGlContext(ctx);
        return Status::Error("The OpenGL 3.3 functions could not be loaded, so the picture cannot be drawn.",
                             "De OpenGL 3.3-functies konden niet worden geladen, dus de afbeelding kan niet worden getekend.");
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
