// The in-place text editor of the canvas, like Excalidraw's: an unscaled ImGui text box placed
// over the card, note, phase header or lane title on screen, readable whatever the zoom.
// Enter commits, Shift+Enter starts a new line, Escape cancels; a commit is one undo step.
#pragma once
#include "canvas/view_state.h"

// Opens the editor on an existing element, or on one just made for it (`is_new`: the element
// is in session.Doc but not yet committed; Escape removes it, a commit records both as one step).
void OpenMomentTitleEditor(Session& session, ViewState& view, MomentId id, bool is_new);
void OpenNoteEditor(Session& session, ViewState& view, NoteId id, bool is_new);
void OpenPhaseNameEditor(Session& session, ViewState& view, PhaseId id, bool is_new);
void OpenLaneTitleEditor(Session& session, ViewState& view, LaneId id, bool is_new);

void CommitTextEditor(Session& session, ViewState& view);
void CancelTextEditor(Session& session, ViewState& view);

// Draws the editor (when open) over the canvas; call after the canvas item each frame.
void ShowTextEditor(Session& session, ViewState& view);
