// Every UI string exists in both languages: each Tr("key") written anywhere in app/ has an entry in
// the string table, and so do the persona format's field names and explanations. A key missing
// from the table fails here instead of showing up on the projector as "persona.hint.x".
#include "app_test_helpers.h"
#include "text/i18n.h"
#include "render/persona_fields.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <dirent.h>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

static void ListSources(const std::string& folder, std::vector<std::string>* out)
{
    DIR* dir = opendir(folder.c_str());
    if (!dir)
        return;
    while (dirent* entry = readdir(dir))
    {
        const std::string name = entry->d_name;
        if (name == "." || name == "..")
            continue;
        const std::string path = folder + "/" + name;
        if (entry->d_type == DT_DIR)
            ListSources(path, out);
        else if (name.size() > 4 && (name.compare(name.size() - 4, 4, ".cpp") == 0 || name.compare(name.size() - 2, 2, ".h") == 0))
            out->push_back(path);
    }
    closedir(dir);
}

static std::set<std::string> TableKeys()
{
    int count = 0;
    const StringEntry* table = StringTable(&count);
    std::set<std::string> keys;
    for (int i = 0; i < count; i++)
        keys.insert(table[i].Key);
    return keys;
}

TEST_CASE("every Tr(\"key\") in app/ is in the string table", "[i18n]")
{
    std::vector<std::string> files;
    ListSources(std::string(JB_SOURCE_DIR) + "/app", &files);
    REQUIRE(files.size() > 10);
    const std::set<std::string> keys = TableKeys();
    const std::regex literal_key(R"(\bTr\(\s*"([^"]+)\"\s*\))");
    int found = 0;
    for (const std::string& path : files)
    {
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), literal_key), end; it != end; ++it)
        {
            const std::string key = (*it)[1];
            INFO(path << ": Tr(\"" << key << "\")");
            CHECK(keys.count(key) == 1);
            found++;
        }
    }
    CHECK(found > 100); // the scan really finds the UI's strings
}

TEST_CASE("the persona format's names and explanations are in both languages", "[i18n][persona]")
{
    const std::set<std::string> keys = TableKeys();
    int count = 0;
    const PersonaFieldInfo* fields = PersonaTextFields(&count);
    CHECK(count == 11); // the persona format's text fields after name, age, photo and the marker
    std::set<int> seen;
    for (int i = 0; i < count; i++)
    {
        INFO(fields[i].LabelKey);
        CHECK(keys.count(fields[i].LabelKey) == 1);
        CHECK(keys.count(fields[i].HintKey) == 1);
        CHECK(seen.insert((int)fields[i].Field).second);
    }
    for (const char* key : {"persona.field.name", "persona.field.age", "persona.field.photo", "persona.field.real", "persona.hint.name",
                            "persona.hint.age", "persona.hint.photo", "persona.hint.real"})
        CHECK(keys.count(key) == 1);
    // Name plus the eleven text fields cover every PersonaField.
    CHECK(count + 1 == (int)PersonaField::Count);
    SetLanguage(Language::Dutch);
    CHECK(std::string(Tr("persona.field.literacy")) == "Gezondheidsvaardigheden");
    SetLanguage(Language::English);
    CHECK(std::string(Tr("persona.field.literacy")) == "Health literacy");
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
    test::LanguageGuard language;
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
    test::EnvGuard lc_all("LC_ALL", ""), lc_messages("LC_MESSAGES", ""), lang("LANG", "nl_NL.UTF-8");
    CHECK(LanguageFromEnvironment() == Language::Dutch);
    setenv("LANG", "en_GB.UTF-8", 1);
    CHECK(LanguageFromEnvironment() == Language::English);
    setenv("LC_ALL", "nl_BE.UTF-8", 1);
    CHECK(LanguageFromEnvironment() == Language::Dutch);
}
