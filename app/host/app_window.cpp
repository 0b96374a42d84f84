#include "host/app_window.h"

#include "session/app_state.h"
#include "host/frame_log.h"
#include "facilitate/overlays.h"
#include "session/autosave.h"
#include "text/i18n.h"
#include "commands/method_actions.h"
#include "render/photo_textures.h"
#include "dialogs/file_dialogs.h"
#include "dialogs/recovery_dialog.h"
#include "recovery.h"
#include "session/settings.h"
#include "host/shell.h"
#include "invite/invite_ui.h"
#include "export/snapshot_job.h"
#include "render/theme.h"
#include "present/presentation.h"
#include "host/projector_window.h"

#include "host/gl_driver_pin.h"
#include "input/key_queue.h"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace
{
// What the window's callbacks tell the loop; reached through the GLFW window's user pointer.
struct WindowEvents
{
    AppState* App = nullptr;
    bool EventSeen = true;  // set by any input callback; the loop draws frames only after something happened
    bool FocusLost = false; // the window lost focus since the last frame: autosave now
    KeyQueue Keys;          // key and character events, handed to ImGui frame by frame
};

WindowEvents& Events(GLFWwindow* w) { return *(WindowEvents*)glfwGetWindowUserPointer(w); }

void OnAnyEvent(GLFWwindow* w) { Events(w).EventSeen = true; }
void OnCursor(GLFWwindow* w, double, double) { OnAnyEvent(w); }
void OnButton(GLFWwindow* w, int, int, int) { OnAnyEvent(w); }
void OnScroll(GLFWwindow* w, double, double) { OnAnyEvent(w); }
void OnKey(GLFWwindow* w, int, int, int, int) { OnAnyEvent(w); }
void OnChar(GLFWwindow* w, unsigned int) { OnAnyEvent(w); }
void OnSize(GLFWwindow* w, int, int) { OnAnyEvent(w); }

// Installed over ImGui's backend: keys wait in the queue until the frame that can show them.
void OnKeyQueued(GLFWwindow* w, int key, int scancode, int action, int mods)
{
    KeyEvent event;
    event.KeyCode = key, event.Scancode = scancode, event.Action = action, event.Mods = mods;
    QueueKeyEvent(Events(w).Keys, event);
    OnAnyEvent(w);
}
void OnCharQueued(GLFWwindow* w, unsigned int codepoint)
{
    KeyEvent event;
    event.Type = KeyEvent::Char;
    event.Codepoint = codepoint;
    QueueKeyEvent(Events(w).Keys, event);
    OnAnyEvent(w);
}

void OnFocus(GLFWwindow* w, int focused)
{
    if (!focused)
        Events(w).FocusLost = true;
    OnAnyEvent(w);
}
void OnEnter(GLFWwindow* w, int) { OnAnyEvent(w); }

void OnClose(GLFWwindow* window)
{
    // The window closes only after the unsaved-changes guard said so.
    glfwSetWindowShouldClose(window, GLFW_FALSE);
    RequestQuit(*Events(window).App);
    OnAnyEvent(window);
}

void OnDrop(GLFWwindow* window, int count, const char** paths)
{
    if (count > 0)
        RequestOpen(*Events(window).App, paths[0]);
    OnAnyEvent(window);
}

void OnGlfwError(int code, const char* description) { std::fprintf(stderr, "journeyboard: GLFW error %d: %s\n", code, description); }

void ToggleFullscreen(GLFWwindow* window, int saved[4])
{
    if (glfwGetWindowMonitor(window))
    {
        glfwSetWindowMonitor(window, nullptr, saved[0], saved[1], saved[2], saved[3], 0);
        return;
    }
    glfwGetWindowPos(window, &saved[0], &saved[1]);
    glfwGetWindowSize(window, &saved[2], &saved[3]);
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (mode)
        glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}
} // namespace

int RunApp(const WindowOptions& options)
{
    const std::string& file = options.File;
    glfwSetErrorCallback(OnGlfwError);
    PinGlDriverForLeakCheck();
    if (!glfwInit())
    {
        std::fprintf(stderr, "error: cannot open a window (no display?). Use `journeyboard check FILE` without a screen.\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_MAXIMIZED, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(1600, 1000, "JourneyBoard", nullptr, nullptr);
    if (!window)
    {
        std::fprintf(stderr, "error: cannot create an OpenGL 3.3 window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    if (!gladLoadGL(glfwGetProcAddress))
    {
        std::fprintf(stderr, "error: cannot load OpenGL 3.3 functions\n");
        glfwDestroyWindow(window);
        glfwTerminate();
        return 1;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is fixed; nothing to remember in the working folder
    io.MouseDoubleClickTime = 0.5f; // desktops' usual double-click time; ImGui's 0.3 s is tight for many users
    ApplyLightTheme();

    AppState app;
    WindowEvents events;
    events.App = &app;
    glfwSetWindowUserPointer(window, &events);
    app.PersistSettings = true;
    LoadPrefsAndLanguage(app); // the language chosen in the menu before, else the system locale
    float scale_x = 1.0f, scale_y = 1.0f;
    glfwGetWindowContentScale(window, &scale_x, &scale_y);
    AddFonts(io.Fonts, 18.0f * scale_x, &app.MainView.Fonts);
    io.FontDefault = app.MainView.Fonts.Ui;
    if (app.MainView.Fonts.UsedBuiltIn)
        SetStatusKey(app, "status.font_fallback");

    // Our callbacks first: ImGui's backend chains to them, so both see every event.
    glfwSetCursorPosCallback(window, OnCursor);
    glfwSetMouseButtonCallback(window, OnButton);
    glfwSetScrollCallback(window, OnScroll);
    glfwSetKeyCallback(window, OnKey);
    glfwSetCharCallback(window, OnChar);
    glfwSetFramebufferSizeCallback(window, OnSize);
    glfwSetWindowFocusCallback(window, OnFocus);
    glfwSetCursorEnterCallback(window, OnEnter);
    glfwSetWindowCloseCallback(window, OnClose);
    glfwSetDropCallback(window, OnDrop);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    // Keys go through a queue (input/key_queue.h) so a press shorter than a frame still counts.
    glfwSetKeyCallback(window, OnKeyQueued);
    glfwSetCharCallback(window, OnCharQueued);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    WatchMonitors();

    app.MainView.Fonts.Photos = std::make_shared<PhotoTextures>(); // shared by the projector window
    if (file.empty())
    {
        // The worked example behind a start screen: close it to look around, or start a map.
        OpenExample(app);
        app.MainView.StartScreenOpen = true;
    }
    else if (!OpenDocumentFile(app, file))
    {
        // The file could not be read: say why over the example, never start empty-handed.
        const std::string error = app.ErrorText;
        OpenExample(app);
        app.ErrorText = error;
    }

    if (options.Present)
    {
        app.MainView.StartScreenOpen = false;
        EnterPresentation(app.Session, app.MainView);
    }

    FrameLog frame_log;
    frame_log.OpenFromEnvironment();
    // Autosave and recovery: JB_AUTOSAVE_SECONDS overrides the setting (tests use a short one).
    int autosave_seconds = LoadSettings().AutosaveSeconds;
    if (const char* env = std::getenv("JB_AUTOSAVE_SECONDS"))
        autosave_seconds = std::atoi(env);
    const std::string recovery_folder = RecoveryFolder();
    AutosaveBegin(app, autosave_seconds, recovery_folder, [] { glfwPostEmptyEvent(); });
    OpenRecoveryDialog(app, recovery_folder, true);
    app.WakeFrameLoop = [] { glfwPostEmptyEvent(); }; // safe from the participants' server threads
    if (options.Invite) // journeyboard --invite FILE: the map opens with the invitation running
        StartInvitingFromApp(app);

    std::string shown_title;
    int saved_window[4] = {0, 0, 1600, 1000};
    int busy_frames = 3; // ImGui settles hover and release states over a couple of frames
    bool fullscreen_for_presenting = false; // presenting made the window full screen: undo that after
    ProjectorWindow projector; // View > Projector window: the second view of the map, in the same loop
    if (options.ProjectorWindow)
    {
        projector.HasHandRect = true;
        for (int i = 0; i < 4; i++)
            projector.HandRect[i] = options.ProjectorRect[i];
        app.ProjectorWanted = true;
    }
    projector.Keys = &events.Keys; // keys pressed on the projector window count as the main window's
    while (!app.QuitNow)
    {
        // Sleep until something happens; idle JourneyBoard uses no CPU. A text cursor blinks,
        // so wake twice a second while text is being typed.
        // An autosave that falls due wakes the loop too.
        double autosave_in = AutosaveSecondsUntilDue(app, glfwGetTime());
        // The facilitation tools redraw by themselves: the timer once a second, a fading laser trail.
        const double tools_in = FacilitationSecondsUntilRedraw(app.Session.Facilitate, ImGui::GetTime());
        if (tools_in >= 0.0 && (autosave_in < 0.0 || tools_in < autosave_in))
            autosave_in = tools_in; // from here on: the next timed wake-up of either
        if (busy_frames > 0 || app.MainView.Present.Animating || app.ProjectorView.Present.Animating)
            glfwPollEvents();
        else if (io.WantTextInput)
            glfwWaitEventsTimeout(autosave_in >= 0.0 && autosave_in < 0.5 ? autosave_in : 0.5);
        else if (app.Chooser.Running())
            glfwWaitEventsTimeout(autosave_in >= 0.0 && autosave_in < 0.1 ? autosave_in : 0.1); // pick up the desktop file dialog's answer
        else if (SnapshotRunning(app))
            glfwWaitEventsTimeout(0.02); // draw the next band of a snapshot, or pick up its written file
        else if (autosave_in >= 0.0)
            glfwWaitEventsTimeout(autosave_in > 0.001 ? autosave_in : 0.001);
        else
            glfwWaitEvents();
        AutosaveTick(app, glfwGetTime(), events.FocusLost || app.AutosaveNow); // participants' notes: at once
        app.AutosaveNow = false;
        events.FocusLost = false;
        if (events.EventSeen || projector.EventSeen)
            busy_frames = 3;
        events.EventSeen = false;
        projector.EventSeen = false;
        if (FeedKeyQueue(window, events.Keys))
            events.EventSeen = true; // more keys wait: the next frame comes without sleeping

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        ShowAppFrame(app);
        ImGui::Render();
        if (StepSnapshot(app)) // GL work of a running snapshot, between frames
            events.EventSeen = true;

        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        // The projector shows the same session in the same frame: an edit is in both at once.
        SyncProjectorWindow(projector, app, window);
        DrawProjectorWindow(projector, app, window, ImGui::GetTime());
        frame_log.Log();

        // Keep drawing while a mouse button is held (drags) and for a few frames after any event.
        if (app.AutosaveNow && busy_frames == 0)
            busy_frames = 1; // one more turn of the loop writes the participants' notes to the autosave
        if (ImGui::IsAnyMouseDown())
            busy_frames = 3;
        else if (busy_frames > 0)
            busy_frames--;

        const std::string title = WindowTitle(app.Session);
        if (title != shown_title)
        {
            glfwSetWindowTitle(window, title.c_str());
            shown_title = title;
        }
        // Presenting fills the screen; leaving gives the window back as it was. With a projector
        // window the room watches that one, and the laptop's window stays as the facilitator has it.
        if (app.MainView.Present.Active && !fullscreen_for_presenting && !glfwGetWindowMonitor(window) && !projector.Window)
        {
            ToggleFullscreen(window, saved_window);
            fullscreen_for_presenting = true;
        }
        else if (!app.MainView.Present.Active && fullscreen_for_presenting)
        {
            if (glfwGetWindowMonitor(window))
                ToggleFullscreen(window, saved_window);
            fullscreen_for_presenting = false;
        }
        if (app.FullscreenToggleRequested)
        {
            app.FullscreenToggleRequested = false;
            ToggleFullscreen(window, saved_window);
        }
    }

    StopInviting(app.Invite); // no phone reaches a closed app, and nothing arrives after the last autosave
    StopFileChooser(app.Chooser);
    frame_log.Close();
    // The user closed the window knowingly (the unsaved-changes question was answered).
    AutosaveEnd(app, true);

    FinishSnapshot(app); // a snapshot being written is finished, not lost
    CloseProjectorWindow(projector);
    app.MainView.Fonts.Photos->Release();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwSetWindowUserPointer(window, nullptr);
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
