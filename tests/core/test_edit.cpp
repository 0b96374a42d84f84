// Every edit function: what it changes, what it refuses, and that the document stays valid.
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "layout.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace
{
void RequireValid(const Document& doc)
{
    const Status status = ValidateDocument(doc);
    INFO(status.Text(false));
    REQUIRE(status.Ok);
}

// Moment ids of one phase, in timeline order (as the layout shows them).
std::vector<MomentId> MomentsInPhase(const Situation& s, PhaseId phase)
{
    const MapLayout layout = ComputeLayout(s);
    std::vector<MomentId> ids;
    for (const MomentBox& box : layout.Moments)
        if (box.Phase == phase)
            ids.push_back(box.Id);
    return ids;
}

int CountNotes(const Situation& s, MomentId moment)
{
    return (int)std::count_if(s.Notes.begin(), s.Notes.end(), [&](const Note& n) { return n.Moment == moment; });
}
} // namespace

TEST_CASE("adding a moment puts it in its phase with a fresh id", "[edit]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    const PhaseId phase = s.Phases[2].Id;
    const size_t before = s.Moments.size();
    const uint32_t next = doc.NextId;
    MomentId id;
    REQUIRE(AddMoment(doc, 0, phase, 40.0f, "Bloedafname", &id));
    CHECK(s.Moments.size() == before + 1);
    CHECK(id.Value == next);
    const Moment* m = FindMoment(s, id);
    REQUIRE(m);
    CHECK(m->Phase == phase);
    CHECK(m->Title == "Bloedafname");
    CHECK(MomentsInPhase(s, phase).front() == id); // the leftmost of its phase
    RequireValid(doc);

    // Refusals: unknown phase, unknown situation, a position that is not a number.
    PhaseId gone;
    gone.Value = 999999;
    CHECK_FALSE(AddMoment(doc, 0, gone, 10.0f, "x", nullptr));
    CHECK_FALSE(AddMoment(doc, 5, phase, 10.0f, "x", nullptr));
    CHECK_FALSE(AddMoment(doc, 0, phase, std::nanf(""), "x", nullptr));
    CHECK(s.Moments.size() == before + 1);
}

TEST_CASE("moving a moment across a phase boundary changes its phase and order", "[edit]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    const PhaseId first = s.Phases[0].Id, second = s.Phases[1].Id;
    const std::vector<MomentId> first_before = MomentsInPhase(s, first);
    const std::vector<MomentId> second_before = MomentsInPhase(s, second);
    REQUIRE(first_before.size() == 2);
    REQUIRE(second_before.size() == 2);
    const MomentId moving = first_before.back();

    // Drop it between the two moments of the second phase.
    const MapLayout layout = ComputeLayout(s);
    const float target = (FindMomentBox(layout, second_before[0])->CenterX + FindMomentBox(layout, second_before[1])->CenterX) * 0.5f;
    REQUIRE(MoveMoments(doc, 0, {moving}, target - FindMomentBox(layout, moving)->CenterX));
    CHECK(FindMoment(s, moving)->Phase == second);
    CHECK(MomentsInPhase(s, first) == std::vector<MomentId>{first_before[0]});
    CHECK(MomentsInPhase(s, second) == (std::vector<MomentId>{second_before[0], moving, second_before[1]}));
    RequireValid(doc);

    // Far left of the map: the first phase, at its left edge.
    REQUIRE(MoveMoments(doc, 0, {moving}, -1e5f));
    CHECK(FindMoment(s, moving)->Phase == first);
    CHECK(FindMoment(s, moving)->X == 0.0f);
    CHECK(MomentsInPhase(s, first).front() == moving);

    // Nothing to do, or nothing known: no change.
    CHECK_FALSE(MoveMoments(doc, 0, {moving}, 0.0f));
    MomentId unknown;
    unknown.Value = 424242;
    CHECK_FALSE(MoveMoments(doc, 0, {unknown}, 100.0f));
    CHECK_FALSE(MoveMoments(doc, 0, {moving}, std::nanf("")));
    RequireValid(doc);
}

TEST_CASE("moving a moment into a deleted phase is refused", "[edit]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    const MomentId moment = s.Moments[0].Id;
    const PhaseId doomed = s.Phases[3].Id;
    REQUIRE(DeletePhase(doc, 0, doomed));
    CHECK(PhaseIndex(s, doomed) == -1);
    const Moment before = *FindMoment(s, moment);
    CHECK_FALSE(MoveMomentTo(doc, 0, moment, doomed, 50.0f));
    CHECK(FindMoment(s, moment)->Phase == before.Phase);
    CHECK(FindMoment(s, moment)->X == before.X);
    // A real phase works, the same place twice is no change.
    REQUIRE(MoveMomentTo(doc, 0, moment, s.Phases[1].Id, 50.0f));
    CHECK_FALSE(MoveMomentTo(doc, 0, moment, s.Phases[1].Id, 50.0f));
    RequireValid(doc);
}

TEST_CASE("deleting moments takes their notes and the desired situation's links", "[edit]")
{
    Document doc = MakeExampleDocument();
    REQUIRE(doc.Situations.size() == 2);
    Situation& s = doc.Situations[0];
    // A moment with notes attached.
    MomentId with_notes;
    for (const Moment& m : s.Moments)
        if (CountNotes(s, m.Id) > 0)
            with_notes = m.Id;
    REQUIRE(with_notes.IsValid());
    bool linked = false;
    for (const Moment& m : doc.Situations[1].Moments)
        linked = linked || m.Origin == with_notes;
    const size_t moments = s.Moments.size(), notes = s.Notes.size();
    const int attached = CountNotes(s, with_notes);
    REQUIRE(DeleteMoments(doc, 0, {with_notes}));
    CHECK(s.Moments.size() == moments - 1);
    CHECK(s.Notes.size() == notes - attached);
    CHECK_FALSE(FindMoment(s, with_notes));
    for (const Moment& m : doc.Situations[1].Moments)
        CHECK(m.Origin != with_notes);
    (void)linked;
    RequireValid(doc);
    CHECK_FALSE(DeleteMoments(doc, 0, {with_notes})); // already gone
    CHECK_FALSE(DeleteMoments(doc, 7, {s.Moments[0].Id}));
}

TEST_CASE("duplicating moments copies them and their notes just right of the originals", "[edit]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    MomentId original;
    for (const Moment& m : s.Moments)
        if (CountNotes(s, m.Id) > 0)
            original = m.Id;
    std::vector<MomentId> copies;
    REQUIRE(DuplicateMoments(doc, 0, {original}, &copies));
    REQUIRE(copies.size() == 1);
    const Moment* copy = FindMoment(s, copies[0]);
    REQUIRE(copy);
    CHECK(copy->Id != original);
    CHECK(copy->Title == FindMoment(s, original)->Title);
    CHECK(copy->Phase == FindMoment(s, original)->Phase);
    CHECK(CountNotes(s, copies[0]) == CountNotes(s, original));
    const std::vector<MomentId> order = MomentsInPhase(s, copy->Phase);
    const auto at = std::find(order.begin(), order.end(), original);
    REQUIRE(at + 1 != order.end());
    CHECK(*(at + 1) == copies[0]);
    RequireValid(doc);
    MomentId unknown;
    unknown.Value = 31337;
    CHECK_FALSE(DuplicateMoments(doc, 0, {unknown}, &copies));
}

TEST_CASE("scores snap to half steps within -2..+2", "[edit]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    const MomentId id = s.Moments[0].Id;
    REQUIRE(SetScore(doc, 0, id, true, 1.2f));
    CHECK(FindMoment(s, id)->Patient.Score == 1.0f);
    REQUIRE(SetScore(doc, 0, id, true, 1.4f));
    CHECK(FindMoment(s, id)->Patient.Score == 1.5f);
    REQUIRE(SetScore(doc, 0, id, false, 9.0f));
    CHECK(FindMoment(s, id)->Professional.Score == 2.0f);
    CHECK_FALSE(SetScore(doc, 0, id, false, 2.1f)); // snaps to the same
    CHECK_FALSE(SetScore(doc, 0, id, false, std::nanf("")));
    MomentId unknown;
    unknown.Value = 777777;
    CHECK_FALSE(SetScore(doc, 0, unknown, true, 1.0f));
    RequireValid(doc);
}

TEST_CASE("moment texts, type, actors and lane cells", "[edit]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    const MomentId id = s.Moments[0].Id;
    REQUIRE(SetMomentText(doc, 0, id, MomentField::Title, "Huisarts belt terug"));
    CHECK(FindMoment(s, id)->Title == "Huisarts belt terug");
    CHECK_FALSE(SetMomentText(doc, 0, id, MomentField::Title, "Huisarts belt terug"));
    REQUIRE(SetMomentText(doc, 0, id, MomentField::PatientText, "Opgelucht"));
    CHECK(FindMoment(s, id)->Patient.Text == "Opgelucht");
    REQUIRE(SetMomentType(doc, 0, id, InteractionType::Alert));
    CHECK(FindMoment(s, id)->Type == InteractionType::Alert);
    CHECK_FALSE(SetMomentType(doc, 0, id, InteractionType::Count));
    REQUIRE(SetMomentActors(doc, 0, id, {"patiënt", "huisarts"}));
    CHECK(FindMoment(s, id)->Actors.size() == 2);

    // Cells only in backstage, quote and free text lanes; empty text removes the cell.
    const Lane* quote = nullptr;
    const Lane* description = nullptr;
    for (const Lane& lane : s.Lanes)
    {
        if (lane.Kind == LaneKind::Quote)
            quote = &lane;
        if (lane.Kind == LaneKind::Description)
            description = &lane;
    }
    REQUIRE(quote);
    REQUIRE(description);
    const size_t cells = FindMoment(s, id)->Cells.size();
    REQUIRE(SetMomentCell(doc, 0, id, quote->Id, "Als het maar thuis kan."));
    CHECK(FindMoment(s, id)->Cells.size() == cells + 1);
    CHECK_FALSE(SetMomentCell(doc, 0, id, description->Id, "nee"));
    REQUIRE(SetMomentCell(doc, 0, id, quote->Id, ""));
    CHECK(FindMoment(s, id)->Cells.size() == cells);
    RequireValid(doc);

    // Texts are capped at MaxTextBytes, never cutting a character in two.
    std::string huge(MaxTextBytes - 1, 'a');
    huge += "\xC3\xA9\xC3\xA9"; // é é: the cap falls inside the first
    REQUIRE(SetMomentText(doc, 0, id, MomentField::Description, huge));
    CHECK(FindMoment(s, id)->Description.size() == MaxTextBytes - 1);
    RequireValid(doc);
}

TEST_CASE("sticky notes: add, attach, free, text, kind, colour, move, duplicate, delete", "[edit]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    const MomentId a = s.Moments[0].Id, b = s.Moments[1].Id;
    NoteId note;
    REQUIRE(AddNote(doc, 0, NoteKind::PainPoint, a, Vec2(), "Lange wachttijd", &note));
    CHECK(FindNote(s, note)->Moment == a);
    CHECK(FindNote(s, note)->Text == "Lange wachttijd");
    MomentId unknown;
    unknown.Value = 888888;
    CHECK_FALSE(AddNote(doc, 0, NoteKind::PainPoint, unknown, Vec2(), "x", nullptr));
    CHECK_FALSE(AddNote(doc, 0, NoteKind::Count, a, Vec2(), "x", nullptr));

    // Attach to another moment: it moves with that one now.
    REQUIRE(PlaceNote(doc, 0, note, b, Vec2()));
    CHECK(FindNote(s, note)->Moment == b);
    CHECK_FALSE(PlaceNote(doc, 0, note, b, Vec2()));
    CHECK_FALSE(PlaceNote(doc, 0, note, unknown, Vec2()));
    REQUIRE(MoveMoments(doc, 0, {b}, 300.0f));
    {
        const MapLayout layout = ComputeLayout(s);
        const NoteBox* box = nullptr;
        for (const NoteBox& nb : layout.Notes)
            if (nb.Id == note)
                box = &nb;
        REQUIRE(box);
        CHECK(box->Box.Center().x == Approx(FindMomentBox(layout, b)->CenterX));
    }
    // Free on the canvas.
    REQUIRE(PlaceNote(doc, 0, note, MomentId(), Vec2(500.0f, 2400.0f)));
    CHECK_FALSE(FindNote(s, note)->Moment.IsValid());
    CHECK(FindNote(s, note)->X == 500.0f);
    CHECK_FALSE(PlaceNote(doc, 0, note, MomentId(), Vec2(500.0f, 2400.0f)));
    CHECK_FALSE(PlaceNote(doc, 0, note, MomentId(), Vec2(std::nanf(""), 0.0f)));
    REQUIRE(MoveFreeNotes(doc, 0, {note}, Vec2(10.0f, -20.0f)));
    CHECK(FindNote(s, note)->X == 510.0f);
    CHECK(FindNote(s, note)->Y == 2380.0f);
    CHECK_FALSE(MoveFreeNotes(doc, 0, {note}, Vec2()));

    REQUIRE(SetNoteText(doc, 0, note, "Wachttijd onbekend"));
    CHECK_FALSE(SetNoteText(doc, 0, note, "Wachttijd onbekend"));
    REQUIRE(SetNoteKind(doc, 0, note, NoteKind::Opportunity));
    CHECK_FALSE(SetNoteKind(doc, 0, note, NoteKind::Opportunity));
    REQUIRE(SetNoteColor(doc, 0, note, 0xFFEE88));
    CHECK_FALSE(SetNoteColor(doc, 0, note, 0xFFEE88));
    std::vector<NoteId> copies;
    REQUIRE(DuplicateNotes(doc, 0, {note}, Vec2(30.0f, 30.0f), &copies));
    REQUIRE(copies.size() == 1);
    CHECK(FindNote(s, copies[0])->X == 540.0f);
    CHECK(FindNote(s, copies[0])->Text == "Wachttijd onbekend");
    RequireValid(doc);
    REQUIRE(DeleteNotes(doc, 0, {note, copies[0]}));
    CHECK_FALSE(FindNote(s, note));
    CHECK_FALSE(DeleteNotes(doc, 0, {note}));
    RequireValid(doc);
}

TEST_CASE("phases: add, rename, reorder, resize, delete with their moments", "[edit]")
{
    Document doc = MakeBlankDocument(true);
    Situation& s = doc.Situations[0];
    const size_t phases = s.Phases.size();
    PhaseId added;
    REQUIRE(AddPhase(doc, 0, 1, "Verwijzing", &added));
    CHECK(s.Phases.size() == phases + 1);
    CHECK(s.Phases[1].Id == added);
    REQUIRE(RenamePhase(doc, 0, added, "Doorverwijzing"));
    CHECK(s.Phases[1].Name == "Doorverwijzing");
    CHECK_FALSE(RenamePhase(doc, 0, added, "Doorverwijzing"));
    REQUIRE(MovePhase(doc, 0, added, 3));
    CHECK(PhaseIndex(s, added) == 3);
    CHECK_FALSE(MovePhase(doc, 0, added, 3));
    REQUIRE(MovePhase(doc, 0, added, 1000)); // clamped to the end
    CHECK(PhaseIndex(s, added) == (int)s.Phases.size() - 1);
    REQUIRE(SetPhaseWidth(doc, 0, added, 900.0f));
    CHECK(FindPhase(s, added)->Width == 900.0f);
    REQUIRE(SetPhaseWidth(doc, 0, added, 1.0f)); // clamped to a least width
    CHECK(FindPhase(s, added)->Width >= 100.0f);
    CHECK_FALSE(SetPhaseWidth(doc, 0, added, std::nanf("")));

    MomentId m1, m2;
    REQUIRE(AddMoment(doc, 0, added, 100.0f, "een", &m1));
    REQUIRE(AddMoment(doc, 0, s.Phases[0].Id, 100.0f, "twee", &m2));
    NoteId note;
    REQUIRE(AddNote(doc, 0, NoteKind::PainPoint, m1, Vec2(), "weg", &note));
    REQUIRE(DeletePhase(doc, 0, added));
    CHECK_FALSE(FindMoment(s, m1));
    CHECK_FALSE(FindNote(s, note));
    CHECK(FindMoment(s, m2)); // other phases keep theirs
    CHECK_FALSE(DeletePhase(doc, 0, added));
    CHECK_FALSE(RenamePhase(doc, 0, added, "x"));
    RequireValid(doc);
}

TEST_CASE("lanes: show, hide, add, rename and delete free text lanes only", "[edit]")
{
    Document doc = MakeBlankDocument(false);
    Situation& s = doc.Situations[0];
    LaneId backstage, moments;
    for (const Lane& lane : s.Lanes)
    {
        if (lane.Kind == LaneKind::Backstage)
            backstage = lane.Id;
        if (lane.Kind == LaneKind::Moments)
            moments = lane.Id;
    }
    REQUIRE(backstage.IsValid());
    REQUIRE(SetLaneVisible(doc, 0, backstage, true));
    CHECK(FindLane(s, backstage)->Visible);
    CHECK_FALSE(SetLaneVisible(doc, 0, backstage, true));
    LaneId text;
    REQUIRE(AddTextLane(doc, 0, "Medicatie", &text));
    CHECK(FindLane(s, text)->Kind == LaneKind::Text);
    REQUIRE(RenameLane(doc, 0, text, "Medicatie en bijwerkingen"));
    CHECK(FindLane(s, text)->Title == "Medicatie en bijwerkingen");
    MomentId m;
    REQUIRE(AddMoment(doc, 0, s.Phases[0].Id, 0.0f, "", &m));
    REQUIRE(SetMomentCell(doc, 0, m, text, "Diuretica"));
    CHECK_FALSE(DeleteLane(doc, 0, moments)); // the method's lanes are hidden, never deleted
    REQUIRE(DeleteLane(doc, 0, text));
    CHECK_FALSE(FindLane(s, text));
    CHECK(FindMoment(s, m)->Cells.empty());
    CHECK_FALSE(DeleteLane(doc, 0, text));
    RequireValid(doc);
}

TEST_CASE("document texts and the desired situation", "[edit]")
{
    Document doc = MakeBlankDocument(true);
    REQUIRE(SetDocumentText(doc, DocumentField::Title, "Hartfalen regio Noord"));
    CHECK(doc.Title == "Hartfalen regio Noord");
    CHECK_FALSE(SetDocumentText(doc, DocumentField::Title, "Hartfalen regio Noord"));
    MomentId m;
    REQUIRE(AddMoment(doc, 0, doc.Situations[0].Phases[0].Id, 0.0f, "Huisarts", &m));
    REQUIRE(CreateDesiredFromCurrent(doc));
    REQUIRE(doc.Situations.size() == 2);
    CHECK(doc.Situations[1].Moments[0].Origin == m);
    CHECK_FALSE(CreateDesiredFromCurrent(doc));
    RequireValid(doc);
}
