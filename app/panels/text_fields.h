// Text widgets the method's panels share: a field's name with its explanation as a tooltip, and a
// multi-line box that shows the explanation inside while it is empty (ImGui 1.86 has hints only
// for one-line inputs). Edits apply live; PanelEdits makes one undo step per finished edit.
#pragma once
#include "session/app_state.h"

#include <string>

// The field's name in bold; hovering it shows the explanation.
void FieldLabel(const AppState& app, const char* label, const char* hint);
// Returns true when the text changed this frame. `lines`: visible height in text lines.
bool InputMultilineWithHint(const char* id, const char* hint, std::string* text, float lines);

// Collects live edits of one panel and records them as one undo step once no widget is active
// any more (the user left the field), so typing a paragraph is one step, not one per letter.
struct PanelEdits
{
    bool Pending = false;
    void Changed() { Pending = true; }
    void CommitWhenIdle(AppState& app); // call at the end of the panel, every frame
};
