// Text widgets the method's panels share: a field's name with its explanation as a tooltip, and a
// multi-line box that shows the explanation inside while it is empty (ImGui 1.86 has hints only
// for one-line inputs). Edits apply live; PanelEdits makes one undo step per finished edit.
#pragma once
#include "session/app_state.h"

#include <imgui.h>

#include <string>

// The field's name in bold; hovering it shows the explanation.
void FieldLabel(const AppState& app, const char* label, const char* hint);
// Returns true when the text changed this frame. `lines`: visible height in text lines. The text
// wraps at the box's width while typing, like the map shows it.
bool InputMultilineWithHint(const char* id, const char* hint, std::string* text, float lines);
// ImGui's multi-line box with word wrap (text/soft_wrap.h); `size` as for InputTextMultiline.
bool InputTextWrapped(const char* id, std::string* text, ImVec2 size);

// A text field editing *text; true when the text changed this frame. With `lines` > 1 the text
// shows wrapped (as the room reads it) until a click starts typing in it.
bool InputWrappedText(PanelsState& panels, const char* id, std::string* text, float lines, const char* hint = nullptr);

// Records the panel's live edits as one undo step once no widget is active any more (the user
// left the field). Call at the end of the panel, every frame.
void CommitWhenIdle(PanelEdits& edits, Session& session);
// Records them when the widget just used is finished with (`finished`), or at once for choices.
void CommitIfFinished(PanelEdits& edits, Session& session, bool finished);
