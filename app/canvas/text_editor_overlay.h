// The in-place text editor of the canvas, like Excalidraw's: an unscaled ImGui text box placed
// over the card, note, phase header or lane title on screen, readable whatever the zoom.
// Enter and Escape keep the text, Shift+Enter starts a new line; a commit is one undo step. A
// card or note left empty disappears.
#pragma once
#include "canvas/view_state.h"

// Opens the editor on an existing element, or on one just made for it (`is_new`: the element
// is in session.Doc but not yet committed; left empty it is removed, a commit records both as one step).
void OpenMomentTitleEditor(Session& session, ViewState& view, MomentId id, bool is_new);
void OpenNoteEditor(Session& session, ViewState& view, NoteId id, bool is_new);
void OpenPhaseNameEditor(Session& session, ViewState& view, PhaseId id, bool is_new);
void OpenLaneTitleEditor(Session& session, ViewState& view, LaneId id, bool is_new);
// A moment's text in the lane `lane`: its description, an experience text, or a free lane's cell.
void OpenMomentTextEditor(Session& session, ViewState& view, MomentId moment, LaneId lane);

void CommitTextEditor(Session& session, ViewState& view);
// Closes without keeping the text; a new element goes away again (the element vanished, undo).
void CancelTextEditor(Session& session, ViewState& view);

// Draws the editor (when open) over the canvas; call after the canvas item each frame.
void ShowTextEditor(Session& session, ViewState& view);
