// "Not scored yet": a new moment has no score until someone sets one; the file (version 2) says
// so with "score": null; version 1 files, where every score was a score, keep them all.
#include "atomic_file.h"
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "layout.h"
#include "migrate.h"

#include "../temp_folder.h"

#include <catch2/catch.hpp>

#include <filesystem>
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

std::string Compat(const char* name) { return std::string(JB_TEST_DATA) + "/compat/" + name; }
} // namespace

TEST_CASE("a new moment starts not scored, a score can be set and cleared", "[unscored]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    MomentId id;
    REQUIRE(AddMoment(doc, 0, s.Phases[1].Id, 40.0f, "Nieuw moment", &id));
    const Moment* m = FindMoment(s, id);
    REQUIRE(m);
    CHECK_FALSE(m->Patient.Score.has_value());
    CHECK_FALSE(m->Professional.Score.has_value());
    CHECK(ValidateDocument(doc).Ok);

    CHECK_FALSE(ClearScore(doc, 0, id, true)); // nothing to clear
    REQUIRE(SetScore(doc, 0, id, true, 0.0f)); // 0 is a score, not "none"
    CHECK(FindMoment(s, id)->Patient.Score == 0.0f);
    CHECK_FALSE(SetScore(doc, 0, id, true, 0.1f)); // snaps to the same 0
    REQUIRE(ClearScore(doc, 0, id, true));
    CHECK_FALSE(FindMoment(s, id)->Patient.Score.has_value());
    CHECK_FALSE(FindMoment(s, id)->Professional.Score.has_value());
    MomentId unknown;
    unknown.Value = 777777;
    CHECK_FALSE(ClearScore(doc, 0, unknown, true));
}

TEST_CASE("the layout keeps an unscored moment's handle on the neutral line and knows it is unscored", "[unscored]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    const MomentId id = s.Moments[3].Id; // -2 for the patient
    LayoutCache cache;
    const MomentBox* box = FindMomentBox(CachedLayout(cache, s), id);
    REQUIRE(box);
    CHECK(box->PatientScored);
    const float scored_y = box->PatientPoint.y;
    REQUIRE(ClearScore(doc, 0, id, true));
    const MapLayout& layout = CachedLayout(cache, s); // the cache sees the cleared score
    box = FindMomentBox(layout, id);
    REQUIRE(box);
    CHECK_FALSE(box->PatientScored);
    CHECK(box->ProfessionalScored);
    CHECK(box->PatientPoint.y == Approx(ScoreToY(layout.PatientCurveBand, 0.0f)));
    CHECK(box->PatientPoint.y != Approx(scored_y));
    CHECK(cache.Computations == 2);
}

TEST_CASE("an unscored score is written as null and reads back unscored", "[unscored][file_json]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    REQUIRE(ClearScore(doc, 0, s.Moments[0].Id, false));
    const std::string json = SaveDocumentToString(doc);
    CHECK(json.rfind("{\n    \"schema\": 2,\n", 0) == 0);
    CHECK(Contains(json, "\"score\": null,"));
    Document loaded;
    Status st = LoadDocumentFromString(json, &loaded);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(loaded.Schema == 2);
    CHECK(loaded.Situations[0].Moments[0].Patient.Score == -1.0f);
    CHECK_FALSE(loaded.Situations[0].Moments[0].Professional.Score.has_value());
    CHECK(SaveDocumentToString(loaded) == json);

    // In version 2 a missing score is not scored too (hand-made files, other tools).
    const std::string minimal = R"({"schema": 2, "situations": [{"kind": "current", "phases": [{"id": 1, "name": "A"}],
        "moments": [{"id": 2, "phase": 1, "patient": {"text": "zonder score"}}]}]})";
    Document small;
    st = LoadDocumentFromString(minimal, &small);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK_FALSE(small.Situations[0].Moments[0].Patient.Score.has_value());
    CHECK_FALSE(small.Situations[0].Moments[0].Professional.Score.has_value());
    // A score of the wrong kind is still refused with its place.
    Document bad;
    st = LoadDocumentFromString(R"({"schema": 2, "situations": [{"kind": "current", "phases": [{"id": 1}],
        "moments": [{"id": 2, "phase": 1, "patient": {"score": "geen"}}]}]})", &bad);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "situations[0].moments[0].patient.score: expected a number"));
}

TEST_CASE("a version 1 file keeps every score scored, a missing one as its implied 0", "[unscored][versions]")
{
    Document doc;
    Status st = LoadDocumentFromFile(Compat("schema1.cjm.json"), &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(doc.Schema == 1);
    const Situation& s = doc.Situations[0];
    REQUIRE(s.Moments.size() == 3);
    CHECK(s.Moments[0].Patient.Score == -2.0f);
    CHECK(s.Moments[0].Professional.Score == 1.0f);
    CHECK(s.Moments[1].Patient.Score == 0.0f); // "score" was missing
    CHECK(s.Moments[1].Patient.Text == "Geen score in het bestand: versie 1 bedoelde 0");
    CHECK(s.Moments[1].Professional.Score == 0.0f); // the whole experience was missing
    CHECK(s.Moments[2].Patient.Score == 0.0f);
    for (const Moment& m : s.Moments)
    {
        CHECK(m.Patient.Score.has_value());
        CHECK(m.Professional.Score.has_value());
        CHECK(m.UnknownFields.empty());
    }
    const MapLayout layout = ComputeLayout(s);
    for (const MomentBox& box : layout.Moments)
        CHECK((box.PatientScored && box.ProfessionalScored));

    // Saved, it is a version 2 file without a single null score.
    const std::string saved = SaveDocumentToString(doc);
    CHECK(saved.rfind("{\n    \"schema\": 2,", 0) == 0);
    CHECK_FALSE(Contains(saved, "null"));

    // The first save over it keeps the version 1 original, once.
    TempFolder dir;
    const std::string path = dir.Path + "/versie1.cjm.json";
    const std::string original = ReadAll(Compat("schema1.cjm.json"));
    REQUIRE(WriteFileAtomic(path, original, false).Ok);
    Document opened;
    REQUIRE(LoadDocumentFromFile(path, &opened).Ok);
    REQUIRE(KeepOriginalOfMigratedFile(path, opened.Schema).Ok);
    REQUIRE(SaveDocumentToFile(path, opened).Ok);
    CHECK(ReadAll(path + ".schema1.bak") == original);
    Document again;
    REQUIRE(LoadDocumentFromFile(path, &again).Ok);
    CHECK(again.Schema == 2);
    CHECK(SaveDocumentToString(again) == saved);
}

TEST_CASE("a version 2 file with unscored moments is newer than version 1 would know", "[unscored][versions]")
{
    // What an older JourneyBoard (version 1) would see cannot be tested here; what this version
    // promises is that files of a newer version (3 on) open read-only and keep unknown fields.
    Document doc;
    Status st = LoadDocumentFromString(R"({"schema": 3, "situations": [{"kind": "current", "phases": [{"id": 1}],
        "moments": [{"id": 2, "phase": 1, "patient": {"score": null, "votes": 4}}]}]})", &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(doc.Schema == 3);
    CHECK_FALSE(doc.Situations[0].Moments[0].Patient.Score.has_value());
    CHECK(Contains(SaveDocumentToString(doc), "\"votes\": 4"));
}
