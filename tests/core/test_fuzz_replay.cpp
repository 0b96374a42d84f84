// Replays the fuzzer's seed corpus and every crash file it ever found through the normal loader,
// with the same property the fuzz target checks (tests/fuzz/load_check.h). Always built; no
// clang needed.
#include "../fuzz/load_check.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using test::ReadAll;

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

TEST_CASE("the fuzz seed corpus and every crash file keep the load property", "[fuzz]")
{
    const std::string source = JB_SOURCE_DIR;
    size_t replayed = 0, refused = 0, accepted = 0;
    for (const char* folder : {"/assets/maps", "/tests/data/bad", "/tests/data/compat", "/tests/fuzz/crashes", "/tests/fuzz/seeds"})
        for (const fs::path& file : FilesIn(source + folder))
        {
            CAPTURE(file.string());
            LoadOutcome outcome = LoadOutcome::Refused;
            CHECK(CheckLoadProperty(ReadAll(file), LoadFunctions(), &outcome) == "");
            replayed++;
            (outcome == LoadOutcome::Refused ? refused : accepted)++;
            // The bad files are refused and the shipped maps load: the property was really checked
            // on both paths, not passed by a loader that refuses (or accepts) everything.
            if (std::string(folder) == "/tests/data/bad")
                CHECK(outcome == LoadOutcome::Refused);
            if (std::string(folder) == "/assets/maps")
                CHECK(outcome == LoadOutcome::Accepted);
        }
    CHECK(replayed >= 80 + 3 + 3 + 1); // bad files, compat files, shipped maps, at least one crash file
    CHECK(refused >= 80);
    CHECK(accepted >= 3 + 3);
}

namespace
{
// Loaders and savers each broken in one way the property must catch.
Status RefuseWithoutMessage(const std::string&, Document*) { return Status::Error("", ""); }
Status RefuseAfterTouching(const std::string&, Document* out)
{
    out->Title = "half-loaded";
    return Status::Error("refused", "geweigerd");
}
Status AcceptInvalid(const std::string& json, Document* out)
{
    const Status st = LoadDocumentFromString(json, out);
    if (st.Ok && !out->Situations.empty())
        out->Situations.push_back(out->Situations.front()); // two situations with the same ids
    return st;
}
std::string SaveForgettingTitle(const Document& doc)
{
    Document copy = doc;
    copy.Title += "x"; // every save changes what it writes
    return SaveDocumentToString(copy);
}
} // namespace

TEST_CASE("the load property catches a broken loader or saver", "[fuzz]")
{
    const std::string map = ReadAll(std::string(JB_SOURCE_DIR) + "/assets/maps/hartfalen-voorbeeld.cjm.json");
    REQUIRE(!map.empty());
    REQUIRE(CheckLoadProperty(map) == "");
    LoadFunctions f;
    f.Load = RefuseWithoutMessage;
    CHECK(CheckLoadProperty(map, f) == "refused without a message");
    f.Load = RefuseAfterTouching;
    CHECK(CheckLoadProperty(map, f).rfind("a refused load changed the document", 0) == 0);
    f.Load = AcceptInvalid;
    CHECK(CheckLoadProperty(map, f).rfind("accepted a map that does not validate", 0) == 0);
    f = LoadFunctions();
    f.Save = SaveForgettingTitle;
    CHECK(CheckLoadProperty(map, f) == "saving what we loaded from our own save gives other bytes");
}

TEST_CASE("the load property holds for edge inputs", "[fuzz]")
{
    // The property itself must be able to fail: a refused file passes, a good one passes, and
    // the kind of input the fuzzer once broke the saver with passes now.
    CHECK(CheckLoadProperty("") == "");
    CHECK(CheckLoadProperty("{\"schema\": 1, \"situations\": [{\"kind\": \"current\"}]}") == "");
    CHECK(CheckLoadProperty("{\"schema\": 1, \"x\": \"\\udc00\", \"situations\": [{\"kind\": \"current\"}]}") == "");
}

#include "../fuzz/edit_check.h"

TEST_CASE("the fuzz corpus keeps the edits-after-load property", "[fuzz][edit]")
{
    // Every file: loaded (or the example, the file's bytes choosing the edits), edited, saved, loaded.
    const std::string source = JB_SOURCE_DIR;
    size_t replayed = 0, changed_maps = 0;
    for (const char* folder : {"/assets/maps", "/tests/data/bad", "/tests/data/compat", "/tests/fuzz/crashes", "/tests/fuzz/seeds"})
        for (const fs::path& file : FilesIn(source + folder))
        {
            CAPTURE(file.string());
            bool changed = false;
            CHECK(CheckEditProperty(ReadAll(file), &changed) == "");
            replayed++;
            changed_maps += changed;
        }
    CHECK(replayed >= 80);
    CHECK(changed_maps >= replayed / 2); // the edits really happened, not refused one and all
    // Scripts written to reach the edges: long texts, NaN and huge numbers, ids that do not exist.
    std::string script;
    for (int i = 0; i < 4000; i++)
        script += (char)((i * 7919) % 251);
    bool changed = false;
    CHECK(CheckEditProperty(script, &changed) == "");
    CHECK(changed);
    CHECK(CheckEditProperty(std::string(3000, '\xff')) == "");
    CHECK(CheckEditProperty(std::string(3000, '\x17')) == "");
}
