// The projector window (View > Projector window, `--projector-window X,Y,W,H`): full screen on
// the second monitor, or borderless at the given rectangle. It shares the main window's OpenGL
// context objects (font atlas, photos, the renderer's buffers and shader), so its frame is one
// draw list (present/projector_view.h) rendered by the main window's ImGui renderer into its own
// framebuffer, right after the main window's frame: one ImGui context, one session, two views.
// ImGui never reads input from this window; its keys join the main window's key queue, so a
// presenter's clicker steps on whichever window has the focus.
#pragma once
#include "input/key_queue.h"
#include "session/app_state.h"

struct GLFWwindow;
struct GLFWmonitor;
struct ImDrawList;

struct ProjectorWindow
{
    GLFWwindow* Window = nullptr;   // null while closed
    GLFWmonitor* Monitor = nullptr; // the monitor it fills; null when placed by hand
    bool HasHandRect = false;       // --projector-window: always this rectangle
    int HandRect[4] = {};           // x, y, width, height in desktop pixels
    ImDrawList* DrawList = nullptr; // kept between frames: drawing allocates nothing once grown
    bool EventSeen = false;         // the window was exposed or got a key: the loop draws a frame
    KeyQueue* Keys = nullptr;       // the main window's key queue: keys typed here go there
};

// Opens or closes the window to match app.ProjectorWanted, and closes it (clearing the wish)
// when it was closed or its monitor was unplugged. Nothing else changes. Call once per frame,
// after the main window's frame.
void SyncProjectorWindow(ProjectorWindow& projector, AppState& app, GLFWwindow* main_window);
// Draws the projector view into its window. Leaves the main window's context current.
void DrawProjectorWindow(ProjectorWindow& projector, AppState& app, GLFWwindow* main_window, double now);
void CloseProjectorWindow(ProjectorWindow& projector);
// Wakes the frame loop when a monitor is plugged in or out (its window may have to close).
// Call after ImGui's GLFW backend is set up: it installs a monitor callback of its own.
void WatchMonitors();
