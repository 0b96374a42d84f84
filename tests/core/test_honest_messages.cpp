// Messages stay one line whatever a file holds, counts are in the right number, and fields this
// version does not know keep their numbers exactly as written.
#include "file_json.h"
#include "journey.h"
#include "json_text.h"

#include <catch2/catch.hpp>

#include <string>

namespace
{
bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// No byte below 0x20 or DEL, no C1 control, no bidi control or line separator in UTF-8.
bool IsOneHarmlessLine(const std::string& s)
{
    for (size_t i = 0; i < s.size(); i++)
    {
        const unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F)
            return false;
        if (c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9F)
            return false;
        if (c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] >= 0xA8 &&
            (unsigned char)s[i + 2] <= 0xAE)
            return false;
        if (c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x81 && (unsigned char)s[i + 2] >= 0xA6 &&
            (unsigned char)s[i + 2] <= 0xA9)
            return false;
    }
    return true;
}
} // namespace

TEST_CASE("text from a file in a message is one line, its control and bidi characters escaped", "[messages]")
{
    // A situation kind holding a line break, a fake "ok" line, a terminal title sequence and a
    // right-to-left override.
    const std::string json = R"({"schema": 1, "situations": [{"kind": "x\nok: 2 situations\u001b]0;title\u0007\u202eabc"}]})";
    Document doc;
    const Status st = LoadDocumentFromString(json, &doc);
    REQUIRE_FALSE(st.Ok);
    CAPTURE(st.Message);
    CHECK(IsOneHarmlessLine(st.Message));
    CHECK(IsOneHarmlessLine(st.MessageNl));
    CHECK(Contains(st.Message, "\"x\\nok: 2 situations\\x1B]0;title\\x07\\u202Eabc\""));

    // The same for field names this version does not know, repeated.
    const std::string key = R"({"schema": 1, "a\u0085\u2028b": 1, "a\u0085\u2028b": 2, "situations": []})";
    const Status twice = LoadDocumentFromString(key, &doc);
    REQUIRE_FALSE(twice.Ok);
    CAPTURE(twice.Message);
    CHECK(IsOneHarmlessLine(twice.Message));
    CHECK(Contains(twice.Message, "a\\x85\\u2028b"));
}

TEST_CASE("OneLine leaves ordinary text alone and escapes the rest", "[messages]")
{
    CHECK(OneLine("Hartfalenverpleegkundige · €5 — ☺") == "Hartfalenverpleegkundige · €5 — ☺");
    CHECK(OneLine("a\tb\r\nc") == "a\\tb\\r\\nc");
    CHECK(OneLine("\x1b[2J") == "\\x1B[2J");
    CHECK(OneLine("\xE2\x81\xA6x\xE2\x80\x8F") == "\\u2066x\\u200F");
    CHECK(OneLine(std::string("a\xFF") + "b") == "a\\xFFb"); // not UTF-8: shown as the byte
}

TEST_CASE("counts are singular for one", "[messages]")
{
    DocumentCounts one;
    one.Situations = one.Phases = one.Moments = one.PainPoints = one.Opportunities = one.Personas = 1;
    CHECK(FormatCounts(one) == "1 situation, 1 phase, 1 moment, 1 pain point, 1 opportunity, 1 persona");
    DocumentCounts none;
    CHECK(FormatCounts(none) == "0 situations, 0 phases, 0 moments, 0 pain points, 0 opportunities, 0 personas");
}

TEST_CASE("numbers in fields this version does not know keep their text through load and save", "[versions][messages]")
{
    const std::string json = R"({"schema": 1, "weight": 0.30000000000000004, "tiny": 2.2250738585072011e-308,
        "list": [1.0, 1e2, -0, 12345678901234567890123], "nested": {"a": {"b": 0.1e1}},
        "situations": [{"kind": "current", "phases": [{"id": 1, "zoom": 1.10}],
          "moments": [{"id": 2, "phase": 1, "patient": {"score": 1, "confidence": 0.70}}]}]})";
    Document doc;
    const Status st = LoadDocumentFromString(json, &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    const std::string saved = SaveDocumentToString(doc);
    CAPTURE(saved);
    CHECK(Contains(saved, "\"weight\": 0.30000000000000004"));
    CHECK(Contains(saved, "\"tiny\": 2.2250738585072011e-308"));
    CHECK(Contains(saved, "1.0,"));
    CHECK(Contains(saved, "1e2,"));
    CHECK(Contains(saved, "-0,"));
    CHECK(Contains(saved, "12345678901234567890123"));
    CHECK(Contains(saved, "\"b\": 0.1e1"));
    CHECK(Contains(saved, "\"zoom\": 1.10"));
    CHECK(Contains(saved, "\"confidence\": 0.70"));
    CHECK_FALSE(Contains(saved, "\xFF"));

    // And again: what was saved loads and saves to the same bytes.
    Document again;
    REQUIRE(LoadDocumentFromString(saved, &again).Ok);
    CHECK(SaveDocumentToString(again) == saved);
}

TEST_CASE("numbers of unknown fields keep their text in an older file that is migrated", "[versions][messages]")
{
    const std::string v0 = R"({"schema": 0, "situations": [{"kind": "current", "phases": [{"id": 3}],
        "moments": [{"id": 4, "phase": 3, "patient_score": 1, "weight": 0.30000000000000004}]}]})";
    Document doc;
    REQUIRE(LoadDocumentFromString(v0, &doc).Ok);
    const std::string saved = SaveDocumentToString(doc);
    CHECK(Contains(saved, "\"weight\": 0.30000000000000004"));
    CHECK_FALSE(Contains(saved, "patient_score"));
}
