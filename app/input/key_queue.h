// Every key press counts. Dear ImGui 1.86 keeps one state per key per frame, so a key pressed and
// released between two frames (a presenter clicker's PageDown pulse, a fast typist's shortcut)
// would never be seen. GLFW's key and character events are queued as they arrive, also while the
// window sleeps, and handed to ImGui's backend in order at the start of each frame: as many as
// ImGui can tell apart in one frame, the rest in the next frames.
#pragma once
#include <deque>
#include <functional>

struct GLFWwindow;

struct KeyEvent
{
    enum Kind
    {
        Key,  // a key went down or up
        Char, // a character was typed
    } Type = Key;
    int KeyCode = 0, Scancode = 0, Action = 0, Mods = 0; // Key: as GLFW gives them
    unsigned Codepoint = 0;                              // Char
};

struct KeyQueue
{
    std::deque<KeyEvent> Events; // oldest first
    size_t MaxEvents = 4096;     // a stuck key source cannot grow it without bound
};

// Key repeats are dropped: ImGui repeats held keys by itself.
void QueueKeyEvent(KeyQueue& queue, const KeyEvent& event);

// Hands `apply` the events of one frame: at most one key press (with the characters it typed and
// any releases), and never two changes of one key. While a text field has the keyboard
// (`typing_into_field`), plain typing (letters, digits, Shift, without Ctrl/Alt) all goes in one
// frame: otherwise a fast typist outruns a slow frame and a click on the next field lands before
// the last characters, which then go into the wrong field. Returns true when events are still
// waiting (the caller draws another frame at once).
bool FeedKeyEvents(KeyQueue& queue, bool typing_into_field, const std::function<void(const KeyEvent&)>& apply);

// Before ImGui_ImplGlfw_NewFrame each frame: one frame's events go to ImGui's GLFW backend.
bool FeedKeyQueue(GLFWwindow* window, KeyQueue& queue);
