// The inspector: a panel docked right of the canvas that edits every field of the selection
// (moment title, type, channel, actors, description, both experiences, optional lane cells;
// note kind, colour, text). With several items selected it edits what they share. Every edit
// goes through core/edit.h and becomes one undo step when it is finished (a text when it loses
// the keyboard, a slider when it is released, a choice at once).
#pragma once
#include "session/app_state.h"

// The panel's width for a window content `available_width` pixels wide.
float InspectorWidth(const AppState& app, float available_width);
// Draws the panel at the cursor, `width` x `height` pixels.
void ShowInspector(AppState& app, float width, float height);

