// Replays the fuzzer's seed corpus and every crash file it ever found through the normal loader,
// with the same property the fuzz target checks (tests/fuzz/load_check.h). Always built; no
// clang needed.
#include "../fuzz/load_check.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

static std::vector<fs::path> FilesIn(const std::string& folder)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file() && entry.path().extension() != ".md" && entry.path().extension() != ".py")
            files.push_back(entry.path());
    return files;
}

static std::string ReadAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST_CASE("the fuzz seed corpus and every crash file keep the load property", "[fuzz]")
{
    const std::string source = JB_SOURCE_DIR;
    size_t replayed = 0;
    for (const char* folder : {"/assets/maps", "/tests/data/bad", "/tests/data/compat", "/tests/fuzz/crashes", "/tests/fuzz/seeds"})
        for (const fs::path& file : FilesIn(source + folder))
        {
            CAPTURE(file.string());
            CHECK(CheckLoadProperty(ReadAll(file)) == "");
            replayed++;
        }
    CHECK(replayed >= 80 + 3 + 3 + 1); // bad files, compat files, shipped maps, at least one crash file
}

TEST_CASE("the load property holds for edge inputs", "[fuzz]")
{
    // The property itself must be able to fail: a refused file passes, a good one passes, and
    // the kind of input the fuzzer once broke the saver with passes now.
    CHECK(CheckLoadProperty("") == "");
    CHECK(CheckLoadProperty("{\"schema\": 1, \"situations\": [{\"kind\": \"current\"}]}") == "");
    CHECK(CheckLoadProperty("{\"schema\": 1, \"x\": \"\\udc00\", \"situations\": [{\"kind\": \"current\"}]}") == "");
}
