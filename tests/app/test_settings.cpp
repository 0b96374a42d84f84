// Settings remembered between runs: recent maps and the language, and defaults from a broken file.
#include "app_test_helpers.h"
#include "session/settings.h"

#include "../temp_folder.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>

TEST_CASE("settings are remembered, and a broken settings file gives the defaults", "[settings]")
{
    TempFolder folder;
    test::EnvGuard config("XDG_CONFIG_HOME", folder.Path.c_str());
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
}
