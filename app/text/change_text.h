// What a recorded step changed, in words for the status bar ("move 3 moments" /
// "3 momenten verplaatst"): the strings for core's ChangeLabel, in Dutch and English.
#pragma once
#include "change_label.h"

#include <string>

// In the current UI language.
std::string ChangeText(const ChangeLabel& label);
// "Undone: move 3 moments" / "Ongedaan: 3 momenten verplaatst"; redo likewise.
std::string UndoneText(const ChangeLabel& label);
std::string RedoneText(const ChangeLabel& label);
