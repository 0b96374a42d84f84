// The canvas's right-click menus: a phase header (rename, add before/after, delete, which asks
// first when the phase holds moments) and a lane (show/hide backstage and quote, add, rename and
// delete free text lanes).
#pragma once
#include "canvas/view_state.h"

void OpenPhaseMenu(Session& session, ViewState& view, PhaseId phase);
void OpenLaneMenu(Session& session, ViewState& view, LaneId lane);
// Draws whichever menu or question is open; call every frame from the canvas.
void ShowCanvasMenus(Session& session, ViewState& view);
