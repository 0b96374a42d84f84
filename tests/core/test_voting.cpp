// Dot voting: rounds, dots added and taken back, the participants' budget, the ranking with ties,
// dots through copy/paste, and the file format (maps without votes stay byte for byte the same).
#include "clipboard.h"
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "voting.h"

#include <catch2/catch.hpp>

#include <string>

namespace
{
void RequireValid(const Document& doc)
{
    const Status status = ValidateDocument(doc);
    INFO(status.Text(false));
    REQUIRE(status.Ok);
}

bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// The example's notes of one kind in the current situation, in document order.
std::vector<NoteId> NotesOfKind(const Document& doc, NoteKind kind)
{
    std::vector<NoteId> ids;
    for (const Note& n : doc.Situations[0].Notes)
        if (n.Kind == kind)
            ids.push_back(n.Id);
    return ids;
}

const Note& NoteById(const Document& doc, NoteId id)
{
    for (const Situation& s : doc.Situations)
        if (const Note* n = FindNote(s, id))
            return *n;
    FAIL("no note " << id.Value);
    return doc.Situations[0].Notes.front();
}

RoundId StartRound(Document& doc, const std::string& name)
{
    RoundId id;
    REQUIRE(StartVotingRound(doc, name, NewRandomKey(), &id));
    return id;
}

void Dots(Document& doc, NoteId note, RoundId round, int count, const std::string& voter = FacilitatorVoter)
{
    for (int i = 0; i < count; i++)
        REQUIRE(AddVote(doc, 0, note, round, voter));
}
} // namespace

TEST_CASE("voting: a round starts with the defaults and only one is open at a time", "[voting]")
{
    Document doc = MakeExampleDocument();
    REQUIRE(OpenRound(doc) == nullptr);
    REQUIRE(NextRoundNumber(doc) == 1);
    const RoundId first = StartRound(doc, "Stemronde 1");
    const VotingRound* round = FindRound(doc, first);
    REQUIRE(round);
    CHECK(round->Name == "Stemronde 1");
    CHECK(round->Open);
    CHECK(round->DotsPerPerson == 3);
    CHECK(RoundAllowsKind(*round, NoteKind::PainPoint));
    CHECK(RoundAllowsKind(*round, NoteKind::Opportunity));
    CHECK(round->Key.size() == 32);
    CHECK(OpenRound(doc) == round);
    RequireValid(doc);

    RoundId second;
    CHECK_FALSE(StartVotingRound(doc, "Stemronde 2", NewRandomKey(), &second)); // the first is still open
    REQUIRE(EndVotingRound(doc, first));
    CHECK_FALSE(EndVotingRound(doc, first)); // already ended
    CHECK(OpenRound(doc) == nullptr);
    REQUIRE(NextRoundNumber(doc) == 2);
    second = StartRound(doc, "Stemronde 2");
    CHECK(second != first);
    CHECK(doc.Rounds.size() == 2);
    CHECK(NewRandomKey() != NewRandomKey());
    RequireValid(doc);
}

TEST_CASE("voting: the round's settings change while it runs", "[voting]")
{
    Document doc = MakeExampleDocument();
    const RoundId id = StartRound(doc, "Stemronde 1");
    CHECK(SetRoundName(doc, id, "Knelpunten kiezen"));
    CHECK_FALSE(SetRoundName(doc, id, "Knelpunten kiezen")); // no change
    CHECK(SetRoundKinds(doc, id, KindBit(NoteKind::PainPoint)));
    CHECK_FALSE(SetRoundKinds(doc, id, 0)); // a round votes on something
    CHECK(SetRoundDotsPerPerson(doc, id, 5));
    CHECK(SetRoundDotsPerPerson(doc, id, 1000));
    const VotingRound& round = *FindRound(doc, id);
    CHECK(round.Name == "Knelpunten kiezen");
    CHECK(round.Kinds == KindBit(NoteKind::PainPoint));
    CHECK(round.DotsPerPerson == MaxDotsPerPerson);

    // An opportunity gets no dots in a round on pain points only.
    const NoteId opportunity = NotesOfKind(doc, NoteKind::Opportunity)[0];
    CHECK(CheckAddVote(doc, 0, opportunity, id, FacilitatorVoter) == VoteRefusal::KindNotVoted);
    CHECK_FALSE(AddVote(doc, 0, opportunity, id, FacilitatorVoter));
    RequireValid(doc);
}

TEST_CASE("voting: a click adds a dot, a right-click takes one back", "[voting]")
{
    Document doc = MakeExampleDocument();
    const RoundId id = StartRound(doc, "Stemronde 1");
    const NoteId note = NotesOfKind(doc, NoteKind::PainPoint)[2];
    Dots(doc, note, id, 3);
    CHECK(NoteVotes(NoteById(doc, note)) == 3);
    CHECK(NoteVotes(NoteById(doc, note), id) == 3);
    CHECK(NoteById(doc, note).Votes.size() == 1); // one entry per round and voter
    CHECK(RoundDots(doc, id) == 3);
    CHECK(RoundVoters(doc, id) == 1);
    REQUIRE(RemoveVote(doc, 0, note, id, FacilitatorVoter));
    CHECK(NoteVotes(NoteById(doc, note)) == 2);
    REQUIRE(RemoveVote(doc, 0, note, id, FacilitatorVoter));
    REQUIRE(RemoveVote(doc, 0, note, id, FacilitatorVoter));
    CHECK(NoteById(doc, note).Votes.empty());
    CHECK_FALSE(RemoveVote(doc, 0, note, id, FacilitatorVoter)); // nothing left to take back

    // Wrong situation, unknown note, unknown round.
    CHECK(CheckAddVote(doc, 1, note, id, FacilitatorVoter) == VoteRefusal::NoNote);
    CHECK(CheckAddVote(doc, 0, NoteId{999999}, id, FacilitatorVoter) == VoteRefusal::NoNote);
    CHECK(CheckAddVote(doc, 0, note, RoundId{999999}, FacilitatorVoter) == VoteRefusal::NoRound);
    CHECK(CheckAddVote(doc, 0, note, id, "no spaces allowed") == VoteRefusal::BadVoter);

    // An ended round takes no dots, but a misclick can still be taken back.
    Dots(doc, note, id, 2);
    REQUIRE(EndVotingRound(doc, id));
    CHECK(CheckAddVote(doc, 0, note, id, FacilitatorVoter) == VoteRefusal::RoundClosed);
    CHECK(RemoveVote(doc, 0, note, id, FacilitatorVoter));
    CHECK(NoteVotes(NoteById(doc, note)) == 1);
    RequireValid(doc);
}

TEST_CASE("voting: each participant has the round's dots, the facilitator clicks for the room", "[voting]")
{
    Document doc = MakeExampleDocument();
    const RoundId id = StartRound(doc, "Stemronde 1");
    const std::vector<NoteId> pains = NotesOfKind(doc, NoteKind::PainPoint);
    const std::string anna = NewRandomKey(), bram = NewRandomKey();
    REQUIRE(IsValidVoterId(anna));
    Dots(doc, pains[0], id, 2, anna);
    Dots(doc, pains[1], id, 1, anna);
    CHECK(DotsUsed(doc, id, anna) == 3);
    CHECK(CheckAddVote(doc, 0, pains[2], id, anna) == VoteRefusal::BudgetUsed);
    CHECK_FALSE(AddVote(doc, 0, pains[2], id, anna));
    // Taking one back frees it.
    REQUIRE(RemoveVote(doc, 0, pains[0], id, anna));
    CHECK(AddVote(doc, 0, pains[2], id, anna));
    // Another participant has their own three.
    Dots(doc, pains[0], id, 3, bram);
    CHECK_FALSE(AddVote(doc, 0, pains[0], id, bram));
    // A larger budget while the round runs.
    REQUIRE(SetRoundDotsPerPerson(doc, id, 4));
    CHECK(AddVote(doc, 0, pains[0], id, bram));
    // The facilitator's clicks stand for the whole room: the budget is a reminder there.
    CHECK(VoterBudget(*FindRound(doc, id), FacilitatorVoter) == -1);
    Dots(doc, pains[3], id, 20);
    CHECK(NoteVotes(NoteById(doc, pains[0])) == 1 + 4);
    CHECK(NoteVotesBy(NoteById(doc, pains[0]), id, bram) == 4);
    CHECK(RoundDots(doc, id) == 3 + 4 + 20);
    CHECK(RoundVoters(doc, id) == 3);
    RequireValid(doc);
}

TEST_CASE("voting: a second round never erases the first", "[voting]")
{
    Document doc = MakeExampleDocument();
    const std::vector<NoteId> pains = NotesOfKind(doc, NoteKind::PainPoint);
    const RoundId first = StartRound(doc, "Stemronde 1");
    Dots(doc, pains[0], first, 4);
    REQUIRE(EndVotingRound(doc, first));
    const RoundId second = StartRound(doc, "Stemronde 2");
    Dots(doc, pains[0], second, 1);
    Dots(doc, pains[1], second, 2);
    CHECK(NoteVotes(NoteById(doc, pains[0]), first) == 4);
    CHECK(NoteVotes(NoteById(doc, pains[0]), second) == 1);
    CHECK(NoteVotes(NoteById(doc, pains[0])) == 5);
    CHECK(RoundDots(doc, first) == 4);
    CHECK(RoundDots(doc, second) == 3);
    CHECK(CountDocument(doc).Votes == 7);

    // Deleting the second round takes only its dots.
    REQUIRE(DeleteVotingRound(doc, second));
    CHECK(NoteVotes(NoteById(doc, pains[0])) == 4);
    CHECK(NoteById(doc, pains[1]).Votes.empty());
    CHECK(CountDocument(doc).Votes == 4);
    RequireValid(doc);
}

TEST_CASE("voting: results rank by dots, equal dots share a rank, in map order", "[voting]")
{
    Document doc = MakeExampleDocument();
    const std::vector<NoteId> pains = NotesOfKind(doc, NoteKind::PainPoint);
    const std::vector<NoteId> chances = NotesOfKind(doc, NoteKind::Opportunity);
    const RoundId id = StartRound(doc, "Stemronde 1");
    // The example's notes stand left to right in document order: pains[6] is right of pains[1].
    Dots(doc, pains[6], id, 2);
    Dots(doc, pains[1], id, 2);
    Dots(doc, chances[0], id, 5);
    Dots(doc, pains[4], id, 1);
    const std::vector<RankedNote> ranked = RankRound(doc, id);
    REQUIRE(ranked.size() == 4);
    CHECK(ranked[0].Note == chances[0]);
    CHECK(ranked[0].Dots == 5);
    CHECK(ranked[0].Rank == 1);
    CHECK(ranked[1].Note == pains[1]); // equal dots: the one further left first
    CHECK(ranked[1].Rank == 2);
    CHECK(ranked[2].Note == pains[6]);
    CHECK(ranked[2].Rank == 2);
    CHECK(ranked[3].Note == pains[4]);
    CHECK(ranked[3].Rank == 4); // after two notes sharing rank 2
    CHECK(ranked[3].Dots == 1);

    // Every round together (the bottleneck report): a second round's dots add up per note.
    REQUIRE(EndVotingRound(doc, id));
    const RoundId second = StartRound(doc, "Stemronde 2");
    Dots(doc, pains[4], second, 6);
    CHECK(RankRound(doc, second).size() == 1);
    const std::vector<RankedNote> all = RankRound(doc, RoundId());
    REQUIRE(all.size() == 4);
    CHECK(all[0].Note == pains[4]);
    CHECK(all[0].Dots == 7);
    CHECK(all[1].Note == chances[0]);
    CHECK(RankRound(MakeExampleDocument(), RoundId()).empty());
}

TEST_CASE("voting: dots travel with a cut note, and never count twice when copied", "[voting][clipboard]")
{
    Document doc = MakeExampleDocument();
    const std::vector<NoteId> pains = NotesOfKind(doc, NoteKind::PainPoint);
    const RoundId id = StartRound(doc, "Stemronde 1");
    Dots(doc, pains[0], id, 3);
    Dots(doc, pains[0], id, 1, "participant-7");
    const std::string text = CopyToClipboardText(doc, 0, {}, {pains[0]});
    REQUIRE(Contains(text, "\"voting_rounds\""));
    ClipboardItems items;
    REQUIRE(ParseClipboardText(text, &items).Ok);
    REQUIRE(items.Rounds.size() == 1);

    SECTION("copy and paste in the same map: the copy starts without dots")
    {
        PasteResult pasted;
        REQUIRE(PasteClipboardItems(doc, 0, items, PastePlace(), &pasted).Ok);
        REQUIRE(pasted.Notes.size() == 1);
        CHECK(NoteById(doc, pasted.Notes[0]).Votes.empty());
        CHECK(NoteVotes(NoteById(doc, pains[0])) == 4);
        CHECK(RoundDots(doc, id) == 4);
        CHECK(doc.Rounds.size() == 1);
        RequireValid(doc);
    }
    SECTION("cut and paste: the dots move with the note, in the same round")
    {
        REQUIRE(DeleteNotes(doc, 0, {pains[0]}));
        CHECK(RoundDots(doc, id) == 0);
        PasteResult pasted;
        REQUIRE(PasteClipboardItems(doc, 0, items, PastePlace(), &pasted).Ok);
        const Note& moved = NoteById(doc, pasted.Notes[0]);
        CHECK(NoteVotes(moved, id) == 4);
        CHECK(NoteVotesBy(moved, id, "participant-7") == 1);
        CHECK(RoundDots(doc, id) == 4);
        CHECK(doc.Rounds.size() == 1);
        RequireValid(doc);
    }
    SECTION("paste into another map: the round comes along, ended")
    {
        Document other = MakeBlankDocument(true);
        RoundId others_round;
        REQUIRE(StartVotingRound(other, "Stemronde 1", NewRandomKey(), &others_round));
        PasteResult pasted;
        REQUIRE(PasteClipboardItems(other, 0, items, PastePlace(), &pasted).Ok);
        REQUIRE(other.Rounds.size() == 2);
        const VotingRound& brought = other.Rounds[1];
        CHECK(brought.Name == "Stemronde 1");
        CHECK_FALSE(brought.Open);
        CHECK(OpenRound(other)->Id == others_round);
        CHECK(NoteVotes(NoteById(other, pasted.Notes[0]), brought.Id) == 4);
        CHECK(CountDocument(other).Votes == 4);
        RequireValid(other);
        // A second note from the same round joins the round already brought.
        REQUIRE(PasteClipboardItems(other, 0, items, PastePlace(), &pasted).Ok);
        CHECK(other.Rounds.size() == 2);
        RequireValid(other);
    }
}

TEST_CASE("voting: duplicates and the desired situation start without dots", "[voting]")
{
    Document doc = MakeExampleDocument();
    doc.Situations.resize(1); // the desired situation is made again below
    const std::vector<NoteId> pains = NotesOfKind(doc, NoteKind::PainPoint);
    const RoundId id = StartRound(doc, "Stemronde 1");
    Dots(doc, pains[0], id, 2);
    std::vector<NoteId> copies;
    REQUIRE(DuplicateNotes(doc, 0, {pains[0]}, Vec2(30, 30), &copies));
    CHECK(NoteById(doc, copies[0]).Votes.empty());
    std::vector<MomentId> moment_copies;
    REQUIRE(DuplicateMoments(doc, 0, {NoteById(doc, pains[0]).Moment}, &moment_copies));
    REQUIRE(CreateDesiredFromCurrent(doc));
    CHECK(CountDocument(doc).Votes == 2);
    RequireValid(doc);
}

TEST_CASE("voting: votes are saved and load back, maps without votes are written as before", "[voting][file_json]")
{
    const Document example = MakeExampleDocument();
    const std::string plain = SaveDocumentToString(example);
    CHECK_FALSE(Contains(plain, "votes"));
    CHECK_FALSE(Contains(plain, "voting_rounds"));
    Document reloaded;
    REQUIRE(LoadDocumentFromString(plain, &reloaded).Ok);
    CHECK(reloaded.Rounds.empty());
    CHECK(SaveDocumentToString(reloaded) == plain);
    CHECK(FormatCounts(CountDocument(reloaded)) == "2 situations, 7 phases, 31 moments, 9 pain points, 6 opportunities, 1 persona");

    Document doc = example;
    const std::vector<NoteId> pains = NotesOfKind(doc, NoteKind::PainPoint);
    const RoundId first = StartRound(doc, "Stemronde 1");
    Dots(doc, pains[0], first, 5);
    Dots(doc, pains[1], first, 3, "a1b2c3");
    REQUIRE(EndVotingRound(doc, first));
    const RoundId second = StartRound(doc, "Stemronde 2");
    REQUIRE(SetRoundKinds(doc, second, KindBit(NoteKind::Opportunity)));
    Dots(doc, NotesOfKind(doc, NoteKind::Opportunity)[1], second, 4);
    const std::string text = SaveDocumentToString(doc);
    CHECK(Contains(text, "\"voting_rounds\""));
    CHECK(Contains(text, "\"kinds\": [\n                \"opportunity\"\n            ]"));

    Document loaded;
    const Status status = LoadDocumentFromString(text, &loaded);
    INFO(status.Text(false));
    REQUIRE(status.Ok);
    REQUIRE(loaded.Rounds.size() == 2);
    CHECK(loaded.Rounds[0].Name == "Stemronde 1");
    CHECK_FALSE(loaded.Rounds[0].Open);
    CHECK(loaded.Rounds[1].Open);
    CHECK(loaded.Rounds[1].Kinds == KindBit(NoteKind::Opportunity));
    CHECK(loaded.Rounds[0].Key == doc.Rounds[0].Key);
    CHECK(NoteVotes(NoteById(loaded, pains[0]), first) == 5);
    CHECK(NoteVotesBy(NoteById(loaded, pains[1]), first, "a1b2c3") == 3);
    CHECK(SaveDocumentToString(loaded) == text);
    CHECK(FormatCounts(CountDocument(loaded)) ==
          "2 situations, 7 phases, 31 moments, 9 pain points, 6 opportunities, 1 persona, 12 votes");
    DocumentCounts one;
    one.Votes = 1;
    CHECK(Contains(FormatCounts(one), ", 1 vote") );
    CHECK_FALSE(Contains(FormatCounts(one), "votes"));
}

TEST_CASE("voting: broken votes in a file are refused with a clear message", "[voting][file_json]")
{
    Document doc = MakeExampleDocument();
    const NoteId pain = NotesOfKind(doc, NoteKind::PainPoint)[0];
    const RoundId id = StartRound(doc, "Stemronde 1");
    Dots(doc, pain, id, 2);
    const std::string good = SaveDocumentToString(doc);
    Document loaded;
    REQUIRE(LoadDocumentFromString(good, &loaded).Ok);

    auto refused = [&](const std::string& from, const std::string& to, const std::string& message_part) {
        std::string text = good;
        const size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        Document out = loaded;
        const Status status = LoadDocumentFromString(text, &out);
        INFO(text.substr(at > 200 ? at - 200 : 0, 400));
        REQUIRE_FALSE(status.Ok);
        CHECK(Contains(status.Message, message_part));
        CHECK(out.Rounds.size() == 1); // the document in memory is untouched
    };
    const std::string round_ref = "\"round\": " + std::to_string(id.Value);
    refused(round_ref, "\"round\": 999999", "there is no voting round with id 999999");
    refused("\"dots\": 2", "\"dots\": 0", "0 is too small: it must be from 1");
    refused("\"voter\": \"facilitator\"", "\"voter\": \"Jan Bosman\"", "is not a voter or round key");
    refused("\"dots_per_person\": 3", "\"dots_per_person\": 0", "dots_per_person");
    refused("\"kinds\": [", "\"kinds\": [\"moment\", ", "is not one of: pain_point, opportunity");
    refused("\"kinds\": [\n                \"pain_point\",\n                \"opportunity\"\n            ]", "\"kinds\": []",
            "at least one kind of note");
    refused("\"votes\": [", "\"votes\": [{\"round\": " + std::to_string(id.Value) + ", \"voter\": \"facilitator\", \"dots\": 1}, ",
            "listed twice");
    // Two open rounds.
    std::string two_open = good;
    const size_t rounds_at = two_open.find("\"voting_rounds\": [");
    REQUIRE(rounds_at != std::string::npos);
    two_open.insert(rounds_at + std::string("\"voting_rounds\": [").size(),
                    "{\"id\": 99990, \"name\": \"x\", \"kinds\": [\"pain_point\"], \"open\": true}, ");
    Document out;
    const Status status = LoadDocumentFromString(two_open, &out);
    REQUIRE_FALSE(status.Ok);
    CHECK(Contains(status.Message, "only one voting round can be open"));
}
