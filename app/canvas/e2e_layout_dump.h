// A test hook for the window tests: with JB_E2E_DUMP_LAYOUT=FILE set, the app writes the screen
// rectangles of phases, lanes, cards, curve faces and notes to FILE as JSON whenever they change,
// so a script driving the mouse with xdotool knows where things are. Without it, nothing happens.
// Each view writes its own file: the projector window's is FILE with "-projector" before the
// extension, in its own window's pixels.
#pragma once
#include "canvas/view_state.h"

void DumpLayoutForTests(const Session& session, ViewState& view, const MapLayout& layout);
