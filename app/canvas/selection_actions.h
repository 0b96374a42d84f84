// What the facilitator does to the selection on the canvas (keys, menus and the palette run these
// through the command table): delete, duplicate, select all, clear, and new notes near a place.
#pragma once
#include "canvas/view_state.h"

void DeleteSelection(Session& session, ViewState& view);
void DuplicateSelection(Session& session, ViewState& view);
void SelectAll(Session& session, ViewState& view);
// A new note of `kind` under the moment nearest `pos_world` (free there when the map has no
// moments), selected, with the text editor open.
void AddNoteNear(Session& session, ViewState& view, NoteKind kind, Vec2 pos_world);
// The same under the moment nearest `mouse_screen`; from the middle of the canvas when the mouse
// is outside it (N and O).
void AddNoteAtMouse(Session& session, ViewState& view, NoteKind kind, Vec2 mouse_screen);
