// The one canvas widget: turns mouse and keyboard input into view changes (and, later, edits of
// the model), then draws the current situation with DrawMap.
#pragma once
#include "canvas/view_state.h"

// Draws the canvas filling `size` pixels at the cursor position of the current ImGui window.
void ShowCanvas(Session& session, ViewState& view, float width, float height);
