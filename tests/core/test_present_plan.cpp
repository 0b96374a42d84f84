// The presentation's steps: legible text at every phase step, wide phases split between cards.
#include "example.h"
#include "layout.h"
#include "present_plan.h"

#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace
{
// One phase holding `moments` moments side by side, with the default lanes.
Situation WidePhase(Document& doc, int moments)
{
    Situation s;
    s.Lanes = DefaultLanes(doc);
    Phase phase;
    phase.Id = NewId<PhaseId>(doc);
    phase.Name = "Thuis monitoren";
    s.Phases.push_back(phase);
    for (int i = 0; i < moments; i++)
    {
        Moment m = test::NewMoment(doc, phase.Id, 200.0f + 360.0f * (float)i);
        m.Title = "Meting " + std::to_string(i + 1);
        s.Moments.push_back(m);
    }
    return s;
}

// Checks every card of every phase lies inside the focus of exactly one step of its phase.
void CheckCardsCoveredOnce(const MapLayout& layout, const std::vector<PresentStep>& plan)
{
    for (const MomentBox& box : layout.Moments)
    {
        int covering = 0;
        for (const PresentStep& step : plan)
        {
            if (step.Kind != PresentStepKind::Phase || layout.Phases[(size_t)step.Phase].Id != box.Phase)
                continue;
            if (box.Card.Min.x >= step.Focus.Min.x - 0.01f && box.Card.Max.x <= step.Focus.Max.x + 0.01f)
                covering++;
        }
        CHECK(covering == 1);
    }
}
} // namespace

TEST_CASE("Every phase step of the worked example shows legible text and fills the screen height", "[present]")
{
    const Document doc = MakeExampleDocument();
    for (const Situation& situation : doc.Situations)
    {
        const MapLayout layout = ComputeLayout(situation, PresentationMetrics());
        const PresentPlanOptions options = PresentOptionsFor(layout.Metrics, {1920.0f, 1080.0f}, false);
        const std::vector<PresentStep> plan = PlanPresentation(layout, layout.Bounds, options);
        REQUIRE(plan.size() >= 1 + layout.Phases.size());
        CHECK(plan[0].Kind == PresentStepKind::Overview);
        int last_phase = -1;
        for (size_t i = 1; i < plan.size(); i++)
        {
            const PresentStep& step = plan[i];
            REQUIRE(step.Kind == PresentStepKind::Phase);
            CHECK(step.Phase >= last_phase); // phases in order, parts of one phase together
            last_phase = step.Phase;
            const float zoom = step.ViewTransform.Zoom;
            // Titles and notes at least 32 px, every other text at least 24 px (the measure).
            CHECK(23.0f * layout.Metrics.TextScale * zoom >= 32.0f);
            CHECK(18.0f * layout.Metrics.TextScale * zoom >= 24.0f);
            // Headers to the last lane fill most of the screen's height.
            CHECK(layout.Map.Max.y * zoom >= 0.9f * 1080.0f);
            // The focus is on screen, right of the frozen lane names.
            const Rect focus_screen = WorldToScreen(step.ViewTransform, step.Focus);
            CHECK(focus_screen.Min.x >= layout.Metrics.LaneLabelWidth * zoom - 0.5f);
            CHECK(focus_screen.Max.x <= 1920.5f);
        }
        CHECK(last_phase == (int)layout.Phases.size() - 1);
        CheckCardsCoveredOnce(layout, plan);
    }
}

TEST_CASE("A phase too wide for legible text is split between its cards", "[present]")
{
    Document doc;
    const Situation situation = WidePhase(doc, 30);
    const MapLayout layout = ComputeLayout(situation, PresentationMetrics());
    const std::vector<PresentStep> plan = PlanPresentation(layout, layout.Bounds, PresentOptionsFor(layout.Metrics, {1920.0f, 1080.0f}, false));
    REQUIRE(plan.size() > 2);
    const int parts = plan[1].Parts;
    CHECK(parts == (int)plan.size() - 1);
    CHECK(parts >= 30 * 350 / 1920);
    for (int i = 1; i < (int)plan.size(); i++)
    {
        CHECK(plan[(size_t)i].Part == i - 1);
        const Rect focus_screen = WorldToScreen(plan[(size_t)i].ViewTransform, plan[(size_t)i].Focus);
        CHECK(focus_screen.Max.x <= 1920.5f);
        if (i > 1) // parts follow each other without gaps or overlaps beyond the gap between cards
            CHECK(plan[(size_t)i].Focus.Min.x >= plan[(size_t)i - 1].Focus.Max.x - 0.01f);
    }
    CheckCardsCoveredOnce(layout, plan);

    // A smaller screen needs more parts; moment steps add one step per moment.
    const std::vector<PresentStep> small = PlanPresentation(layout, layout.Bounds, PresentOptionsFor(layout.Metrics, {1280.0f, 720.0f}, false));
    CHECK(small.size() > plan.size());
    const std::vector<PresentStep> moments = PlanPresentation(layout, layout.Bounds, PresentOptionsFor(layout.Metrics, {1920.0f, 1080.0f}, true));
    CHECK(moments.size() == plan.size() + 30);
}

TEST_CASE("Presentation lanes hold the moments, both curves and the notes only", "[present]")
{
    const Document doc = MakeExampleDocument();
    const MapLayout layout = ComputeLayout(doc.Situations[0], PresentationMetrics());
    for (const LaneRow& row : layout.Lanes)
        CHECK((row.Kind == LaneKind::Moments || row.Kind == LaneKind::PatientExperience || row.Kind == LaneKind::ProfessionalExperience ||
               row.Kind == LaneKind::PainPoints || row.Kind == LaneKind::Opportunities));
    CHECK(layout.Lanes.size() == 5);
    // Every attached note lies inside its lane.
    for (int i = 0; i < layout.FirstFreeNote; i++)
    {
        const NoteBox& nb = layout.Notes[(size_t)i];
        const LaneRow* row = FindLaneRow(layout, nb.Kind == NoteKind::PainPoint ? LaneKind::PainPoints : LaneKind::Opportunities);
        REQUIRE(row);
        CHECK(nb.Box.Min.y >= row->Row.Min.y);
        CHECK(nb.Box.Max.y <= row->Row.Max.y);
    }
}

TEST_CASE("After an edit the presentation stays on the same step", "[present]")
{
    Document doc;
    Situation situation = WidePhase(doc, 12);
    Phase second;
    second.Id = NewId<PhaseId>(doc);
    second.Name = "Stabiel";
    situation.Phases.push_back(second);
    MapLayout layout = ComputeLayout(situation, PresentationMetrics());
    const PresentPlanOptions options = PresentOptionsFor(layout.Metrics, {1920.0f, 1080.0f}, false);
    std::vector<PresentStep> plan = PlanPresentation(layout, layout.Bounds, options);
    const int last = (int)plan.size() - 1;
    REQUIRE(plan[(size_t)last].Phase == 1);
    CHECK(FirstStepOfPhase(plan, 1) == last);
    const PresentStep was = plan[(size_t)last];
    // Three more moments in the first phase: the second phase moves to a later step.
    for (int i = 0; i < 3; i++)
    {
        Moment m = test::NewMoment(doc, situation.Phases[0].Id, 5000.0f + 360.0f * (float)i);
        situation.Moments.push_back(m);
    }
    layout = ComputeLayout(situation, PresentationMetrics());
    plan = PlanPresentation(layout, layout.Bounds, options);
    const int now = MatchingStep(plan, was);
    CHECK(plan[(size_t)now].Phase == 1);
    CHECK(MatchingStep(plan, plan[0]) == 0);
}

TEST_CASE("Transitions ease and blend views evenly", "[present]")
{
    CHECK(EaseInOut(0.0f) == 0.0f);
    CHECK(EaseInOut(1.0f) == 1.0f);
    CHECK(EaseInOut(0.5f) == Approx(0.5f));
    float last = 0.0f;
    for (int i = 1; i <= 20; i++)
    {
        const float e = EaseInOut((float)i / 20.0f);
        CHECK(e >= last);
        last = e;
    }
    View a, b;
    a.Zoom = 0.25f;
    a.OriginScreen = {100.0f, 50.0f};
    b.Zoom = 1.0f;
    b.OriginScreen = {-2000.0f, 10.0f};
    const Vec2 screen = {1920.0f, 1080.0f};
    const Vec2 center = screen * 0.5f;
    CHECK(BlendViews(a, b, center, 0.0f).Zoom == a.Zoom);
    CHECK(BlendViews(a, b, center, 1.0f).OriginScreen == b.OriginScreen);
    CHECK(BlendViews(a, b, center, 0.5f).Zoom == Approx(0.5f)); // the geometric middle
    // Halfway, the screen centre shows the world point halfway between the two centres.
    const View mid = BlendViews(a, b, center, 0.5f);
    const Vec2 ca = ScreenToWorld(a, screen * 0.5f), cb = ScreenToWorld(b, screen * 0.5f), cm = ScreenToWorld(mid, screen * 0.5f);
    CHECK(cm.x == Approx((ca.x + cb.x) * 0.5f));
    CHECK(cm.y == Approx((ca.y + cb.y) * 0.5f));
}
