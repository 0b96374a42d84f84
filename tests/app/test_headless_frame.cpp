#include "example.h"
#include "host/headless.h"
#include "text/i18n.h"

#include <imgui.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <string>

TEST_CASE("a headless frame of the example draws the map", "[app]")
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    OpenExample(app);
    int vertices = 0;
    for (int i = 0; i < 3; i++)
        vertices = BuildHeadlessFrame(app);
    CHECK(vertices > 5000);
    // The first frame fitted the map into the canvas.
    CHECK(app.MainView.CanvasView.Zoom > 0.1f);
    CHECK(app.MainView.CanvasView.Zoom < 1.0f);
    CHECK(app.MainView.CanvasRect.Width() > 1000.0f);
    DestroyHeadlessContext(ctx);
}

TEST_CASE("the string table has both languages for every key", "[i18n]")
{
    int count = 0;
    const StringEntry* table = StringTable(&count);
    REQUIRE(count > 20);
    std::set<std::string> keys;
    for (int i = 0; i < count; i++)
    {
        INFO(table[i].Key);
        CHECK(keys.insert(table[i].Key).second); // no key twice
        CHECK(table[i].En != nullptr);
        CHECK(table[i].Nl != nullptr);
        CHECK(std::strlen(table[i].En) > 0);
        CHECK(std::strlen(table[i].Nl) > 0);
    }
    // Every interaction type, lane kind and note kind has a translated name.
    SetLanguage(Language::Dutch);
    for (int t = 0; t < (int)InteractionType::Count; t++)
        CHECK(std::strncmp(InteractionTypeName((InteractionType)t), "type.", 5) != 0);
    for (int k = 0; k < (int)LaneKind::Count; k++)
    {
        Lane lane;
        lane.Kind = (LaneKind)k;
        CHECK(std::strncmp(LaneTitle(lane), "lane.", 5) != 0);
    }
    Lane pain_points;
    pain_points.Kind = LaneKind::PainPoints;
    CHECK(std::string(LaneTitle(pain_points)) == "Knelpunten");
    SetLanguage(Language::English);
    CHECK(std::string(LaneTitle(pain_points)) == "Pain points");
}

TEST_CASE("the language follows the locale", "[i18n]")
{
    setenv("LC_ALL", "", 1);
    setenv("LC_MESSAGES", "", 1);
    setenv("LANG", "nl_NL.UTF-8", 1);
    CHECK(LanguageFromEnvironment() == Language::Dutch);
    setenv("LANG", "en_GB.UTF-8", 1);
    CHECK(LanguageFromEnvironment() == Language::English);
    setenv("LC_ALL", "nl_BE.UTF-8", 1);
    CHECK(LanguageFromEnvironment() == Language::Dutch);
    setenv("LC_ALL", "", 1);
}

#include "session/settings.h"

TEST_CASE("settings are remembered, and a broken settings file gives the defaults", "[settings]")
{
    char folder[] = "/tmp/jb-settings-XXXXXX";
    REQUIRE(mkdtemp(folder));
    setenv("XDG_CONFIG_HOME", folder, 1);
    CHECK(LoadSettings().RecentFiles.empty());
    Settings settings;
    settings.Language = "nl";
    for (int i = 0; i < 12; i++)
        AddRecentFile(settings, "/maps/kaart" + std::to_string(i) + ".cjm.json");
    AddRecentFile(settings, "/maps/kaart5.cjm.json"); // opened again: moves to the front, no duplicate
    REQUIRE(SaveSettings(settings).Ok);
    const Settings loaded = LoadSettings();
    CHECK(loaded.Language == "nl");
    REQUIRE(loaded.RecentFiles.size() == MaxRecentFiles);
    CHECK(loaded.RecentFiles[0] == "/maps/kaart5.cjm.json");
    CHECK(loaded.RecentFiles[1] == "/maps/kaart11.cjm.json");
    CHECK(std::count(loaded.RecentFiles.begin(), loaded.RecentFiles.end(), "/maps/kaart5.cjm.json") == 1);
    {
        FILE* f = std::fopen(SettingsPath().c_str(), "w");
        std::fputs("{\"language\": [1, 2", f);
        std::fclose(f);
    }
    CHECK(LoadSettings().Language.empty());
    unsetenv("XDG_CONFIG_HOME");
}
