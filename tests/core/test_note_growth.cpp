// Cards and notes grow to fit their own text, up to a limit, and their lanes follow (issue #16).
#include "example.h"
#include "layout.h"
#include "text_fit.h"
#include "text_wrap.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace
{
// A wrap cache with advances like Inter's on average (the app reads the real ones from its fonts),
// and a layout cache that measures with it.
void MeasureWith(TextWrapCache& texts, LayoutCache& cache)
{
    cache.Texts = &texts;
    for (int b = 0; b < 2; b++)
    {
        GlyphAdvances& a = texts.Advances[b];
        a.Fallback = b == 0 ? 0.54f : 0.58f;
        a.PerCodepoint.assign(128, a.Fallback);
        for (char c : std::string(" .,:;'!|ijlft()-"))
            a.PerCodepoint[(unsigned char)c] = 0.28f;
        for (char c : std::string("mwMW"))
            a.PerCodepoint[(unsigned char)c] = 0.85f;
    }
}

std::string Words(int n)
{
    std::string text;
    for (int i = 0; i < n; i++)
        text += i == 0 ? "Woord" : " woord";
    return text;
}

// One moment with one pain point under it, in the blank format's lanes.
struct OneMoment
{
    Document Doc = MakeBlankDocument(true);
    Situation& S() { return Doc.Situations[0]; }
    OneMoment()
    {
        Moment m;
        m.Id = NewId<MomentId>(Doc);
        m.Phase = S().Phases[0].Id;
        m.X = 200.0f;
        m.Title = "Kort";
        S().Moments.push_back(m);
        Note n;
        n.Id = NewId<NoteId>(Doc);
        n.Moment = m.Id;
        n.Kind = NoteKind::PainPoint;
        n.Text = "Kort";
        S().Notes.push_back(n);
    }
};

float LaneHeight(const MapLayout& layout, LaneKind kind)
{
    const LaneRow* row = FindLaneRow(layout, kind);
    REQUIRE(row);
    return row->Row.Height();
}
} // namespace

TEST_CASE("a note grows with its text up to the limit, then ends in an ellipsis, and its lane follows", "[textfit][growth]")
{
    OneMoment map;
    TextWrapCache texts;
    LayoutCache cache;
    MeasureWith(texts, cache);
    const LayoutMetrics m;
    const float body = map_text::Body;

    // Short text: the standard note, the standard lane.
    const MapLayout small = CachedLayout(cache, map.S(), m);
    REQUIRE(small.Notes.size() == 1);
    CHECK(small.Notes[0].Box.Height() == Approx(m.NoteHeight));
    CHECK_FALSE(small.Notes[0].TextCut);
    const float lane_small = LaneHeight(small, LaneKind::PainPoints);
    const MapLayout fixed = ComputeLayout(map.S(), m);
    CHECK(lane_small == Approx(LaneHeight(fixed, LaneKind::PainPoints)));

    // Six lines of text: the note is as tall as six lines, all of them shown.
    map.S().Notes[0].Text = Words(11);
    const float width = m.NoteWidth - 2.0f * m.TextPadding;
    const std::vector<TextLine> lines = texts.Wrap(map.S().Notes[0].Text, body, width, 0, false);
    REQUIRE(lines.size() > 4);
    REQUIRE(lines.size() < (size_t)m.Lines.Note);
    const MapLayout grown = CachedLayout(cache, map.S(), m);
    CHECK(grown.Notes[0].Box.Height() == Approx(8.0f + (float)lines.size() * body + 10.0f));
    CHECK_FALSE(grown.Notes[0].TextCut);
    CHECK(LaneHeight(grown, LaneKind::PainPoints) > lane_small);
    CHECK(LaneHeight(grown, LaneKind::PainPoints) >= grown.Notes[0].Box.Height() + 2.0f * m.LanePadding);
    // The lanes below moved down with it.
    CHECK(grown.Map.Height() > small.Map.Height());

    // A hundred words: the note stops at the limit and is marked as cut; drawn in that height,
    // its last line ends in "…".
    map.S().Notes[0].Text = Words(100);
    const MapLayout capped = CachedLayout(cache, map.S(), m);
    const float capped_h = capped.Notes[0].Box.Height();
    CHECK(capped_h == Approx(8.0f + (float)m.Lines.Note * body + 10.0f));
    CHECK(capped.Notes[0].TextCut);
    const int drawn_lines = (int)std::floor((capped_h - 14.0f) / body + 0.05f); // the drawing's clip inside the note
    const std::vector<TextLine>& drawn = texts.Wrap(map.S().Notes[0].Text, body, width, drawn_lines, false);
    REQUIRE(drawn.size() == (size_t)m.Lines.Note);
    CHECK(drawn.back().Ellipsis);

    // A second note under the same moment stacks below the tall one, and the lane holds both.
    Note second = map.S().Notes[0];
    second.Id = NewId<NoteId>(map.Doc);
    second.Text = "Kort";
    map.S().Notes.push_back(second);
    const MapLayout two = CachedLayout(cache, map.S(), m);
    REQUIRE(two.Notes.size() == 2);
    CHECK(two.Notes[1].Box.Min.y == Approx(two.Notes[0].Box.Max.y + m.NoteGap));
    CHECK(two.Notes[1].Box.Height() == Approx(m.NoteHeight));
    const LaneRow* lane = FindLaneRow(two, LaneKind::PainPoints);
    CHECK(lane->Row.Max.y >= two.Notes[1].Box.Max.y);
}

TEST_CASE("a card grows with its title up to the limit, and the cards' lane holds the tallest", "[textfit][growth]")
{
    OneMoment map;
    TextWrapCache texts;
    LayoutCache cache;
    MeasureWith(texts, cache);
    const LayoutMetrics m;

    const MapLayout small = CachedLayout(cache, map.S(), m);
    REQUIRE(small.Moments.size() == 1);
    CHECK(small.Moments[0].Card.Height() == Approx(m.CardHeight));
    const float lane_small = LaneHeight(small, LaneKind::Moments);
    // The standard card sits where it did before cards could grow.
    const LaneRow* row = FindLaneRow(small, LaneKind::Moments);
    CHECK(small.Moments[0].Card.Center().y == Approx(row->Row.Center().y));

    map.S().Moments[0].Title = Words(9);
    const MapLayout grown = CachedLayout(cache, map.S(), m);
    CHECK(grown.Moments[0].Card.Height() > m.CardHeight);
    CHECK_FALSE(grown.Moments[0].TitleCut);
    CHECK(grown.Moments[0].Card.Min.y == Approx(small.Moments[0].Card.Min.y)); // it grows down
    CHECK(LaneHeight(grown, LaneKind::Moments) > lane_small);
    CHECK(FindLaneRow(grown, LaneKind::Moments)->Row.Max.y >= grown.Moments[0].Card.Max.y + m.LanePadding - 0.01f);

    map.S().Moments[0].Title = Words(200);
    const MapLayout capped = CachedLayout(cache, map.S(), m);
    const float title = map_text::Body * m.CardTitleScale;
    CHECK(capped.Moments[0].Card.Height() == Approx(36.0f + (float)m.Lines.CardTitle * title + 10.0f));
    CHECK(capped.Moments[0].TitleCut);
}

TEST_CASE("the layout cache measures only changed texts and lays out again only when a size changed", "[textfit][growth]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    TextWrapCache texts;
    LayoutCache cache;
    MeasureWith(texts, cache);
    CachedLayout(cache, s);
    const int computed = cache.Computations;
    const int measured = texts.Misses;
    CachedLayout(cache, s);
    CHECK(cache.Computations == computed); // nothing changed: neither laid out nor measured again
    CHECK(texts.Misses == measured);

    // A text edited to another short one keeps every size: measured, not laid out again.
    REQUIRE(!s.Notes.empty());
    s.Notes[0].Text = "Ander";
    CachedLayout(cache, s);
    CHECK(texts.Misses == measured + 1);
    CHECK(cache.Computations == computed);
    // A long one grows the note: laid out again.
    s.Notes[0].Text = Words(40);
    const MapLayout& layout = CachedLayout(cache, s);
    CHECK(cache.Computations == computed + 1);
    float height = 0.0f;
    for (const NoteBox& box : layout.Notes)
        if (box.Id == s.Notes[0].Id)
            height = box.Box.Height();
    CHECK(height > layout.Metrics.NoteHeight);
}
