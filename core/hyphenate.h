// Where a word may be hyphenated, from the hyphenation patterns Debian ships for LibreOffice
// (libhyphen with hyphen-nl and hyphen-en-us): "hartfalenverpleegkundige" breaks as
// hart-fa-len-ver-pleeg-kun-di-ge instead of wherever the card edge happens to fall.
#pragma once
#include <string>
#include <string_view>
#include <vector>

struct _HyphenDict;

enum class HyphenLanguage : int
{
    Dutch,
    English,
    Count
};

// The Debian pattern file of a language (/usr/share/hyphen/hyph_nl_NL.dic, hyph_en_US.dic).
std::string HyphenPatternPath(HyphenLanguage language);

class Hyphenator;
// The patterns of a language, loaded once per program on first use (reading a pattern file takes
// about 50 ms) and only read afterwards; Loaded() is false when the file is missing.
const Hyphenator& SharedHyphenator(HyphenLanguage language);

class Hyphenator
{
public:
    Hyphenator() = default;
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;
    Hyphenator(Hyphenator&& other) noexcept : Dict(other.Dict), Utf8(other.Utf8) { other.Dict = nullptr; }

    // Loads a pattern file; false when it cannot be read (then no word is hyphenated, text still
    // wraps at spaces).
    bool Load(const std::string& pattern_path);
    bool Loaded() const { return Dict != nullptr; }

    // Byte offsets inside `word` (UTF-8) after which a hyphen may be placed, ascending. Leaves
    // at least two letters on each side; letters outside Latin-1 and words over 100 bytes are
    // not hyphenated.
    void BreakPoints(std::string_view word, std::vector<int>* offsets_out) const;
    // The word with `mark` at every break point ("ont=slag=ge=sprek"): for tests and checks.
    std::string Marked(std::string_view word, char mark = '=') const;

private:
    _HyphenDict* Dict = nullptr;
    bool Utf8 = false; // the pattern file's encoding: UTF-8, else ISO 8859-1
};
