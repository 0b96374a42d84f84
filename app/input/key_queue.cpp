#include "input/key_queue.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

#include <vector>

void QueueKeyEvent(KeyQueue& queue, const KeyEvent& event)
{
    if (event.Type == KeyEvent::Key && event.Action == GLFW_REPEAT)
        return;
    if (queue.Events.size() >= queue.MaxEvents)
        return;
    queue.Events.push_back(event);
}

bool FeedKeyEvents(KeyQueue& queue, const std::function<void(const KeyEvent&)>& apply)
{
    // ImGui sees each key's state once per frame, and handles a frame's characters before its
    // keys. So a frame gets releases of other keys, then one press and the characters it typed:
    // any key event after a press waits (xdotool and some keyboards release Ctrl before the A of
    // Ctrl+A), and so does a second change of one key.
    std::vector<int> released;
    bool pressed = false;
    while (!queue.Events.empty())
    {
        const KeyEvent& event = queue.Events.front();
        if (event.Type == KeyEvent::Key)
        {
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
    return FeedKeyEvents(queue, [window](const KeyEvent& event) {
        if (event.Type == KeyEvent::Char)
            ImGui_ImplGlfw_CharCallback(window, event.Codepoint);
        else
            ImGui_ImplGlfw_KeyCallback(window, event.KeyCode, event.Scancode, event.Action, event.Mods);
    });
}
