#include "present/view_overlays.h"

#include "present/presentation.h"

void DrawViewOverlays(const Session& session, const ViewState& view, ImDrawList* draw_list, const MapLayout& layout,
                      const Rect& canvas_screen)
{
    (void)draw_list;
    (void)layout;
    DrawStepIndicator(session, view, canvas_screen, draw_list);
}
