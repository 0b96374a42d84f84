// What is drawn over the map in a view, after the map itself: in the editing window and in the
// projector window alike. The presentation's step indicator lives here; facilitation overlays
// (timer, laser pointer, votes, the participants' QR code) belong here too, so both windows
// show them.
#pragma once
#include "canvas/view_state.h"

struct ImDrawList;

void DrawViewOverlays(const Session& session, const ViewState& view, ImDrawList* draw_list, const MapLayout& layout,
                      const Rect& canvas_screen);
