// The Compare export (`--situation compare`) against its golden picture, and the gap shading
// seen in the pixels. Rendered for real with OpenGL under xvfb-run, compared with a tolerance.
#include "atomic_file.h"
#include "compare.h"
#include "edit.h"
#include "example.h"
#include "export/snapshot.h"
#include "text/i18n.h"

#include "need_gl.h"

#include <catch2/catch.hpp>

#include <stb_image.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace fs = std::filesystem;

namespace
{
SnapshotImage Render(const Document& doc, ExportSituations shown, bool gaps = true, SnapshotPlan* plan_out = nullptr)
{
    ExportSettings settings;
    settings.Situations = shown;
    settings.PaperSize = Paper::A4;
    settings.Dpi = 150;
    settings.ShowGaps = gaps;
    SnapshotImage image;
    const Status rendered = RenderPlannedSnapshot(doc, settings, &image, plan_out);
    INFO(rendered.Message);
    REQUIRE(rendered.Ok);
    return image;
}

size_t Differing(const SnapshotImage& a, const std::vector<uint8_t>& b, int tolerance)
{
    size_t count = 0;
    for (size_t i = 0; i + 2 < a.Rgb.size() && i + 2 < b.size(); i += 3)
    {
        int d = 0;
        for (int c = 0; c < 3; c++)
            d = std::max(d, std::abs((int)a.Rgb[i + c] - (int)b[i + c]));
        count += d > tolerance;
    }
    return count;
}
} // namespace

TEST_CASE("the Compare export of the worked example looks like its golden picture", "[snapshot][golden][compare]")
{
    NeedGl();
    SetLanguage(Language::English);
    Document doc = MakeExampleDocument();
    // A dropped moment too: the last current moment's copy is removed from the desired situation.
    const MomentId last_copy = doc.Situations[1].Moments.back().Id;
    REQUIRE(DeleteMoments(doc, 1, {last_copy}));
    SnapshotPlan plan;
    const SnapshotImage image = Render(doc, ExportSituations::Compare, true, &plan);
    REQUIRE(plan.Options.Compare != nullptr);
    std::string png;
    REQUIRE(EncodeSnapshot(image, doc, plan.Dpi, &png).Ok);
    fs::create_directories("golden");
    REQUIRE(WriteFileAtomic("golden/compare_a4_150.actual.png", png, false).Ok);

    const std::string golden_path = std::string(JB_TEST_DATA) + "/golden/compare_a4_150.png";
    if (std::getenv("JB_UPDATE_GOLDEN"))
    {
        REQUIRE(WriteFileAtomic(golden_path, png, false).Ok);
        WARN("golden picture rewritten: " << golden_path);
    }
    std::ifstream in(golden_path, std::ios::binary);
    const std::string golden_png((std::istreambuf_iterator<char>(in)), {});
    REQUIRE_FALSE(golden_png.empty());
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(golden_png.data()), (int)golden_png.size(), &w, &h,
                                                  &channels, 3);
    REQUIRE(pixels);
    const std::vector<uint8_t> golden(pixels, pixels + (size_t)w * h * 3);
    stbi_image_free(pixels);
    REQUIRE(w == image.Width);
    REQUIRE(h == image.Height);
    const size_t total = (size_t)w * h;
    INFO("see " << fs::absolute("golden").string() << "/compare_a4_150.actual.png");
    // Per channel up to 40 and at most 0.1 % of the pixels beyond: the marks are small, so the
    // tolerance is tighter than the plain map's golden picture.
    CHECK(Differing(image, golden, 40) <= total / 1000);

    // The comparison can fail: the plain desired situation (no marks) is caught.
    const SnapshotImage desired = Render(doc, ExportSituations::Desired);
    REQUIRE(desired.Width == image.Width);
    CHECK(Differing(desired, golden, 40) > total / 1000);
}

TEST_CASE("the gap shading shows in the picture, and the View toggle removes it", "[snapshot][compare]")
{
    NeedGl();
    const Document doc = MakeExampleDocument();
    const SnapshotImage with = Render(doc, ExportSituations::Current, true);
    const SnapshotImage without = Render(doc, ExportSituations::Current, false);
    REQUIRE(with.Width == without.Width);
    // Moments 4, 10, 11, 13 of the example have a gap of 2 or more: a visible area is shaded.
    const size_t shaded = Differing(with, without.Rgb, 8);
    CHECK(shaded > (size_t)with.Width * with.Height / 400);

    // A map without any gap draws the same either way.
    Document flat = doc;
    for (Moment& m : flat.Situations[0].Moments)
        m.Professional.Score = m.Patient.Score;
    CHECK(Differing(Render(flat, ExportSituations::Current, true), Render(flat, ExportSituations::Current, false).Rgb, 8) == 0);
}

TEST_CASE("a map without a desired situation has nothing to compare", "[snapshot][compare]")
{
    NeedGl();
    const Document blank = MakeBlankDocument(true);
    ExportSettings settings;
    settings.Situations = ExportSituations::Compare;
    SnapshotPlan plan;
    const Status st = PlanSnapshot(blank, settings, Rect(), Vec2(), &plan);
    CHECK_FALSE(st.Ok);
    CHECK(st.Message.find("nothing to compare") != std::string::npos);
}
