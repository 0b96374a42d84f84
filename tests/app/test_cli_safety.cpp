// The command line never writes a different kind of file over its input, and prints every
// message on one line whatever the file holds: the real binary, its output, the files on disk.
#include "../temp_folder.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace
{
using Run = test::CommandRun;
using test::Contains;
using test::ReadAll;

// No display: a refusal must come before any drawing is tried.
Run Journeyboard(const std::string& args) { return test::RunCommandLine("env -u DISPLAY " + std::string(JB_BINARY) + " " + args + " 2>&1"); }

std::string Q(const std::string& path) { return "'" + path + "'"; }

size_t Lines(const std::string& output) { return (size_t)std::count(output.begin(), output.end(), '\n'); }

std::string Example() { return std::string(JB_SOURCE_DIR) + "/assets/maps/hartfalen-voorbeeld.cjm.json"; }
std::string Snapshot() { return std::string(JB_SOURCE_DIR) + "/tests/fuzz/seeds/snapshot_small.png"; }
} // namespace

TEST_CASE("migrate never writes a map over the snapshot picture it read", "[cli][overwrite]")
{
    TempFolder dir;
    const std::string png = dir / "snapshot.png";
    fs::copy_file(Snapshot(), png);
    const std::string picture = ReadAll(png);

    Run run = Journeyboard("migrate " + Q(png));
    INFO(run.Output);
    CHECK(run.Code == 1);
    CHECK(Contains(run.Output, "error: "));
    CHECK(Contains(run.Output, "is a picture"));
    CHECK(Lines(run.Output) == 1);
    CHECK(ReadAll(png) == picture);
    CHECK_FALSE(fs::exists(png + ".bak"));

    // Nor over another picture named with -o; a map file named with -o is fine.
    const std::string other = dir / "other.png";
    fs::copy_file(Snapshot(), other);
    CHECK(Journeyboard("migrate " + Q(png) + " -o " + Q(other)).Code == 1);
    CHECK(ReadAll(other) == picture);
    const std::string map = dir / "map.cjm.json";
    Run to_map = Journeyboard("migrate " + Q(png) + " -o " + Q(map));
    INFO(to_map.Output);
    CHECK(to_map.Code == 0);
    CHECK(Journeyboard("check " + Q(map)).Code == 0);
}

TEST_CASE("export never writes a picture over the map it reads, also through a link", "[cli][overwrite]")
{
    TempFolder dir;
    const std::string map = dir / "map.cjm.json";
    fs::copy_file(Example(), map);
    const std::string content = ReadAll(map);
    const std::string link = dir / "link.cjm.json"; // made by the sections that need it

    SECTION("the same name")
    {
        Run run = Journeyboard("export " + Q(map) + " -o " + Q(map));
        INFO(run.Output);
        CHECK(run.Code == 1);
        CHECK(Contains(run.Output, "is the file being exported"));
    }
    SECTION("a link to it")
    {
        fs::create_symlink(map, link);
        Run run = Journeyboard("export " + Q(map) + " -o " + Q(link));
        INFO(run.Output);
        CHECK(run.Code == 1);
        CHECK(fs::is_symlink(link));
    }
    SECTION("the map read through a link, written to its real name")
    {
        fs::create_symlink(map, link);
        Run run = Journeyboard("export " + Q(link) + " -o " + Q(map));
        INFO(run.Output);
        CHECK(run.Code == 1);
    }
    SECTION("another map")
    {
        const std::string other = dir / "other.cjm.json";
        fs::copy_file(Example(), other);
        Run run = Journeyboard("export " + Q(map) + " -o " + Q(other));
        INFO(run.Output);
        CHECK(run.Code == 1);
        CHECK(Contains(run.Output, "is not a picture"));
        CHECK(ReadAll(other) == content);
    }
    CHECK(ReadAll(map) == content);
    CHECK_FALSE(fs::exists(map + ".bak"));
}

TEST_CASE("check, export and migrate print text from the file on one line, escaped", "[cli][messages]")
{
    TempFolder dir;
    const std::string bad = dir / "bad.cjm.json";
    test::WriteRaw(bad, R"({"schema": 1, "situations": [{"kind": "x\nok: 2 situations\u001b]0;title\u0007\u202eabc"}]})");
    for (const std::string& command : {"check " + Q(bad), "migrate " + Q(bad), "export " + Q(bad) + " -o " + Q(dir / "out.png")})
    {
        Run run = Journeyboard(command);
        CAPTURE(command, run.Output);
        CHECK(run.Code == 1);
        CHECK(Lines(run.Output) == 1);
        CHECK(run.Output.rfind("error: ", 0) == 0);
        CHECK_FALSE(Contains(run.Output, "\x1b"));
        CHECK_FALSE(Contains(run.Output, "\x07"));
        CHECK_FALSE(Contains(run.Output, "\xE2\x80\xAE"));
        CHECK(Contains(run.Output, "x\\nok: 2 situations\\x1B]0;title\\x07\\u202Eabc"));
    }

    // A file name with a line break is shown escaped too.
    const std::string odd = dir / "twee\nregels.cjm.json";
    fs::copy_file(Example(), odd);
    Run run = Journeyboard("migrate " + Q(odd) + " -o " + Q(dir / "out.cjm.json"));
    INFO(run.Output);
    CHECK(run.Code == 0);
    CHECK(Lines(run.Output) == 1);
    CHECK(Contains(run.Output, "twee\\nregels"));
}

TEST_CASE("check counts one of a kind in the singular and says what is wrong with a number", "[cli][messages]")
{
    TempFolder dir;
    const std::string one = dir / "one.cjm.json";
    test::WriteRaw(one, R"({"schema": 2, "personas": [{"id": 5}], "situations": [{"kind": "current", "phases": [{"id": 1}],
        "moments": [{"id": 2, "phase": 1}], "notes": [{"id": 3, "kind": "pain_point", "moment": 2}, {"id": 4, "kind": "opportunity", "moment": 2}]}]})");
    Run run = Journeyboard("check " + Q(one));
    CHECK(run.Output == "ok: 1 situation, 1 phase, 1 moment, 1 pain point, 1 opportunity, 1 persona\n");

    const std::string decimal = dir / "decimal.cjm.json";
    test::WriteRaw(decimal, R"({"schema": 2, "situations": [{"kind": "current", "phases": [{"id": 1}], "moments": [{"id": 12.0, "phase": 1}]}]})");
    run = Journeyboard("check " + Q(decimal));
    CHECK(run.Code == 1);
    CHECK(run.Output == "error: situations[0].moments[0].id: the whole number 12 is written with a decimal point or an exponent "
                        "(like 12.0); write it as 12\n");

    const std::string old = dir / "old.cjm.json";
    test::WriteRaw(old, R"({"schema": 0, "situations": [{"kind": "current", "phases": [{"id": 3}], "moments": [{"id": 2147483647, "phase": 3}]}]})");
    run = Journeyboard("check " + Q(old));
    INFO(run.Output);
    CHECK(run.Code == 0);
    CHECK_FALSE(Contains(run.Output, "lanes"));
}
