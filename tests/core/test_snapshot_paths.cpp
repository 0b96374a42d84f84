// Where F12 snapshots go and what they are called.
#include "snapshot_paths.h"

#include <catch2/catch.hpp>

TEST_CASE("live snapshots go beside the map, or to the Pictures folder of an unsaved map", "[snapshot_paths]")
{
    CHECK(SnapshotFolder("/home/ria/kaarten/hf.cjm.json", "/home/ria", "", "") == "/home/ria/kaarten/snapshots");
    CHECK(SnapshotFolder("hf.cjm.json", "/home/ria", "", "") == "./snapshots");
    // Unsaved: $XDG_PICTURES_DIR, then user-dirs.dirs (Dutch desktops call it Afbeeldingen), then ~/Pictures.
    CHECK(SnapshotFolder("", "/home/ria", "/data/foto", "") == "/data/foto");
    const std::string dirs = "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureaublad\"\nXDG_PICTURES_DIR=\"$HOME/Afbeeldingen\"\n";
    CHECK(SnapshotFolder("", "/home/ria", "", dirs) == "/home/ria/Afbeeldingen");
    CHECK(SnapshotFolder("", "/home/ria", "", "XDG_PICTURES_DIR=\"$HOME/\"\n") == "/home/ria/Pictures");
    CHECK(SnapshotFolder("", "/home/ria", "", "") == "/home/ria/Pictures");
    CHECK(SnapshotFolder("", "", "", "") == "./Pictures");
}

TEST_CASE("snapshot file names carry the map's name and the time", "[snapshot_paths]")
{
    std::tm t = {};
    t.tm_year = 2026 - 1900, t.tm_mon = 10, t.tm_mday = 25, t.tm_hour = 14, t.tm_min = 30, t.tm_sec = 5, t.tm_isdst = -1;
    const std::time_t when = std::mktime(&t);
    CHECK(SnapshotFileName("hartfalen-voorbeeld.cjm.json", when) == "hartfalen-voorbeeld-2026-11-25-143005.png");
    CHECK(SnapshotFileName("/x/y/workshop.png", when) == "workshop-2026-11-25-143005.png");
    CHECK(SnapshotFileName("", when) == "kaart-2026-11-25-143005.png");
    CHECK(SnapshotFileName(std::string(300, 'a') + ".cjm.json", when).size() < 255);
}
