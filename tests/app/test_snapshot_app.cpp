// Snapshots in the app without a GL context (headless frames): a snapshot PNG opens as an
// unsaved map that never saves over the picture, and F12 without OpenGL is a message, not an abort.
#include "session/app_state.h"
#include "example.h"
#include "file_json.h"
#include "host/headless.h"
#include "input/keys.h"
#include "png_meta.h"
#include "export/snapshot.h"
#include "export/snapshot_job.h"

#include <imgui.h>

#include "../temp_folder.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace
{
// A 1x1 PNG (stored deflate) carrying `json` the way snapshots do.
std::string PngWithMap(const std::string& json)
{
    auto u32 = [](std::string* out, uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8)
            out->push_back((char)((v >> shift) & 0xFF));
    };
    auto chunk = [&](const char* type, const std::string& data) {
        std::string out, body = std::string(type, 4) + data;
        u32(&out, (uint32_t)data.size());
        out += body;
        u32(&out, PngCrc32(body.data(), body.size()));
        return out;
    };
    std::string ihdr;
    u32(&ihdr, 1);
    u32(&ihdr, 1);
    ihdr += std::string("\x08\x00\x00\x00\x00", 5);
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) +
                            chunk("IDAT", std::string("\x78\x01\x01\x02\x00\xfd\xff\x00\x80\x00\x83\x00\x81", 13)) + chunk("IEND", "");
    std::string out;
    REQUIRE(AddSnapshotChunks(png, json, 300.0, &out));
    return out;
}
} // namespace

TEST_CASE("opening a snapshot PNG gives the map, unsaved, under a map name", "[app][snapshot]")
{
    TempFolder dir;
    const std::string path = dir.Path + "/werksessie.png";
    const std::string json = SaveDocumentToString(MakeExampleDocument());
    std::ofstream(path, std::ios::binary) << PngWithMap(json);

    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1280.0f, 800.0f);
    REQUIRE(OpenDocumentFile(app, path));
    CHECK(SaveDocumentToString(app.Session.Doc) == json);
    CHECK(app.Session.Path.empty()); // Save asks where: JSON never goes over the picture
    CHECK(app.Session.DisplayName == "werksessie.cjm.json");
    CHECK(app.StatusText.find("snapshot") != std::string::npos);
    BuildHeadlessFrame(app);

    // A picture without a map: the error dialog, and the open map stays.
    const std::string plain = dir.Path + "/photo.png";
    std::string no_map = PngWithMap("{}");
    no_map.replace(no_map.find("iTXt"), 4, "tEXt"); // someone else's text chunk now (its CRC no longer matters to us)
    std::ofstream(plain, std::ios::binary) << no_map;
    CHECK_FALSE(OpenDocumentFile(app, plain));
    CHECK(app.ErrorText.find("does not contain a JourneyBoard map") != std::string::npos);
    CHECK(SaveDocumentToString(app.Session.Doc) == json);
    DestroyHeadlessContext(ctx);
}

TEST_CASE("F12 without OpenGL says so instead of aborting", "[app][snapshot]")
{
    TempFolder dir;
    const char* old_home = std::getenv("HOME");
    const std::string saved_home = old_home ? old_home : "";
    ::setenv("HOME", dir.Path.c_str(), 1);
    ::unsetenv("XDG_PICTURES_DIR");
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1280.0f, 800.0f);
    OpenExample(app);
    BuildHeadlessFrame(app);
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[Key_F12] = true;
    BuildHeadlessFrame(app);
    io.KeysDown[Key_F12] = false;
    BuildHeadlessFrame(app);
    ::setenv("HOME", saved_home.c_str(), 1);
    CHECK_FALSE(SnapshotRunning(app));
    CHECK(app.ErrorText.find("OpenGL") != std::string::npos);
    CHECK(fs::is_directory(dir.Path + "/Pictures")); // the folder was prepared; no picture in it
    CHECK(fs::is_empty(dir.Path + "/Pictures"));
    DestroyHeadlessContext(ctx);
}

TEST_CASE("a snapshot of what the canvas shows is that view, N times the pixels", "[app][snapshot]")
{
    const Document doc = MakeExampleDocument();
    View canvas;
    canvas.Zoom = 0.5f;
    canvas.OriginScreen = {-300.0f, 120.0f};
    const Rect canvas_screen = {{0.0f, 40.0f}, {1380.0f, 1020.0f}};
    const Rect view_world = ScreenToWorld(canvas, canvas_screen);
    ExportSettings settings;
    settings.CurrentViewOnly = true;
    settings.UsePaper = false;
    settings.Scale = 2;
    SnapshotPlan plan;
    REQUIRE(PlanSnapshot(doc, settings, view_world, {canvas_screen.Width(), canvas_screen.Height()}, &plan));
    CHECK(plan.Width == 2760);
    CHECK(plan.Height == 1960);
    CHECK(plan.Zoom == Approx(1.0f));
    REQUIRE(plan.Parts.size() == 1);
    // The view's top-left corner is the picture's top-left corner.
    const Vec2 corner = WorldToScreen(plan.Parts[0].ViewTransform, view_world.Min);
    CHECK(corner.x == Approx(0.0f).margin(0.01));
    CHECK(corner.y == Approx(0.0f).margin(0.01));
    CHECK(plan.Options.SelectedMoments == nullptr); // never a selection in a picture

    // On paper the same view is fitted inside the margins.
    settings.UsePaper = true;
    REQUIRE(PlanSnapshot(doc, settings, view_world, {canvas_screen.Width(), canvas_screen.Height()}, &plan));
    CHECK(plan.Width == 4961);
    const Rect placed = WorldToScreen(plan.Parts[0].ViewTransform, view_world);
    CHECK(placed.Min.x >= 118.0f - 0.5f); // 10 mm at 300 dpi
    CHECK(placed.Max.x <= 4961.0f - 118.0f + 0.5f);
    CHECK(placed.Min.y >= 118.0f - 0.5f);
    CHECK(placed.Max.y <= 3508.0f - 118.0f + 0.5f);
}
