// The shipped documents: the worked example of DOMAIN.md and the blank CJM format.
#include "example.h"

#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <set>

// Every id in the document, of any kind; fails the test on a duplicate or one at or above NextId.
static void CheckIdsUnique(const Document& doc)
{
    std::set<uint32_t> seen;
    auto add = [&](uint32_t value) {
        INFO("id " << value);
        CHECK(value != 0);
        CHECK(value < doc.NextId);
        CHECK(seen.insert(value).second);
    };
    test::ForEachId(doc, add);
}

TEST_CASE("Example: structure of the two situations", "[example]")
{
    const Document doc = MakeExampleDocument();
    REQUIRE(doc.Situations.size() == 2);
    const Situation& cur = doc.Situations[0];
    const Situation& des = doc.Situations[1];
    CHECK(cur.Kind == SituationKind::Current);
    CHECK(des.Kind == SituationKind::Desired);
    CHECK(doc.Schema == CurrentSchema);
    CHECK(!doc.Title.empty());
    CHECK(!doc.Scope.empty());
    CHECK(!doc.IntendedOutcome.empty());
    CHECK(doc.Remark.find("Fictief") != std::string::npos);

    const char* const phases[] = {"Klachten",        "Diagnose",           "Behandeling",
                                  "Start thuismeten", "Thuis monitoren",    "Ontregeling/opname",
                                  "Stabiel en laatste levensfase"};
    for (const Situation* s : {&cur, &des})
    {
        REQUIRE(s->Phases.size() == 7);
        for (int i = 0; i < 7; i++)
            CHECK(s->Phases[i].Name == phases[i]);
        CHECK(!s->Lanes.empty());
    }
    CHECK(cur.Moments.size() == 15);
    CHECK(des.Moments.size() == 16);
    CHECK(cur.Notes.size() == 15);
    CHECK(des.Notes.empty());
    CheckIdsUnique(doc);
}

TEST_CASE("Example: every reference resolves and scores stay on the scale", "[example]")
{
    const Document doc = MakeExampleDocument();
    for (const Situation& s : doc.Situations)
    {
        for (const Moment& m : s.Moments)
        {
            INFO(m.Title);
            const Phase* phase = FindPhase(s, m.Phase);
            REQUIRE(phase != nullptr);
            CHECK(m.X > 0.0f);
            CHECK(m.X < phase->Width);
            CHECK(m.Patient.Score >= -2.0f);
            CHECK(m.Patient.Score <= 2.0f);
            CHECK(m.Professional.Score >= -2.0f);
            CHECK(m.Professional.Score <= 2.0f);
            CHECK(!m.Title.empty());
            CHECK(!m.Description.empty());
            CHECK(!m.Channel.empty());
            CHECK(!m.Actors.empty());
        }
        for (const Note& n : s.Notes)
        {
            INFO(n.Text);
            CHECK(FindMoment(s, n.Moment) != nullptr);
        }
    }
}

TEST_CASE("Example: desired moments link back to the current ones", "[example]")
{
    const Document doc = MakeExampleDocument();
    const Situation& cur = doc.Situations[0];
    const Situation& des = doc.Situations[1];
    int new_moments = 0;
    std::set<uint32_t> origins;
    for (const Moment& m : des.Moments)
    {
        if (!m.Origin.IsValid())
        {
            new_moments++;
            CHECK(m.Title == "Ria meldt zelf een verslechtering via de app");
            CHECK(m.Patient.Score == 1.0f);
            CHECK(m.Professional.Score == 0.0f);
            continue;
        }
        const Moment* from = FindMoment(cur, m.Origin);
        REQUIRE(from != nullptr);
        CHECK(from->Title == m.Title);
        // Same phase position in both situations.
        CHECK(PhaseIndex(cur, from->Phase) == PhaseIndex(des, m.Phase));
        origins.insert(m.Origin.Value);
    }
    CHECK(new_moments == 1);
    CHECK(origins.size() == 15); // each current moment copied once
}

TEST_CASE("Example: scores follow the DOMAIN.md table", "[example]")
{
    const Document doc = MakeExampleDocument();
    const Situation& cur = doc.Situations[0];
    const Situation& des = doc.Situations[1];
    REQUIRE(cur.Moments.size() == 15);
    auto moment = [&cur](int number) -> const Moment& { return cur.Moments[number - 1]; };
    auto desired = [&cur, &des](int number) -> const Moment& {
        for (const Moment& m : des.Moments)
            if (m.Origin == cur.Moments[number - 1].Id)
                return m;
        FAIL("no desired copy of moment " << number);
        return des.Moments[0];
    };

    CHECK(moment(1).Patient.Score == -1.0f);
    CHECK(moment(1).Professional.Score == 0.0f);
    CHECK(moment(4).Patient.Score == -2.0f);
    CHECK(moment(4).Professional.Score == 1.0f);
    CHECK(moment(4).Type == InteractionType::Decision);
    CHECK(moment(7).Patient.Score == -1.0f);
    CHECK(moment(7).Professional.Score == -1.0f);
    CHECK(moment(11).Patient.Score == -1.0f);
    CHECK(moment(11).Professional.Score == -2.0f);
    CHECK(moment(11).Type == InteractionType::Alert);
    CHECK(moment(13).Patient.Score == -2.0f);
    CHECK(moment(9).Type == InteractionType::HomeMeasurement);
    CHECK(PhaseIndex(cur, moment(15).Phase) == 6);
    CHECK(PhaseIndex(cur, moment(12).Phase) == 4);

    // The desired situation's changes.
    CHECK(desired(4).Patient.Score == -1.0f);
    CHECK(desired(4).Professional.Score == 1.0f);
    CHECK(desired(6).Patient.Score == 1.0f);
    CHECK(desired(7).Patient.Score == 1.0f);
    CHECK(desired(7).Professional.Score == 0.0f);
    CHECK(desired(11).Patient.Score == 0.0f);
    CHECK(desired(11).Professional.Score == 1.0f);
    CHECK(desired(13).Professional.Score == 1.0f);
    CHECK(desired(15).Patient.Score == 1.0f);
    // Unchanged moments keep their scores.
    CHECK(desired(10).Professional.Score == moment(10).Professional.Score);
}

TEST_CASE("Example: notes sit on the moments they name", "[example]")
{
    const Document doc = MakeExampleDocument();
    const Situation& cur = doc.Situations[0];
    auto number_of = [&cur](MomentId id) {
        for (size_t i = 0; i < cur.Moments.size(); i++)
            if (cur.Moments[i].Id == id)
                return (int)i + 1;
        return 0;
    };
    std::multiset<int> pain, chance;
    for (const Note& n : cur.Notes)
        (n.Kind == NoteKind::PainPoint ? pain : chance).insert(number_of(n.Moment));
    CHECK(pain == std::multiset<int>{1, 4, 6, 7, 9, 10, 11, 13, 15});
    CHECK(chance == std::multiset<int>{7, 9, 11, 11, 13, 15});
}

TEST_CASE("Example: counts for journeyboard check", "[example]")
{
    const DocumentCounts c = CountDocument(MakeExampleDocument());
    CHECK(c.Situations == 2);
    CHECK(c.Phases == 7); // the pathway's phases, not summed over the two situations
    CHECK(c.Moments == 31);
    CHECK(c.Moments >= 15);
    CHECK(c.PainPoints == 9);
    CHECK(c.Opportunities == 6);
    CHECK(c.Personas == 1);
    CHECK(FormatCounts(c) == "2 situations, 7 phases, 31 moments, 9 pain points, 6 opportunities, 1 persona");
}

TEST_CASE("Example: persona Jan Bosman is filled in", "[example]")
{
    const Document doc = MakeExampleDocument();
    REQUIRE(doc.Personas.size() == 1);
    const Persona& p = doc.Personas[0];
    CHECK(p.Name == "Jan Bosman");
    CHECK(p.Age == 76);
    CHECK(!p.BasedOnRealPerson);
    CHECK(p.Quote == "Als het maar thuis kan.");
    CHECK(p.X < 0.0f); // left of the map
    const std::string* fields[] = {&p.LivingSituation, &p.Work,    &p.Diagnosis, &p.OtherConditions,
                                   &p.DigitalSkills,   &p.HealthLiteracy, &p.Network, &p.Goals,
                                   &p.Needs,           &p.Frustrations};
    for (const std::string* field : fields)
        CHECK(!field->empty());
    CHECK(p.Diagnosis.find("HFrEF") != std::string::npos);
}

TEST_CASE("Blank format: seven phases, lanes, an empty persona card, nothing else", "[example]")
{
    for (bool dutch : {true, false})
    {
        INFO("dutch " << dutch);
        const Document doc = MakeBlankDocument(dutch);
        CHECK(doc.Title == "Customer Journey Map");
        // The persona format to fill in: one card, every field empty.
        REQUIRE(doc.Personas.size() == 1);
        CHECK(doc.Personas[0].Name.empty());
        CHECK(doc.Personas[0].Quote.empty());
        CHECK(doc.Personas[0].X < 0.0f);
        REQUIRE(doc.Situations.size() == 1);
        const Situation& s = doc.Situations[0];
        CHECK(s.Kind == SituationKind::Current);
        REQUIRE(s.Phases.size() == 7);
        CHECK(s.Phases[0].Name == (dutch ? "Klachten" : "Symptoms"));
        CHECK(s.Phases[6].Name == (dutch ? "Stabiel en laatste levensfase" : "Stable and last phase of life"));
        for (const Phase& p : s.Phases)
        {
            CHECK(!p.Name.empty());
            CHECK(p.Width > 0.0f);
        }
        CHECK(s.Moments.empty());
        CHECK(s.Notes.empty());
        REQUIRE(!s.Lanes.empty());
        CHECK(s.Lanes.front().Kind == LaneKind::Moments);
        for (const Lane& l : s.Lanes)
            CHECK(l.Title.empty()); // the UI names lanes in the chosen language
        CheckIdsUnique(doc);

        const DocumentCounts c = CountDocument(doc);
        CHECK(c.Situations == 1);
        CHECK(c.Phases == 7);
        CHECK(c.Moments == 0);
        CHECK(c.PainPoints + c.Opportunities == 0);
        CHECK(c.Personas == 1);
        CHECK(FormatCounts(c) == "1 situation, 7 phases, 0 moments, 0 pain points, 0 opportunities, 1 persona");
    }
}
