// A test hook for the window tests: with JB_E2E_DUMP_LAYOUT=FILE set, the app writes the screen
// rectangles of phases, lanes, cards, curve faces and notes to FILE as JSON whenever they change,
// so a script driving the mouse with xdotool knows where things are. Without it, nothing happens.
#pragma once
#include "session/app_state.h"

void DumpLayoutForTests(const AppState& app, const MapLayout& layout);
