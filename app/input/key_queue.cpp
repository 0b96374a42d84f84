#include "input/key_queue.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <imgui.h>

#include <vector>

void QueueKeyEvent(KeyQueue& queue, const KeyEvent& event)
{
    if (event.Type == KeyEvent::Key && event.Action == GLFW_REPEAT)
        return;
    if (queue.Events.size() >= queue.MaxEvents)
        return;
    queue.Events.push_back(event);
}

namespace
{
// A key that only types into a text field: a printable key or Shift, without Ctrl, Alt or Super.
// Its state means nothing to a focused text field, only the characters it brings do.
bool IsPlainTyping(const KeyEvent& event)
{
    if (event.Mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER))
        return false;
    const int k = event.KeyCode;
    return (k >= GLFW_KEY_SPACE && k <= GLFW_KEY_WORLD_2) || (k >= GLFW_KEY_KP_0 && k <= GLFW_KEY_KP_ADD) ||
           k == GLFW_KEY_LEFT_SHIFT || k == GLFW_KEY_RIGHT_SHIFT;
}
} // namespace

bool FeedKeyEvents(KeyQueue& queue, bool typing_into_field, const std::function<void(const KeyEvent&)>& apply)
{
    // ImGui sees each key's state once per frame, and handles a frame's characters before its
    // keys. So a frame gets releases of other keys, then one press and the characters it typed:
    // any key event after a press waits (xdotool and some keyboards release Ctrl before the A of
    // Ctrl+A), and so does a second change of one key.
    std::vector<int> released;
    bool pressed = false, typed = false;
    while (!queue.Events.empty())
    {
        const KeyEvent& event = queue.Events.front();
        const bool plain_typing = typing_into_field && !pressed && event.Type == KeyEvent::Key && IsPlainTyping(event);
        if (plain_typing)
            typed = true;
        else if (event.Type == KeyEvent::Key)
        {
            // A key such as Enter or Escape after typed text waits a frame: code that reads it
            // before the field is drawn (commit, cancel) must see the text already in the field.
            if (typed && event.Action == GLFW_PRESS)
                break;
            bool seen = false;
            for (int key : released)
                seen = seen || key == event.KeyCode;
            if (seen || pressed)
                break;
            if (event.Action == GLFW_PRESS)
                pressed = true;
            else
                released.push_back(event.KeyCode);
        }
        const KeyEvent next = event;
        queue.Events.pop_front();
        apply(next);
    }
    return !queue.Events.empty();
}

bool FeedKeyQueue(GLFWwindow* window, KeyQueue& queue)
{
    // WantTextInput is from the previous frame: the field that will receive these keys.
    return FeedKeyEvents(queue, ImGui::GetIO().WantTextInput, [window](const KeyEvent& event) {
        if (event.Type == KeyEvent::Char)
            ImGui_ImplGlfw_CharCallback(window, event.Codepoint);
        else
            ImGui_ImplGlfw_KeyCallback(window, event.KeyCode, event.Scancode, event.Action, event.Mods);
    });
}
