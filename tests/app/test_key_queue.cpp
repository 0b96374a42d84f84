// Short key presses are never lost (issue #12): the queue hands ImGui, frame by frame, what ImGui
// can tell apart in one frame (one press, the characters it typed, releases of other keys), in
// the order the keys came, and drops GLFW's repeats (ImGui repeats held keys itself).
#include "input/key_queue.h"

#include <GLFW/glfw3.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace
{
KeyEvent Key(int key, int action)
{
    KeyEvent e;
    e.KeyCode = key, e.Action = action;
    return e;
}
KeyEvent Char(unsigned c)
{
    KeyEvent e;
    e.Type = KeyEvent::Char, e.Codepoint = c;
    return e;
}
// What each frame gets: "+K" a press of K, "-K" a release, the characters themselves; frames
// separated by '|'.
std::string Frames(KeyQueue& queue, int* frames, bool typing_into_field = false)
{
    std::string all;
    bool more = true;
    *frames = 0;
    while (more)
    {
        more = FeedKeyEvents(queue, typing_into_field, [&](const KeyEvent& e) {
            if (e.Type == KeyEvent::Char)
                all += (char)e.Codepoint;
            else
                all += std::string(e.Action == GLFW_PRESS ? "+" : "-") +
                       (e.KeyCode == GLFW_KEY_LEFT_CONTROL ? 'C' : e.KeyCode == GLFW_KEY_LEFT_SHIFT ? 'S' : (char)e.KeyCode);
        });
        all += "|";
        (*frames)++;
    }
    return all;
}
} // namespace

TEST_CASE("a key pressed and released between two frames reaches ImGui as a press and a release", "[app][keys]")
{
    KeyQueue queue;
    // A clicker's two PageDown pulses and Ctrl+Z, all before the next frame.
    for (int i = 0; i < 2; i++)
    {
        QueueKeyEvent(queue, Key(GLFW_KEY_PAGE_DOWN, GLFW_PRESS));
        QueueKeyEvent(queue, Key(GLFW_KEY_PAGE_DOWN, GLFW_RELEASE));
    }
    QueueKeyEvent(queue, Key(GLFW_KEY_LEFT_CONTROL, GLFW_PRESS));
    QueueKeyEvent(queue, Key(GLFW_KEY_Z, GLFW_PRESS));
    QueueKeyEvent(queue, Key(GLFW_KEY_Z, GLFW_REPEAT)); // dropped
    QueueKeyEvent(queue, Key(GLFW_KEY_Z, GLFW_RELEASE));
    QueueKeyEvent(queue, Key(GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE));
    int frames = 0;
    const std::string pgdn(1, (char)GLFW_KEY_PAGE_DOWN);
    CHECK(Frames(queue, &frames) == "+" + pgdn + "|-" + pgdn + "|+" + pgdn + "|-" + pgdn + "+C|+Z|-Z-C|");
    CHECK(frames == 6); // a key released and pressed again in one frame would look held
    bool more = true;
    int applied = 0;
    more = FeedKeyEvents(queue, false, [&](const KeyEvent&) { applied++; });
    CHECK_FALSE(more);
    CHECK(applied == 0);
}

TEST_CASE("typed characters stay with their key and in order with Backspace", "[app][keys]")
{
    KeyQueue queue;
    // "a", Backspace, "b" typed fast: ImGui handles a frame's characters before its keys, so the
    // Backspace must get a frame after the "a" and before the "b".
    QueueKeyEvent(queue, Key(GLFW_KEY_A, GLFW_PRESS));
    QueueKeyEvent(queue, Char('a'));
    QueueKeyEvent(queue, Key(GLFW_KEY_A, GLFW_RELEASE));
    QueueKeyEvent(queue, Key(GLFW_KEY_BACKSPACE, GLFW_PRESS));
    QueueKeyEvent(queue, Key(GLFW_KEY_BACKSPACE, GLFW_RELEASE));
    QueueKeyEvent(queue, Key(GLFW_KEY_B, GLFW_PRESS));
    QueueKeyEvent(queue, Char('b'));
    QueueKeyEvent(queue, Key(GLFW_KEY_B, GLFW_RELEASE));
    int frames = 0;
    const std::string bs(1, (char)GLFW_KEY_BACKSPACE);
    CHECK(Frames(queue, &frames) == "+Aa|-A+" + bs + "|-" + bs + "+Bb|-B|");
    CHECK(frames == 4);
}

// One typed letter as a keyboard sends it: press (with the character), release.
void Type(KeyQueue& queue, char letter, int mods = 0)
{
    KeyEvent press = Key(letter >= 'a' ? letter - 'a' + 'A' : letter, GLFW_PRESS);
    press.Mods = mods;
    QueueKeyEvent(queue, press);
    QueueKeyEvent(queue, Char((unsigned)letter));
    KeyEvent release = press;
    release.Action = GLFW_RELEASE;
    QueueKeyEvent(queue, release);
}

TEST_CASE("typing into a text field goes in one frame, up to the next key that is not plain typing", "[app][keys]")
{
    // "Hi a" typed faster than the frames, Backspace, "b", Ctrl+A.
    auto fill = [](KeyQueue& queue) {
        QueueKeyEvent(queue, Key(GLFW_KEY_LEFT_SHIFT, GLFW_PRESS));
        Type(queue, 'H', GLFW_MOD_SHIFT);
        QueueKeyEvent(queue, Key(GLFW_KEY_LEFT_SHIFT, GLFW_RELEASE));
        Type(queue, 'i');
        Type(queue, ' ');
        Type(queue, 'a');
        QueueKeyEvent(queue, Key(GLFW_KEY_BACKSPACE, GLFW_PRESS));
        QueueKeyEvent(queue, Key(GLFW_KEY_BACKSPACE, GLFW_RELEASE));
        Type(queue, 'b');
        QueueKeyEvent(queue, Key(GLFW_KEY_LEFT_CONTROL, GLFW_PRESS));
        KeyEvent a = Key(GLFW_KEY_A, GLFW_PRESS);
        a.Mods = GLFW_MOD_CONTROL;
        QueueKeyEvent(queue, a);
        QueueKeyEvent(queue, Key(GLFW_KEY_A, GLFW_RELEASE));
        QueueKeyEvent(queue, Key(GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE));
    };
    const std::string bs(1, (char)GLFW_KEY_BACKSPACE);
    int frames = 0;
    KeyQueue typing;
    fill(typing);
    // Any other key waits for the frame after the typing (ImGui handles characters first, and a
    // field's Enter or Escape must see the text in it), and Ctrl+A is still seen with Ctrl held.
    CHECK(Frames(typing, &frames, true) == "+S+HH-H-S+Ii-I+  - +Aa-A|+" + bs + "|-" + bs + "+Bb-B|+C|+A|-A-C|");
    CHECK(frames == 6);
    // Outside a text field every press keeps its own frame (N, O and the other one-key commands).
    KeyQueue canvas;
    fill(canvas);
    Frames(canvas, &frames, false);
    CHECK(frames == 10);
}

TEST_CASE("a modifier released before its key still holds for the key's press", "[app][keys]")
{
    // xdotool's ctrl+a: Ctrl down, A down, Ctrl up, A up.
    KeyQueue queue;
    QueueKeyEvent(queue, Key(GLFW_KEY_LEFT_CONTROL, GLFW_PRESS));
    QueueKeyEvent(queue, Key(GLFW_KEY_A, GLFW_PRESS));
    QueueKeyEvent(queue, Key(GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE));
    QueueKeyEvent(queue, Key(GLFW_KEY_A, GLFW_RELEASE));
    int frames = 0;
    CHECK(Frames(queue, &frames) == "+C|+A|-C-A|");
}

TEST_CASE("the key queue stays bounded when nothing takes its events", "[app][keys]")
{
    KeyQueue queue;
    for (int i = 0; i < 100000; i++)
        QueueKeyEvent(queue, Char('x'));
    CHECK(queue.Events.size() == queue.MaxEvents);
}
