// Presentation frames (issue #16): a phase step of the worked example and of the stress map,
// 1920x1080, halfway through the eased transition from the overview (the frame that has to
// blend views and lay out the most text). CPU time of the headless frame, median.
// The projector window's part of a frame: its view of the map (follow mode, 1920x1080) built
// into its draw list after the main window's frame; CPU time, median.
#include "bench.h"

#include "edit.h"
#include "host/headless.h"
#include "history.h"
#include "present/presentation.h"
#include "present/projector_view.h"
#include "session/app_state.h"
#include "stress_map.h"

#include <imgui.h>

namespace
{
double PresentFrameMs(const BenchOptions& options, AppState& app, Document doc)
{
    app.Session.Doc = std::move(doc);
    ResetHistory(app.Session.Undo, app.Session.Doc);
    ResetViewForNewDocument(app.Session, app.MainView);
    BuildHeadlessFrame(app);
    EnterPresentation(app.Session, app.MainView);
    BuildHeadlessFrame(app); // plans the steps
    PresentState& p = app.MainView.Present;
    const View overview = p.Plan[0].ViewTransform;
    const int phase_step = FirstStepOfPhase(p.Plan, (int)p.Plan.back().Phase / 2);
    return MedianCpuMilliseconds(options, [&] {
        // Every frame halfway between the overview and a middle phase.
        p.Step = phase_step;
        p.ShownStep = p.Plan[(size_t)phase_step];
        p.From = overview;
        p.TransitionStart = ImGui::GetTime() - PresentTransitionSeconds * 0.5;
        BuildHeadlessFrame(app);
    });
}
double ProjectorFrameMs(const BenchOptions& options, AppState& app, Document doc)
{
    app.Session.Doc = std::move(doc);
    ResetHistory(app.Session.Undo, app.Session.Doc);
    ResetViewForNewDocument(app.Session, app.MainView);
    BuildHeadlessFrame(app); // lays out and fits the main canvas
    BuildHeadlessFrame(app);
    const Rect screen = {{0.0f, 0.0f}, {1920.0f, 1080.0f}};
    ImDrawList list(ImGui::GetDrawListSharedData());
    return MedianCpuMilliseconds(options, [&] {
        FollowMainView(app.Session, app.MainView, app.ProjectorView, screen, ImGui::GetTime());
        list._ResetForNewFrame();
        list.PushTextureID(ImGui::GetIO().Fonts->TexID);
        list.PushClipRect(ImVec2(0.0f, 0.0f), ImVec2(screen.Max.x, screen.Max.y));
        DrawProjectorView(app.Session, app.MainView, app.ProjectorView, app.Invite, &list, screen);
    });
}
} // namespace

JB_BENCH(BenchPresent)
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    OpenExample(app);
    ReportBench("frame_present_example_ms", PresentFrameMs(options, app, app.Session.Doc), "ms");
    ReportBench("frame_present_stress_ms", PresentFrameMs(options, app, MakeStressDocument()), "ms");
    RequestLeavePresentation(app.MainView);
    BuildHeadlessFrame(app);
    OpenExample(app);
    ReportBench("frame_projector_example_ms", ProjectorFrameMs(options, app, app.Session.Doc), "ms");
    ReportBench("frame_projector_stress_ms", ProjectorFrameMs(options, app, MakeStressDocument()), "ms");
    DestroyHeadlessContext(ctx);
}
