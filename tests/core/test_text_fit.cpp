// Cards, notes and lanes grown for their text, and the text sized for a printed sheet.
#include "example.h"
#include "layout.h"
#include "text_fit.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace
{
// Advances like Inter's on average (the app reads the real ones from the font files).
struct Advances
{
    GlyphAdvances Regular, Bold;
    Advances()
    {
        Regular.Fallback = 0.54f;
        Bold.Fallback = 0.58f;
        for (GlyphAdvances* a : {&Regular, &Bold})
        {
            a->PerCodepoint.assign(128, a->Fallback);
            for (char c : std::string(" .,:;'!|ijlft()-"))
                a->PerCodepoint[(unsigned char)c] = 0.28f; // narrow ones
            for (char c : std::string("mwMW"))
                a->PerCodepoint[(unsigned char)c] = 0.85f; // wide ones
        }
    }
    TextMeasure Measure() const
    {
        TextMeasure m;
        m.Regular = &Regular;
        m.Bold = &Bold;
        m.Hyph = &SharedHyphenator(HyphenLanguage::Dutch);
        return m;
    }
};

constexpr float PointsPerMm = 72.0f / 25.4f;
// A3 landscape inside the 10 mm margin the export keeps, in points.
const Vec2 A3Sheet = {(420.0f - 20.0f) * PointsPerMm, (297.0f - 20.0f) * PointsPerMm};

// What the export frames: the layout with the title band and notes, and a persona card left of it.
Rect WithPersona(const MapLayout& layout)
{
    Rect r = layout.Bounds;
    r.Min.x -= 50.0f + layout.Metrics.PersonaWidth;
    return r;
}

Note MakeNote(Document& doc, MomentId moment, const std::string& text)
{
    Note n;
    n.Id = NewId<NoteId>(doc);
    n.Moment = moment;
    n.Kind = NoteKind::PainPoint;
    n.Text = text;
    return n;
}
} // namespace

TEST_CASE("the worked example on A3 has body text of at least 9 pt and fills the sheet", "[textfit][print]")
{
    const Document doc = MakeExampleDocument();
    const Situation& current = doc.Situations[0];
    REQUIRE(current.Moments.size() >= 12);
    const Advances advances;

    // As the map was printed before: the canvas's metrics scaled down to the sheet.
    const MapLayout plain = ComputeLayout(current);
    const Rect plain_bounds = WithPersona(plain);
    const float plain_zoom = std::min(A3Sheet.x / plain_bounds.Width(), A3Sheet.y / plain_bounds.Height());
    CHECK(map_text::Body * plain_zoom < 9.0f);
    CHECK(plain_bounds.Height() * plain_zoom < A3Sheet.y * 0.7f); // the sheet was far from full

    const PaperFit fit = FitTextToPaper({&current}, LayoutMetrics(), A3Sheet, 9.0f, 140.0f, advances.Measure(), WithPersona);
    INFO("text scale " << fit.Metrics.TextScale << ", body text " << fit.BodySize << " pt");
    CHECK(fit.BodySize >= 9.0f);
    CHECK(fit.BodySize == Approx(map_text::Body * fit.Metrics.TextScale * fit.Zoom));
    CHECK(fit.Metrics.TextScale > 1.0f);

    const MapLayout layout = ComputeLayout(current, fit.Metrics);
    const Rect bounds = WithPersona(layout);
    // Inside the sheet, and filling it: the width and (lanes grown) the height.
    CHECK(bounds.Width() * fit.Zoom <= A3Sheet.x * 1.001f);
    CHECK(bounds.Height() * fit.Zoom <= A3Sheet.y * 1.001f);
    CHECK(bounds.Width() * fit.Zoom >= A3Sheet.x * 0.95f);
    CHECK(bounds.Height() * fit.Zoom >= A3Sheet.y * 0.95f);

    // Every title fits its card at the chosen size: the cards grew instead of the text shrinking.
    const float body = map_text::Body * fit.Metrics.TextScale;
    for (const Moment& moment : current.Moments)
    {
        const float title = body * fit.Metrics.CardTitleScale;
        const int lines = WrappedLineCount(moment.Title, title, fit.Metrics.CardWidth - 2.0f * fit.Metrics.TextPadding, true, 0,
                                           advances.Measure());
        INFO(moment.Title);
        CHECK(36.0f * fit.Metrics.TextScale + std::min(lines, PaperLineLimits.CardTitle) * title <= fit.Metrics.CardHeight);
    }
    // Every note's text fits its note.
    for (const NoteBox& box : layout.Notes)
    {
        const Note* note = ModelNote(current, box);
        REQUIRE(note);
        const int lines = WrappedLineCount(note->Text, body, fit.Metrics.NoteWidth - 2.0f * fit.Metrics.TextPadding, false, 0,
                                           advances.Measure());
        CHECK(8.0f + std::min(lines, PaperLineLimits.Note) * body <= box.Box.Height());
    }
}

TEST_CASE("a text scale grows cards, notes and lanes to hold their text, up to a limit", "[textfit]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    const Advances advances;
    const LayoutMetrics base;

    // At scale 1 widths stay, and cards and notes never get smaller than the standard sizes.
    const LayoutMetrics same = FitMetricsToText({&s}, base, 1.0f, advances.Measure());
    CHECK(same.CardWidth == base.CardWidth);
    CHECK(same.NoteWidth == base.NoteWidth);
    CHECK(same.CardHeight >= base.CardHeight);
    CHECK(same.NoteHeight >= base.NoteHeight);

    // A note of seven lines makes every note taller; one of a hundred lines stops at the limit.
    const MomentId moment = s.Moments[0].Id;
    s.Notes.clear();
    s.Notes.push_back(MakeNote(doc, moment, "Een knelpunt dat veel langer is dan een gewone sticky note, met zorgen over de "
                                            "thuismeting, de bereikbaarheid van de verpleegkundige en de uitleg over medicatie."));
    const LayoutMetrics grown = FitMetricsToText({&s}, base, 1.0f, advances.Measure());
    CHECK(grown.NoteHeight > base.NoteHeight);
    const MapLayout layout = ComputeLayout(s, grown);
    for (const NoteBox& box : layout.Notes)
        CHECK(box.Box.Height() == Approx(grown.NoteHeight));

    std::string long_text;
    for (int i = 0; i < 100; i++)
        long_text += "woord ";
    s.Notes.back().Text = long_text;
    const LayoutMetrics capped = FitMetricsToText({&s}, base, 1.0f, advances.Measure());
    const float body = map_text::Body;
    CHECK(capped.NoteHeight == Approx(8.0f + TextLineLimits().Note * body + 10.0f));

    // A larger text scale: wider cards (less than the text grows), taller cards, taller lanes.
    const LayoutMetrics large = FitMetricsToText({&s}, base, 1.5f, advances.Measure());
    CHECK(large.TextScale == Approx(1.5f));
    CHECK(large.CardWidth > base.CardWidth);
    CHECK(large.CardWidth < base.CardWidth * 1.5f);
    CHECK(large.CardHeight > base.CardHeight);
    const MapLayout small_layout = ComputeLayout(s, base), large_layout = ComputeLayout(s, large);
    CHECK(large_layout.Map.Height() > small_layout.Map.Height());
    const LaneRow* description = FindLaneRow(large_layout, LaneKind::Description);
    REQUIRE(description);
    CHECK(description->Row.Height() > FindLaneRow(small_layout, LaneKind::Description)->Row.Height());
    // The cards' lane holds the taller cards.
    const LaneRow* cards = FindLaneRow(large_layout, LaneKind::Moments);
    REQUIRE(cards);
    CHECK(cards->Row.Height() >= large.CardHeight);
}

TEST_CASE("a small map on A3 gets large text, a stress-sized one is not searched", "[textfit][print]")
{
    Document doc = MakeExampleDocument();
    Situation small = doc.Situations[0];
    small.Moments.resize(3);
    small.Notes.clear();
    const Advances advances;
    const PaperFit fit = FitTextToPaper({&small}, LayoutMetrics(), A3Sheet, 9.0f, 140.0f, advances.Measure(), WithPersona);
    CHECK(fit.BodySize >= 9.0f);
    CHECK(fit.Metrics.TextScale <= MaxPaperTextScale + 1e-3f);

    Situation big = doc.Situations[0];
    while (big.Moments.size() <= (size_t)MaxFittedMoments)
    {
        Moment m = big.Moments[big.Moments.size() % 15];
        m.Id = NewId<MomentId>(doc);
        big.Moments.push_back(m);
    }
    const PaperFit plain = FitTextToPaper({&big}, LayoutMetrics(), A3Sheet, 9.0f, 140.0f, advances.Measure(), WithPersona);
    CHECK(plain.Metrics.TextScale == 1.0f);
    CHECK(plain.BodySize < 9.0f); // honest: nobody reads 400 moments on one sheet
}
