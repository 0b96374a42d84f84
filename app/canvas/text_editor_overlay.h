// The in-place text editor of the canvas, like Excalidraw's: an unscaled ImGui text box placed
// over the card, note, phase header or lane title on screen, readable whatever the zoom.
// Enter commits, Shift+Enter starts a new line, Escape cancels; a commit is one undo step.
#pragma once
#include "session/app_state.h"

// Opens the editor on an existing element, or on one just made for it (`is_new`: the element
// is in app.Doc but not yet committed; Escape removes it, a commit records both as one step).
void OpenMomentTitleEditor(AppState& app, MomentId id, bool is_new);
void OpenNoteEditor(AppState& app, NoteId id, bool is_new);
void OpenPhaseNameEditor(AppState& app, PhaseId id, bool is_new);
void OpenLaneTitleEditor(AppState& app, LaneId id, bool is_new);

void CommitTextEditor(AppState& app);
void CancelTextEditor(AppState& app);

// Draws the editor (when open) over the canvas; call after the canvas item each frame.
void ShowTextEditor(AppState& app);
