#include "present/projector_view.h"

#include "canvas/e2e_layout_dump.h"
#include "invite/invite_ui.h"
#include "present/presentation.h"
#include "present/view_overlays.h"
#include "projector.h"
#include "render/draw_map.h"
#include "render/theme.h"

#include <imgui.h>

void FollowMainView(const Session& session, const ViewState& main_view, ViewState& projector, const Rect& screen, double now)
{
    projector.SituationIndex = main_view.SituationIndex;
    projector.ShowGaps = main_view.ShowGaps;
    if (projector.Fonts.Ui != main_view.Fonts.Ui)
        projector.Fonts = main_view.Fonts; // one font atlas for both windows (they share the GL context)
    SizeLayoutForText(projector);
    projector.CanvasRect = screen;
    PresentState& p = projector.Present;
    if (main_view.Present.Active)
    {
        const bool entering = !p.Active;
        if (entering)
            EnterPresentation(session, projector);
        if (p.MomentSteps != main_view.Present.MomentSteps)
        {
            p.MomentSteps = main_view.Present.MomentSteps;
            p.PlannedFrom = -1; // plan again with or without the moment steps
        }
        projector.Metrics = main_view.Metrics;
        UpdatePresentationView(session, projector, screen, now); // plans for the projector's own size
        const int step = MatchingStep(p.Plan, main_view.Present.ShownStep);
        // The same step as the laptop; a window opened mid-presentation starts there without a glide.
        if (step != p.Step)
            GoToStep(projector, step, entering ? now - PresentTransitionSeconds : now);
        UpdatePresentationView(session, projector, screen, now);
    }
    else
    {
        if (p.Active)
        {
            RequestLeavePresentation(projector);
            FinishPresentationFrame(session, projector);
        }
        projector.Metrics = main_view.Metrics;
        // Before the main canvas was first laid out there is nothing to follow yet.
        if (main_view.CanvasRect.Width() >= 1.0f && main_view.CanvasRect.Height() >= 1.0f)
            projector.CanvasView = FollowView(main_view.CanvasView, main_view.CanvasRect, screen);
    }
    projector.Projector = true;
    projector.InspectorVisible = false;
}

void DrawProjectorView(const Session& session, const ViewState& main_view, ViewState& projector, const Invitation& invite,
                       ImDrawList* draw_list, const Rect& screen)
{
    // The Compare tab is read-only and drawn from a situation the main canvas made this frame.
    const bool compare = main_view.CompareShown && !projector.Present.Active;
    const Situation& situation = compare ? main_view.CompareSituation : ShownSituation(session, projector);
    const MapLayout& layout = CachedLayout(compare ? projector.CompareLayout : projector.Layout, situation, projector.Metrics);

    const ImVec2 min_screen(screen.Min.x, screen.Min.y), max_screen(screen.Max.x, screen.Max.y);
    draw_list->PushClipRect(min_screen, max_screen);
    draw_list->AddRectFilled(min_screen, max_screen, ProjectorPalette().Background);
    MapDrawOptions options;
    options.Projector = true;
    options.FrozenHeaders = true;
    options.ShowGaps = projector.ShowGaps;
    options.ShowPersonas = !projector.Present.Active; // presenting: nothing but the map
    options.Compare = compare ? &main_view.CompareData : nullptr;
    DrawMap(draw_list, projector.Fonts, session.Doc, situation, layout, projector.CanvasView, screen, options);
    if (!compare)
        DrawViewOverlays(session, projector, draw_list, layout, screen);
    DrawInviteOnView(invite, screen, projector.Fonts.Ui, draw_list);
    draw_list->PopClipRect();
    DumpLayoutForTests(session, projector, layout);
}
