// File versions: older files migrate forward (the original kept once), newer files load as far
// as this version knows them, and fields we do not know survive a save.
#include "atomic_file.h"
#include "file_json.h"
#include "journey.h"
#include "migrate.h"

#include "../temp_folder.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <unistd.h>

using test::ReadAll;
using test::Contains;

namespace fs = std::filesystem;

namespace
{
std::string Compat(const char* name) { return std::string(JB_TEST_DATA) + "/compat/" + name; }

} // namespace

TEST_CASE("a version 0 file is migrated to the current shape", "[versions]")
{
    Document doc;
    Status st = LoadDocumentFromFile(Compat("schema0.cjm.json"), &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(doc.Schema == 0); // remembered, so the app keeps the original at the first save
    REQUIRE(doc.Situations.size() == 1);
    const Situation& s = doc.Situations[0];

    // The implied default lanes were added, with fresh ids above every id in the file (max 9).
    Document fresh;
    const std::vector<Lane> defaults = DefaultLanes(fresh);
    REQUIRE(s.Lanes.size() == defaults.size());
    std::set<uint32_t> lane_ids;
    for (size_t i = 0; i < s.Lanes.size(); i++)
    {
        CHECK(s.Lanes[i].Kind == defaults[i].Kind);
        CHECK(s.Lanes[i].Visible == defaults[i].Visible);
        CHECK(s.Lanes[i].Id.Value > 9u);
        lane_ids.insert(s.Lanes[i].Id.Value);
    }
    CHECK(lane_ids.size() == s.Lanes.size());
    CHECK(doc.NextId > *lane_ids.rbegin());

    // Flat experience fields became nested ones.
    REQUIRE(s.Moments.size() == 2);
    CHECK(s.Moments[0].Patient.Score == -2.0f);
    CHECK(s.Moments[0].Patient.Text == "Overweldigd");
    CHECK(s.Moments[0].Professional.Score == 1.0f);
    CHECK(s.Moments[0].Professional.Text == "Duidelijke diagnose");
    CHECK(s.Moments[0].UnknownFields.empty()); // nothing of the old shape is left over
    CHECK(s.Notes[0].Moment == s.Moments[0].Id);
    CHECK(ValidateDocument(doc).Ok);

    // Saved, it is a current file that loads as itself.
    const std::string saved = SaveDocumentToString(doc);
    CHECK(saved.rfind("{\n    \"schema\": 2,", 0) == 0);
    CHECK_FALSE(Contains(saved, "patient_score"));
    Document again;
    REQUIRE(LoadDocumentFromString(saved, &again).Ok);
    CHECK(again.Schema == CurrentSchema);
    CHECK(SaveDocumentToString(again) == saved);
}

TEST_CASE("the original of a migrated file is kept once, at the first save over it", "[versions]")
{
    TempFolder dir;
    const std::string path = dir.Path + "/oud.cjm.json";
    const std::string original = ReadAll(Compat("schema0.cjm.json"));
    REQUIRE(WriteFileAtomic(path, original, false).Ok);

    Document doc;
    REQUIRE(LoadDocumentFromFile(path, &doc).Ok);
    REQUIRE(KeepOriginalOfMigratedFile(path, doc.Schema).Ok);
    REQUIRE(SaveDocumentToFile(path, doc).Ok);
    const std::string kept = MigratedOriginalPath(path, 0);
    CHECK(kept == path + ".schema0.bak");
    CHECK(ReadAll(kept) == original);

    // A second save (the app still remembers the old version) does not replace the kept original,
    // while the ordinary .bak moves on.
    doc.Title = "Tweede keer opgeslagen";
    REQUIRE(KeepOriginalOfMigratedFile(path, doc.Schema).Ok);
    REQUIRE(SaveDocumentToFile(path, doc).Ok);
    CHECK(ReadAll(kept) == original);
    CHECK(ReadAll(path + ".bak") != original);

    // Current files get no such copy.
    const std::string current = dir.Path + "/nieuw.cjm.json";
    REQUIRE(SaveDocumentToFile(current, doc).Ok);
    REQUIRE(KeepOriginalOfMigratedFile(current, CurrentSchema).Ok);
    CHECK_FALSE(fs::exists(current + ".schema1.bak"));
    // A failing copy is reported, so the app does not save over the original without it.
    const std::string other = dir.Path + "/ander.cjm.json";
    REQUIRE(WriteFileAtomic(other, original, false).Ok);
    SetWriteFailureForTesting(ENOSPC);
    Status st = KeepOriginalOfMigratedFile(other, 0);
    SetWriteFailureForTesting(0);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "The disk is full"));
    CHECK_FALSE(fs::exists(MigratedOriginalPath(other, 0)));
}

TEST_CASE("a file from a newer JourneyBoard loads what this version knows", "[versions]")
{
    Document doc;
    Status st = LoadDocumentFromFile(Compat("schema99_newer.cjm.json"), &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(doc.Schema == 99); // the app opens it read-only
    CHECK(doc.Title == "Gemaakt met een nieuwere JourneyBoard");
    REQUIRE(doc.Situations[0].Moments.size() == 1);
    CHECK(doc.Situations[0].Moments[0].Patient.Score == -1.0f);
    // Its new fields are kept, and a Save As carries them along.
    const std::string saved = SaveDocumentToString(doc);
    CHECK(Contains(saved, "\"layers\": [\n"));
    CHECK(Contains(saved, "\"attachments\": [\n"));
    CHECK(Contains(saved, "\"confidence\": 0.5"));
    CHECK(Contains(saved, "\"colour\": \"#AABBCC\""));
}

TEST_CASE("unknown fields of a current file survive a save, in place", "[versions]")
{
    Document doc;
    Status st = LoadDocumentFromFile(Compat("unknown_fields.cjm.json"), &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    const Situation& s = doc.Situations[0];
    CHECK(doc.UnknownFields == R"({"generator":{"name":"ander-programma","version":[2,1,0],"beta":false,"build":null}})");
    CHECK(doc.Personas[0].UnknownFields == R"({"pronouns":"zij/haar"})");
    CHECK(s.UnknownFields == R"({"workshop_date":"2026-11-20"})");
    CHECK(s.Phases[0].UnknownFields == R"({"colour":"#AABBCC"})");
    CHECK(s.Lanes[0].UnknownFields == R"({"locked":true})");
    CHECK(s.Lanes[1].UnknownFields.empty());
    CHECK(s.Moments[0].Patient.UnknownFields == R"({"confidence":0.25})");
    CHECK(s.Moments[0].Cells[0].UnknownFields == R"({"format":"markdown"})");
    CHECK(s.Notes[0].UnknownFields == R"({"author":{"initials":"RB"},"empty_list":[],"empty_group":{}})");

    const std::string saved = SaveDocumentToString(doc);
    for (const char* piece : {"\"pronouns\": \"zij/haar\"", "\"workshop_date\": \"2026-11-20\"", "\"locked\": true",
                              "\"confidence\": 0.25", "\"format\": \"markdown\"", "\"votes\": 12345678901234",
                              "\"weight\": -0.1", "\"\\\"quoted\\\" \\\\ text \xC3\xA9\"", "\"empty_list\": []",
                              "\"empty_group\": {}", "\"build\": null"})
    {
        CAPTURE(piece);
        CHECK(Contains(saved, piece));
    }
    // Load and save again: the same bytes (nothing duplicated, nothing reordered).
    Document again;
    REQUIRE(LoadDocumentFromString(saved, &again).Ok);
    CHECK(SaveDocumentToString(again) == saved);
    CHECK(again.Situations[0].Moments[0].UnknownFields == s.Moments[0].UnknownFields);
}

TEST_CASE("migrating a file with the wrong shape for its version reports the place", "[versions]")
{
    // Version 0 with the flat fields in the wrong type: the migration moves them, the reader names them.
    const std::string json = R"({"schema": 0, "situations": [{"kind": "current", "phases": [{"id": 1}],
        "moments": [{"id": 2, "phase": 1, "professional_score": [1]}]}]})";
    Document doc;
    Status st = LoadDocumentFromString(json, &doc);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "situations[0].moments[0].professional.score: expected a number, found a list"));
    // A version 0 map whose "situations" is not even a list is refused by the reader, not the migration.
    Status st2 = LoadDocumentFromString(R"({"schema": 0, "situations": 3})", &doc);
    CHECK_FALSE(st2.Ok);
    CHECK(Contains(st2.Message, "situations: expected a list"));
}
