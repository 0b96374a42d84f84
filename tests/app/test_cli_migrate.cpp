// `journeyboard migrate FILE [-o OUT]` run as users and scripts run it: the real binary, its
// output and exit code, and the files on disk.
#include "file_json.h"
#include "migrate.h"

#include "../temp_folder.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

using test::ReadAll;

namespace fs = std::filesystem;

namespace
{
using Run = test::CommandRun;

Run Migrate(const std::string& args) { return test::RunCommandLine(std::string(JB_BINARY) + " migrate " + args + " 2>&1"); }

std::string Q(const std::string& path) { return "'" + path + "'"; }
} // namespace

TEST_CASE("migrate rewrites an older file in place, keeping the original once", "[cli][versions]")
{
    TempFolder dir;
    const std::string path = dir.Path + "/oud.cjm.json";
    fs::copy_file(std::string(JB_TEST_DATA) + "/compat/schema0.cjm.json", path);
    const std::string original = ReadAll(path);

    Run run = Migrate(Q(path));
    INFO(run.Output);
    CHECK(run.Code == 0);
    CHECK(run.Output.rfind("ok: ", 0) == 0);
    CHECK(run.Output.find("from file version 0 to " + std::to_string(CurrentSchema)) != std::string::npos);
    CHECK(ReadAll(MigratedOriginalPath(path, 0)) == original);
    Document doc;
    REQUIRE(LoadDocumentFromFile(path, &doc).Ok);
    CHECK(doc.Schema == CurrentSchema);
    CHECK(doc.Situations[0].Lanes.size() == 8);

    // Again: already current, rewritten byte for byte the same; the kept original stays.
    const std::string migrated = ReadAll(path);
    Run again = Migrate(Q(path));
    CHECK(again.Code == 0);
    CHECK(again.Output.find("already file version " + std::to_string(CurrentSchema)) != std::string::npos);
    CHECK(ReadAll(path) == migrated);
    CHECK(ReadAll(MigratedOriginalPath(path, 0)) == original);
}

TEST_CASE("migrate -o writes elsewhere and leaves the original alone", "[cli][versions]")
{
    TempFolder dir;
    const std::string path = dir.Path + "/oud.cjm.json";
    fs::copy_file(std::string(JB_TEST_DATA) + "/compat/schema0.cjm.json", path);
    const std::string original = ReadAll(path);
    Run run = Migrate(Q(path) + " -o " + Q(dir.Path + "/nieuw.cjm.json"));
    CHECK(run.Code == 0);
    CHECK(ReadAll(path) == original);
    CHECK_FALSE(fs::exists(MigratedOriginalPath(path, 0)));
    Document doc;
    REQUIRE(LoadDocumentFromFile(dir.Path + "/nieuw.cjm.json", &doc).Ok);
    CHECK(doc.Schema == CurrentSchema);
}

TEST_CASE("migrate fails with error: and a non-zero code, touching nothing", "[cli][versions]")
{
    TempFolder dir;
    const std::string newer = dir.Path + "/nieuwer.cjm.json";
    fs::copy_file(std::string(JB_TEST_DATA) + "/compat/schema99_newer.cjm.json", newer);
    const std::string newer_bytes = ReadAll(newer);
    Run run = Migrate(Q(newer));
    CHECK(run.Code == 1);
    CHECK(run.Output.rfind("error: ", 0) == 0);
    CHECK(run.Output.find("only moves files forward") != std::string::npos);
    CHECK(ReadAll(newer) == newer_bytes);

    const std::string old = dir.Path + "/oud.cjm.json";
    fs::copy_file(std::string(JB_TEST_DATA) + "/compat/schema0.cjm.json", old);
    const std::string old_bytes = ReadAll(old);
    Run gone = Migrate(Q(old) + " -o " + Q(dir.Path + "/bestaat-niet/uit.cjm.json"));
    CHECK(gone.Code == 1);
    CHECK(gone.Output.find("error: The folder") == 0);
    CHECK(ReadAll(old) == old_bytes);

    Run bad = Migrate(Q(std::string(JB_TEST_DATA) + "/bad/score_7.cjm.json") + " -o " + Q(dir.Path + "/x.cjm.json"));
    CHECK(bad.Code == 1);
    CHECK(bad.Output.find("error: situations[0].moments[0].patient.score: 7 is outside -2..+2") == 0);
    CHECK_FALSE(fs::exists(dir.Path + "/x.cjm.json"));

    CHECK(Migrate("").Code == 2);
    CHECK(Migrate(Q(old) + " -o").Code == 2);
    CHECK(Migrate(Q(old) + " " + Q(old)).Code == 2);
    CHECK(ReadAll(old) == old_bytes);
    // Nothing else was left in the folder (no temp files).
    size_t files = 0;
    for (const auto& entry : fs::directory_iterator(dir.Path))
        files += entry.is_regular_file();
    CHECK(files == 2);
}
