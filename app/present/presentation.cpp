#include "present/presentation.h"

#include "input/keyboard.h"
#include "render/draw_map.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace
{
// No key repeat: the loop sleeps while idle, so the first frame after a press can carry a long
// time step and a held key would count twice. Clickers send single presses anyway.
bool Pressed(int key) { return KeyPressed(key); }

// The step's view on this canvas: plans are made for a canvas whose top-left is (0, 0).
View StepView(const PresentStep& step, const Rect& canvas_screen)
{
    View v = step.ViewTransform;
    v.OriginScreen = v.OriginScreen + canvas_screen.Min;
    return v;
}
} // namespace

void EnterPresentation(const Session& session, ViewState& view)
{
    PresentState& p = view.Present;
    if (p.Active)
        return;
    p.SavedView = view.CanvasView;
    p.SavedViewIsFit = view.ViewIsFit;
    p.SavedFitRequested = view.FitRequested; // presenting before the first frame: fit on leaving
    p.SavedInspector = view.InspectorVisible;
    p.SavedSituation = view.SituationIndex;
    p.SavedMetrics = view.Metrics;
    p.SavedMoments = view.Selected.Moments;
    p.SavedNotes = view.Selected.Notes;
    p.Active = true;
    p.Step = 0;
    p.Plan.clear();
    p.PlannedFrom = -1;
    p.ShownStep = PresentStep();
    p.TransitionStart = -1.0;
    p.ExitRequested = false;
    view.Metrics = PresentationMetrics();
    view.Projector = true;
    view.ViewIsFit = false;
    view.FitRequested = false;
    view.Selected.Clear();
    (void)session;
}

void RequestLeavePresentation(ViewState& view)
{
    if (view.Present.Active)
        view.Present.ExitRequested = true;
}

void FinishPresentationFrame(const Session& session, ViewState& view)
{
    PresentState& p = view.Present;
    if (!p.Active || !p.ExitRequested)
        return;
    // Exactly the editing view the facilitator had: place, zoom, situation, panels, selection
    // (less what was deleted meanwhile).
    view.CanvasView = p.SavedView;
    view.ViewIsFit = p.SavedViewIsFit;
    view.InspectorVisible = p.SavedInspector;
    view.SituationIndex = p.SavedSituation;
    view.SituationTabRequest = p.SavedSituation;
    view.Metrics = p.SavedMetrics;
    view.Selected.Moments = p.SavedMoments;
    view.Selected.Notes = p.SavedNotes;
    view.Projector = false;
    view.FitRequested = p.SavedFitRequested;
    PruneSelection(session, view);
    p.Active = false;
    p.ExitRequested = false;
    p.Animating = false;
    p.Plan.clear();
}

void GoToStep(ViewState& view, int step, double now)
{
    PresentState& p = view.Present;
    if (p.Plan.empty())
        return;
    step = std::clamp(step, 0, (int)p.Plan.size() - 1);
    if (step == p.Step && p.TransitionStart < 0.0)
        return;
    // From wherever the view is now, even halfway through another transition.
    p.From = view.CanvasView;
    p.TransitionStart = now;
    p.Step = step;
    p.ShownStep = p.Plan[(size_t)step];
}

void GoToPhase(ViewState& view, int phase, double now)
{
    const int step = FirstStepOfPhase(view.Present.Plan, phase);
    if (step >= 0)
        GoToStep(view, step, now);
}

bool HandlePresentationKeys(ViewState& view, double now)
{
    const ImGuiIO& io = ImGui::GetIO();
    if (!view.Present.Active || io.WantTextInput || view.Canvas.Editor.IsOpen() ||
        ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId) || io.KeyCtrl || io.KeyAlt)
        return false;
    const int step = view.Present.Step;
    if (Pressed(Key_Right) || Pressed(Key_PageDown) || Pressed(Key_Space) || Pressed(Key_Down))
        GoToStep(view, step + 1, now);
    else if (Pressed(Key_Left) || Pressed(Key_PageUp) || Pressed(Key_Backspace) || Pressed(Key_Up))
        GoToStep(view, step - 1, now);
    else if (Pressed(Key_Home))
        GoToStep(view, 0, now);
    else if (Pressed(Key_End))
        GoToStep(view, (int)view.Present.Plan.size() - 1, now);
    else if (Pressed(Key_Escape))
        RequestLeavePresentation(view);
    else
    {
        for (int digit = 1; digit <= 9 && !io.KeyShift; digit++)
            if (Pressed(Key_1 + digit - 1))
            {
                GoToPhase(view, digit - 1, now);
                return true;
            }
        return false;
    }
    return true;
}

void UpdatePresentationView(const Session& session, ViewState& view, const Rect& canvas_screen, double now)
{
    PresentState& p = view.Present;
    const Situation& situation = ShownSituation(session, view);
    const MapLayout& layout = CachedLayout(view.Layout, situation, view.Metrics);
    const Vec2 size = {canvas_screen.Width(), canvas_screen.Height()};
    if (p.PlannedFrom != view.Layout.Computations || !(p.PlannedSize == size) || p.Plan.empty())
    {
        // The map or the screen changed: plan again and stay on the same step.
        MapDrawOptions options;
        options.ShowPersonas = false;
        const bool first = p.Plan.empty();
        p.Plan = PlanPresentation(layout, DrawnBounds(session.Doc, layout, options), PresentOptionsFor(layout.Metrics, size, p.MomentSteps));
        p.PlannedFrom = view.Layout.Computations;
        p.PlannedSize = size;
        const int step = first ? 0 : MatchingStep(p.Plan, p.ShownStep);
        const View before = StepView(p.Plan[(size_t)std::min(p.Step, (int)p.Plan.size() - 1)], canvas_screen);
        p.Step = step;
        p.ShownStep = p.Plan[(size_t)step];
        if (first)
            view.CanvasView = StepView(p.ShownStep, canvas_screen);
        else if (p.TransitionStart < 0.0 && !(StepView(p.ShownStep, canvas_screen).OriginScreen == before.OriginScreen &&
                                              StepView(p.ShownStep, canvas_screen).Zoom == before.Zoom))
            view.CanvasView = StepView(p.ShownStep, canvas_screen);
    }
    p.Animating = false;
    if (p.TransitionStart >= 0.0)
    {
        const float t = (float)((now - p.TransitionStart) / PresentTransitionSeconds);
        const View target = StepView(p.ShownStep, canvas_screen);
        if (t >= 1.0f)
        {
            view.CanvasView = target;
            p.TransitionStart = -1.0;
        }
        else
        {
            view.CanvasView = BlendViews(p.From, target, canvas_screen.Center(), EaseInOut(t));
            p.Animating = true;
        }
    }
}

void DrawStepIndicator(const Session& session, const ViewState& view, const Rect& canvas_screen, ImDrawList* draw_list)
{
    const PresentState& p = view.Present;
    if (!p.Active || p.Plan.empty())
        return;
    const PresentStep& step = p.Plan[(size_t)p.Step];
    const Situation& situation = ShownSituation(session, view);
    const Phase* phase = step.Phase >= 0 && step.Phase < (int)situation.Phases.size() ? &situation.Phases[(size_t)step.Phase] : nullptr;
    char text[256];
    if (phase && step.Parts > 1)
        std::snprintf(text, sizeof(text), "%d / %d  \xC2\xB7  %s (%d/%d)", p.Step + 1, (int)p.Plan.size(), phase->Name.c_str(), step.Part + 1, step.Parts);
    else
        std::snprintf(text, sizeof(text), "%d / %d%s%s", p.Step + 1, (int)p.Plan.size(), phase ? "  \xC2\xB7  " : "", phase ? phase->Name.c_str() : "");
    ImFont* font = view.Fonts.Ui ? view.Fonts.Ui : ImGui::GetFont();
    const float size = font->FontSize;
    const ImVec2 text_size = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text);
    const ImVec2 at(canvas_screen.Max.x - text_size.x - 14.0f, canvas_screen.Max.y - size - 10.0f);
    draw_list->AddRectFilled(ImVec2(at.x - 8.0f, at.y - 4.0f), ImVec2(at.x + text_size.x + 8.0f, at.y + size + 4.0f), IM_COL32(255, 255, 255, 220), 4.0f);
    draw_list->AddText(font, size, at, IM_COL32(60, 60, 60, 255), text);
}
