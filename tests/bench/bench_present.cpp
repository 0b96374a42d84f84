// Presentation frames (issue #16): a phase step of the worked example and of the stress map,
// 1920x1080, halfway through the eased transition from the overview (the frame that has to
// blend views and lay out the most text). CPU time of the headless frame, median.
#include "bench.h"

#include "edit.h"
#include "host/headless.h"
#include "history.h"
#include "present/presentation.h"
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
} // namespace

JB_BENCH(BenchPresent)
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    OpenExample(app);
    ReportBench("frame_present_example_ms", PresentFrameMs(options, app, app.Session.Doc), "ms");
    ReportBench("frame_present_stress_ms", PresentFrameMs(options, app, MakeStressDocument()), "ms");
    DestroyHeadlessContext(ctx);
}
