// The maps in assets/maps/ are generated from core/example.cpp, the single source of their
// content. This test fails when they drift apart; run it with JB_REGENERATE_ASSETS=1 to write
// them again after changing the code.
#include "example.h"
#include "file_json.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using test::ReadAll;

static void CheckShipped(const std::string& name, const Document& doc)
{
    const std::string path = std::string(JB_SOURCE_DIR) + "/assets/maps/" + name;
    const std::string expected = SaveDocumentToString(doc);
    if (std::getenv("JB_REGENERATE_ASSETS"))
        REQUIRE(SaveDocumentToFile(path, doc).Ok);
    INFO(path << " differs from the code: run the tests with JB_REGENERATE_ASSETS=1 to regenerate it");
    CHECK(ReadAll(path) == expected);
    Document loaded;
    CHECK(LoadDocumentFromFile(path, &loaded).Ok);
}

TEST_CASE("shipped maps match the code that makes them", "[assets]")
{
    CheckShipped("hartfalen-voorbeeld.cjm.json", MakeExampleDocument());
    CheckShipped("leeg-format.cjm.json", MakeBlankDocument(true));
    CheckShipped("blank-format.cjm.json", MakeBlankDocument(false));
}
