// Paper sizes at a dpi, and the `export` command's arguments.
#include "export_options.h"

#include <catch2/catch.hpp>

TEST_CASE("paper sizes give the pixels printers expect", "[export]")
{
    int w = 0, h = 0;
    PaperPixels(Paper::A3, 300, false, &w, &h);
    CHECK(w == 4961);
    CHECK(h == 3508);
    PaperPixels(Paper::A3, 300, true, &w, &h);
    CHECK(w == 3508);
    CHECK(h == 4961);
    PaperPixels(Paper::A4, 150, false, &w, &h);
    CHECK(w == 1754);
    CHECK(h == 1240);
    PaperPixels(Paper::A4, 300, true, &w, &h);
    CHECK(w == 2480);
    CHECK(h == 3508);
    PaperPixels(Paper::A2, 300, false, &w, &h);
    CHECK(w == 7016);
    CHECK(h == 4961);
    PaperPixels(Paper::A1, 600, false, &w, &h);
    CHECK(w == 19866);
    CHECK(h == 14031);
    PaperPixels(Paper::A0, 72, false, &w, &h);
    CHECK(w == 3370);
    CHECK(h == 2384);
    // Each size up is the previous one doubled in area: its short side is the previous long side.
    for (Paper p : {Paper::A4, Paper::A3, Paper::A2, Paper::A1})
    {
        int small_w = 0, small_h = 0, big_w = 0, big_h = 0;
        PaperMillimetres(p, &small_w, &small_h);
        PaperMillimetres((Paper)((int)p + 1), &big_w, &big_h);
        CHECK(big_w == small_h);
    }
}

TEST_CASE("paper names read both ways", "[export]")
{
    Paper p = Paper::A4;
    CHECK(PaperFromName("a1", &p));
    CHECK(p == Paper::A1);
    CHECK(PaperFromName("A0", &p));
    CHECK(std::string(PaperName(p)) == "A0");
    CHECK_FALSE(PaperFromName("A5", &p));
    CHECK_FALSE(PaperFromName("Letter", &p));
}

TEST_CASE("the export command's arguments", "[export]")
{
    ExportCommand c;
    REQUIRE(ParseExportArguments({"map.cjm.json", "-o", "out.png"}, &c));
    CHECK(c.Input == "map.cjm.json");
    CHECK(c.Output == "out.png");
    CHECK(c.Settings.UsePaper);
    CHECK(c.Settings.PaperSize == Paper::A3);
    CHECK(c.Settings.Dpi == 300);
    CHECK_FALSE(c.Settings.Portrait);
    CHECK(c.Settings.Situations == ExportSituations::Current);
    CHECK_FALSE(c.Settings.Date.empty());

    REQUIRE(ParseExportArguments({"--paper", "A1", "--dpi", "600", "--portrait", "--situation", "both", "m.png", "-o", "x.png"}, &c));
    CHECK(c.Settings.PaperSize == Paper::A1);
    CHECK(c.Settings.Dpi == 600);
    CHECK(c.Settings.Portrait);
    CHECK(c.Settings.Situations == ExportSituations::Both);
    CHECK(c.Input == "m.png");

    REQUIRE(ParseExportArguments({"m", "-o", "x.png", "--scale", "3"}, &c));
    CHECK_FALSE(c.Settings.UsePaper);
    CHECK(c.Settings.Scale == 3);

    // Refused, each with a reason in both languages.
    const std::vector<std::vector<std::string>> bad = {
        {"-o", "x.png"},                              // no map
        {"m"},                                        // no output
        {"m", "-o"},                                  // -o without a value
        {"m", "-o", "x.png", "--paper", "A5"},
        {"m", "-o", "x.png", "--dpi", "20"},
        {"m", "-o", "x.png", "--dpi", "300dpi"},
        {"m", "-o", "x.png", "--scale", "5"},
        {"m", "-o", "x.png", "--scale", "2", "--paper", "A4"},
        {"m", "-o", "x.png", "--situation", "future"},
        {"m", "n", "-o", "x.png"},
        {"m", "-o", "x.png", "--colour"},
    };
    for (const auto& args : bad)
    {
        CAPTURE(args);
        const Status st = ParseExportArguments(args, &c);
        CHECK_FALSE(st.Ok);
        CHECK_FALSE(st.Message.empty());
        CHECK_FALSE(st.MessageNl.empty());
    }
}
