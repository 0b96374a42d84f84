// Property: any sequence of edits, each recorded as one step, undoes back to the exact bytes it
// started from and redoes to the exact bytes it ended with.
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "history.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

namespace
{
template <class T>
const T& Pick(std::mt19937& rng, const std::vector<T>& items)
{
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng)];
}

// One random edit of any kind; returns whether it changed the document. Unknown ids are used on
// purpose now and then: refusals must leave the document untouched.
bool RandomEdit(Document& doc, std::mt19937& rng)
{
    const int s = std::uniform_int_distribution<int>(0, (int)doc.Situations.size() - 1)(rng);
    const Situation& sit = doc.Situations[s];
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(rng) < p; };
    auto real = [&](float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(rng); };
    auto words = [&]() {
        static const std::vector<std::string> w = {"huisarts", "belt", "weegschaal", "ééndags", "opname", "alarm", "Ria", "\n", "😀"};
        std::string text;
        const int n = std::uniform_int_distribution<int>(0, 4)(rng);
        for (int i = 0; i < n; i++)
            text += Pick(rng, w) + " ";
        return text;
    };
    MomentId moment;
    if (!sit.Moments.empty() && !chance(0.05))
        moment = Pick(rng, sit.Moments).Id;
    else
        moment.Value = 4000000; // nobody has this id
    NoteId note;
    if (!sit.Notes.empty() && !chance(0.05))
        note = Pick(rng, sit.Notes).Id;
    PhaseId phase;
    if (!sit.Phases.empty() && !chance(0.05))
        phase = Pick(rng, sit.Phases).Id;
    LaneId lane;
    if (!sit.Lanes.empty())
        lane = Pick(rng, sit.Lanes).Id;

    switch (std::uniform_int_distribution<int>(0, 24)(rng))
    {
    case 0: return AddMoment(doc, s, phase, real(0, 900), words(), nullptr);
    case 1: return MoveMomentTo(doc, s, moment, phase, real(0, 900));
    case 2:
    case 3: return MoveMoments(doc, s, {moment}, real(-1500, 1500));
    case 4: return sit.Moments.size() > 8 && DeleteMoments(doc, s, {moment});
    case 5: return sit.Moments.size() < 60 && DuplicateMoments(doc, s, {moment}, nullptr);
    case 6:
    case 7: return SetScore(doc, s, moment, chance(0.5), real(-2.5f, 2.5f));
    case 8: return SetMomentText(doc, s, moment, (MomentField)std::uniform_int_distribution<int>(0, 4)(rng), words());
    case 9: return SetMomentType(doc, s, moment, (InteractionType)std::uniform_int_distribution<int>(0, 7)(rng));
    case 10: return SetMomentActors(doc, s, moment, {words(), words()});
    case 11: return SetMomentCell(doc, s, moment, lane, words());
    case 12: return sit.Notes.size() < 80 && AddNote(doc, s, (NoteKind)std::uniform_int_distribution<int>(0, 1)(rng), chance(0.7) ? moment : MomentId(), Vec2(real(-500, 5000), real(-300, 2500)), words(), nullptr);
    case 13: return PlaceNote(doc, s, note, chance(0.5) ? moment : MomentId(), Vec2(real(-500, 5000), real(-300, 2500)));
    case 14: return SetNoteText(doc, s, note, words());
    case 15: return SetNoteKind(doc, s, note, (NoteKind)std::uniform_int_distribution<int>(0, 1)(rng));
    case 16: return SetNoteColor(doc, s, note, std::uniform_int_distribution<uint32_t>(0, 0xFFFFFF)(rng));
    case 17: return sit.Notes.size() > 5 && DeleteNotes(doc, s, {note});
    case 18: return sit.Phases.size() < 12 && AddPhase(doc, s, std::uniform_int_distribution<int>(0, 12)(rng), words(), nullptr);
    case 19: return RenamePhase(doc, s, phase, words());
    case 20: return MovePhase(doc, s, phase, std::uniform_int_distribution<int>(0, 12)(rng));
    case 21: return SetPhaseWidth(doc, s, phase, real(50, 2000));
    case 22: return sit.Phases.size() > 3 && chance(0.2) && DeletePhase(doc, s, phase);
    case 23:
        if (chance(0.5))
            return SetLaneVisible(doc, s, lane, chance(0.5));
        return RenameLane(doc, s, lane, words());
    default:
        if (sit.Lanes.size() < 14 && chance(0.5))
            return AddTextLane(doc, s, words(), nullptr);
        return DeleteLane(doc, s, lane);
    }
}
} // namespace

TEST_CASE("10,000 random edits undo to the first bytes and redo to the last", "[history][property]")
{
    std::mt19937 rng(20240611u); // fixed: a failure can be replayed
    Document doc = MakeExampleDocument();
    History history;
    history.MaxSteps = 20000;
    history.MaxBytes = SIZE_MAX; // every step is undone in this test
    ResetHistory(history, doc);
    const std::string start = SaveDocumentToString(doc);

    int steps = 0;
    for (int i = 0; i < 10000; i++)
    {
        const std::string before = (i % 97 == 0) ? SaveDocumentToString(doc) : std::string();
        if (RandomEdit(doc, rng))
        {
            CommitStep(history, doc);
            steps++;
        }
        else if (!before.empty())
            REQUIRE(SaveDocumentToString(doc) == before); // a refusal changes nothing
        if (i % 500 == 0)
        {
            const Status valid = ValidateDocument(doc);
            INFO("after edit " << i << ": " << valid.Text(false));
            REQUIRE(valid.Ok);
        }
    }
    REQUIRE(steps > 5000); // most edits were real changes
    REQUIRE(ValidateDocument(doc).Ok);
    const std::string end = SaveDocumentToString(doc);
    REQUIRE(end != start);

    int undone = 0;
    while (UndoStep(history, &doc))
        undone++;
    CHECK(undone == steps);
    CHECK(SaveDocumentToString(doc) == start);

    int redone = 0;
    while (RedoStep(history, &doc))
        redone++;
    CHECK(redone == steps);
    CHECK(SaveDocumentToString(doc) == end);
}

TEST_CASE("history keeps at most MaxSteps, redo is cleared only by a real change", "[history]")
{
    Document doc = MakeExampleDocument();
    History history;
    CHECK(history.MaxSteps >= 500);
    history.MaxSteps = 3;
    ResetHistory(history, doc);
    const MomentId id = doc.Situations[0].Moments[0].Id;
    for (float score : {-2.0f, -1.0f, 0.0f, 1.0f, 2.0f})
    {
        REQUIRE(SetScore(doc, 0, id, true, score));
        CommitStep(history, doc);
    }
    int undone = 0;
    while (UndoStep(history, &doc))
        undone++;
    CHECK(undone == 3);
    CHECK(FindMoment(doc.Situations[0], id)->Patient.Score == -1.0f); // the oldest kept state
    REQUIRE(CanRedo(history));
    // The serial of a state comes back with it: the unsaved-changes dot relies on this.
    const uint64_t serial = history.CommittedSerial;
    REQUIRE(RedoStep(history, &doc));
    REQUIRE(UndoStep(history, &doc));
    CHECK(history.CommittedSerial == serial);
    REQUIRE(SetScore(doc, 0, id, true, 0.5f));
    CommitStep(history, doc);
    CHECK_FALSE(CanRedo(history));
}

TEST_CASE("history drops the oldest steps beyond its memory budget, keeping the newest", "[history]")
{
    Document doc = MakeExampleDocument();
    const size_t one_state = EstimateDocumentBytes(doc);
    REQUIRE(one_state > 10000); // the example's texts count
    History history;
    CHECK(history.MaxSteps >= 500);
    CHECK(history.MaxBytes / one_state >= 500); // a workshop-size map keeps at least 500 steps
    history.MaxBytes = one_state * 10;           // room for about ten states
    ResetHistory(history, doc);
    const MomentId id = doc.Situations[0].Moments[0].Id;
    for (int i = 0; i < 40; i++)
    {
        REQUIRE(SetMomentText(doc, 0, id, MomentField::Title, "stap " + std::to_string(i)));
        CommitStep(history, doc);
        CHECK(history.UndoBytesTotal <= history.MaxBytes);
    }
    int undone = 0;
    while (UndoStep(history, &doc))
        undone++;
    CHECK(undone >= 8);
    CHECK(undone <= 10);
    CHECK(history.UndoBytesTotal == 0);
    // Even a budget smaller than one state keeps one step to undo.
    history.MaxBytes = 1;
    REQUIRE(SetMomentText(doc, 0, id, MomentField::Title, "nog een stap"));
    CommitStep(history, doc);
    REQUIRE(SetMomentText(doc, 0, id, MomentField::Title, "en nog een"));
    CommitStep(history, doc);
    CHECK(UndoStep(history, &doc));
    CHECK(FindMoment(doc.Situations[0], id)->Title == "nog een stap");
    CHECK_FALSE(UndoStep(history, &doc));
}
