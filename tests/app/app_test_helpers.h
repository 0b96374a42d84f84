// Shared by the app tests: the app in a headless ImGui context, and the input a user gives it
// (frames, keys, typed text). Clean-up is by destructor, so a failed REQUIRE never leaves an ImGui
// context, the UI language or an environment variable behind for the next test.
#pragma once
#include "host/headless.h"
#include "input/keys.h"
#include "text/i18n.h"

#include <imgui.h>

#include <cstdlib>
#include <string>

namespace test
{
inline void Frames(AppState& app, int n = 2)
{
    for (int i = 0; i < n; i++)
        BuildHeadlessFrame(app);
}

// The mouse moved to `p` (screen pixels), then `frames` frames.
inline void MoveMouse(AppState& app, ImVec2 p, int frames = 1)
{
    ImGui::GetIO().MousePos = p;
    Frames(app, frames);
}

// A click of mouse `button` at `p`: moved there, the button down for a frame, up for a frame.
inline void ClickAt(AppState& app, ImVec2 p, int button = 0)
{
    MoveMouse(app, p);
    ImGui::GetIO().MouseDown[button] = true;
    Frames(app, 1);
    ImGui::GetIO().MouseDown[button] = false;
    Frames(app, 1);
}

// Puts the UI language back as it was when the test ends.
struct LanguageGuard
{
    Language Saved = GetLanguage();
    ~LanguageGuard() { SetLanguage(Saved); }
};

// Sets an environment variable for the test; the old value (or its absence) comes back after.
struct EnvGuard
{
    std::string Name;
    bool HadValue = false;
    std::string OldValue;
    EnvGuard(const char* name, const char* value) : Name(name)
    {
        if (const char* old = std::getenv(name))
            HadValue = true, OldValue = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~EnvGuard()
    {
        if (HadValue)
            ::setenv(Name.c_str(), OldValue.c_str(), 1);
        else
            ::unsetenv(Name.c_str());
    }
    EnvGuard(const EnvGuard&) = delete;
    EnvGuard& operator=(const EnvGuard&) = delete;
};

// The worked example in a 1920x1080 headless app, English unless told otherwise, with the keys
// ImGui's own text boxes act on mapped as the GLFW backend maps them.
struct HeadlessApp
{
    LanguageGuard Language_;
    AppState App;
    HeadlessContext Ctx;
    explicit HeadlessApp(Language language = Language::English)
    {
        SetLanguage(language);
        Ctx = CreateHeadlessContext(App, 1920.0f, 1080.0f);
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[ImGuiKey_Enter] = Key_Enter;
        io.KeyMap[ImGuiKey_Escape] = Key_Escape;
        io.KeyMap[ImGuiKey_Backspace] = Key_Backspace;
        io.KeyMap[ImGuiKey_UpArrow] = Key_Up;
        io.KeyMap[ImGuiKey_DownArrow] = Key_Down;
        OpenExample(App);
        Frames(App, 3);
    }
    ~HeadlessApp() { DestroyHeadlessContext(Ctx); }
    HeadlessApp(const HeadlessApp&) = delete;
    HeadlessApp& operator=(const HeadlessApp&) = delete;
};

// One key press (down for a frame, then up), with Ctrl and Shift held as asked.
inline void PressKey(AppState& app, int key, bool ctrl = false, bool shift = false)
{
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[key] = true;
    Frames(app, 1);
    io.KeysDown[key] = false;
    io.KeyCtrl = io.KeyShift = false;
    Frames(app, 2);
}

// Types `text` into whatever has the keyboard, a character a frame.
inline void Type(AppState& app, const char* text)
{
    for (const char* c = text; *c; c++)
    {
        ImGui::GetIO().AddInputCharacter((unsigned)(unsigned char)*c);
        Frames(app, 1);
    }
}
} // namespace test
