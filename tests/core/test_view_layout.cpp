#include "curve.h"
#include "journey.h"
#include "layout.h"
#include "view.h"

#include "../test_helpers.h"

#include <catch2/catch.hpp>

TEST_CASE("world and screen round trip", "[view]")
{
    View view;
    view.OriginScreen = {120.0f, -40.0f};
    view.Zoom = 2.5f;
    const Vec2 p_world = {33.0f, -7.5f};
    const Vec2 p_screen = WorldToScreen(view, p_world);
    CHECK(p_screen.x == Approx(120.0f + 33.0f * 2.5f));
    CHECK(p_screen.y == Approx(-40.0f - 7.5f * 2.5f));
    const Vec2 back = ScreenToWorld(view, p_screen);
    CHECK(back.x == Approx(p_world.x));
    CHECK(back.y == Approx(p_world.y));
}

TEST_CASE("zoom at the cursor keeps the world point under it", "[view]")
{
    View view;
    view.OriginScreen = {300.0f, 200.0f};
    view.Zoom = 0.7f;
    const Vec2 cursor_screen = {812.0f, 455.0f};
    const Vec2 before_world = ScreenToWorld(view, cursor_screen);
    for (float zoom : {0.1f, 0.33f, 1.0f, 3.7f})
    {
        const View zoomed = ZoomAt(view, cursor_screen, zoom);
        CHECK(zoomed.Zoom == Approx(zoom));
        const Vec2 after_world = ScreenToWorld(zoomed, cursor_screen);
        CHECK(after_world.x == Approx(before_world.x).margin(1e-3));
        CHECK(after_world.y == Approx(before_world.y).margin(1e-3));
    }
    CHECK(ZoomAt(view, cursor_screen, 1000.0f).Zoom == MaxZoom);
    CHECK(ZoomAt(view, cursor_screen, 0.0f).Zoom == MinZoom);
}

TEST_CASE("fit shows the whole rectangle, centred", "[view]")
{
    const Rect content_world = {{-200.0f, -100.0f}, {3800.0f, 1900.0f}};
    const Rect viewport_screen = {{0.0f, 30.0f}, {1920.0f, 1050.0f}};
    const View view = FitRect(content_world, viewport_screen, 20.0f);
    const Rect shown = WorldToScreen(view, content_world);
    CHECK(shown.Min.x >= viewport_screen.Min.x + 19.9f);
    CHECK(shown.Max.x <= viewport_screen.Max.x - 19.9f);
    CHECK(shown.Min.y >= viewport_screen.Min.y + 19.9f);
    CHECK(shown.Max.y <= viewport_screen.Max.y - 19.9f);
    // One of the two sides touches the margin: the map is as large as it can be.
    const bool fills_width = std::abs(shown.Width() - (viewport_screen.Width() - 40.0f)) < 0.5f;
    const bool fills_height = std::abs(shown.Height() - (viewport_screen.Height() - 40.0f)) < 0.5f;
    CHECK((fills_width || fills_height));
    CHECK(shown.Center().x == Approx(viewport_screen.Center().x));
    CHECK(shown.Center().y == Approx(viewport_screen.Center().y));
}

static Situation MakeSituation(Document& doc, int phases, int moments_per_phase)
{
    Situation s;
    s.Lanes = DefaultLanes(doc);
    for (int p = 0; p < phases; p++)
    {
        Phase phase;
        phase.Id = NewId<PhaseId>(doc);
        phase.Name = "Fase " + std::to_string(p + 1);
        phase.Width = 500.0f;
        s.Phases.push_back(phase);
        for (int m = 0; m < moments_per_phase; m++)
        {
            Moment moment = test::NewMoment(doc, phase.Id, 100.0f + 150.0f * (float)m);
            moment.Patient.Score = (float)((m % 5) - 2);
            moment.Professional.Score = 1.0f;
            s.Moments.push_back(moment);
        }
    }
    return s;
}

TEST_CASE("layout: phases side by side, lanes stacked, cards in their phase", "[layout]")
{
    Document doc;
    Situation s = MakeSituation(doc, 3, 2);
    const MapLayout layout = ComputeLayout(s);
    REQUIRE(layout.Phases.size() == 3);
    for (size_t i = 1; i < layout.Phases.size(); i++)
        CHECK(layout.Phases[i].Column.Min.x == Approx(layout.Phases[i - 1].Column.Max.x));
    CHECK(layout.Phases[0].Column.Min.x == 0.0f);
    // Only the visible lanes (backstage and quote start hidden), stacked without gaps.
    REQUIRE(layout.Lanes.size() == 6);
    CHECK(layout.Lanes[0].Row.Min.y == Approx(layout.Metrics.PhaseHeaderHeight));
    for (size_t i = 1; i < layout.Lanes.size(); i++)
        CHECK(layout.Lanes[i].Row.Min.y == Approx(layout.Lanes[i - 1].Row.Max.y));
    REQUIRE(layout.Moments.size() == 6);
    for (const MomentBox& box : layout.Moments)
    {
        const PhaseColumn* column = nullptr;
        for (const PhaseColumn& c : layout.Phases)
            if (c.Id == box.Phase)
                column = &c;
        REQUIRE(column);
        CHECK(box.Card.Min.x >= column->Column.Min.x);
        CHECK(box.Card.Max.x <= column->Column.Max.x);
    }
    // Cards never overlap, even when two moments sit at the same spot.
    s.Moments[1].X = s.Moments[0].X;
    const MapLayout crowded = ComputeLayout(s);
    CHECK(crowded.Moments[1].Card.Min.x >= crowded.Moments[0].Card.Max.x);
}

TEST_CASE("layout: scores map to the curve band, +2 on top", "[layout]")
{
    Document doc;
    Situation s = MakeSituation(doc, 1, 5);
    const MapLayout layout = ComputeLayout(s);
    const Rect band = layout.PatientCurveBand;
    REQUIRE(band.Height() > 0.0f);
    CHECK(ScoreToY(band, 2.0f) == Approx(band.Min.y));
    CHECK(ScoreToY(band, -2.0f) == Approx(band.Max.y));
    CHECK(YToScore(band, ScoreToY(band, 0.5f)) == Approx(0.5f));
    for (const MomentBox& box : layout.Moments)
    {
        const Moment* m = FindMoment(s, box.Id);
        CHECK(box.PatientPoint.y == Approx(ScoreToY(band, *m->Patient.Score)));
    }
}

TEST_CASE("layout: attached notes stack under their moment, the lane grows", "[layout]")
{
    Document doc;
    Situation s = MakeSituation(doc, 1, 1);
    const float lane_height_before = FindLaneRow(ComputeLayout(s), LaneKind::PainPoints)->Row.Height();
    for (int i = 0; i < 4; i++)
    {
        Note n;
        n.Id = NewId<NoteId>(doc);
        n.Moment = s.Moments[0].Id;
        s.Notes.push_back(n);
    }
    const MapLayout layout = ComputeLayout(s);
    const LaneRow* lane = FindLaneRow(layout, LaneKind::PainPoints);
    REQUIRE(layout.Notes.size() == 4);
    CHECK(lane->Row.Height() > lane_height_before);
    for (size_t i = 0; i < layout.Notes.size(); i++)
    {
        CHECK(layout.Notes[i].Box.Min.y >= lane->Row.Min.y);
        CHECK(layout.Notes[i].Box.Max.y <= lane->Row.Max.y);
        if (i > 0)
            CHECK(layout.Notes[i].Box.Min.y > layout.Notes[i - 1].Box.Max.y);
    }
    const Hit hit = HitTest(layout, layout.Notes[2].Box.Center(), 10.0f);
    CHECK(hit.Kind == HitKind::Note);
    CHECK(hit.Note == s.Notes[2].Id);
}

TEST_CASE("hit test finds handles before cards, headers, lanes", "[layout]")
{
    Document doc;
    Situation s = MakeSituation(doc, 2, 1);
    const MapLayout layout = ComputeLayout(s);
    const MomentBox& box = layout.Moments[1];
    CHECK(HitTest(layout, box.Card.Center(), 10.0f).Kind == HitKind::Moment);
    CHECK(HitTest(layout, box.Card.Center(), 10.0f).Moment == box.Id);
    const Hit handle = HitTest(layout, box.ProfessionalPoint + Vec2(3, 3), 10.0f);
    CHECK(handle.Kind == HitKind::ProfessionalHandle);
    CHECK(handle.Moment == box.Id);
    CHECK(HitTest(layout, layout.Phases[1].Header.Center(), 10.0f).Phase == layout.Phases[1].Id);
    CHECK(HitTest(layout, layout.Phases[1].Header.Center(), 10.0f).Kind == HitKind::PhaseHeader);
    CHECK(HitTest(layout, {-1e5f, -1e5f}, 10.0f).Kind == HitKind::None);
}

TEST_CASE("the emotion curve passes through the scores and never overshoots", "[curve]")
{
    const std::vector<Vec2> points = {{0, 0}, {100, -2}, {200, -2}, {300, 2}, {400, 1}, {500, 1}};
    std::vector<Vec2> samples;
    SampleMonotoneCurve(points, 5.0f, &samples);
    REQUIRE(samples.size() > points.size());
    for (const Vec2& p : points)
    {
        bool found = false;
        for (const Vec2& s : samples)
            found = found || (std::abs(s.x - p.x) < 1e-3f && std::abs(s.y - p.y) < 1e-3f);
        CHECK(found);
    }
    for (size_t i = 1; i < samples.size(); i++)
        CHECK(samples[i].x >= samples[i - 1].x);
    for (size_t i = 0; i + 1 < points.size(); i++)
    {
        const float lo = std::min(points[i].y, points[i + 1].y), hi = std::max(points[i].y, points[i + 1].y);
        for (const Vec2& s : samples)
            if (s.x >= points[i].x && s.x <= points[i + 1].x)
            {
                CHECK(s.y >= lo - 1e-4f);
                CHECK(s.y <= hi + 1e-4f);
            }
    }
}

TEST_CASE("A part is framed in the area a panel leaves free", "[view]")
{
    const Rect canvas{{0, 60}, {1400, 960}};
    const Rect wide_band{{0, 0}, {4000, 300}};  // the scope band: wide and low
    const Rect card{{-760, 0}, {-260, 900}};     // a persona card: tall
    // A panel on the left half: the band goes right of it.
    const Rect left_panel{{20, 130}, {580, 900}};
    const Rect free_of_left = FreeAreaBeside(canvas, {left_panel}, card);
    CHECK(free_of_left.Min.x == 580.0f);
    CHECK(free_of_left.Max.x == 1400.0f);
    CHECK_FALSE(free_of_left.Overlaps(left_panel));
    // A wide panel low on the screen: the band goes above it.
    const Rect low_panel{{100, 700}, {1300, 950}};
    const Rect free_of_low = FreeAreaBeside(canvas, {low_panel}, wide_band);
    CHECK(free_of_low.Max.y == 700.0f);
    CHECK(free_of_low.Width() == canvas.Width());
    // The framed part lies inside the free area, clear of the panel.
    const View view = FitRect(card, free_of_left, 32.0f);
    const Rect card_screen = WorldToScreen(view, card);
    CHECK_FALSE(card_screen.Overlaps(left_panel));
    // No panel over the canvas: all of it.
    const Rect outside{{1500, 0}, {1900, 900}};
    const Rect all = FreeAreaBeside(canvas, {outside}, card);
    CHECK(all.Min.x == canvas.Min.x);
    CHECK(all.Max.x == canvas.Max.x);
}
