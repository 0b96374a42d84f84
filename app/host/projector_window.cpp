#include "host/projector_window.h"

#include "present/projector_view.h"
#include "projector.h"
#include "text/i18n.h"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <string>
#include <vector>

namespace
{
ProjectorWindow& Of(GLFWwindow* w) { return *(ProjectorWindow*)glfwGetWindowUserPointer(w); }

void OnRefresh(GLFWwindow* w) { Of(w).EventSeen = true; }
void OnSize(GLFWwindow* w, int, int) { Of(w).EventSeen = true; }
// Closing it (Alt+F4, the desktop's window list) only marks it; the loop closes the view.
void OnClose(GLFWwindow* w) { Of(w).EventSeen = true; }
// A clicker or a key pressed while the room's screen has the focus still reaches the app.
void OnKey(GLFWwindow* w, int key, int scancode, int action, int mods)
{
    KeyEvent event;
    event.KeyCode = key, event.Scancode = scancode, event.Action = action, event.Mods = mods;
    if (Of(w).Keys)
        QueueKeyEvent(*Of(w).Keys, event);
    Of(w).EventSeen = true;
}
void OnChar(GLFWwindow* w, unsigned int codepoint)
{
    KeyEvent event;
    event.Type = KeyEvent::Char;
    event.Codepoint = codepoint;
    if (Of(w).Keys)
        QueueKeyEvent(*Of(w).Keys, event);
    Of(w).EventSeen = true;
}

void OnMonitor(GLFWmonitor*, int) { glfwPostEmptyEvent(); }

// The monitor for the projector and its area; false when there is only the main window's.
bool FindProjectorMonitor(GLFWwindow* main_window, GLFWmonitor** monitor_out, int rect_out[4])
{
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    std::vector<MonitorArea> areas;
    for (int i = 0; i < count; i++)
    {
        MonitorArea a;
        glfwGetMonitorPos(monitors[i], &a.X, &a.Y);
        if (const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]))
            a.Width = mode->width, a.Height = mode->height;
        areas.push_back(a);
    }
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetWindowPos(main_window, &x, &y);
    glfwGetWindowSize(main_window, &w, &h);
    const int chosen = ChooseProjectorMonitor(areas, x + w / 2, y + h / 2);
    if (chosen < 0 || areas[(size_t)chosen].Width <= 0 || areas[(size_t)chosen].Height <= 0)
        return false;
    *monitor_out = monitors[chosen];
    const MonitorArea& a = areas[(size_t)chosen];
    rect_out[0] = a.X, rect_out[1] = a.Y, rect_out[2] = a.Width, rect_out[3] = a.Height;
    return true;
}

bool MonitorStillThere(GLFWmonitor* monitor)
{
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; i++)
        if (monitors[i] == monitor)
            return true;
    return false;
}

void OpenProjector(ProjectorWindow& p, AppState& app, GLFWwindow* main_window)
{
    int rect[4] = {};
    GLFWmonitor* monitor = nullptr;
    if (p.HasHandRect)
        for (int i = 0; i < 4; i++)
            rect[i] = p.HandRect[i];
    else if (!FindProjectorMonitor(main_window, &monitor, rect))
    {
        SetStatusKey(app, "status.no_projector");
        app.ProjectorWanted = false;
        return;
    }
    // The keyboard, the mouse and the whole editing UI stay with the main window: the new window
    // takes no focus, does not pull the mouse to its centre and does not minimise when the
    // facilitator works on the laptop.
    glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUSED, GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_FALSE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    glfwWindowHint(GLFW_CENTER_CURSOR, GLFW_FALSE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // On a monitor: full screen there in the monitor's own video mode, so the projector does not
    // switch modes (GLFW gives the window back as a window when the monitor is unplugged).
    if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr)
    {
        glfwWindowHint(GLFW_RED_BITS, mode->redBits);
        glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
        glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
    }
    p.Window = glfwCreateWindow(rect[2], rect[3], Tr("projector.title"), monitor, main_window);
    glfwDefaultWindowHints();
    if (!p.Window)
    {
        SetStatusKey(app, "status.projector_failed");
        app.ProjectorWanted = false;
        return;
    }
    if (!monitor)
        glfwSetWindowPos(p.Window, rect[0], rect[1]);
    glfwSetWindowUserPointer(p.Window, &p);
    glfwSetWindowRefreshCallback(p.Window, OnRefresh);
    glfwSetFramebufferSizeCallback(p.Window, OnSize);
    glfwSetWindowCloseCallback(p.Window, OnClose);
    glfwSetKeyCallback(p.Window, OnKey);
    glfwSetCharCallback(p.Window, OnChar);
    glfwMakeContextCurrent(p.Window);
    glfwSwapInterval(0); // the main window's swap paces the loop
    glfwMakeContextCurrent(main_window);
    p.Monitor = monitor;
    p.DrawList = IM_NEW(ImDrawList)(ImGui::GetDrawListSharedData());
    p.EventSeen = true;
    // A fresh view of the session; FollowMainView fills it in every frame.
    app.ProjectorView = ViewState();
    app.ProjectorView.Dump.Suffix = "-projector";
    glfwShowWindow(p.Window);
    SetStatusKey(app, "status.projector_opened");
}
} // namespace

void WatchMonitors() { glfwSetMonitorCallback(OnMonitor); }

void CloseProjectorWindow(ProjectorWindow& p)
{
    if (p.DrawList)
        IM_DELETE(p.DrawList);
    p.DrawList = nullptr;
    if (p.Window)
        glfwDestroyWindow(p.Window);
    p.Window = nullptr;
    p.Monitor = nullptr;
}

void SyncProjectorWindow(ProjectorWindow& p, AppState& app, GLFWwindow* main_window)
{
    // Closed on its own, or its monitor was unplugged: only this view goes, the map stays as it is.
    if (p.Window && (glfwWindowShouldClose(p.Window) || (p.Monitor && !MonitorStillThere(p.Monitor))))
    {
        CloseProjectorWindow(p);
        app.ProjectorWanted = false;
        SetStatusKey(app, "status.projector_closed");
        return;
    }
    if (app.ProjectorWanted && !p.Window)
        OpenProjector(p, app, main_window);
    else if (!app.ProjectorWanted && p.Window)
    {
        CloseProjectorWindow(p);
        SetStatusKey(app, "status.projector_closed");
    }
}

void DrawProjectorWindow(ProjectorWindow& p, AppState& app, GLFWwindow* main_window, double now)
{
    if (!p.Window)
        return;
    int w = 0, h = 0, fb_w = 0, fb_h = 0;
    glfwGetWindowSize(p.Window, &w, &h);
    glfwGetFramebufferSize(p.Window, &fb_w, &fb_h);
    if (w <= 0 || h <= 0 || fb_w <= 0 || fb_h <= 0)
        return;
    // Built while the main context is current: a persona photo seen first here is uploaded there.
    const Rect screen = {{0.0f, 0.0f}, {(float)w, (float)h}};
    FollowMainView(app.Session, app.MainView, app.ProjectorView, screen, now);
    ImDrawList* dl = p.DrawList;
    dl->_ResetForNewFrame();
    dl->PushTextureID(ImGui::GetIO().Fonts->TexID);
    dl->PushClipRect(ImVec2(0.0f, 0.0f), ImVec2((float)w, (float)h));
    DrawProjectorView(app.Session, app.MainView, app.ProjectorView, app.Invite, dl, screen);
    dl->_PopUnusedDrawCmd(); // as ImGui::Render does for its own lists

    ImDrawList* lists[1] = {dl};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = dl->VtxBuffer.Size;
    data.TotalIdxCount = dl->IdxBuffer.Size;
    data.DisplayPos = ImVec2(0.0f, 0.0f);
    data.DisplaySize = ImVec2((float)w, (float)h);
    data.FramebufferScale = ImVec2((float)fb_w / (float)w, (float)fb_h / (float)h);
    // The renderer makes its vertex array for the context it draws in; buffers, shader and
    // textures are shared with the main context.
    glfwMakeContextCurrent(p.Window);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(&data);
    glfwSwapBuffers(p.Window);
    glfwMakeContextCurrent(main_window);
}
