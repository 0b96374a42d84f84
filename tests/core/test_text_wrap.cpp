// Hyphenation with Debian's patterns, and the line breaking of cards and notes.
#include "example.h"
#include "hyphenate.h"
#include "text_wrap.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace
{
const Hyphenator& Dutch()
{
    const Hyphenator& h = SharedHyphenator(HyphenLanguage::Dutch);
    REQUIRE(h.Loaded());
    return h;
}

const Hyphenator& English()
{
    const Hyphenator& h = SharedHyphenator(HyphenLanguage::English);
    REQUIRE(h.Loaded());
    return h;
}

// Every character half a unit wide: widths are easy to reason about (10 characters = 5 units at size 1).
GlyphAdvances HalfWide()
{
    GlyphAdvances a;
    a.PerCodepoint.assign(0x2100, 0.5f);
    a.Fallback = 0.5f;
    return a;
}

std::vector<std::string> LineTexts(const std::string& text, const std::vector<TextLine>& lines)
{
    std::vector<std::string> out;
    for (const TextLine& l : lines)
        out.push_back(text.substr((size_t)l.Begin, (size_t)(l.End - l.Begin)) + (l.Hyphen ? "-" : "") + (l.Ellipsis ? "…" : ""));
    return out;
}

// Wraps `text` with Dutch hyphenation at size 1, half-wide glyphs and no line limit; the lines'
// texts, and the lines themselves in `lines`.
std::vector<std::string> WrapDutch(const std::string& text, float width, std::vector<TextLine>* lines)
{
    WrapText(text, 1.0f, width, 0, HalfWide(), &Dutch(), lines);
    return LineTexts(text, *lines);
}
} // namespace

TEST_CASE("Dutch compounds break at their syllables", "[hyphenate]")
{
    CHECK(Dutch().Marked("hartfalenverpleegkundige") == "hart=fa=len=ver=pleeg=kun=di=ge");
    CHECK(Dutch().Marked("Interactiemomenten") == "In=ter=ac=tie=mo=men=ten");
    CHECK(Dutch().Marked("ontslaggesprek") == "ont=slag=ge=sprek");
    CHECK(Dutch().Marked("thuismeting") == "thuis=me=ting");
    CHECK(Dutch().Marked("gewichtstoename") == "ge=wichts=toe=na=me");
    // Letters beyond ASCII: the break points are byte offsets in the UTF-8 text.
    CHECK(Dutch().Marked("patiëntenportaal") == "pa=ti=ën=ten=por=taal");
    CHECK(Dutch().Marked("Hartfalenverpleegkundige") == Dutch().Marked("hartfalenverpleegkundige").replace(0, 1, "H"));
}

TEST_CASE("English compounds break at their syllables", "[hyphenate]")
{
    CHECK(English().Marked("hyphenation") == "hy=phen=ation");
    CHECK(English().Marked("heartfailure") == "heart=fail=ure");
    CHECK(English().Marked("Professional") == "Pro=fes=sional"); // capitals fold to the patterns' small letters
    CHECK(English().Marked("cardiologist") == "car=di=ol=o=gist");
}

TEST_CASE("Hyphenation leaves two letters on each side and short or foreign words whole", "[hyphenate]")
{
    std::vector<int> points;
    Dutch().BreakPoints("zorgprofessional", &points);
    REQUIRE(!points.empty());
    CHECK(points.front() >= 2);
    CHECK(points.back() <= (int)std::string("zorgprofessional").size() - 2);
    Dutch().BreakPoints("ja", &points);
    CHECK(points.empty());
    Dutch().BreakPoints("\xce\xba\xce\xb1\xcf\x81\xce\xb4\xce\xb9\xce\xac", &points); // Greek letters: not in the patterns
    CHECK(points.empty());
    Hyphenator missing;
    CHECK_FALSE(missing.Load("/nonexistent/hyph_xx.dic"));
    missing.BreakPoints("hartfalenverpleegkundige", &points);
    CHECK(points.empty());
}

TEST_CASE("Text wraps at spaces and never splits a word that fits on a line", "[wrap]")
{
    const std::string text = "Telefonisch consult met de verpleegkundige over het gewicht";
    std::vector<TextLine> lines;
    const std::vector<std::string> got = WrapDutch(text, 8.0f, &lines); // 16 characters a line
    REQUIRE(got.size() >= 4);
    for (const TextLine& l : lines)
    {
        CHECK(l.Width + (l.Hyphen ? 0.5f : 0.0f) <= 8.0f);
        // Every line ends at a word end, or at a hyphenation point with a hyphen shown.
        const bool word_end = l.End == (int)text.size() || text[(size_t)l.End] == ' ';
        CHECK((word_end || l.Hyphen));
        CHECK(text[(size_t)l.Begin] != ' ');
    }
    CHECK(got[0] == "Telefonisch");
}

TEST_CASE("A compound longer than the line is hyphenated at its syllables", "[wrap]")
{
    const GlyphAdvances a = HalfWide();
    const std::string text = "De hartfalenverpleegkundige belt";
    std::vector<TextLine> lines;
    const std::vector<std::string> got = WrapDutch(text, 6.0f, &lines); // 12 characters a line
    REQUIRE(got.size() == 3);
    CHECK(got[0] == "De hartfa-");
    CHECK(got[1] == "lenverpleeg-");
    CHECK(got[2] == "kundige belt");
    // Without patterns a long word still breaks with a hyphen, never silently.
    WrapText("hartfalenverpleegkundige", 1.0f, 6.0f, 0, a, nullptr, &lines);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].Hyphen);
    CHECK(lines[1].Hyphen);
    CHECK_FALSE(lines[2].Hyphen);
}

TEST_CASE("Existing hyphens and slashes are break points without an extra hyphen", "[wrap]")
{
    std::vector<TextLine> lines;
    const std::vector<std::string> got = WrapDutch("thuismeting-app/patiëntportaal", 8.0f, &lines);
    REQUIRE(got.size() >= 2);
    CHECK(got[0] == "thuismeting-app/");
}

TEST_CASE("Line breaks in the text are kept and an empty line stays", "[wrap]")
{
    const std::string text = "een\n\ntwee";
    std::vector<TextLine> lines;
    WrapDutch(text, 20.0f, &lines);
    CHECK(LineTexts(text, lines) == std::vector<std::string>{"een", "", "twee"});
}

TEST_CASE("Text beyond the allowed lines ends in an ellipsis that fits", "[wrap]")
{
    const GlyphAdvances a = HalfWide();
    const std::string text = "Wachttijd tot de echo is lang en de patiënt weet niet wat hij moet doen";
    std::vector<TextLine> lines;
    WrapText(text, 2.0f, 20.0f, 2, a, &Dutch(), &lines); // 20 characters a line at size 2
    REQUIRE(lines.size() == 2);
    CHECK_FALSE(lines[0].Ellipsis);
    CHECK(lines[1].Ellipsis);
    CHECK_FALSE(lines[1].Hyphen);
    CHECK(lines[1].Width + 2.0f * 0.5f <= 20.0f);
    // Text that fits needs no ellipsis.
    WrapText("Kort", 2.0f, 20.0f, 2, a, &Dutch(), &lines);
    REQUIRE(lines.size() == 1);
    CHECK_FALSE(lines[0].Ellipsis);
}

TEST_CASE("The wrap cache measures a text once and tells texts apart", "[wrap]")
{
    TextWrapCache cache;
    CHECK(TextWrapCache::HyphenationAvailable());
    cache.Advances[0] = HalfWide();
    cache.Advances[1] = HalfWide();
    const std::vector<TextLine>& first = cache.Wrap("Interactiemomenten in beeld", 1.0f, 6.0f, 0, false);
    const size_t first_count = first.size();
    CHECK(cache.Misses == 1);
    cache.Wrap("Interactiemomenten in beeld", 1.0f, 6.0f, 0, false);
    CHECK(cache.Misses == 1);
    CHECK(cache.Wrap("Interactiemomenten in beeld", 1.0f, 6.0f, 0, false).size() == first_count);
    cache.Wrap("Interactiemomenten in beeld", 1.0f, 9.0f, 0, false); // another width
    cache.Wrap("Interactiemomenten in beelt", 1.0f, 6.0f, 0, false); // another text
    CHECK(cache.Misses == 3);
}

TEST_CASE("The language of a map's text picks the patterns", "[wrap]")
{
    CHECK(GuessTextLanguage(MakeExampleDocument()) == HyphenLanguage::Dutch);
    Document english;
    english.Title = "The journey of a patient with heart failure";
    english.Scope = "From the first complaints to the follow-up at home and the care at the end of life";
    CHECK(GuessTextLanguage(english) == HyphenLanguage::English);
}
