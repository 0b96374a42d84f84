// A title of any length stays left of the legend in the snapshot (issue #11, item 10): a megabyte
// title ends in "…" before the legend instead of running under it. Rendered for real with GL and
// compared pixel by pixel in the legend's corner of the title band.
#include "example.h"
#include "text/i18n.h"
#include "export/snapshot.h"

#include "need_gl.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace
{
struct Picture
{
    SnapshotImage Image;
    PixelRect Legend;   // the legend's part of the title band, in pixels
    PixelRect TitleRow; // the title's first line left of the legend
};

Picture Render(const Document& doc)
{
    ExportSettings settings;
    settings.PaperSize = Paper::A4;
    settings.Dpi = 150;
    settings.Date = "01-01-2026";
    SnapshotPlan plan;
    Picture picture;
    REQUIRE(RenderPlannedSnapshot(doc, settings, &picture.Image, &plan));
    const SnapshotPart& part = plan.Parts[0];
    const Rect band = part.Layout.TitleBand;
    auto to_pixels = [&](Vec2 min_world, Vec2 max_world) {
        const Vec2 a = WorldToScreen(part.ViewTransform, min_world), b = WorldToScreen(part.ViewTransform, max_world);
        PixelRect r;
        r.X = std::max(0, (int)a.x);
        r.Y = std::max(0, (int)a.y);
        r.Width = std::min(picture.Image.Width, (int)b.x) - r.X;
        r.Height = std::min(picture.Image.Height, (int)b.y) - r.Y;
        return r;
    };
    const float ts = part.Layout.Metrics.TextScale; // on paper the text, and the legend with it, is sized for the sheet
    picture.Legend = to_pixels({band.Max.x - 520.0f * ts, band.Min.y}, band.Max);
    picture.TitleRow = to_pixels(band.Min, {band.Max.x - 600.0f * ts, band.Min.y + 30.0f * ts});
    return picture;
}

size_t DifferentPixels(const SnapshotImage& a, const SnapshotImage& b, const PixelRect& r)
{
    size_t count = 0;
    for (int y = r.Y; y < r.Y + r.Height; y++)
        for (int x = r.X; x < r.X + r.Width; x++)
        {
            const size_t i = ((size_t)y * a.Width + x) * 3;
            int d = 0;
            for (int c = 0; c < 3; c++)
                d = std::max(d, std::abs((int)a.Rgb[i + c] - (int)b.Rgb[i + c]));
            count += d > 24;
        }
    return count;
}

size_t InkPixels(const SnapshotImage& image, const PixelRect& r)
{
    size_t count = 0;
    for (int y = r.Y; y < r.Y + r.Height; y++)
        for (int x = r.X; x < r.X + r.Width; x++)
        {
            const size_t i = ((size_t)y * image.Width + x) * 3;
            count += image.Rgb[i] < 160 && image.Rgb[i + 1] < 160 && image.Rgb[i + 2] < 160;
        }
    return count;
}
} // namespace

TEST_CASE("a megabyte title ends before the legend in the snapshot", "[snapshot][title]")
{
    NeedGl();
    SetLanguage(Language::English);
    const Document normal = MakeExampleDocument();
    Document long_title = normal;
    long_title.Title.clear();
    while (long_title.Title.size() < 1000000)
        long_title.Title += "Hartfalen zorgpad workshop ";
    const Picture expected = Render(normal);
    const Picture drawn = Render(long_title);
    REQUIRE(drawn.Image.Width == expected.Image.Width);
    REQUIRE(drawn.Image.Height == expected.Image.Height);
    REQUIRE(drawn.Legend.Width > 50);
    REQUIRE(drawn.Legend.Height > 20);
    // The legend looks as it does under a short title: nothing of the title runs under it.
    const size_t differ = DifferentPixels(drawn.Image, expected.Image, drawn.Legend);
    INFO("legend pixels changed by the long title: " << differ << " of " << drawn.Legend.Width * drawn.Legend.Height);
    CHECK(differ < 20);
    // And the title is there, left of it.
    CHECK(InkPixels(drawn.Image, drawn.TitleRow) > 200);
}
