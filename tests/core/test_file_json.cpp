// Loading and saving maps: round trips, the exact look of the file, floats, ids, validation and
// saving to disk. Bad and hostile files: test_file_json_refused.cpp.
#include "atomic_file.h"
#include "file_json.h"
#include "journey.h"
#include "json_safe.h"

#include "../temp_folder.h"
#include "../test_helpers.h"
#include "file_json_test_data.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <string>

#include <fcntl.h>
#include <unistd.h>

using test::ReadAll;
using test::Contains;
using test::WriteRaw;

namespace fs = std::filesystem;
using namespace file_json_test;

TEST_CASE("json_safe.h makes RapidJSON safe for untrusted input", "[file_json]")
{
    // Iterative by default: a million nested lists do not overflow the stack.
    const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    rapidjson::Document dom;
    dom.Parse(deep.c_str(), deep.size());
    CHECK_FALSE(dom.HasParseError());
    // Not full precision: 0e100 is 0, not garbage.
    dom.Parse("0e100");
    REQUIRE(dom.IsNumber());
    CHECK(dom.GetDouble() == 0.0);
    // No NaN or Infinity.
    dom.Parse("NaN");
    CHECK(dom.HasParseError());
    dom.Parse("-Infinity");
    CHECK(dom.HasParseError());
    // A failed internal check throws instead of aborting.
    rapidjson::Value text("text");
    CHECK_THROWS_AS(text.GetInt(), JsonAssert);
    CHECK_THROWS_AS(text.GetInt(), std::runtime_error);
}

TEST_CASE("save, load, save gives identical bytes", "[file_json]")
{
    const Document doc = MakeSmallDocument();
    const std::string first = SaveDocumentToString(doc);
    CHECK(SaveDocumentToString(doc) == first); // deterministic

    Document loaded;
    Status st = LoadDocumentFromString(first, &loaded);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(SaveDocumentToString(loaded) == first);

    // Spot checks that the values themselves came back, not just the same text.
    REQUIRE(loaded.Situations.size() == 2);
    CHECK(loaded.Title == doc.Title);
    CHECK(loaded.Remark == doc.Remark);
    CHECK(loaded.NextId == doc.NextId);
    REQUIRE(loaded.Personas.size() == 1);
    CHECK(loaded.Personas[0].Quote == doc.Personas[0].Quote);
    CHECK(loaded.Personas[0].Photo == "iVBORw0KGgo=");
    CHECK(loaded.Personas[0].Age == 72);
    const Situation& current = loaded.Situations[0];
    CHECK(current.Lanes.size() == doc.Situations[0].Lanes.size());
    CHECK(current.Lanes.back().Title == "Systemen");
    CHECK(current.Lanes.back().Height == 95.5f);
    CHECK(current.Lanes[6].Visible == false);
    REQUIRE(current.Moments.size() == 2);
    CHECK(current.Moments[0].X == 0.1f);
    CHECK(current.Moments[1].X == 1.0f / 3.0f);
    CHECK(current.Moments[0].Actors == doc.Situations[0].Moments[0].Actors);
    CHECK(current.Moments[0].Patient.Score == -1.5f);
    CHECK(current.Moments[0].Cells.size() == 2);
    CHECK(current.Moments[1].Type == InteractionType::HomeMeasurement);
    CHECK(current.Notes[0].Moment == current.Moments[0].Id);
    CHECK(current.Notes[1].Color == 0x7FC97Fu);
    CHECK(current.Notes[1].Kind == NoteKind::Opportunity);
    CHECK(loaded.Situations[1].Kind == SituationKind::Desired);
    CHECK(loaded.Situations[1].Moments[0].Origin == current.Moments[0].Id);
}

TEST_CASE("the saved file looks as documented", "[file_json]")
{
    const std::string json = SaveDocumentToString(MakeSmallDocument());
    CHECK(json.rfind("{\n    \"schema\": 2,\n", 0) == 0); // schema first
    CHECK(json.back() == '\n');
    CHECK(Contains(json, "\"type\": \"home_measurement\""));   // enums as keys
    CHECK(Contains(json, "\"kind\": \"patient_experience\""));
    CHECK(Contains(json, "\"kind\": \"desired\""));
    CHECK(Contains(json, "\"color\": \"#7FC97F\""));           // colours as #RRGGBB
    CHECK(Contains(json, "\"color\": \"\""));                  // "" = the kind's own colour
    CHECK(Contains(json, "\"x\": 0.1,"));                      // short floats...
    CHECK(Contains(json, "\"x\": 0.33333334,"));               // ...that read back as the same float
    CHECK(Contains(json, "\"width\": 812.75"));
    CHECK_FALSE(Contains(json, "0.10000000149011612"));
    CHECK(Contains(json, "\"origin\": 1"));                     // ids as integers
    CHECK(Contains(json, "Fictief voorbeeld \xE2\x80\x94"));    // UTF-8 as is, not \u escapes
}

TEST_CASE("floats read back bit-exact", "[file_json]")
{
    std::mt19937 rng(12345);
    std::uniform_real_distribution<float> coordinate(-MaxCoordinate, MaxCoordinate);
    std::uniform_real_distribution<float> small(-1.0f, 1.0f);
    std::uniform_real_distribution<float> score(MinScore, MaxScore);
    Document doc = MakeSmallDocument();
    Situation& s = doc.Situations[0];
    for (int i = 0; i < 2000; i++)
    {
        Note note;
        note.Id = NewId<NoteId>(doc);
        note.X = coordinate(rng);
        note.Y = i % 2 ? small(rng) * 1e-3f : std::ldexp(small(rng), -(i % 120)); // tiny and subnormal-ish
        s.Notes.push_back(note);
    }
    for (Moment& m : s.Moments)
        m.Patient.Score = score(rng);
    // Values that are easy to get wrong.
    s.Notes[2].X = -0.0f;
    s.Notes[3].X = std::numeric_limits<float>::denorm_min();
    s.Notes[4].X = std::nextafter(MaxCoordinate, 0.0f);
    s.Notes[5].X = 16777217.0f / 64.0f;

    const std::string json = SaveDocumentToString(doc);
    Document loaded;
    REQUIRE(LoadDocumentFromString(json, &loaded).Ok);
    for (size_t i = 0; i < s.Notes.size(); i++)
    {
        const Note& a = s.Notes[i];
        const Note& b = loaded.Situations[0].Notes[i];
        INFO("note " << i << ": " << a.X << ", " << a.Y);
        REQUIRE(std::memcmp(&a.X, &b.X, sizeof(float)) == 0);
        REQUIRE(std::memcmp(&a.Y, &b.Y, sizeof(float)) == 0);
    }
    for (size_t i = 0; i < s.Moments.size(); i++)
        CHECK(s.Moments[i].Patient.Score == loaded.Situations[0].Moments[i].Patient.Score);
    CHECK(SaveDocumentToString(loaded) == json);
}

TEST_CASE("saving makes a file the loader accepts, even from a broken model", "[file_json]")
{
    // Only bugs make these; saving must still never write something we then refuse to open.
    Document doc = MakeSmallDocument();
    Situation& s = doc.Situations[0];
    s.Moments[0].X = std::nanf("");
    s.Moments[0].Patient.Score = 9.0f;
    s.Moments[1].Professional.Score = -std::numeric_limits<float>::infinity();
    s.Phases[0].Width = -5.0f;
    s.Lanes[0].Height = 1e30f;
    s.Notes[0].Y = -1e9f;
    doc.Title = std::string("bad \xC3( utf8 and a NUL: ") + '\0' + " end";
    doc.Scope = std::string(MaxTextBytes + 10, 'a');
    doc.Personas[0].Photo = "not base64!";
    doc.Personas[0].Age = 300;

    const std::string json = SaveDocumentToString(doc);
    Document loaded;
    Status st = LoadDocumentFromString(json, &loaded);
    INFO(st.Message);
    REQUIRE(st.Ok);
    const Situation& l = loaded.Situations[0];
    CHECK(l.Moments[0].X == 0.0f);
    CHECK(l.Moments[0].Patient.Score == MaxScore);
    CHECK(l.Moments[1].Professional.Score == MinScore);
    CHECK(l.Phases[0].Width == 600.0f);
    CHECK(l.Lanes[0].Height == MaxExtent);
    CHECK(l.Notes[0].Y == -MaxCoordinate);
    CHECK(loaded.Title == "bad \xEF\xBF\xBD( utf8 and a NUL:  end");
    CHECK(loaded.Scope.size() == MaxTextBytes);
    CHECK(loaded.Personas[0].Photo.empty());
    CHECK(loaded.Personas[0].Age == MaxAge);
}

TEST_CASE("numbers in unusual but valid spellings", "[file_json]")
{
    struct Case
    {
        const char* Text;
        float Expected;
    };
    for (Case c : {Case{"0e100", 0.0f}, Case{"0E-100", 0.0f}, Case{"-0", -0.0f}, Case{"1e-400", 0.0f}, Case{"1E2", 100.0f},
                   Case{"2.5e+1", 25.0f}, Case{"0.000000000000000000000000000000001e33", 1.0f}, Case{"100.000", 100.0f}})
    {
        CAPTURE(c.Text);
        Document doc;
        Status st = LoadDocumentFromString(WithMomentX(c.Text), &doc);
        INFO(st.Message);
        REQUIRE(st.Ok);
        CHECK(doc.Situations[0].Moments[0].X == c.Expected); // never garbage (RapidJSON's full-precision 0e100 bug)
    }
}

TEST_CASE("the base of the bad files loads, also with a UTF-8 byte order mark", "[file_json]")
{
    Document doc;
    Status st = LoadDocumentFromString(BadFileBase, &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(doc.Title == "Bad file base");
    CHECK(doc.NextId == 8); // next_id absent: one above the highest id
    // Fields that are absent take the model's defaults.
    CHECK(doc.Situations[0].Phases[0].Width == 600.0f);
    CHECK(doc.Situations[0].Lanes[0].Visible);
    CHECK(doc.Situations[0].Notes[0].Color == 0xFFD966u);

    Document with_bom;
    REQUIRE(LoadDocumentFromString(std::string("\xEF\xBB\xBF") + BadFileBase, &with_bom).Ok);

    // Unknown fields (from a hand edit or a tool) are ignored, not fatal.
    std::string extra = BadFileBase;
    extra.insert(extra.find("\"title\""), "\"comment\": {\"made by\": [\"a script\"]},\n    ");
    REQUIRE(LoadDocumentFromString(extra, &doc).Ok);
}

TEST_CASE("next_id is raised above every id in the file", "[file_json]")
{
    std::string json = BadFileBase;
    json.insert(json.find("\"title\""), "\"next_id\": 2,\n    ");
    Document doc;
    REQUIRE(LoadDocumentFromString(json, &doc).Ok);
    CHECK(doc.NextId == 8);

    json = BadFileBase;
    json.insert(json.find("\"title\""), "\"next_id\": 500,\n    ");
    REQUIRE(LoadDocumentFromString(json, &doc).Ok);
    CHECK(doc.NextId == 500); // a higher one is kept: ids of deleted things are not reused
}

TEST_CASE("ValidateDocument checks a document in memory", "[file_json]")
{
    Document doc = MakeSmallDocument();
    REQUIRE(ValidateDocument(doc).Ok);

    SECTION("a note attached to a deleted moment")
    {
        doc.Situations[0].Moments.erase(doc.Situations[0].Moments.begin());
        Status st = ValidateDocument(doc);
        CHECK_FALSE(st.Ok);
        // The desired moment's origin dangles too, but situation 0 is checked first.
        CHECK(Contains(st.Message, "situations[0].notes[0].moment: there is no moment with id"));
    }
    SECTION("an id used twice")
    {
        doc.Situations[1].Phases[0].Id.Value = doc.Personas[0].Id.Value;
        Status st = ValidateDocument(doc);
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "is also the id of personas[0]"));
    }
    SECTION("NextId not above every id")
    {
        doc.NextId = 3;
        Status st = ValidateDocument(doc);
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "next_id: 3 is not above every id in use"));
    }
    SECTION("a NaN coordinate")
    {
        doc.Personas[0].X = std::nanf("");
        Status st = ValidateDocument(doc);
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "personas[0].x: nan is outside"));
    }
}

TEST_CASE("saving to a file and loading it back, keeping a backup", "[file_json]")
{
    TempFolder dir;
    const std::string path = dir / "hartfalen.cjm.json";
    Document doc = MakeSmallDocument();
    REQUIRE(SaveDocumentToFile(path, doc).Ok);
    Document loaded;
    REQUIRE(LoadDocumentFromFile(path, &loaded).Ok);
    CHECK(SaveDocumentToString(loaded) == ReadAll(path));

    loaded.Title = "Tweede versie";
    REQUIRE(SaveDocumentToFile(path, loaded).Ok);
    Document backup;
    REQUIRE(LoadDocumentFromFile(path + ".bak", &backup).Ok);
    CHECK(backup.Title == doc.Title);
    Document second;
    REQUIRE(LoadDocumentFromFile(path, &second).Ok);
    CHECK(second.Title == "Tweede versie");

    // A failed save reports and leaves both files as they were.
    SetWriteFailureForTesting(ENOSPC);
    Status st = SaveDocumentToFile(path, doc);
    SetWriteFailureForTesting(0);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "The disk is full"));
    REQUIRE(LoadDocumentFromFile(path, &second).Ok);
    CHECK(second.Title == "Tweede versie");
}
