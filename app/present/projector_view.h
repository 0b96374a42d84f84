// The projector window's view (View > Projector window): a second ViewState over the same
// session that follows the main window. While the facilitator presents it shows the same step,
// planned for its own screen; otherwise (follow mode) the world area the main canvas shows,
// whole and as large as it fits. Only the map, in the projector palette, with the overlays every
// view draws (timer, laser, spotlight, votes, the participants' QR card). No GL here: the host
// (host/projector_window.h) puts the draw list on the screen.
#pragma once
#include "canvas/view_state.h"

struct ImDrawList;
struct Invitation;

// Makes `projector` follow `main_view` on a screen `screen` (pixels, from its top-left): the
// situation, presenting or not, the step, the map text size, and the view transform.
void FollowMainView(const Session& session, const ViewState& main_view, ViewState& projector, const Rect& screen, double now);

// Draws the projector view of this frame into `draw_list` (cleared by the caller): the white
// ground, the map, the view overlays and the invitation's code. Call after the main window's
// frame, so edits of this frame show in both windows.
void DrawProjectorView(const Session& session, const ViewState& main_view, ViewState& projector, const Invitation& invite,
                       ImDrawList* draw_list, const Rect& screen);
