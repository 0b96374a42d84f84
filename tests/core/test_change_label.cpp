// What undo and redo say they did: the label of each recorded step, worked out from the
// documents before and after, and kept with the step through undo, redo and trimming.
#include "change_label.h"
#include "edit.h"
#include "example.h"
#include "history.h"
#include "voting.h"

#include <catch2/catch.hpp>

#include <vector>

namespace
{
std::vector<MomentId> FirstMoments(const Document& doc, int n)
{
    std::vector<MomentId> ids;
    for (int i = 0; i < n; i++)
        ids.push_back(doc.Situations[0].Moments[i].Id);
    return ids;
}
} // namespace

TEST_CASE("A change is described by what it did to the map", "[history]")
{
    const Document before = MakeExampleDocument();
    Document after = before;

    SECTION("nothing changed")
    {
        CHECK(DescribeChange(before, after).Kind == ChangeKind::None);
    }
    SECTION("moving three moments")
    {
        REQUIRE(MoveMoments(after, 0, FirstMoments(after, 3), 40.0f));
        CHECK(DescribeChange(before, after) == ChangeLabel{ChangeKind::MoveMoments, 3});
    }
    SECTION("adding a moment counts before anything else it brings")
    {
        MomentId id;
        REQUIRE(AddMoment(after, 0, after.Situations[0].Phases[0].Id, 50.0f, "Huisarts belt", &id));
        CHECK(DescribeChange(before, after) == ChangeLabel{ChangeKind::AddMoments, 1});
        CHECK(DescribeChange(after, before) == ChangeLabel{ChangeKind::DeleteMoments, 1});
    }
    SECTION("deleting moments takes their notes along but says moments")
    {
        REQUIRE(DeleteMoments(after, 0, FirstMoments(after, 2)));
        CHECK(DescribeChange(before, after) == ChangeLabel{ChangeKind::DeleteMoments, 2});
    }
    SECTION("a score and a text")
    {
        const MomentId id = after.Situations[0].Moments[4].Id;
        REQUIRE(SetScore(after, 0, id, true, -1.5f));
        CHECK(DescribeChange(before, after) == ChangeLabel{ChangeKind::SetScores, 1});
        Document texted = before;
        REQUIRE(SetMomentText(texted, 0, id, MomentField::Description, "Belt de verpleegkundige"));
        CHECK(DescribeChange(before, texted) == ChangeLabel{ChangeKind::EditMoments, 1});
    }
    SECTION("notes: add, move free, edit")
    {
        NoteId note;
        REQUIRE(AddNote(after, 0, NoteKind::PainPoint, MomentId(), Vec2(10, 900), "Wachttijd", &note));
        CHECK(DescribeChange(before, after) == ChangeLabel{ChangeKind::AddNotes, 1});
        Document moved = after;
        REQUIRE(MoveFreeNotes(moved, 0, {note}, Vec2(30, 0)));
        CHECK(DescribeChange(after, moved) == ChangeLabel{ChangeKind::MoveNotes, 1});
        Document edited = after;
        REQUIRE(SetNoteText(edited, 0, note, "Lange wachttijd"));
        CHECK(DescribeChange(after, edited) == ChangeLabel{ChangeKind::EditNotes, 1});
    }
    SECTION("phases: reorder, rename, delete with its moments")
    {
        const PhaseId first = after.Situations[0].Phases[0].Id;
        Document reordered = before;
        REQUIRE(MovePhase(reordered, 0, first, 3));
        CHECK(DescribeChange(before, reordered).Kind == ChangeKind::MovePhases);
        Document renamed = before;
        REQUIRE(RenamePhase(renamed, 0, first, "Eerste klachten"));
        CHECK(DescribeChange(before, renamed) == ChangeLabel{ChangeKind::RenamePhases, 1});
        REQUIRE(DeletePhase(after, 0, first));
        CHECK(DescribeChange(before, after) == ChangeLabel{ChangeKind::DeletePhases, 1});
    }
    SECTION("map texts and the desired situation")
    {
        Document blank = MakeBlankDocument(true);
        Document titled = blank;
        REQUIRE(SetDocumentText(titled, DocumentField::Scope, "Van verwijzing tot thuismeten"));
        CHECK(DescribeChange(blank, titled) == ChangeLabel{ChangeKind::EditMap, 1});
        CHECK(DescribeChange(before, after).Kind != ChangeKind::AddSituation);
        Document one_situation = before;
        one_situation.Situations.pop_back();
        CHECK(DescribeChange(one_situation, before) == ChangeLabel{ChangeKind::AddSituation, 1});
    }
    SECTION("a voting round and its dots")
    {
        RoundId round;
        REQUIRE(StartVotingRound(after, "Stemronde 1", "k1", &round));
        CHECK(DescribeChange(before, after) == ChangeLabel{ChangeKind::EditRounds, 1});
        Document voted = after;
        REQUIRE(AddVote(voted, 0, voted.Situations[0].Notes[0].Id, round, FacilitatorVoter));
        CHECK(DescribeChange(after, voted) == ChangeLabel{ChangeKind::SetVotes, 1});
    }
    SECTION("ChangeKindKey names every kind differently")
    {
        for (int a = 0; a < (int)ChangeKind::Count; a++)
            for (int b = a + 1; b < (int)ChangeKind::Count; b++)
                CHECK(std::string(ChangeKindKey((ChangeKind)a)) != ChangeKindKey((ChangeKind)b));
    }
}

TEST_CASE("Undo and redo give the label of the step they undid or redid", "[history]")
{
    Document doc = MakeExampleDocument();
    History history;
    ResetHistory(history, doc);

    REQUIRE(MoveMoments(doc, 0, FirstMoments(doc, 3), 40.0f));
    CommitStep(history, doc);
    REQUIRE(SetScore(doc, 0, doc.Situations[0].Moments[5].Id, false, 2.0f));
    CommitStep(history, doc);
    const ChangeLabel pasted{ChangeKind::AddMoments, 7};
    REQUIRE(SetDocumentText(doc, DocumentField::Title, "Hartfalen thuis"));
    CommitStep(history, doc, &pasted); // a label given by the caller wins

    ChangeLabel done;
    REQUIRE(UndoStep(history, &doc, &done));
    CHECK(done == pasted);
    REQUIRE(UndoStep(history, &doc, &done));
    CHECK(done == ChangeLabel{ChangeKind::SetScores, 1});
    REQUIRE(RedoStep(history, &doc, &done));
    CHECK(done == ChangeLabel{ChangeKind::SetScores, 1});
    REQUIRE(UndoStep(history, &doc, &done));
    REQUIRE(UndoStep(history, &doc, &done));
    CHECK(done == ChangeLabel{ChangeKind::MoveMoments, 3});
    CHECK_FALSE(UndoStep(history, &doc, &done));
    REQUIRE(RedoStep(history, &doc, &done));
    CHECK(done == ChangeLabel{ChangeKind::MoveMoments, 3});

    // Trimmed to two steps, the labels stay with their states.
    history.MaxSteps = 2;
    for (int i = 0; i < 4; i++)
    {
        REQUIRE(MoveMoments(doc, 0, FirstMoments(doc, i + 1), 10.0f));
        CommitStep(history, doc);
    }
    REQUIRE(history.UndoLabels.size() == history.Undo.size());
    REQUIRE(UndoStep(history, &doc, &done));
    CHECK(done == ChangeLabel{ChangeKind::MoveMoments, 4});
    REQUIRE(UndoStep(history, &doc, &done));
    CHECK(done == ChangeLabel{ChangeKind::MoveMoments, 3});
    CHECK_FALSE(UndoStep(history, &doc, &done));
}
