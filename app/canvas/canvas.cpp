#include "canvas/canvas.h"

#include "canvas/canvas_interaction.h"
#include "compare.h"
#include "text_fit.h"
#include "text/i18n.h"
#include "canvas/canvas_menus.h"
#include "render/draw_map.h"
#include "canvas/e2e_layout_dump.h"
#include "canvas/text_editor_overlay.h"
#include "facilitate/facilitate_canvas.h"
#include "input/keyboard.h"
#include "render/im_convert.h"
#include "render/theme.h"
#include "present/presentation.h"
#include "present/view_overlays.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>


void ShowCanvas(Session& session, ViewState& view, float width, float height)
{
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 canvas_min_screen = ImGui::GetCursorScreenPos();
    const ImVec2 canvas_size(std::max(width, 50.0f), std::max(height, 50.0f));
    const Rect canvas_screen = {ToVec2(canvas_min_screen), ToVec2(canvas_min_screen) + ToVec2(canvas_size)};

    SizeLayoutForText(view);
    // The map's text size (Map panel) on the editing or the presentation sizes; an undo or another
    // map changes it like any edit.
    view.Metrics = MetricsAtTextSize(view.Present.Active ? PresentationMetrics() : LayoutMetrics(), TextSizeScale(session.Doc.TextSize));
    // One invisible button covers the canvas and catches every mouse button.
    ImGui::InvisibleButton("canvas", canvas_size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight | ImGuiButtonFlags_MouseButtonMiddle);
    ImGui::SetItemUsingMouseWheel(); // the wheel zooms the canvas instead of scrolling the window
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();

    // The Compare view: drawn by the same DrawMap, from a situation made for it each frame.
    if (view.CompareShown)
    {
        view.CompareData = CompareSituations(session.Doc);
        view.CompareSituation = MakeCompareSituation(session.Doc, view.CompareData);
        view.CompareSituation.Name = Tr("situation.compare_title");
    }
    const Situation& shown = view.CompareShown ? view.CompareSituation : ShownSituation(session, view);
    LayoutCache& layout_cache = view.CompareShown ? view.CompareLayout : view.Layout;
    const MapLayout& fit_layout = CachedLayout(layout_cache, shown, view.Metrics);
    MapDrawOptions options;
    options.ShowGaps = view.ShowGaps;

    const bool resized = canvas_screen.Width() != view.CanvasRect.Width() || canvas_screen.Height() != view.CanvasRect.Height();
    if (view.FitRequested || (resized && view.ViewIsFit))
    {
        view.CanvasView = FitRect(DrawnBounds(session.Doc, fit_layout, options), canvas_screen, 24.0f);
        view.FitRequested = false;
        view.ViewIsFit = true;
    }
    if (view.ZoomResetRequested)
    {
        view.CanvasView = ZoomAt(view.CanvasView, canvas_screen.Center(), 1.0f);
        view.ZoomResetRequested = false;
        view.ViewIsFit = false;
    }

    // Zoom at the cursor: the world point under the mouse stays under the mouse.
    if (hovered && io.MouseWheel != 0.0f)
        view.CanvasView = ZoomAt(view.CanvasView, ToVec2(io.MousePos), view.CanvasView.Zoom * std::pow(1.15f, io.MouseWheel));

    // Pan: middle or right drag, or space held with a left drag.
    const bool space_down = KeyDown(Key_Space) && !io.WantTextInput;
    const bool panning = active && (view.Canvas.Mode == CanvasMode::None || view.Canvas.Mode == CanvasMode::Pan) &&
                         (ImGui::IsMouseDown(ImGuiMouseButton_Middle) || ImGui::IsMouseDown(ImGuiMouseButton_Right) ||
                          (space_down && ImGui::IsMouseDown(ImGuiMouseButton_Left)));
    if (panning || view.Canvas.Mode == CanvasMode::Pan) // the gesture state machine knows a pan is under way
        view.Canvas.Mode = panning ? CanvasMode::Pan : CanvasMode::None;
    if (panning && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f))
        view.CanvasView = Pan(view.CanvasView, ToVec2(io.MouseDelta));
    if (panning || (hovered && space_down))
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    if (panning || (hovered && io.MouseWheel != 0.0f))
        view.ViewIsFit = false;
    view.CanvasRect = canvas_screen;
    if (view.Present.Active)
        UpdatePresentationView(session, view, canvas_screen, ImGui::GetTime());

    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    if (view.CompareShown)
    {
        // Read-only: pan and zoom only, nothing selected, nothing edited.
        options.Compare = &view.CompareData;
        draw_list->AddRectFilled(canvas_min_screen, ImVec2(canvas_screen.Max.x, canvas_screen.Max.y), MapColors::Background);
        DrawMap(draw_list, view.Fonts, session.Doc, shown, fit_layout, view.CanvasView, canvas_screen, options);
        return;
    }

    // Left-button gestures and the keys that edit the map; then draw what they made.
    CanvasInput input;
    input.CanvasScreen = canvas_screen;
    input.Hovered = hovered;
    input.SpaceDown = space_down;
    input.ClickTaken = UpdateFacilitationInput(session, view, canvas_screen, hovered, ImGui::GetTime());
    UpdateCanvasInteraction(session, view, input);
    const Situation& situation = ShownSituation(session, view);
    const MapLayout& layout = CachedLayout(view.Layout, situation, view.Metrics);
    options.SelectedMoments = &view.Selected.Moments;
    options.SelectedNotes = &view.Selected.Notes;
    options.HoveredMoment = view.Canvas.Hovered;
    options.Projector = view.Projector;
    options.ShowPersonas = !view.Present.Active; // presenting: nothing but the map
    options.FrozenHeaders = true;

    draw_list->AddRectFilled(canvas_min_screen, ImVec2(canvas_screen.Max.x, canvas_screen.Max.y), MapColors::Background);
    DrawMap(draw_list, view.Fonts, session.Doc, situation, layout, view.CanvasView, canvas_screen, options);
    DrawCanvasOverlays(session, view, draw_list, layout);
    DrawViewOverlays(session, view, draw_list, layout, canvas_screen);
    ShowCanvasMenus(session, view);
    ShowTextEditor(session, view);
    DumpLayoutForTests(session, view, layout);
}
