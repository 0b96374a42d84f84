// Phases of the blank format follow the UI's language until someone renames them; renamed
// phases and the worked example's phases are the users' own text and never change.
#include "edit.h"
#include "example.h"
#include "file_json.h"

#include <catch2/catch.hpp>

TEST_CASE("Phases never renamed are shown in the UI's language", "[example]")
{
    for (bool made_in_dutch : {false, true})
    {
        Document doc = MakeBlankDocument(made_in_dutch);
        const Situation& s = doc.Situations[0];
        REQUIRE(s.Phases.size() == (size_t)PathwayPhaseCount);
        CHECK(ShownPhaseName(s.Phases[0], true) == "Klachten");
        CHECK(ShownPhaseName(s.Phases[0], false) == "Symptoms");
        CHECK(ShownPhaseName(s.Phases[5], true) == "Ontregeling/opname");
        CHECK(ShownPhaseName(s.Phases[5], false) == "Decompensation/admission");

        // Renamed: the users' own name in both languages, also after saving and loading.
        REQUIRE(RenamePhase(doc, 0, s.Phases[1].Id, "Diagnose bij de cardioloog"));
        // Typing the shown name again also makes it the users' own.
        REQUIRE(RenamePhase(doc, 0, s.Phases[2].Id, s.Phases[2].Name));
        Document loaded;
        REQUIRE(LoadDocumentFromString(SaveDocumentToString(doc), &loaded).Ok);
        for (const Document* d : {&doc, &loaded})
        {
            const Situation& t = d->Situations[0];
            CHECK(ShownPhaseName(t.Phases[1], !made_in_dutch) == "Diagnose bij de cardioloog");
            CHECK(ShownPhaseName(t.Phases[2], !made_in_dutch) == t.Phases[2].Name);
            CHECK(ShownPhaseName(t.Phases[3], true) == "Start thuismeten");
            CHECK(ShownPhaseName(t.Phases[3], false) == "Start home monitoring");
        }
    }
    // The worked example's phases are its authors' words, in Dutch, whatever the UI speaks.
    const Document example = MakeExampleDocument();
    CHECK(ShownPhaseName(example.Situations[0].Phases[0], false) == example.Situations[0].Phases[0].Name);
}

TEST_CASE("A phase's default name out of range is refused when loading", "[example]")
{
    Document doc = MakeBlankDocument(true);
    std::string json = SaveDocumentToString(doc);
    const std::string field = "\"default_name\": 6";
    const size_t at = json.find(field);
    REQUIRE(at != std::string::npos);
    json.replace(at, field.size(), "\"default_name\": 9");
    Document loaded;
    const Status status = LoadDocumentFromString(json, &loaded);
    CHECK_FALSE(status.Ok);
}
