#include "canvas/canvas.h"

#include "canvas/canvas_interaction.h"
#include "canvas/canvas_menus.h"
#include "render/draw_map.h"
#include "canvas/e2e_layout_dump.h"
#include "canvas/text_editor_overlay.h"
#include "commands/keys.h"
#include "render/theme.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

static Vec2 ToVec2(ImVec2 v) { return {v.x, v.y}; }

void ShowCanvas(AppState& app, float width, float height)
{
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 canvas_min_screen = ImGui::GetCursorScreenPos();
    const ImVec2 canvas_size(std::max(width, 50.0f), std::max(height, 50.0f));
    const Rect canvas_screen = {ToVec2(canvas_min_screen), ToVec2(canvas_min_screen) + ToVec2(canvas_size)};

    // One invisible button covers the canvas and catches every mouse button.
    ImGui::InvisibleButton("canvas", canvas_size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight | ImGuiButtonFlags_MouseButtonMiddle);
    ImGui::SetItemUsingMouseWheel(); // the wheel zooms the canvas instead of scrolling the window
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();

    const MapLayout& fit_layout = CachedLayout(app.Layout, CurrentSituation(app));
    MapDrawOptions options;

    const bool resized = canvas_screen.Width() != app.CanvasRect.Width() || canvas_screen.Height() != app.CanvasRect.Height();
    if (app.FitRequested || (resized && app.ViewIsFit))
    {
        app.CanvasView = FitRect(DrawnBounds(app.Doc, fit_layout, options), canvas_screen, 24.0f);
        app.FitRequested = false;
        app.ViewIsFit = true;
    }
    if (app.ZoomResetRequested)
    {
        app.CanvasView = ZoomAt(app.CanvasView, canvas_screen.Center(), 1.0f);
        app.ZoomResetRequested = false;
        app.ViewIsFit = false;
    }

    // Zoom at the cursor: the world point under the mouse stays under the mouse.
    if (hovered && io.MouseWheel != 0.0f)
        app.CanvasView = ZoomAt(app.CanvasView, ToVec2(io.MousePos), app.CanvasView.Zoom * std::pow(1.15f, io.MouseWheel));

    // Pan: middle or right drag, or space held with a left drag.
    const bool space_down = ImGui::IsKeyDown(Key_Space) && !io.WantTextInput;
    const bool panning = active && (app.Canvas.Mode == CanvasMode::None || app.Canvas.Mode == CanvasMode::Pan) &&
                         (ImGui::IsMouseDown(ImGuiMouseButton_Middle) || ImGui::IsMouseDown(ImGuiMouseButton_Right) ||
                          (space_down && ImGui::IsMouseDown(ImGuiMouseButton_Left)));
    if (panning || app.Canvas.Mode == CanvasMode::Pan) // the gesture state machine knows a pan is under way
        app.Canvas.Mode = panning ? CanvasMode::Pan : CanvasMode::None;
    if (panning && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f))
        app.CanvasView = Pan(app.CanvasView, ToVec2(io.MouseDelta));
    if (panning || (hovered && space_down))
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    if (panning || (hovered && io.MouseWheel != 0.0f))
        app.ViewIsFit = false;
    app.CanvasRect = canvas_screen;

    // Left-button gestures and the keys that edit the map; then draw what they made.
    CanvasInput input;
    input.CanvasScreen = canvas_screen;
    input.Hovered = hovered;
    input.SpaceDown = space_down;
    UpdateCanvasInteraction(app, input);
    HandleCanvasKeys(app);
    const Situation& situation = CurrentSituation(app);
    const MapLayout& layout = CachedLayout(app.Layout, situation);
    options.SelectedMoments = &app.Selected.Moments;
    options.SelectedNotes = &app.Selected.Notes;
    options.HoveredMoment = app.Canvas.Hovered;

    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->AddRectFilled(canvas_min_screen, ImVec2(canvas_screen.Max.x, canvas_screen.Max.y), MapColors::Background);
    DrawMap(draw_list, app.Fonts, app.Doc, situation, layout, app.CanvasView, canvas_screen, options);
    DrawCanvasOverlays(app, draw_list, layout);
    ShowCanvasMenus(app);
    ShowTextEditor(app);
    DumpLayoutForTests(app, layout);
}
