// A save always opens again: edits that make ids refuse (with a message) when a map has none
// left, and a save checks the document with the loader's own rules before it writes anything.
// Also the messages about numbers and ids say what is actually wrong.
#include "clipboard.h"
#include "edit.h"
#include "file_json.h"
#include "journey.h"

#include "../temp_folder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

namespace
{
std::string ReadAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// A small map whose ids sit at the top of the range: moment 2147483600 with a note, and
// `next_id` as given (2147483648 = none left).
std::string MapNearIdLimit(uint64_t next_id)
{
    return R"({"schema": 1, "title": "Hoge ids", "next_id": )" + std::to_string(next_id) + R"(,
      "personas": [{"id": 2147483590, "name": "Jan"}],
      "situations": [{"kind": "current",
        "phases": [{"id": 2147483591, "name": "Thuis"}],
        "lanes": [{"id": 2147483592, "kind": "moments"}, {"id": 2147483593, "kind": "pain_points"},
                  {"id": 2147483594, "kind": "text", "title": "Vrij"}],
        "moments": [{"id": 2147483600, "phase": 2147483591, "x": 100, "title": "Wegen"},
                    {"id": 2147483601, "phase": 2147483591, "x": 300, "title": "Bellen"}],
        "notes": [{"id": 2147483602, "kind": "pain_point", "text": "Te laat", "moment": 2147483600},
                  {"id": 2147483603, "kind": "opportunity", "text": "Vrij", "x": 10, "y": 900}]}]})";
}

Document LoadOrFail(const std::string& json)
{
    Document doc;
    const Status st = LoadDocumentFromString(json, &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    return doc;
}

void CheckRefusedForIds(const Status& why)
{
    CHECK_FALSE(why.Ok);
    CHECK(Contains(why.Message, "used up the numbers"));
    CHECK(Contains(why.MessageNl, "nummers"));
}
} // namespace

TEST_CASE("every edit that makes ids refuses with a message when none are left", "[ids]")
{
    Document doc = LoadOrFail(MapNearIdLimit(2147483648u));
    REQUIRE(IdsLeft(doc) == 0);
    const std::string before = SaveDocumentToString(doc);
    const PhaseId phase{2147483591};
    const MomentId moment{2147483600};

    Status why;
    MomentId new_moment;
    CHECK_FALSE(AddMoment(doc, 0, phase, 50.0f, "Nieuw", &new_moment, &why));
    CheckRefusedForIds(why);

    why = Status();
    NoteId new_note;
    CHECK_FALSE(AddNote(doc, 0, NoteKind::PainPoint, moment, Vec2(0.0f, 0.0f), "x", &new_note, &why));
    CheckRefusedForIds(why);

    why = Status();
    std::vector<MomentId> moment_copies;
    CHECK_FALSE(DuplicateMoments(doc, 0, {moment, MomentId{2147483601}}, &moment_copies, &why));
    CheckRefusedForIds(why);

    why = Status();
    std::vector<NoteId> note_copies;
    CHECK_FALSE(DuplicateNotes(doc, 0, {NoteId{2147483603}}, Vec2(30.0f, 30.0f), &note_copies, &why));
    CheckRefusedForIds(why);

    why = Status();
    PhaseId new_phase;
    CHECK_FALSE(AddPhase(doc, 0, 1, "Nieuwe fase", &new_phase, &why));
    CheckRefusedForIds(why);

    why = Status();
    LaneId new_lane;
    CHECK_FALSE(AddTextLane(doc, 0, "Baan", &new_lane, &why));
    CheckRefusedForIds(why);

    why = Status();
    PersonaId new_persona;
    CHECK_FALSE(AddPersona(doc, "Ria", &new_persona, &why));
    CheckRefusedForIds(why);

    why = Status();
    CHECK_FALSE(CreateDesiredFromCurrent(doc, &why));
    CheckRefusedForIds(why);

    why = Status();
    RoundId new_round;
    CHECK_FALSE(StartVotingRound(doc, "Ronde", "", &new_round, &why));
    CheckRefusedForIds(why);

    // Pasting goes through the same check.
    const std::string clip = CopyToClipboardText(doc, 0, {moment}, {});
    ClipboardItems items;
    REQUIRE(ParseClipboardText(clip, &items).Ok);
    PasteResult pasted;
    CheckRefusedForIds(PasteClipboardItems(doc, 0, items, PastePlace(), &pasted));

    // Refused as a whole: the map is exactly as it was, and still saves and loads.
    CHECK(SaveDocumentToString(doc) == before);
    CHECK(ValidateDocument(doc).Ok);
}

TEST_CASE("a duplicate needing more ids than are left adds nothing", "[ids]")
{
    // Two ids left; duplicating both moments needs three (moment 2147483600 has a note).
    Document doc = LoadOrFail(MapNearIdLimit(2147483646u));
    REQUIRE(IdsLeft(doc) == 2);
    const std::string before = SaveDocumentToString(doc);
    Status why;
    std::vector<MomentId> copies;
    CHECK_FALSE(DuplicateMoments(doc, 0, {MomentId{2147483600}, MomentId{2147483601}}, &copies, &why));
    CheckRefusedForIds(why);
    CHECK(SaveDocumentToString(doc) == before);

    // One moment without notes fits, and uses exactly one id.
    why = Status();
    CHECK(DuplicateMoments(doc, 0, {MomentId{2147483601}}, &copies, &why));
    CHECK(why.Ok);
    CHECK(IdsLeft(doc) == 1);
}

TEST_CASE("select all, duplicate until the ids run out, save: the file opens again", "[ids]")
{
    TempFolder folder;
    const std::string path = folder / "hoog.cjm.json";
    Document doc = LoadOrFail(MapNearIdLimit(2147483630u));
    std::vector<MomentId> all;
    for (int round = 0; round < 8; round++)
    {
        all.clear();
        for (const Moment& m : doc.Situations[0].Moments)
            all.push_back(m.Id);
        std::vector<MomentId> copies;
        Status why;
        if (!DuplicateMoments(doc, 0, all, &copies, &why))
            CheckRefusedForIds(why);
    }
    const Status saved = SaveDocumentToFile(path, doc);
    INFO(saved.Message);
    REQUIRE(saved.Ok);
    Document again;
    const Status loaded = LoadDocumentFromFile(path, &again);
    INFO(loaded.Message);
    CHECK(loaded.Ok);
}

TEST_CASE("a save refuses a document the loader would refuse, and leaves the old file alone", "[ids][save]")
{
    TempFolder folder;
    const std::string path = folder / "kaart.cjm.json";
    Document doc = LoadOrFail(MapNearIdLimit(2147483648u));
    REQUIRE(SaveDocumentToFile(path, doc).Ok);
    const std::string on_disk = ReadAll(path);

    SECTION("the id counter beyond the range")
    {
        doc.NextId = 2147483651u;
    }
    SECTION("an id beyond the range")
    {
        doc.Situations[0].Moments[0].Id.Value = 2147483649u;
    }
    SECTION("a note on a moment that is gone")
    {
        doc.Situations[0].Moments.erase(doc.Situations[0].Moments.begin());
    }
    std::string json = "unchanged";
    const Status checked = SaveDocumentChecked(doc, &json);
    CHECK_FALSE(checked.Ok);
    CHECK(json == "unchanged");
    const Status saved = SaveDocumentToFile(path, doc);
    CHECK_FALSE(saved.Ok);
    CHECK(Contains(saved.Message, "not saved"));
    CHECK(Contains(saved.Message, "Nothing on disk was changed"));
    CHECK(Contains(saved.MessageNl, "niet opgeslagen"));
    CHECK(ReadAll(path) == on_disk);
}

TEST_CASE("an older map whose ids reach the top of the range opens, its new lanes numbered from free ids", "[ids][versions]")
{
    const std::string v0 = R"({"schema": 0, "title": "Oud",
      "situations": [{"kind": "current", "phases": [{"id": 3, "name": "Thuis"}],
        "moments": [{"id": 2147483647, "phase": 3, "x": 10, "patient_score": 1}]}]})";
    Document doc;
    const Status st = LoadDocumentFromString(v0, &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK_FALSE(Contains(st.Message, "lanes"));
    Document blank;
    REQUIRE(doc.Situations[0].Lanes.size() == DefaultLanes(blank).size());
    for (const Lane& lane : doc.Situations[0].Lanes)
        CHECK(lane.Id.Value != 3u);
    CHECK(doc.Situations[0].Moments[0].Patient.Score == 1.0f);
    CHECK(IdsLeft(doc) == 0);
    CHECK(ValidateDocument(doc).Ok);
    std::string json;
    REQUIRE(SaveDocumentChecked(doc, &json).Ok);
    Document again;
    CHECK(LoadDocumentFromString(json, &again).Ok);
}

TEST_CASE("messages about whole numbers say what is wrong with the number", "[messages]")
{
    auto message_for = [](const std::string& field_json) {
        const std::string json = R"({"schema": 1, "situations": [{"kind": "current", "phases": [{"id": 1}],
            "moments": [{"id": )" + field_json + R"(, "phase": 1}]}]})";
        Document doc;
        const Status st = LoadDocumentFromString(json, &doc);
        CHECK_FALSE(st.Ok);
        return st.Message;
    };
    const std::string written_as_decimal = message_for("12.0");
    CHECK(Contains(written_as_decimal, "the whole number 12 is written with a decimal point"));
    CHECK_FALSE(Contains(written_as_decimal, "is not a whole number"));
    CHECK(Contains(message_for("1.2e1"), "the whole number 12 is written with a decimal point or an exponent"));
    CHECK(Contains(message_for("12.5"), "12.5 is not a whole number"));
    CHECK(Contains(message_for("-3"), "-3 is too small"));
    CHECK(Contains(message_for("2147483651"), "2147483651 is too large: it must be from 0 to 2147483647"));

    // The counter: a whole number above the range is too large, not "not a whole number".
    Document doc;
    const Status next = LoadDocumentFromString(MapNearIdLimit(2147483651u), &doc);
    CHECK_FALSE(next.Ok);
    CHECK(Contains(next.Message, "next_id: 2147483651 is too large"));
}
