// Loading and saving maps: round trips, the exact look of the file, and every bad file we could
// think of (committed under tests/data/bad/, the huge ones generated here).
#include "atomic_file.h"
#include "file_json.h"
#include "journey.h"
#include "json_safe.h"

#include "../temp_folder.h"
#include "../test_helpers.h"

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

namespace
{
// Two situations, a persona with a photo, every kind of field, awkward floats and text.
Document MakeSmallDocument()
{
    Document doc;
    doc.Title = "Hartfalen: van verwijzing tot thuismonitoring";
    doc.Scope = "Van verwijzing door de huisarts tot de eerste controle na ontslag";
    doc.IntendedOutcome = "Knelpunten en kansen zien";
    doc.Remark = "Fictief voorbeeld \xE2\x80\x94 geen echte patiënt \xE2\x9C\x93"; // em dash, check mark

    Persona persona;
    persona.Id = NewId<PersonaId>(doc);
    persona.Name = "Anna de Vries";
    persona.Age = 72;
    persona.BasedOnRealPerson = false;
    persona.Photo = "iVBORw0KGgo=";
    persona.Diagnosis = "HFrEF, NYHA II";
    persona.Quote = "\"Ik wil weten waar ik aan toe ben.\"\nNieuwe regel\tmet tab \\ en emoji \xF0\x9F\x92\x93";
    persona.X = -350.25f;
    persona.Y = 12.5f;
    doc.Personas.push_back(persona);

    Situation current;
    current.Kind = SituationKind::Current;
    current.Lanes = DefaultLanes(doc);
    Lane systems;
    systems.Id = NewId<LaneId>(doc);
    systems.Kind = LaneKind::Text;
    systems.Title = "Systemen";
    systems.Height = 95.5f;
    current.Lanes.push_back(systems);
    const LaneId backstage = current.Lanes[6].Id;
    REQUIRE(current.Lanes[6].Kind == LaneKind::Backstage);

    Phase diagnosis;
    diagnosis.Id = NewId<PhaseId>(doc);
    diagnosis.Name = "Diagnose";
    Phase home;
    home.Id = NewId<PhaseId>(doc);
    home.Name = "Thuis";
    home.Width = 812.75f;
    current.Phases = {diagnosis, home};

    Moment consult;
    consult.Id = NewId<MomentId>(doc);
    consult.Phase = diagnosis.Id;
    consult.X = 0.1f;
    consult.Title = "Eerste consult cardioloog";
    consult.Type = InteractionType::FaceToFace;
    consult.Channel = "polikliniek";
    consult.Actors = {"cardioloog", "verpleegkundig specialist"};
    consult.Description = "Uitslag echo besproken";
    consult.Patient = {-1.5f, "Onzeker, veel informatie"};
    consult.Professional = {1.0f, "Duidelijk plan"};
    consult.Cells = {{backstage, "Echo ingepland via HIX"}, {systems.Id, "EPD"}};
    Moment measure;
    measure.Id = NewId<MomentId>(doc);
    measure.Phase = home.Id;
    measure.X = 1.0f / 3.0f;
    measure.Title = "Dagelijks wegen";
    measure.Type = InteractionType::HomeMeasurement;
    measure.Patient = {0.5f, ""};
    measure.Professional = {-2.0f, ""};
    current.Moments = {consult, measure};

    Note pain;
    pain.Id = NewId<NoteId>(doc);
    pain.Kind = NoteKind::PainPoint;
    pain.Text = "Lange wachttijd op uitslag";
    pain.Moment = consult.Id;
    Note chance;
    chance.Id = NewId<NoteId>(doc);
    chance.Kind = NoteKind::Opportunity;
    chance.Text = "Weegschaal koppelen aan portaal";
    chance.X = -20.125f;
    chance.Y = 733.0f;
    chance.Color = 0x7FC97F;
    current.Notes = {pain, chance};

    Situation desired;
    desired.Kind = SituationKind::Desired;
    desired.Name = "Gewenst";
    desired.Lanes = DefaultLanes(doc);
    Phase desired_phase;
    desired_phase.Id = NewId<PhaseId>(doc);
    desired_phase.Name = "Diagnose";
    desired.Phases = {desired_phase};
    Moment video;
    video.Id = NewId<MomentId>(doc);
    video.Phase = desired_phase.Id;
    video.X = 250.0f;
    video.Title = "Videoconsult";
    video.Type = InteractionType::OnlineConsult;
    video.Patient = {2.0f, "Fijn, thuis"};
    video.Origin = consult.Id;
    desired.Moments = {video};

    doc.Situations = {current, desired};
    return doc;
}

// A document that must come out of a failed load exactly as it went in.
Document MakeSentinel()
{
    Document doc;
    doc.Title = "untouched";
    Situation s;
    s.Lanes = DefaultLanes(doc);
    doc.Situations.push_back(s);
    return doc;
}

// The same map as make_bad_files.py's BASE: every committed bad file is this with one thing broken.
const char* const BadFileBase = R"({
    "schema": 1,
    "title": "Bad file base",
    "personas": [{"id": 7, "name": "Anna", "age": 72, "photo": ""}],
    "situations": [
        {
            "kind": "current",
            "phases": [{"id": 1, "name": "Diagnose", "width": 600}],
            "lanes": [{"id": 2, "kind": "moments"}, {"id": 3, "kind": "text", "title": "Notities"},
                      {"id": 6, "kind": "patient_experience"}],
            "moments": [{"id": 4, "phase": 1, "x": 100, "title": "Eerste consult", "type": "face_to_face",
                         "patient": {"score": -1, "text": "Onzeker"}, "professional": {"score": 1, "text": ""},
                         "cells": [{"lane": 3, "text": "x"}]}],
            "notes": [{"id": 5, "kind": "pain_point", "text": "Lange wachttijd", "moment": 4, "x": 0, "y": 0,
                       "color": "#FFD966"}]
        }
    ]
}
)";

std::string WithMomentX(const std::string& x)
{
    std::string json = BadFileBase;
    const std::string from = "\"x\": 100,";
    json.replace(json.find(from), from.size(), "\"x\": " + x + ",");
    return json;
}

// A refused load: a message that says what, in both languages, and *out exactly as before.
void CheckRefused(const Status& st, const Document& doc, const std::string& doc_bytes_before, const std::string& expected)
{
    INFO("message: " << st.Message);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, expected));
    CHECK_FALSE(st.MessageNl.empty());
    CHECK(st.MessageNl != st.Message);
    CHECK(SaveDocumentToString(doc) == doc_bytes_before);
}
} // namespace

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

TEST_CASE("every committed bad file is refused with a clear message", "[file_json]")
{
    // file -> words the English message must contain (what is wrong, and where when it applies)
    const std::map<std::string, std::string> expected = {
        {"empty.cjm.json", "The file is empty"},
        {"whitespace_only.cjm.json", "The file is empty"},
        {"truncated.cjm.json", "ends too early"},
        {"not_json.cjm.json", "does not contain JSON text"},
        {"root_array.cjm.json", "holds a list"},
        {"root_number.cjm.json", "holds the number 42"},
        {"root_null.cjm.json", "holds nothing (null)"},
        {"root_string.cjm.json", "holds the text \"schema\""},
        {"trailing_garbage.cjm.json", "more text after the end of the map (line 74"},
        {"utf16.cjm.json", "UTF-16"},
        {"snapshot.png", "PNG picture is incomplete or damaged"},
        {"picture_without_map.png", "does not contain a JourneyBoard map"},
        {"snapshot_damaged_map.png", "The map inside this PNG picture is damaged"},
        {"snapshot_cut_off.png", "The map inside this PNG picture is damaged"},
        {"snapshot_bad_map.png", "title: expected text, found the number 5"},
        {"duplicate_key.cjm.json", "The field \"title\" appears twice"},
        {"schema_missing.cjm.json", "the field \"schema\" (the file version) is missing"},
        {"schema_text.cjm.json", "schema: expected a whole number, found the text \"1\""},
        {"schema_fraction.cjm.json", "schema: 1.5 is not a file version"},
        {"schema_negative.cjm.json", "schema: -1 is not a JourneyBoard file version (this JourneyBoard reads versions 0 to 2)"},
        {"schema_newer.cjm.json", "made by a newer JourneyBoard (file version 99; this JourneyBoard reads version 2) and cannot be read by this one: situations: expected a list"},
        {"schema0_score_text.cjm.json", "situations[0].moments[0].patient.score: expected a number, found the text \"min een\""},
        {"situations_missing.cjm.json", "the field \"situations\" is missing"},
        {"situations_empty.cjm.json", "situations: the map has no situations"},
        {"situations_three.cjm.json", "situations: the map has 3 situations; it can have at most 2"},
        {"situation_kind_twice.cjm.json", "situations[1].kind: the second situation must be \"desired\""},
        {"situation_kind_unknown.cjm.json", "situations[0].kind: \"future\" is not one of: current, desired"},
        {"situation_desired_only.cjm.json", "situations[0].kind: the first situation must be \"current\""},
        {"wrong_type_title.cjm.json", "title: expected text, found the number 5"},
        {"wrong_type_moments.cjm.json", "situations[0].moments: expected a list"},
        {"wrong_type_moment_item.cjm.json", "situations[0].moments[0]: expected a group of fields"},
        {"wrong_type_id.cjm.json", "situations[0].moments[0].id: expected a whole number, found the text \"4\""},
        {"wrong_type_visible.cjm.json", "situations[0].lanes[0].visible: expected true or false"},
        {"wrong_type_score.cjm.json", "situations[0].moments[0].patient.score: expected a number"},
        {"wrong_type_actors.cjm.json", "situations[0].moments[0].actors[1]: expected text"},
        {"unknown_interaction_type.cjm.json", "situations[0].moments[0].type: \"teleport\" is not one of: face_to_face"},
        {"missing_moment_id.cjm.json", "situations[0].moments[0]: the field \"id\" is missing"},
        {"missing_moment_phase.cjm.json", "situations[0].moments[0]: the field \"phase\" is missing"},
        {"missing_note_kind.cjm.json", "situations[0].notes[0]: the field \"kind\" is missing"},
        {"missing_lane_kind.cjm.json", "situations[0].lanes[1]: the field \"kind\" is missing"},
        {"nan.cjm.json", "NaN or Infinity"},
        {"infinity.cjm.json", "NaN or Infinity"},
        {"negative_infinity.cjm.json", "NaN or Infinity"},
        {"number_1e400.cjm.json", "a number is too large (line 41"},
        {"number_minus_1e400.cjm.json", "a number is too large"},
        {"number_0e400.cjm.json", "a number is too large"},
        {"number_400_digits.cjm.json", "a number is too large"},
        {"number_above_float.cjm.json", "situations[0].moments[0].x: 1e+300 is too large"},
        {"number_incomplete.cjm.json", "a number is incomplete"},
        {"deeply_nested.cjm.json", "nested more than 64 levels"},
        {"invalid_utf8.cjm.json", "not valid UTF-8"},
        {"overlong_utf8.cjm.json", "not valid UTF-8"},
        {"lone_surrogate.cjm.json", "title: the text is not valid UTF-8"},
        {"broken_surrogate_pair.cjm.json", "invalid \\ escape"},
        {"nul_in_text.cjm.json", "title: the text contains a NUL character"},
        {"string_not_closed.cjm.json", "a closing quotation mark may be missing"},
        {"duplicate_ids.cjm.json", "situations[0].notes[0].id: 4 is also the id of situations[0].moments[0]"},
        {"duplicate_ids_persona.cjm.json", "situations[0].phases[0].id: 1 is also the id of personas[0]"},
        {"duplicate_ids_across_situations.cjm.json", "situations[1].notes[0].id: 5 is also the id of situations[0].notes[0]"},
        {"id_zero.cjm.json", "situations[0].moments[0].id: 0 is not a valid id"},
        {"id_negative.cjm.json", "situations[0].moments[0].id: -4 is not a whole number"},
        {"id_huge.cjm.json", "situations[0].moments[0].id: 5000000000 is not a whole number"},
        {"id_fraction.cjm.json", "situations[0].moments[0].id: 4.5 is not a whole number"},
        {"dangling_phase.cjm.json", "situations[0].moments[0].phase: there is no phase with id 99"},
        {"dangling_note_moment.cjm.json", "situations[0].notes[0].moment: there is no moment with id 99"},
        {"dangling_origin.cjm.json", "situations[1].moments[0].origin: there is no moment with id 99 in the current situation"},
        {"origin_in_desired.cjm.json", "situations[1].moments[0].origin: there is no moment with id 104 in the current situation"},
        {"dangling_cell_lane.cjm.json", "situations[0].moments[0].cells[0].lane: there is no lane with id 99"},
        {"cell_lane_wrong_kind.cjm.json", "cells[0].lane: lane 6 is a \"patient_experience\" lane"},
        {"cell_lane_twice.cjm.json", "cells[1].lane: this moment has two texts for lane 3"},
        {"note_moment_in_other_situation.cjm.json", "situations[1].notes[0].moment: there is no moment with id 4 in this situation"},
        {"width_negative.cjm.json", "situations[0].phases[0].width: -600 is not a valid size"},
        {"width_zero.cjm.json", "situations[0].phases[0].width: 0 is not a valid size"},
        {"width_huge.cjm.json", "situations[0].phases[0].width: 1000000000 is not a valid size"},
        {"height_negative.cjm.json", "situations[0].lanes[0].height: -5 is not a valid size"},
        {"position_huge.cjm.json", "situations[0].moments[0].x: 10000000 is outside -1000000..+1000000"},
        {"note_y_huge_negative.cjm.json", "situations[0].notes[0].y: -2000000 is outside"},
        {"score_7.cjm.json", "situations[0].moments[0].patient.score: 7 is outside -2..+2"},
        {"score_minus_3.cjm.json", "situations[0].moments[0].professional.score: -3 is outside -2..+2"},
        {"age_negative.cjm.json", "personas[0].age: -1 is not a whole number from 0 to 150"},
        {"age_huge.cjm.json", "personas[0].age: 4000000000 is not a whole number from 0 to 150"},
        {"color_name.cjm.json", "situations[0].notes[0].color: \"red\" is not a colour"},
        {"color_too_large.cjm.json", "situations[0].notes[0].color: 16777216 is not a whole number from 0 to 16777215"},
        {"photo_not_base64.cjm.json", "personas[0].photo: the photo is not base64"},
        {"next_id_negative.cjm.json", "next_id: -1 is not a whole number"},
    };

    const std::string folder = std::string(JB_TEST_DATA) + "/bad";
    // Every file in the folder is in the table: a new bad file cannot be committed untested.
    std::set<std::string> on_disk;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename() != "make_bad_files.py")
            on_disk.insert(entry.path().filename().string());
    std::set<std::string> in_table;
    for (const auto& item : expected)
        in_table.insert(item.first);
    CHECK(on_disk == in_table);

    for (const auto& item : expected)
    {
        CAPTURE(item.first);
        Document doc = MakeSentinel();
        const std::string before = SaveDocumentToString(doc);
        Status st = LoadDocumentFromFile(folder + "/" + item.first, &doc);
        CheckRefused(st, doc, before, item.second);
        // The same through the string loader (the PNG check lives in the file loader only).
        if (item.first.find(".png") == std::string::npos)
        {
            Status again = LoadDocumentFromString(ReadAll(folder + "/" + item.first), &doc);
            CHECK(again.Message == st.Message);
        }
    }
}

TEST_CASE("huge and hostile inputs are refused without a crash", "[file_json]")
{
    Document doc = MakeSentinel();
    const std::string before = SaveDocumentToString(doc);

    SECTION("a million [ (the recursive parser would overflow the stack)")
    {
        TempFolder dir;
        const std::string path = dir / "deep.cjm.json";
        WriteRaw(path, std::string(1000000, '['));
        CheckRefused(LoadDocumentFromFile(path, &doc), doc, before, "nested more than 64 levels");
        // Balanced brackets are refused the same way...
        CheckRefused(LoadDocumentFromString(std::string(100000, '[') + std::string(100000, ']'), &doc), doc, before, "nested");
        // ...but brackets inside text are just text.
        std::string json = BadFileBase;
        json.replace(json.find("Bad file base"), 13, std::string(5000, '['));
        Document ok;
        REQUIRE(LoadDocumentFromString(json, &ok).Ok);
    }
    SECTION("a file over the size cap is refused before it is read")
    {
        TempFolder dir;
        const std::string path = dir / "huge.cjm.json";
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT, 0600);
        REQUIRE(fd >= 0);
        REQUIRE(::ftruncate(fd, (off_t)MaxMapFileBytes + 1) == 0); // sparse: costs no disk
        ::close(fd);
        Status st = LoadDocumentFromFile(path, &doc);
        CheckRefused(st, doc, before, "too large to open");
        CHECK(Contains(st.Message, "64.0 MB"));
        // The string loader has the same cap.
        CheckRefused(LoadDocumentFromString(std::string(MaxMapFileBytes + 1, ' '), &doc), doc, before, "too large");
    }
    SECTION("too many values for the parser's memory")
    {
        std::string json = "{\"schema\": 1, \"x\": [0";
        json.reserve(2 * MaxJsonValues + 64);
        for (size_t i = 0; i < MaxJsonValues; i++)
            json += ",0";
        json += "]}";
        CheckRefused(LoadDocumentFromString(json, &doc), doc, before, "too many values");
    }
    SECTION("more phases than allowed")
    {
        std::string phases;
        for (size_t i = 0; i <= MaxPhases; i++)
            phases += (i ? "," : "") + std::string("{\"id\": ") + std::to_string(1000 + i) + "}";
        std::string json = BadFileBase;
        const std::string from = "[{\"id\": 1, \"name\": \"Diagnose\", \"width\": 600}]";
        json.replace(json.find(from), from.size(), "[{\"id\": 1}," + phases + "]");
        CheckRefused(LoadDocumentFromString(json, &doc), doc, before, "situations[0].phases: there are 1002 items; at most 1000");
    }
    SECTION("a text longer than the cap")
    {
        std::string json = BadFileBase;
        json.replace(json.find("Bad file base"), 13, std::string(MaxTextBytes + 1, 'a'));
        CheckRefused(LoadDocumentFromString(json, &doc), doc, before, "title: the text is too long");
    }
    SECTION("not a file at all")
    {
        CheckRefused(LoadDocumentFromFile("/dev/zero", &doc), doc, before, "not an ordinary file");
        CheckRefused(LoadDocumentFromFile(JB_TEST_DATA, &doc), doc, before, "is a folder");
        CheckRefused(LoadDocumentFromFile(std::string(JB_TEST_DATA) + "/no-such-map.cjm.json", &doc), doc, before, "does not exist");
    }
    SECTION("random bytes and random cuts of a good file")
    {
        // Whatever comes in, the answer is a Status, never a crash or an abort.
        const std::string good = SaveDocumentToString(MakeSmallDocument());
        std::mt19937 rng(7);
        for (int i = 0; i < 300; i++)
        {
            std::string bytes = good.substr(0, rng() % good.size());
            for (int flips = 0; flips < 3; flips++)
                if (!bytes.empty())
                    bytes[rng() % bytes.size()] = (char)(rng() & 0xFF);
            Status st = LoadDocumentFromString(bytes, &doc);
            CHECK_FALSE(st.Ok);
            CHECK_FALSE(st.Message.empty());
        }
        CHECK(SaveDocumentToString(doc) == before);
    }
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
