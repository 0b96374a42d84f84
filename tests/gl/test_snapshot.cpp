// Snapshots rendered for real with OpenGL (llvmpipe under Xvfb: ctest runs this program through
// xvfb-run). Every picture is decoded with stb_image, an independent decoder, never compared to
// the byte: pixel comparisons allow a small per-channel difference and a small count of pixels.
#include "atomic_file.h"
#include "example.h"
#include "file_json.h"
#include "host/gl_context.h"
#include "text/i18n.h"
#include "png_meta.h"
#include "export/snapshot.h"

#include "../temp_folder.h"
#include "../test_helpers.h"
#include "need_gl.h"

#include <catch2/catch.hpp>
#include <stb_image.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include <sys/mount.h>
#include <unistd.h>

namespace fs = std::filesystem;
using test::ReadAll;

namespace
{

struct Decoded
{
    int Width = 0, Height = 0;
    std::vector<uint8_t> Rgb;
};

Decoded Decode(const std::string& png)
{
    Decoded d;
    int channels = 0;
    unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(png.data()), (int)png.size(), &d.Width, &d.Height,
                                                  &channels, 3);
    REQUIRE(pixels != nullptr);
    d.Rgb.assign(pixels, pixels + (size_t)d.Width * d.Height * 3);
    stbi_image_free(pixels);
    return d;
}

// Pixels whose largest channel difference is above `tolerance`.
size_t DifferentPixels(const uint8_t* a, const uint8_t* b, size_t pixels, int tolerance, int* largest = nullptr)
{
    size_t count = 0;
    int worst = 0;
    for (size_t i = 0; i < pixels; i++)
    {
        int d = 0;
        for (int c = 0; c < 3; c++)
            d = std::max(d, std::abs((int)a[i * 3 + c] - (int)b[i * 3 + c]));
        worst = std::max(worst, d);
        count += d > tolerance;
    }
    if (largest)
        *largest = worst;
    return count;
}

size_t NonWhitePixels(const Decoded& d)
{
    size_t count = 0;
    for (size_t i = 0; i < d.Rgb.size(); i += 3)
        count += d.Rgb[i] < 250 || d.Rgb[i + 1] < 250 || d.Rgb[i + 2] < 250;
    return count;
}

ExportSettings OnPaper(::Paper paper, int dpi, bool portrait = false)
{
    ExportSettings s;
    s.PaperSize = paper;
    s.Dpi = dpi;
    s.Portrait = portrait;
    s.Date = "01-01-2026"; // fixed: pictures compared across days
    return s;
}
} // namespace

TEST_CASE("each paper size and dpi gives a PNG of that many pixels, with the dpi and the map inside", "[snapshot]")
{
    NeedGl();
    SetLanguage(Language::English);
    const Document doc = MakeExampleDocument();
    const std::string json = SaveDocumentToString(doc);
    TempFolder dir;
    struct Case
    {
        ::Paper P;
        int Dpi;
        bool Portrait;
        int Width, Height;
    };
    const Case cases[] = {
        {Paper::A4, 72, false, 842, 595},   {Paper::A4, 150, true, 1240, 1754}, {Paper::A3, 100, false, 1654, 1169},
        {Paper::A2, 60, false, 1403, 992},  {Paper::A1, 50, true, 1169, 1656}, {Paper::A0, 50, false, 2341, 1656},
        {Paper::A3, 300, false, 4961, 3508},
    };
    for (const Case& c : cases)
    {
        CAPTURE(PaperName(c.P), c.Dpi, c.Portrait);
        const std::string path = dir / "out.png";
        SnapshotPlan plan;
        REQUIRE(ExportSnapshotFile(doc, OnPaper(c.P, c.Dpi, c.Portrait), path, 0, &plan));
        const std::string png = ReadAll(path);
        const Decoded picture = Decode(png);
        CHECK(picture.Width == c.Width);
        CHECK(picture.Height == c.Height);
        PngInfo info;
        REQUIRE(ReadPngInfo(png, &info));
        CHECK(info.Dpi == Approx(c.Dpi).epsilon(0.002));
        CHECK(info.HasMap);
        // The map is drawn, not a blank page: at least 5 % of the pixels carry ink or colour.
        CHECK(NonWhitePixels(picture) > picture.Rgb.size() / 3 / 20);
        // Opening the picture gives the same map.
        Document back;
        REQUIRE(LoadDocumentFromFile(path, &back));
        CHECK(SaveDocumentToString(back) == json);
        CHECK_FALSE(fs::exists(path + ".bak")); // exports never leave backups behind
    }
}

TEST_CASE("both situations stack into one picture, a missing desired situation is refused", "[snapshot]")
{
    NeedGl();
    const Document doc = MakeExampleDocument();
    ExportSettings settings = OnPaper(Paper::A3, 100, true);
    SnapshotPlan one, both;
    REQUIRE(PlanSnapshot(doc, settings, Rect(), Vec2(), &one));
    settings.Situations = ExportSituations::Both;
    REQUIRE(PlanSnapshot(doc, settings, Rect(), Vec2(), &both));
    REQUIRE(both.Parts.size() == 2);
    CHECK(both.Parts[0].Shown == &doc.Situations[0]);
    CHECK(both.Parts[1].Shown == &doc.Situations[1]);
    CHECK(both.Parts[1].ViewTransform.OriginScreen.y > both.Parts[0].ViewTransform.OriginScreen.y);
    // One left edge: the lane titles of both situations line up.
    const Rect first = DrawnBounds(doc, both.Parts[0].Layout, both.Options);
    const Rect second = DrawnBounds(doc, both.Parts[1].Layout, both.Options);
    CHECK(WorldToScreen(both.Parts[0].ViewTransform, first.Min).x == Approx(WorldToScreen(both.Parts[1].ViewTransform, second.Min).x));
    // Both fit on the page, the desired one below the current one.
    CHECK(WorldToScreen(both.Parts[1].ViewTransform, second.Min).y > WorldToScreen(both.Parts[0].ViewTransform, first.Max).y);
    CHECK(WorldToScreen(both.Parts[1].ViewTransform, second.Max).y <= both.Height);
    CHECK(both.Zoom < one.Zoom); // two maps share the page

    Document single = doc;
    single.Situations.resize(1);
    settings.Situations = ExportSituations::Desired;
    SnapshotPlan plan;
    const Status st = PlanSnapshot(single, settings, Rect(), Vec2(), &plan);
    CHECK_FALSE(st);
    CHECK(st.Message.find("no desired situation") != std::string::npos);
    CHECK_FALSE(st.MessageNl.empty());
}

TEST_CASE("a picture too large for one PNG is refused before anything is drawn", "[snapshot]")
{
    const Document doc = MakeExampleDocument();
    SnapshotPlan plan;
    const Status st = PlanSnapshot(doc, OnPaper(Paper::A0, 1200), Rect(), Vec2(), &plan);
    CHECK_FALSE(st);
    CHECK(st.Message.find("too large to write as one PNG") != std::string::npos);
}

TEST_CASE("a tiled render matches the untiled render of the same picture", "[snapshot]")
{
    NeedGl();
    const Document doc = MakeExampleDocument();
    SnapshotPlan plan;
    REQUIRE(PlanSnapshot(doc, OnPaper(Paper::A4, 150), Rect(), Vec2(), &plan));
    ExportFonts fonts;
    REQUIRE(CreateExportFonts(doc, plan.FontZoom, &fonts));
    SnapshotImage whole, tiled;
    REQUIRE(RenderSnapshot(plan, fonts, PixelRect(), 0, &whole));
    int calls = 0;
    float last = 0.0f;
    // Tiles of 300 pixels, edges falling through cards, text and curves: 6 x 5 tiles.
    REQUIRE(RenderSnapshot(plan, fonts, PixelRect(), 300, &tiled, [&](float done) { calls++, last = done; }));
    DestroyExportFonts(&fonts);
    CHECK(calls == 30);
    CHECK(last == Approx(1.0f));
    REQUIRE(whole.Width == tiled.Width);
    REQUIRE(whole.Height == tiled.Height);
    int largest = 0;
    const size_t pixels = (size_t)whole.Width * whole.Height;
    const size_t differ = DifferentPixels(whole.Rgb.data(), tiled.Rgb.data(), pixels, 24, &largest);
    INFO("pixels differing by more than 24: " << differ << " of " << pixels << ", largest difference " << largest);
    CHECK(differ < pixels / 2000);
}

TEST_CASE("a real large export renders in GL-sized tiles and matches an untiled render across the tile seams", "[snapshot][large]")
{
    NeedGl();
    const Document doc = MakeExampleDocument();
    SnapshotPlan plan;
    REQUIRE(PlanSnapshot(doc, OnPaper(Paper::A1, 600), Rect(), Vec2(), &plan));
    REQUIRE(plan.Width == 19866); // wider than the 16384 pixels Mesa allows for one framebuffer
    ExportFonts fonts;
    REQUIRE(CreateExportFonts(doc, plan.FontZoom, &fonts));
    SnapshotImage big;
    REQUIRE(RenderSnapshot(plan, fonts, PixelRect(), 0, &big));
    // A region around the corner where four tiles meet (8192 is a multiple of the 2048-pixel
    // tiles), rendered as one tile.
    const PixelRect region = {8192 - 700, 8192 - 600, 1400, 1200};
    SnapshotImage part;
    REQUIRE(RenderSnapshot(plan, fonts, region, 0, &part));
    DestroyExportFonts(&fonts);
    std::vector<uint8_t> crop;
    for (int y = 0; y < region.Height; y++)
    {
        const uint8_t* row = big.Rgb.data() + ((size_t)(region.Y + y) * big.Width + region.X) * 3;
        crop.insert(crop.end(), row, row + (size_t)region.Width * 3);
    }
    int largest = 0;
    const size_t pixels = (size_t)region.Width * region.Height;
    const size_t differ = DifferentPixels(crop.data(), part.Rgb.data(), pixels, 24, &largest);
    INFO("pixels differing: " << differ << " of " << pixels << ", largest difference " << largest);
    CHECK(differ < pixels / 2000);
    // And the region is not blank: the seam crosses the map.
    Decoded as_picture{region.Width, region.Height, part.Rgb};
    CHECK(NonWhitePixels(as_picture) > pixels / 20);
}

TEST_CASE("an export to a full disk fails and leaves no file behind", "[snapshot]")
{
    NeedGl();
    const Document doc = MakeExampleDocument();
    TempFolder dir;
    const std::string disk = dir / "disk";
    fs::create_directory(disk);
    const bool mounted = ::geteuid() == 0 && ::mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=256k") == 0;
    if (!mounted)
        WARN("no tmpfs mount here (not root): the full disk is simulated with SetWriteFailureForTesting(ENOSPC)");
    else
        SetWriteFailureForTesting(0);
    if (!mounted)
        SetWriteFailureForTesting(ENOSPC);
    const std::string path = disk + "/map.png";
    const Status st = ExportSnapshotFile(doc, OnPaper(Paper::A3, 300), path); // about 1.3 MB: does not fit in 256 KiB
    SetWriteFailureForTesting(0);
    CHECK_FALSE(st);
    CHECK(st.Message.find("disk is full") != std::string::npos);
    CHECK(fs::is_empty(disk)); // no half picture, no temporary file
    if (mounted)
        ::umount(disk.c_str());

    // A folder that does not exist: an error, nothing written.
    const Status missing = ExportSnapshotFile(doc, OnPaper(Paper::A4, 72), dir / "no/such/folder/map.png");
    CHECK_FALSE(missing);
    CHECK_FALSE(missing.Message.empty());
}

TEST_CASE("the worked example at A4 150 dpi looks like the golden picture", "[snapshot][golden]")
{
    NeedGl();
    SetLanguage(Language::English);
    const Document doc = MakeExampleDocument();
    SnapshotPlan plan;
    SnapshotImage image;
    REQUIRE(RenderPlannedSnapshot(doc, OnPaper(Paper::A4, 150), &image, &plan));
    std::string png;
    REQUIRE(EncodeSnapshot(image, doc, plan.Dpi, &png));

    const std::string golden_path = std::string(JB_TEST_DATA) + "/golden/example_a4_150.png";
    if (std::getenv("JB_UPDATE_GOLDEN"))
    {
        REQUIRE(WriteFileAtomic(golden_path, png, false));
        WARN("golden picture rewritten: " << golden_path);
    }
    const std::string golden_png = ReadAll(golden_path);
    REQUIRE_FALSE(golden_png.empty());
    const Decoded golden = Decode(golden_png);
    REQUIRE(golden.Width == image.Width);
    REQUIRE(golden.Height == image.Height);

    // Per channel up to 40 (anti-aliasing and hinting differences between drivers), and at most
    // 0.5 % of the pixels beyond that.
    const size_t pixels = (size_t)image.Width * image.Height;
    int largest = 0;
    const size_t differ = DifferentPixels(golden.Rgb.data(), image.Rgb.data(), pixels, 40, &largest);
    if (differ > pixels / 200)
    {
        // The diff image: red where the pixels differ, the golden picture faded elsewhere.
        std::vector<uint8_t> diff(pixels * 3);
        for (size_t i = 0; i < pixels; i++)
        {
            int d = 0;
            for (int c = 0; c < 3; c++)
                d = std::max(d, std::abs((int)golden.Rgb[i * 3 + c] - (int)image.Rgb[i * 3 + c]));
            const uint8_t faded = (uint8_t)(200 + golden.Rgb[i * 3] / 5);
            diff[i * 3] = d > 40 ? 255 : faded;
            diff[i * 3 + 1] = d > 40 ? 0 : faded;
            diff[i * 3 + 2] = d > 40 ? 0 : faded;
        }
        SnapshotImage diff_image{image.Width, image.Height, diff};
        std::string diff_png;
        REQUIRE(EncodeSnapshot(diff_image, doc, 0.0, &diff_png));
        fs::create_directories("golden");
        REQUIRE(WriteFileAtomic("golden/example_a4_150.actual.png", png, false));
        REQUIRE(WriteFileAtomic("golden/example_a4_150.diff.png", diff_png, false));
        FAIL("the picture differs from " << golden_path << " in " << differ << " of " << pixels << " pixels; see "
                                          << fs::absolute("golden").string() << "/example_a4_150.{actual,diff}.png");
    }

    // The comparison can fail: the same map with its notes moved to other moments is caught.
    Document changed = doc;
    for (Note& note : changed.Situations[0].Notes)
        note.Moment = changed.Situations[0].Moments.front().Id;
    SnapshotImage changed_image;
    REQUIRE(RenderPlannedSnapshot(changed, OnPaper(Paper::A4, 150), &changed_image, nullptr));
    REQUIRE(changed_image.Width == golden.Width);
    CHECK(DifferentPixels(golden.Rgb.data(), changed_image.Rgb.data(), pixels, 40) > pixels / 200);
}

#include "render/photo_image.h"
#include "render/photo_textures.h"

TEST_CASE("a persona's photo is drawn on its card in the snapshot, through the same DrawMap", "[snapshot][persona]")
{
    NeedGl();
    SetLanguage(Language::English);
    // A magenta photo: a colour nothing else on the map uses.
    SnapshotImage square{64, 64, std::vector<uint8_t>(64 * 64 * 3)};
    for (size_t i = 0; i < square.Rgb.size(); i += 3)
        square.Rgb[i] = 255, square.Rgb[i + 1] = 0, square.Rgb[i + 2] = 255;
    Document doc = MakeExampleDocument();
    std::string png, photo;
    REQUIRE(EncodeSnapshot(square, doc, 0.0, &png));
    REQUIRE(PreparePersonaPhoto(png, &photo));
    auto magenta_pixels = [](const Document& d) {
        SnapshotImage image;
        REQUIRE(RenderPlannedSnapshot(d, OnPaper(Paper::A4, 150), &image, nullptr));
        size_t count = 0;
        for (size_t i = 0; i + 2 < image.Rgb.size(); i += 3)
            count += image.Rgb[i] > 220 && image.Rgb[i + 1] < 40 && image.Rgb[i + 2] > 220;
        return count;
    };
    const size_t without = magenta_pixels(doc);
    doc.Personas.at(0).Photo = photo;
    const size_t with = magenta_pixels(doc);
    CHECK(without == 0);
    // The card's photo square is 150 world units; at A4 150 dpi the map is drawn at about a third.
    CHECK(with > 400);
}
