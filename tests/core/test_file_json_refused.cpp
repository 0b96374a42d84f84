// Loading bad maps: every committed bad file (tests/data/bad/) and huge or hostile generated ones
// are refused with a clear message in both languages, the open map untouched.
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
        {"id_negative.cjm.json", "situations[0].moments[0].id: -4 is too small: it must be from 0 to 2147483647"},
        {"id_huge.cjm.json", "situations[0].moments[0].id: 5000000000 is too large: it must be from 0 to 2147483647"},
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
        {"age_negative.cjm.json", "personas[0].age: -1 is too small: it must be from 0 to 150"},
        {"age_huge.cjm.json", "personas[0].age: 4000000000 is too large: it must be from 0 to 150"},
        {"color_name.cjm.json", "situations[0].notes[0].color: \"red\" is not a colour"},
        {"color_too_large.cjm.json", "situations[0].notes[0].color: 16777216 is too large: it must be from 0 to 16777215"},
        {"photo_not_base64.cjm.json", "personas[0].photo: the photo is not base64"},
        {"next_id_negative.cjm.json", "next_id: -1 is too small"},
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

