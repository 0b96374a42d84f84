// A whole app frame of the stress map, headless: culling and level of detail keep what is drawn
// proportional to what is visible, and frames without a change reuse the layout.
#include "host/headless.h"
#include "history.h"
#include "stress_map.h"

#include <imgui.h>

#include <catch2/catch.hpp>

namespace
{
void ShowStressMap(AppState& app)
{
    app.Session.Doc = MakeStressDocument();
    ResetHistory(app.Session.Undo, app.Session.Doc);
    app.MainView.FitRequested = true;
}

View ViewAt(const AppState& app, float zoom, Vec2 center_world)
{
    View view;
    view.Zoom = zoom;
    view.OriginScreen = app.MainView.CanvasRect.Center() - center_world * zoom;
    return view;
}
} // namespace

TEST_CASE("frames of the stress map draw only what is visible, and reuse the layout", "[app][stress]")
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    ShowStressMap(app);
    BuildHeadlessFrame(app);
    const int fit_vertices = BuildHeadlessFrame(app);
    const MapLayout& layout = app.MainView.Layout.Layout;
    REQUIRE(layout.Moments.size() == 5000);
    CHECK(fit_vertices > 5000); // something is drawn

    // At 100 % a handful of cards with their texts, not 15,000 elements.
    const MomentBox& middle = layout.Moments[2500];
    app.MainView.CanvasView = ViewAt(app, 1.0f, middle.Card.Center());
    const int at_100_vertices = BuildHeadlessFrame(app);
    CHECK(at_100_vertices > 5000);
    CHECK(at_100_vertices < 150000);

    // The whole map at once: every card and note is a block and faces are dots, so the drawing
    // stays within what a screen can show.
    app.MainView.CanvasView = ViewAt(app, 1900.0f / layout.Bounds.Width(), layout.Bounds.Center());
    const int whole_vertices = BuildHeadlessFrame(app);
    CHECK(whole_vertices > 20000);   // all 15,000 blocks are there
    CHECK(whole_vertices < 300000);

    // Nothing changed in all these frames: the layout was computed once.
    CHECK(app.MainView.Layout.Computations == 1);
    // An edit is seen at the next frame.
    app.Session.Doc.Situations[0].Moments[0].Patient.Score = -*app.Session.Doc.Situations[0].Moments[0].Patient.Score + 0.5f;
    BuildHeadlessFrame(app);
    CHECK(app.MainView.Layout.Computations == 2);
    DestroyHeadlessContext(ctx);
}
