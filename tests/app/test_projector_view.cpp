// The projector window's view in real headless frames: it follows the main window's editing view
// (same situation, the same world area, scaled to its own screen), shows an edit in the frame it
// was made, follows the presentation step by step on a screen of another size, and draws the
// facilitation overlays. The window itself is tested by tests/e2e/test_projector_window.sh.
#include "app_test_helpers.h"
#include "canvas/canvas_hit.h"
#include "edit.h"
#include "present/presentation.h"
#include "present/projector_view.h"
#include "workshop_timer.h"

#include <catch2/catch.hpp>

using namespace test;

namespace
{
// A headless app and a projector screen of its own size, drawn on as the host draws it.
struct ProjectorRig
{
    HeadlessApp Headless;
    AppState& App = Headless.App;
    ImDrawList List{ImGui::GetDrawListSharedData()};
    Rect Screen;
    ProjectorRig(float width, float height) : Screen{{0.0f, 0.0f}, {width, height}} {}

    // One projector frame; returns the number of vertices.
    int Draw()
    {
        FollowMainView(App.Session, App.MainView, App.ProjectorView, Screen, ImGui::GetTime());
        List._ResetForNewFrame();
        List.PushTextureID(ImGui::GetIO().Fonts->TexID);
        List.PushClipRect(ImVec2(Screen.Min.x, Screen.Min.y), ImVec2(Screen.Max.x, Screen.Max.y));
        DrawProjectorView(App.Session, App.MainView, App.ProjectorView, App.Invite, &List, Screen);
        return List.VtxBuffer.Size;
    }
};
} // namespace

TEST_CASE("projector: follow mode shows the main canvas's world area on its own screen", "[app][projector]")
{
    ProjectorRig projector(1280.0f, 800.0f);
    AppState& app = projector.App;
    const Rect& beamer = projector.Screen;

    // Zoom in on the main canvas, as a facilitator does to discuss one part.
    app.MainView.CanvasView = ZoomAt(app.MainView.CanvasView, app.MainView.CanvasRect.Center(), 0.9f);
    app.MainView.ViewIsFit = false;
    Frames(app, 1);
    REQUIRE(projector.Draw() > 1000);
    const ViewState& p = app.ProjectorView;
    CHECK(p.Projector);
    CHECK_FALSE(p.Present.Active);
    CHECK(p.SituationIndex == app.MainView.SituationIndex);
    const Rect shown_world = ScreenToWorld(app.MainView.CanvasView, app.MainView.CanvasRect);
    const Rect on_beamer = WorldToScreen(p.CanvasView, shown_world);
    CHECK(on_beamer.Min.x >= -0.5f);
    CHECK(on_beamer.Min.y >= -0.5f);
    CHECK(on_beamer.Max.x <= beamer.Max.x + 0.5f);
    CHECK(on_beamer.Max.y <= beamer.Max.y + 0.5f);
    CHECK(std::max(on_beamer.Width() / beamer.Width(), on_beamer.Height() / beamer.Height()) == Approx(1.0f).epsilon(0.001));

    // The main window switches to the desired situation: so does the projector.
    REQUIRE(app.Session.Doc.Situations.size() == 2);
    app.MainView.SituationTabRequest = 1;
    Frames(app, 2);
    REQUIRE(app.MainView.SituationIndex == 1);
    projector.Draw();
    CHECK(app.ProjectorView.SituationIndex == 1);
    CHECK(app.ProjectorView.Layout.Layout.Moments.size() == app.Session.Doc.Situations[1].Moments.size());
}

TEST_CASE("projector: an edit shows in the projector view in the frame it was made", "[app][projector]")
{
    ProjectorRig projector(1920.0f, 1080.0f);
    AppState& app = projector.App;
    projector.Draw();
    const size_t notes = app.ProjectorView.Layout.Layout.Notes.size();
    REQUIRE(notes == CurrentSituation(app).Notes.size());

    const MomentId moment = CurrentSituation(app).Moments[2].Id;
    NoteId added;
    REQUIRE(AddNote(app.Session.Doc, 0, NoteKind::PainPoint, moment, Vec2(), "Geen tolk", &added));
    CommitEdit(app.Session);
    Frames(app, 1);
    projector.Draw();
    CHECK(app.ProjectorView.Layout.Layout.Notes.size() == notes + 1);
    CHECK(FindNoteBox(app.ProjectorView.Layout.Layout, added) != nullptr);
}

TEST_CASE("projector: it follows the presentation step by step on a screen of its own size", "[app][projector]")
{
    ProjectorRig projector(1024.0f, 768.0f);
    AppState& app = projector.App;
    const Rect& beamer = projector.Screen;
    projector.Draw();
    const View editing_view = app.MainView.CanvasView;

    EnterPresentation(app.Session, app.MainView);
    Frames(app, 2);
    REQUIRE(app.MainView.Present.Plan.size() > 3);
    projector.Draw();
    const PresentState& p = app.ProjectorView.Present;
    CHECK(p.Active);
    CHECK(p.PlannedSize == Vec2(1024.0f, 768.0f)); // planned for the projector, not for the laptop
    CHECK(p.ShownStep.Kind == PresentStepKind::Overview);

    for (int step = 1; step <= 3; step++)
    {
        GoToStep(app.MainView, step, ImGui::GetTime());
        Frames(app, 1);
        projector.Draw();
        CHECK(p.ShownStep.Kind == app.MainView.Present.ShownStep.Kind);
        CHECK(p.ShownStep.Phase == app.MainView.Present.ShownStep.Phase);
        CHECK(p.Animating); // it glides like the laptop's
    }
    // Once the glide is over the projector shows the phase the laptop shows, filling its height.
    Frames(app, 30);
    projector.Draw();
    CHECK_FALSE(p.Animating);
    const int phase = p.ShownStep.Phase;
    REQUIRE(phase >= 0);
    const PhaseColumn& column = app.ProjectorView.Layout.Layout.Phases[(size_t)phase];
    const Rect column_screen = WorldToScreen(app.ProjectorView.CanvasView, column.Column);
    CHECK(column_screen.Height() >= 0.85f * beamer.Height());
    CHECK(column_screen.Min.y >= -1.0f);

    // Escape on the laptop: the projector follows the editing view again.
    RequestLeavePresentation(app.MainView);
    Frames(app, 2);
    REQUIRE_FALSE(app.MainView.Present.Active);
    projector.Draw();
    CHECK_FALSE(p.Active);
    CHECK(app.ProjectorView.Projector); // the projector palette stays
    CHECK(app.MainView.CanvasView.Zoom == editing_view.Zoom);
    const View follow = app.ProjectorView.CanvasView;
    const Rect on_beamer = WorldToScreen(follow, ScreenToWorld(app.MainView.CanvasView, app.MainView.CanvasRect));
    CHECK(std::max(on_beamer.Width() / beamer.Width(), on_beamer.Height() / beamer.Height()) == Approx(1.0f).epsilon(0.001));
}

TEST_CASE("projector: the facilitation overlays draw on the projector too", "[app][projector]")
{
    ProjectorRig projector(1920.0f, 1080.0f);
    AppState& app = projector.App;
    const int plain = projector.Draw();
    StartTimer(app.Session.Facilitate.Timer, 10, ImGui::GetTime());
    const int with_timer = projector.Draw();
    CHECK(with_timer > plain);
    app.Session.Facilitate.Spotlight.Phase = CurrentSituation(app).Phases[1].Id;
    CHECK(projector.Draw() > with_timer);
}
