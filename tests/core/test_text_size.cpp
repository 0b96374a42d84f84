// The map's text size (Map panel: normal, large, extra large): larger text, cards and lanes grown
// with it, kept in the file, one undo step (issue #16).
#include "change_label.h"
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "layout.h"
#include "text_fit.h"

#include <catch2/catch.hpp>

TEST_CASE("a larger map text size makes the text, cards and lanes larger", "[textsize]")
{
    const Document doc = MakeExampleDocument();
    const Situation& s = doc.Situations[0];
    const LayoutMetrics normal = MetricsAtTextSize(LayoutMetrics(), TextSizeScale(MapTextSize::Normal));
    const LayoutMetrics large = MetricsAtTextSize(LayoutMetrics(), TextSizeScale(MapTextSize::Large));
    const LayoutMetrics extra = MetricsAtTextSize(LayoutMetrics(), TextSizeScale(MapTextSize::ExtraLarge));
    CHECK(normal.TextScale == 1.0f);
    CHECK(normal.CardWidth == LayoutMetrics().CardWidth);
    CHECK(large.TextScale == Approx(1.3f));
    CHECK(extra.TextScale == Approx(1.6f));
    // The text grows more than the cards: it is larger relative to them.
    CHECK(large.CardWidth > normal.CardWidth);
    CHECK(large.CardWidth / normal.CardWidth < large.TextScale);

    const MapLayout a = ComputeLayout(s, normal), b = ComputeLayout(s, large), c = ComputeLayout(s, extra);
    CHECK(b.Map.Width() > a.Map.Width());
    CHECK(c.Map.Width() > b.Map.Width());
    CHECK(b.Map.Height() > a.Map.Height());
    CHECK(c.Map.Height() > b.Map.Height());
    for (LaneKind kind : {LaneKind::Moments, LaneKind::Description, LaneKind::PainPoints})
    {
        INFO(LaneKindKey(kind));
        CHECK(FindLaneRow(b, kind)->Row.Height() > FindLaneRow(a, kind)->Row.Height());
    }
    CHECK(b.Moments[0].Card.Height() > a.Moments[0].Card.Height());
}

TEST_CASE("the map text size is saved, an old file loads at the normal size, and a change is one undo step", "[textsize][file]")
{
    Document doc = MakeExampleDocument();
    // A map at the normal size is written as before: no new field.
    const std::string plain = SaveDocumentToString(doc);
    CHECK(plain.find("text_size") == std::string::npos);
    Document loaded;
    REQUIRE(LoadDocumentFromString(plain, &loaded));
    CHECK(loaded.TextSize == MapTextSize::Normal);

    const Document before = doc;
    REQUIRE(SetMapTextSize(doc, MapTextSize::ExtraLarge));
    CHECK_FALSE(SetMapTextSize(doc, MapTextSize::ExtraLarge)); // no change, no step
    CHECK(DescribeChange(before, doc).Kind != ChangeKind::None);
    const std::string json = SaveDocumentToString(doc);
    CHECK(json.find("\"text_size\": \"extra_large\"") != std::string::npos);
    REQUIRE(LoadDocumentFromString(json, &loaded));
    CHECK(loaded.TextSize == MapTextSize::ExtraLarge);

    // A value this version does not know is refused with a message naming the field.
    std::string bad = json;
    bad.replace(bad.find("extra_large"), 11, "huge");
    const Status status = LoadDocumentFromString(bad, &loaded);
    CHECK_FALSE(status);
    CHECK(status.Text(false).find("text_size") != std::string::npos);
}
