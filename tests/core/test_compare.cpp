// The comparison of the desired situation with the current one: matching through Origin (kept,
// new, dropped, a moment copied twice), score changes per moment and per phase, the gap between
// patient and professional.
#include "compare.h"
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "layout.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace
{
// A small document: current A (-2/0), B (-1/-1) in phase "Diagnose", C (0/+1) in "Thuis";
// desired: A' (0/+1, from A), B' twice (from B; one -1/0, one +1/+1), C dropped, N new (+2/unscored).
struct Fixture
{
    Document Doc;
    MomentId A, B, C, A1, B1, B2, N;
    Fixture()
    {
        Situation current;
        current.Kind = SituationKind::Current;
        current.Lanes = DefaultLanes(Doc);
        Phase diagnose, thuis;
        diagnose.Id = NewId<PhaseId>(Doc), diagnose.Name = "Diagnose";
        thuis.Id = NewId<PhaseId>(Doc), thuis.Name = "Thuis";
        current.Phases = {diagnose, thuis};
        auto moment = [&](Situation& s, PhaseId phase, float x, const char* title, std::optional<float> patient,
                          std::optional<float> professional, MomentId origin = MomentId()) {
            Moment m;
            m.Id = NewId<MomentId>(Doc);
            m.Phase = phase;
            m.X = x;
            m.Title = title;
            m.Patient.Score = patient;
            m.Professional.Score = professional;
            m.Origin = origin;
            s.Moments.push_back(m);
            return m.Id;
        };
        A = moment(current, diagnose.Id, 150, "A", -2.0f, 0.0f);
        B = moment(current, diagnose.Id, 400, "B", -1.0f, -1.0f);
        C = moment(current, thuis.Id, 150, "C", 0.0f, 1.0f);
        Situation desired;
        desired.Kind = SituationKind::Desired;
        desired.Lanes = DefaultLanes(Doc);
        Phase diagnose2 = diagnose, thuis2 = thuis;
        diagnose2.Id = NewId<PhaseId>(Doc);
        thuis2.Id = NewId<PhaseId>(Doc);
        desired.Phases = {diagnose2, thuis2};
        A1 = moment(desired, diagnose2.Id, 150, "A'", 0.0f, 1.0f, A);
        B1 = moment(desired, diagnose2.Id, 400, "B' een", -1.0f, 0.0f, B);
        B2 = moment(desired, diagnose2.Id, 650, "B' twee", 1.0f, 1.0f, B);
        N = moment(desired, thuis2.Id, 400, "Nieuw", 2.0f, std::nullopt);
        Doc.Situations = {current, desired};
        REQUIRE(ValidateDocument(Doc).Ok);
    }
};
} // namespace

TEST_CASE("comparison: kept, new, dropped and a moment copied twice", "[compare]")
{
    Fixture f;
    const Comparison c = CompareSituations(f.Doc);
    REQUIRE(c.Available);
    REQUIRE(c.Moments.size() == 5); // four desired moments, then the dropped one

    const MomentComparison* a = c.FindDesired(f.A1);
    REQUIRE(a);
    CHECK(a->Status == CompareStatus::Kept);
    CHECK(a->Current == f.A);
    CHECK(a->PatientChange() == 2.0f);
    CHECK(a->ProfessionalChange() == 1.0f);
    CHECK(a->CopyCount == 1);

    const MomentComparison* b1 = c.FindDesired(f.B1);
    const MomentComparison* b2 = c.FindDesired(f.B2);
    REQUIRE(b1);
    REQUIRE(b2);
    CHECK(b1->Current == f.B);
    CHECK(b2->Current == f.B);
    CHECK(b1->CopyCount == 2);
    CHECK(b2->CopyCount == 2);
    CHECK(b1->CopyIndex == 0);
    CHECK(b2->CopyIndex == 1);
    CHECK(b1->PatientChange() == 0.0f); // kept, unchanged
    CHECK(b2->PatientChange() == 2.0f);

    const MomentComparison* n = c.FindDesired(f.N);
    REQUIRE(n);
    CHECK(n->Status == CompareStatus::New);
    CHECK_FALSE(n->Current.IsValid());
    CHECK_FALSE(n->PatientChange().has_value()); // nothing to change from
    CHECK(n->PatientAfter == 2.0f);

    const MomentComparison* dropped = c.FindDropped(f.C);
    REQUIRE(dropped);
    CHECK(dropped->Status == CompareStatus::Dropped);
    CHECK_FALSE(dropped->Desired.IsValid());
    CHECK(dropped->Phase == f.Doc.Situations[1].Phases[1].Id); // "Thuis" in the desired situation
    CHECK(dropped->PatientBefore == 0.0f);
    CHECK(c.FindDropped(f.A) == nullptr);
    CHECK(c.FindDropped(f.B) == nullptr); // copied (twice), so not dropped
}

TEST_CASE("comparison: the average change per phase counts kept moments scored before and after", "[compare]")
{
    Fixture f;
    const Comparison c = CompareSituations(f.Doc);
    REQUIRE(c.Phases.size() == 2);
    const PhaseComparison& diagnose = c.Phases[0];
    CHECK(diagnose.Current == f.Doc.Situations[0].Phases[0].Id);
    CHECK(diagnose.Kept == 3);
    CHECK(diagnose.New == 0);
    CHECK(diagnose.Dropped == 0);
    // Patient: A +2, B' 0, B'' +2 -> 4/3; professional: +1, +1, +2 -> 4/3.
    REQUIRE(diagnose.PatientAverageChange.has_value());
    CHECK(*diagnose.PatientAverageChange == Approx(4.0f / 3.0f));
    CHECK(*diagnose.ProfessionalAverageChange == Approx(4.0f / 3.0f));
    const PhaseComparison& thuis = c.Phases[1];
    CHECK(thuis.Kept == 0);
    CHECK(thuis.New == 1);
    CHECK(thuis.Dropped == 1);
    CHECK_FALSE(thuis.PatientAverageChange.has_value()); // nothing kept: no change to average

    // An unscored side is left out of the average, not counted as 0.
    REQUIRE(ClearScore(f.Doc, 1, f.A1, true));
    const Comparison again = CompareSituations(f.Doc);
    CHECK(*again.Phases[0].PatientAverageChange == Approx(1.0f)); // (0 + 2) / 2
    CHECK_FALSE(again.FindDesired(f.A1)->PatientChange().has_value());
}

TEST_CASE("comparison: a renamed phase matches by place, no desired situation, no comparison", "[compare]")
{
    Fixture f;
    f.Doc.Situations[1].Phases[1].Name = "Thuis monitoren (nieuw)";
    const Comparison c = CompareSituations(f.Doc);
    CHECK(c.FindDropped(f.C)->Phase == f.Doc.Situations[1].Phases[1].Id);
    CHECK(c.Phases[1].Current == f.Doc.Situations[0].Phases[1].Id);

    Document one = MakeBlankDocument(true);
    CHECK_FALSE(CompareSituations(one).Available);
    CHECK(CompareSituations(one).Moments.empty());
    CHECK(MakeCompareSituation(one, CompareSituations(one)).Moments.empty());
}

TEST_CASE("comparison: the worked example", "[compare]")
{
    const Document doc = MakeExampleDocument();
    const Comparison c = CompareSituations(doc);
    REQUIRE(c.Available);
    int kept = 0, added = 0, dropped = 0;
    for (const MomentComparison& m : c.Moments)
    {
        kept += m.Status == CompareStatus::Kept;
        added += m.Status == CompareStatus::New;
        dropped += m.Status == CompareStatus::Dropped;
    }
    CHECK(kept == 15);
    CHECK(added == 1); // Ria reports a worsening herself
    CHECK(dropped == 0);
    // Moment 4 (echo and cardiologist): -2 / +1 became -1 / +1.
    const MomentComparison* echo = c.FindDesired(doc.Situations[1].Moments[3].Id);
    REQUIRE(echo);
    CHECK(echo->PatientChange() == 1.0f);
    CHECK(echo->ProfessionalChange() == 0.0f);
}

TEST_CASE("the compare situation shows dropped moments unscored in their phase", "[compare]")
{
    Fixture f;
    const Comparison c = CompareSituations(f.Doc);
    const Situation shown = MakeCompareSituation(f.Doc, c);
    REQUIRE(shown.Moments.size() == 5);
    const Moment* ghost = FindMoment(shown, f.C);
    REQUIRE(ghost);
    CHECK(ghost->Phase == f.Doc.Situations[1].Phases[1].Id);
    CHECK_FALSE(ghost->Patient.Score.has_value()); // the desired curves never pass through it
    CHECK_FALSE(ghost->Professional.Score.has_value());
    const MapLayout layout = ComputeLayout(shown);
    CHECK(layout.Moments.size() == 5);
    CHECK(FindMomentBox(layout, f.C) != nullptr);
}

TEST_CASE("the gap between patient and professional is 2 points or more, both scored", "[compare]")
{
    Moment m;
    m.Patient.Score = -1.0f;
    m.Professional.Score = 0.5f;
    CHECK_FALSE(HasExperienceGap(m));
    m.Professional.Score = 1.0f;
    CHECK(HasExperienceGap(m));
    m.Patient.Score = 2.0f;
    m.Professional.Score = 0.0f;
    CHECK(HasExperienceGap(m));
    m.Professional.Score.reset();
    CHECK_FALSE(HasExperienceGap(m));
    // In the worked example: moment 4 (-2 / +1) and 10 (+1 / -1) have a gap; moment 1 (-1 / 0) none.
    const Document doc = MakeExampleDocument();
    const Situation& s = doc.Situations[0];
    CHECK(HasExperienceGap(s.Moments[3]));
    CHECK(HasExperienceGap(s.Moments[9]));
    CHECK_FALSE(HasExperienceGap(s.Moments[0]));
}
