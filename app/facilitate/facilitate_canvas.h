// The facilitation tools' part of the canvas, run each frame before the canvas's own gestures:
// the laser follows the mouse, and while a voting round is open a click on a note gives it a dot
// and a right-click takes one back (each dot one undo step). Keys are commands
// (commands/facilitate_commands.cpp).
#pragma once
#include "canvas/view_state.h"

#include <string>

// True when it used this frame's click: the canvas then starts no gesture and opens no menu.
bool UpdateFacilitationInput(Session& session, ViewState& view, const Rect& canvas_screen, bool hovered, double now);

// The laser's key: a tap switches it on or off, holding it shows the pointer only while held.
void LaserKeyPressed(Session& session, double now);

// The window tests' view of the tools (JB_E2E_DUMP_LAYOUT): fields to add to the layout dump.
std::string FacilitationDumpFields(const Session& session, double now);
