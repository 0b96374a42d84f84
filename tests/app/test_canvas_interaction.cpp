// The canvas's gestures in real headless frames of the app, driven through ImGui's input: what a
// drag, a click, a double-click or a key does to the document, the selection and the undo history.
#include "app_test_helpers.h"
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "canvas/text_editor_overlay.h"
#include "commands/command_table.h"
#include "host/headless.h"
#include "text/i18n.h"
#include "input/keys.h"

#include <imgui.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

using test::ClickAt;
using test::Frames;
using test::MoveMouse;
using test::PressKey;
using test::Type;
using CanvasApp = test::HeadlessApp;

namespace
{
MapLayout Layout(const AppState& app) { return ComputeLayout(CurrentSituation(app)); }
ImVec2 Screen(const AppState& app, Vec2 p_world)
{
    const Vec2 p = WorldToScreen(app.MainView.CanvasView, p_world);
    return ImVec2(p.x, p.y);
}

// Press at `from`, move to `to` in steps (a frame each), release there.
void Drag(AppState& app, ImVec2 from, ImVec2 to)
{
    ImGuiIO& io = ImGui::GetIO();
    MoveMouse(app, from);
    io.MouseDown[0] = true;
    Frames(app, 1);
    for (int i = 1; i <= 8; i++)
        MoveMouse(app, ImVec2(from.x + (to.x - from.x) * i / 8.0f, from.y + (to.y - from.y) * i / 8.0f));
    io.MouseDown[0] = false;
    Frames(app, 2);
}

const Moment& MomentOf(const AppState& app, MomentId id) { return *FindMoment(CurrentSituation(app), id); }
} // namespace

TEST_CASE("a click on a face changes nothing, dragging it two steps up is one undo step", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    const MapLayout layout = Layout(app);
    const MomentBox& box = layout.Moments[1];
    const float before = MomentOf(app, box.Id).Patient.Score.value();
    const size_t steps = app.Session.Undo.Undo.size();

    ClickAt(app, Screen(app, box.PatientPoint));
    CHECK(MomentOf(app, box.Id).Patient.Score == before);
    CHECK(app.Session.Undo.Undo.size() == steps);
    CHECK_FALSE(app.Session.Dirty);
    CHECK(app.MainView.Selected.Moments.count(box.Id) == 1);

    const float step_world = layout.PatientCurveBand.Height() / 4.0f;
    Drag(app, Screen(app, box.PatientPoint), Screen(app, box.PatientPoint - Vec2(0.0f, 2.0f * step_world)));
    CHECK(MomentOf(app, box.Id).Patient.Score == std::min(2.0f, before + 2.0f));
    CHECK(app.Session.Undo.Undo.size() == steps + 1);
    CHECK(app.Session.Dirty);
    REQUIRE(UndoEdit(app));
    CHECK(MomentOf(app, box.Id).Patient.Score == before);
    CHECK_FALSE(app.Session.Dirty); // back at the state that was opened
}

TEST_CASE("dragging a moment into the next phase moves it there as one step", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    const MapLayout layout = Layout(app);
    const PhaseId first = layout.Phases[0].Id, second = layout.Phases[1].Id;
    std::vector<const MomentBox*> in_second;
    const MomentBox* moving = nullptr;
    for (const MomentBox& box : layout.Moments)
    {
        if (box.Phase == first)
            moving = &box;
        if (box.Phase == second)
            in_second.push_back(&box);
    }
    REQUIRE(moving);
    REQUIRE(in_second.size() == 2);
    const MomentId id = moving->Id;
    const float target_x = (in_second[0]->CenterX + in_second[1]->CenterX) * 0.5f;
    const size_t steps = app.Session.Undo.Undo.size();
    Drag(app, Screen(app, moving->Card.Center()), Screen(app, {target_x, moving->Card.Center().y}));

    CHECK(MomentOf(app, id).Phase == second);
    const MapLayout after = Layout(app);
    std::vector<MomentId> order;
    for (const MomentBox& box : after.Moments)
        if (box.Phase == second)
            order.push_back(box.Id);
    CHECK(order == (std::vector<MomentId>{in_second[0]->Id, id, in_second[1]->Id}));
    CHECK(app.Session.Undo.Undo.size() == steps + 1);
    CHECK(ValidateDocument(app.Session.Doc).Ok);
    REQUIRE(UndoEdit(app));
    CHECK(MomentOf(app, id).Phase == first);
}

TEST_CASE("N adds a pain point with the editor open: Enter and Escape keep it as one step, empty it goes", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    const MapLayout layout = Layout(app);
    const MomentBox& box = layout.Moments[5];
    const size_t notes = CurrentSituation(app).Notes.size();
    const size_t steps = app.Session.Undo.Undo.size();

    MoveMouse(app, Screen(app, box.Card.Center()), 2);
    PressKey(app, Key_N);
    REQUIRE(app.MainView.Canvas.Editor.IsOpen());
    REQUIRE(CurrentSituation(app).Notes.size() == notes + 1);
    const Note added = CurrentSituation(app).Notes.back();
    CHECK(added.Kind == NoteKind::PainPoint);
    CHECK(added.Moment == box.Id);
    Frames(app, 2); // the text box takes the keyboard
    Type(app, "Geen terugbelafspraak");
    PressKey(app, Key_Enter);
    CHECK_FALSE(app.MainView.Canvas.Editor.IsOpen());
    CHECK(FindNote(CurrentSituation(app), added.Id)->Text == "Geen terugbelafspraak");
    CHECK(app.Session.Undo.Undo.size() == steps + 1); // the note and its text: one step
    REQUIRE(RunCommand(app, "edit.undo"));
    CHECK(CurrentSituation(app).Notes.size() == notes);
    CHECK(app.StatusText == "Undone: add a note");

    // O, type, Escape: the text stays (as on a whiteboard), one step; undo takes exactly that note.
    PressKey(app, Key_O);
    REQUIRE(app.MainView.Canvas.Editor.IsOpen());
    const NoteId kept = CurrentSituation(app).Notes.back().Id;
    CHECK(CurrentSituation(app).Notes.back().Kind == NoteKind::Opportunity);
    Frames(app, 2);
    Type(app, "Terugbellen binnen een dag");
    PressKey(app, Key_Escape);
    CHECK_FALSE(app.MainView.Canvas.Editor.IsOpen());
    REQUIRE(CurrentSituation(app).Notes.size() == notes + 1);
    CHECK(FindNote(CurrentSituation(app), kept)->Text == "Terugbellen binnen een dag");
    CHECK(app.Session.Undo.Undo.size() == steps + 1);
    const Document before_undo_moments = app.Session.Doc;
    REQUIRE(UndoEdit(app));
    CHECK(CurrentSituation(app).Notes.size() == notes);
    CHECK(CurrentSituation(app).Moments.size() == before_undo_moments.Situations[0].Moments.size());

    // O, then Escape without typing: nothing stays, nothing is recorded.
    const size_t steps_now = app.Session.Undo.Undo.size();
    PressKey(app, Key_O);
    REQUIRE(app.MainView.Canvas.Editor.IsOpen());
    Frames(app, 2);
    PressKey(app, Key_Escape);
    CHECK_FALSE(app.MainView.Canvas.Editor.IsOpen());
    CHECK(CurrentSituation(app).Notes.size() == notes);
    CHECK(app.Session.Undo.Undo.size() == steps_now);
}

TEST_CASE("A note emptied in place is deleted, one step", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    const Note note = CurrentSituation(app).Notes.front();
    const size_t notes = CurrentSituation(app).Notes.size();
    OpenNoteEditor(app.Session, app.MainView, note.Id, false);
    Frames(app, 3);
    app.MainView.Canvas.Editor.Text.clear();
    CommitTextEditor(app.Session, app.MainView);
    CHECK(FindNote(CurrentSituation(app), note.Id) == nullptr);
    CHECK(CurrentSituation(app).Notes.size() == notes - 1);
    REQUIRE(UndoEdit(app));
    CHECK(FindNote(CurrentSituation(app), note.Id) != nullptr);
}

TEST_CASE("double-click on a card edits its title in place, and Shift+Enter is a new line", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    const MomentBox box = Layout(app).Moments[2];
    const std::string title = MomentOf(app, box.Id).Title;
    ClickAt(app, Screen(app, box.Card.Center()));
    ClickAt(app, Screen(app, box.Card.Center()));
    REQUIRE(app.MainView.Canvas.Editor.IsOpen());
    CHECK(app.MainView.Canvas.Editor.Target == TextTarget::MomentTitle);
    Frames(app, 2);
    Type(app, " (poli)");
    PressKey(app, Key_Enter, false, true);
    Frames(app, 1);
    REQUIRE(app.MainView.Canvas.Editor.IsOpen()); // Shift+Enter did not commit
    Type(app, "tweede regel");
    PressKey(app, Key_Enter);
    CHECK_FALSE(app.MainView.Canvas.Editor.IsOpen());
    CHECK(MomentOf(app, box.Id).Title == title + " (poli)\ntweede regel");
}

TEST_CASE("double-click on a description or an experience text types it in place, one undo step each", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    const MapLayout layout = Layout(app);
    const MomentBox box = layout.Moments[3];
    for (LaneKind kind : {LaneKind::Description, LaneKind::PatientExperience, LaneKind::ProfessionalExperience})
    {
        INFO(LaneKindKey(kind));
        const LaneRow* row = FindLaneRow(layout, kind);
        REQUIRE(row);
        Rect cell;
        REQUIRE(MomentTextCell(layout, box, *row, &cell));
        CHECK(MomentAtTextCell(layout, *row, cell.Center()) != nullptr);
        CHECK(MomentAtTextCell(layout, *row, cell.Center())->Id == box.Id);
        const size_t steps = app.Session.Undo.Undo.size();
        ClickAt(app, Screen(app, cell.Center()));
        ClickAt(app, Screen(app, cell.Center()));
        REQUIRE(app.MainView.Canvas.Editor.IsOpen());
        CHECK(app.MainView.Canvas.Editor.Target == TextTarget::MomentText);
        Frames(app, 2);
        Type(app, " (nacht)");
        PressKey(app, Key_Enter);
        CHECK_FALSE(app.MainView.Canvas.Editor.IsOpen());
        const Moment& moment = MomentOf(app, box.Id);
        const std::string& text = kind == LaneKind::Description         ? moment.Description
                                  : kind == LaneKind::PatientExperience ? moment.Patient.Text
                                                                        : moment.Professional.Text;
        CHECK(text.size() > 8);
        CHECK(text.substr(text.size() - 8) == " (nacht)");
        CHECK(app.Session.Undo.Undo.size() == steps + 1);
    }
    // The curve part of an experience lane is for the faces: a double-click there types nothing.
    const LaneRow* patient = FindLaneRow(layout, LaneKind::PatientExperience);
    CHECK(MomentAtTextCell(layout, *patient, {box.CenterX, patient->Row.Min.y + 10.0f}) == nullptr);
}

TEST_CASE("double-click on an empty spot of the moments lane adds a moment in that phase", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    // Make room: a wide last phase leaves empty lane right of its cards.
    const PhaseId last = CurrentSituation(app).Phases.back().Id;
    REQUIRE(SetPhaseWidth(app.Session.Doc, 0, last, 1400.0f));
    CommitEdit(app.Session);
    app.MainView.FitRequested = true;
    Frames(app, 2);
    const MapLayout layout = Layout(app);
    const LaneRow* lane = FindLaneRow(layout, LaneKind::Moments);
    REQUIRE(lane);
    const Vec2 spot = {layout.Phases.back().Column.Max.x - 150.0f, lane->Row.Center().y};
    REQUIRE(HitTest(layout, spot, 20.0f).Kind == HitKind::Lane);
    const size_t moments = CurrentSituation(app).Moments.size();
    ClickAt(app, Screen(app, spot));
    ClickAt(app, Screen(app, spot));
    REQUIRE(CurrentSituation(app).Moments.size() == moments + 1);
    const Moment added = CurrentSituation(app).Moments.back();
    CHECK(added.Phase == last);
    REQUIRE(app.MainView.Canvas.Editor.IsOpen());
    Frames(app, 2);
    Type(app, "Palliatief team");
    PressKey(app, Key_Enter);
    CHECK(MomentOf(app, added.Id).Title == "Palliatief team");
    CHECK(app.MainView.Selected.Moments.count(added.Id) == 1);
}

TEST_CASE("Ctrl+A, Delete and Ctrl+D act on the selection, one step each, Escape clears it", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    MoveMouse(app, ImVec2(app.MainView.CanvasRect.Center().x, app.MainView.CanvasRect.Center().y));
    const Situation before = CurrentSituation(app);
    const size_t steps = app.Session.Undo.Undo.size();
    PressKey(app, Key_A, true);
    CHECK(app.MainView.Selected.Moments.size() == before.Moments.size());
    CHECK(app.MainView.Selected.Notes.size() == before.Notes.size());
    PressKey(app, Key_Escape);
    CHECK(app.MainView.Selected.Empty());

    app.MainView.Selected.Moments.insert(before.Moments[0].Id);
    PressKey(app, Key_D, true);
    CHECK(CurrentSituation(app).Moments.size() == before.Moments.size() + 1);
    REQUIRE(app.MainView.Selected.Moments.size() == 1);
    CHECK(*app.MainView.Selected.Moments.begin() != before.Moments[0].Id); // the copy is selected
    CHECK(app.Session.Undo.Undo.size() == steps + 1);
    const size_t notes_with_copy = CurrentSituation(app).Notes.size(); // the copy brought its notes

    PressKey(app, Key_A, true);
    PressKey(app, Key_Delete);
    CHECK(CurrentSituation(app).Moments.empty());
    CHECK(CurrentSituation(app).Notes.empty());
    CHECK(app.Session.Undo.Undo.size() == steps + 2);
    PressKey(app, Key_Z, true);
    CHECK(CurrentSituation(app).Moments.size() == before.Moments.size() + 1);
    CHECK(CurrentSituation(app).Notes.size() == notes_with_copy);
    PressKey(app, Key_Y, true);
    CHECK(CurrentSituation(app).Moments.empty());
}

TEST_CASE("a note dragged near another moment attaches to it, dropped elsewhere it stays free", "[app][canvas]")
{
    CanvasApp h;
    AppState& app = h.App;
    const MapLayout layout = Layout(app);
    REQUIRE(!layout.Notes.empty());
    const NoteBox note = layout.Notes[0];
    const MomentId from = FindNote(CurrentSituation(app), note.Id)->Moment;
    const MomentBox* to = nullptr;
    for (const MomentBox& box : layout.Moments)
        if (box.Id != from && std::fabs(box.CenterX - note.Box.Center().x) > 600.0f)
        {
            to = &box;
            break;
        }
    REQUIRE(to);
    const size_t steps = app.Session.Undo.Undo.size();
    Drag(app, Screen(app, note.Box.Center()), Screen(app, {to->CenterX, note.Box.Center().y}));
    CHECK(FindNote(CurrentSituation(app), note.Id)->Moment == to->Id);
    CHECK(app.Session.Undo.Undo.size() == steps + 1);

    // Far below the map: free, where it was dropped.
    const MapLayout attached = Layout(app);
    const NoteBox now = *std::find_if(attached.Notes.begin(), attached.Notes.end(), [&](const NoteBox& nb) { return nb.Id == note.Id; });
    const Vec2 drop = {now.Box.Center().x, layout.Map.Max.y + 400.0f};
    Drag(app, Screen(app, now.Box.Center()), Screen(app, drop));
    const Note* free_note = FindNote(CurrentSituation(app), note.Id);
    CHECK_FALSE(free_note->Moment.IsValid());
    CHECK(free_note->Y > layout.Map.Max.y);
    CHECK(app.Session.Undo.Undo.size() == steps + 2);
}
