// The facilitation tools in real headless frames of the app: a voting round by mouse through the
// canvas (dots, undo, right-click, results), the timer's and the laser's frame needs, the
// spotlight and Escape, and the overlays drawn over the map.
#include "app_test_helpers.h"
#include "commands/command_table.h"
#include "facilitate/overlays.h"
#include "voting.h"

#include <catch2/catch.hpp>

using namespace test;

namespace
{
ImVec2 Screen(const AppState& app, Vec2 p_world)
{
    const Vec2 p = WorldToScreen(app.MainView.CanvasView, p_world);
    return ImVec2(p.x, p.y);
}

const Note& NoteOf(const AppState& app, NoteId id) { return *FindNote(CurrentSituation(app), id); }
} // namespace

TEST_CASE("facilitate: a voting round by mouse, each dot one undo step", "[app][facilitate]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const MapLayout layout = ComputeLayout(CurrentSituation(app));
    REQUIRE(layout.Notes.size() >= 2);
    const NoteBox a = layout.Notes[0], b = layout.Notes[1];

    REQUIRE(RunCommand(app, "facilitate.vote"));
    const VotingRound* round = OpenRound(app.Session.Doc);
    REQUIRE(round);
    const RoundId id = round->Id;
    CHECK(round->Name == "Voting round 1");
    CHECK(app.Session.Dirty); // starting a round is a step of its own
    const size_t steps = app.Session.Undo.Undo.size();

    for (int i = 0; i < 3; i++)
        ClickAt(app, Screen(app, a.Box.Center()));
    ClickAt(app, Screen(app, b.Box.Center()));
    CHECK(NoteVotes(NoteOf(app, a.Id), id) == 3);
    CHECK(NoteVotes(NoteOf(app, b.Id), id) == 1);
    CHECK(app.Session.Undo.Undo.size() == steps + 4);
    CHECK(app.MainView.Selected.Notes.empty()); // a click while voting gives a dot, it does not select

    PressKey(app, Key_Z, true); // Ctrl+Z
    CHECK(NoteVotes(NoteOf(app, b.Id), id) == 0);
    ClickAt(app, Screen(app, a.Box.Center()), 1); // right-click: one back
    CHECK(NoteVotes(NoteOf(app, a.Id), id) == 2);
    CHECK(RoundDots(app.Session.Doc, id) == 2);

    // V again ends the round and shows its results; the panel and the highlights are drawn.
    REQUIRE(RunCommand(app, "facilitate.vote"));
    CHECK_FALSE(OpenRound(app.Session.Doc));
    CHECK(app.Session.Facilitate.Voting.Results == id);
    CHECK(BuildHeadlessFrame(app, 1.0f) > 0); // a second later: the next click is no double-click
    // Clicks select again once the round is over.
    ClickAt(app, Screen(app, b.Box.Center()));
    CHECK(NoteVotes(NoteOf(app, b.Id), id) == 0);
    CHECK(app.MainView.Selected.Notes.count(b.Id) == 1);

    // A second round is number 2 and leaves the first one's dots alone.
    REQUIRE(RunCommand(app, "facilitate.vote"));
    CHECK(OpenRound(app.Session.Doc)->Name == "Voting round 2");
    REQUIRE(RunCommand(app, "facilitate.end_round"));
    CHECK(NoteVotes(NoteOf(app, a.Id)) == 2);
    CHECK(CountDocument(app.Session.Doc).Votes == 2);
}

TEST_CASE("facilitate: the Dutch round name", "[app][facilitate]")
{
    HeadlessApp h(Language::Dutch);
    REQUIRE(RunCommand(h.App, "facilitate.vote"));
    CHECK(OpenRound(h.App.Session.Doc)->Name == "Stemronde 1");
}

TEST_CASE("facilitate: the timer wakes the app once a second, the laser until its trail fades", "[app][facilitate]")
{
    HeadlessApp h;
    AppState& app = h.App;
    FacilitationState& tools = app.Session.Facilitate;
    CHECK(FacilitationSecondsUntilRedraw(tools, ImGui::GetTime()) < 0.0); // idle: no frames

    REQUIRE(RunCommand(app, "facilitate.timer_5"));
    CHECK(tools.Timer.Phase == TimerPhase::Running);
    CHECK(FormatTimer(tools.Timer, ImGui::GetTime()) == "05:00");
    for (int i = 0; i < 30; i++)
        BuildHeadlessFrame(app, 0.1f); // three seconds
    CHECK(FormatTimer(tools.Timer, ImGui::GetTime()) == "04:57");
    const double wait = FacilitationSecondsUntilRedraw(tools, ImGui::GetTime());
    CHECK(wait > 0.0);
    CHECK(wait <= 1.0);
    REQUIRE(RunCommand(app, "facilitate.timer_pause"));
    CHECK(FacilitationSecondsUntilRedraw(tools, ImGui::GetTime()) < 0.0);
    REQUIRE(RunCommand(app, "facilitate.timer_stop"));
    CHECK(tools.Timer.Phase == TimerPhase::Stopped);

    // The laser: on from the menu, the mouse moves, the trail fades, and then no more frames.
    REQUIRE(RunCommand(app, "facilitate.laser"));
    Frames(app, 2);
    CHECK(tools.Laser.On); // a menu click is not a held key
    for (int i = 0; i < 10; i++)
    {
        ImGui::GetIO().MousePos = ImVec2(600.0f + 20.0f * i, 500.0f);
        BuildHeadlessFrame(app, 1.0f / 60.0f);
    }
    CHECK(tools.Laser.Points.size() >= 5);
    CHECK(FacilitationSecondsUntilRedraw(tools, ImGui::GetTime()) > 0.0);
    for (int i = 0; i < 60; i++)
        BuildHeadlessFrame(app, 1.0f / 60.0f); // a second without moving
    CHECK(tools.Laser.Points.empty());
    CHECK(tools.Laser.On); // the dot stays where it rests
    CHECK(FacilitationSecondsUntilRedraw(tools, ImGui::GetTime()) < 0.0);
    REQUIRE(RunCommand(app, "facilitate.laser"));
    CHECK_FALSE(tools.Laser.On);
}

TEST_CASE("facilitate: holding K shows the laser only while held", "[app][facilitate]")
{
    HeadlessApp h;
    AppState& app = h.App;
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[Key_K] = true;
    for (int i = 0; i < 40; i++)
        BuildHeadlessFrame(app, 1.0f / 60.0f); // two thirds of a second
    CHECK(app.Session.Facilitate.Laser.On);
    io.KeysDown[Key_K] = false;
    Frames(app, 2);
    CHECK_FALSE(app.Session.Facilitate.Laser.On);
    // A tap keeps it on.
    PressKey(app, Key_K);
    CHECK(app.Session.Facilitate.Laser.On);
    PressKey(app, Key_K);
    CHECK_FALSE(app.Session.Facilitate.Laser.On);
}

TEST_CASE("facilitate: S spotlights the selected moment, Escape ends it", "[app][facilitate]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const MapLayout layout = ComputeLayout(CurrentSituation(app));
    const MomentId moment = layout.Moments[4].Id;
    app.MainView.Selected.Moments.insert(moment);
    PressKey(app, Key_S);
    const SpotlightTarget& spot = app.Session.Facilitate.Spotlight;
    REQUIRE(spot.IsSet());
    CHECK(spot.Moments == std::vector<MomentId>{moment});
    CHECK(BuildHeadlessFrame(app) > 0);
    PressKey(app, Key_Escape);
    CHECK_FALSE(app.Session.Facilitate.Spotlight.IsSet());
    CHECK(app.MainView.Selected.Moments.count(moment) == 1); // Escape ended the spotlight first

    // Deleting what it lights ends it too.
    PressKey(app, Key_S);
    REQUIRE(app.Session.Facilitate.Spotlight.IsSet());
    PressKey(app, Key_Delete);
    Frames(app, 2);
    CHECK_FALSE(app.Session.Facilitate.Spotlight.IsSet());
}

TEST_CASE("facilitate: the overlays draw into any view", "[app][facilitate]")
{
    HeadlessApp h;
    AppState& app = h.App;
    FacilitationState& tools = app.Session.Facilitate;
    const int plain = BuildHeadlessFrame(app);
    StartTimer(tools.Timer, 10, ImGui::GetTime());
    LaserSetOn(tools.Laser, true);
    LaserMoveTo(tools.Laser, Vec2(100, 100), ImGui::GetTime());
    tools.Spotlight.Phase = CurrentSituation(app).Phases[1].Id;
    CHECK(BuildHeadlessFrame(app) > plain); // timer, laser dot and the dimming veil

    // A second view (a projector window's) draws the same overlays with its own transform.
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRectFullScreen();
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    OverlayView other;
    other.DrawList = &list;
    other.Fonts = &app.MainView.Fonts;
    other.Transform = View{Vec2(10, 10), 0.25f};
    other.CanvasScreen = Rect{{0, 0}, {1280, 720}};
    DrawFacilitationOverlays(other, app.Session.Doc, 0, ComputeLayout(CurrentSituation(app)), tools, ImGui::GetTime());
    CHECK(list.VtxBuffer.Size > 0);
}
