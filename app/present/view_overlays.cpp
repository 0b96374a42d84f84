#include "present/view_overlays.h"

#include "facilitate/overlays.h"
#include "present/presentation.h"

#include <imgui.h>

void DrawViewOverlays(const Session& session, const ViewState& view, ImDrawList* draw_list, const MapLayout& layout,
                      const Rect& canvas_screen)
{
    // The facilitation tools (timer, laser, spotlight, vote dots) on every view of the map.
    OverlayView overlay_view;
    overlay_view.DrawList = draw_list;
    overlay_view.Fonts = &view.Fonts;
    overlay_view.Transform = view.CanvasView;
    overlay_view.CanvasScreen = canvas_screen;
    DrawFacilitationOverlays(overlay_view, session.Doc, view.SituationIndex, layout, session.Facilitate, ImGui::GetTime());
    DrawStepIndicator(session, view, canvas_screen, draw_list);
}
