// A recent file with a 90,000-character path (the settings file is the user's to edit) keeps the
// start screen on the screen (issue #11, item 10): names are shortened in the middle with "…".
#include "app_test_helpers.h"
#include "paths.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("ShortenMiddle keeps start and end, never splits a character", "[paths]")
{
    CHECK(ShortenMiddle("kaart.cjm.json", 14) == "kaart.cjm.json");
    CHECK(ShortenMiddle("kaart.cjm.json", 40) == "kaart.cjm.json");
    const std::string shortened = ShortenMiddle("/home/verpleegkundige/workshop.cjm.json", 21);
    CHECK(shortened == "/home/verp\xE2\x80\xA6p.cjm.json"); // 10 + 1 + 10 characters
    // "é" is two bytes: counted as one character, kept whole.
    const std::string accents = ShortenMiddle("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 5);
    CHECK(accents == "\xC3\xA9\xC3\xA9\xE2\x80\xA6\xC3\xA9\xC3\xA9");
    const std::string huge = "/" + std::string(90000, 'm') + "/workshop.cjm.json";
    const std::string cut = ShortenMiddle(huge, 60);
    CHECK(cut.size() == 59 + 3);
    CHECK(cut.rfind("/mmm", 0) == 0);
    CHECK(cut.find("/workshop.cjm.json") == cut.size() - 18);
}

TEST_CASE("a 90,000-character recent file keeps the start screen on the screen", "[paths][method]")
{
    test::HeadlessApp h;
    AppState& app = h.App;
    const std::string long_name = std::string(45000, 'w') + ".cjm.json";
    app.Prefs.RecentFiles = {"/home/verpleegkundige/" + std::string(45000, 'd') + "/" + long_name,
                             "/home/verpleegkundige/kaart.cjm.json"};
    app.MainView.StartScreenOpen = true;
    test::Frames(app, 4);
    const ImGuiWindow* start = ImGui::FindWindowByName("###start_screen");
    REQUIRE(start);
    REQUIRE(start->WasActive);
    INFO("start screen at x " << start->Pos.x << ", " << start->Size.x << " wide");
    CHECK(start->Size.x < 1000.0f);
    CHECK(start->Pos.x >= 0.0f);
    CHECK(start->Pos.x + start->Size.x <= 1920.0f);
}
