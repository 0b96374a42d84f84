// The one place the app reads the keyboard: the command table's shortcuts (DispatchCommandKeys in
// commands/command_keys.cpp) and the few keys dialogs and text boxes answer to (Escape closes,
// Enter confirms, arrows move in a list, Space held pans) all ask here.
#pragma once
#include "input/keys.h"

// The key went down this frame (`repeat`: or repeats while held).
bool KeyPressed(int key, bool repeat = false);
bool KeyDown(int key);
// Escape and Enter as ImGui's key map names them (what its own widgets answer to).
bool EscapePressed(bool repeat = true);
bool EnterPressed(bool repeat = true);
// Enter or the keypad's Enter went down this frame (a dialog's default button).
bool EnterOrKeypadEnterPressed();

struct KeyModifiers
{
    bool Ctrl = false, Shift = false, Alt = false, Super = false;
};
KeyModifiers HeldModifiers();
