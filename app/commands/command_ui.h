// The command table turned into the menu bar and the keyboard: both read the same rows, so a
// command does the same from its menu item, its shortcut and the palette.
#pragma once
#include "commands/command_table.h"

// Runs the command of every shortcut pressed this frame (keys are read in input/keyboard.cpp).
// Nothing runs while a text box has the keyboard or a modal is open; canvas commands also wait
// for the gesture or the in-place editor to finish.
void DispatchCommandKeys(AppState& app, const CommandTable& table);
// The menus of the menu bar, between ImGui::BeginMenuBar and EndMenuBar.
void ShowCommandMenus(AppState& app, const CommandTable& table);
