// The file name Save proposes from the map's title, and the extension added to a typed name.
#include "file_names.h"

#include <catch2/catch.hpp>

TEST_CASE("Save proposes a file name from the map's title", "[files]")
{
    CHECK(MapFileNameFromTitle("Hartfalen thuis", "kaart") == "Hartfalen thuis.cjm.json");
    CHECK(MapFileNameFromTitle("Zorgpad: ontslag/opname?", "kaart") == "Zorgpad- ontslag-opname-.cjm.json");
    CHECK(MapFileNameFromTitle("  ..Patiëntreis ééndags.  ", "kaart") == "Patiëntreis ééndags.cjm.json");
    CHECK(MapFileNameFromTitle("Regel één\nregel twee", "kaart") == "Regel één regel twee.cjm.json");
    CHECK(MapFileNameFromTitle("", "kaart") == "kaart.cjm.json");
    CHECK(MapFileNameFromTitle(" / ", "map") == "-.cjm.json");
    CHECK(MapFileNameFromTitle("...", "map") == "map.cjm.json");
    // A long title is cut at a character boundary, never inside "ë".
    std::string long_title;
    for (int i = 0; i < 60; i++)
        long_title += "ë";
    const std::string name = MapFileNameFromTitle(long_title, "kaart");
    CHECK(name.size() <= 80 + 9);
    CHECK(name == std::string(long_title, 0, 80) + ".cjm.json");
}

TEST_CASE("A typed name without the extension gets .cjm.json", "[files]")
{
    CHECK(WithMapExtension("/home/ria/zorgpad") == "/home/ria/zorgpad.cjm.json");
    CHECK(WithMapExtension("/home/ria/zorgpad.cjm.json") == "/home/ria/zorgpad.cjm.json");
    CHECK(WithMapExtension("/home/ria/Zorgpad.CJM.JSON") == "/home/ria/Zorgpad.CJM.JSON");
    CHECK(WithMapExtension("/home/ria/zorgpad.cjm") == "/home/ria/zorgpad.cjm.json");
    CHECK(WithMapExtension("/home/ria/v1.2 zorgpad") == "/home/ria/v1.2 zorgpad.cjm.json");
    CHECK(WithMapExtension("") == "");
}
