#include "hyphenate.h"

#include "utf8.h"

#include <hyphen.h>

#include <cstdlib>
#include <cstring>

namespace
{
// Patterns are lower case: A-Z and the Latin-1 capitals À..Þ (not ×) fold to their small letter.
unsigned FoldCase(unsigned cp)
{
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
        return cp + 32;
    return cp;
}

void AppendUtf8(unsigned cp, std::string* out)
{
    if (cp < 0x80)
        *out += (char)cp;
    else if (cp < 0x800)
        *out += (char)(0xC0 | (cp >> 6)), *out += (char)(0x80 | (cp & 0x3F));
    else
        *out += (char)(0xE0 | (cp >> 12)), *out += (char)(0x80 | ((cp >> 6) & 0x3F)), *out += (char)(0x80 | (cp & 0x3F));
}
} // namespace

std::string HyphenPatternPath(HyphenLanguage language)
{
    return language == HyphenLanguage::English ? "/usr/share/hyphen/hyph_en_US.dic" : "/usr/share/hyphen/hyph_nl_NL.dic";
}

const Hyphenator& SharedHyphenator(HyphenLanguage language)
{
    // Immutable once built: function statics are initialised once, even with several threads.
    static const Hyphenator dutch = [] { Hyphenator h; h.Load(HyphenPatternPath(HyphenLanguage::Dutch)); return h; }();
    static const Hyphenator english = [] { Hyphenator h; h.Load(HyphenPatternPath(HyphenLanguage::English)); return h; }();
    return language == HyphenLanguage::English ? english : dutch;
}

Hyphenator::~Hyphenator()
{
    if (Dict)
        hnj_hyphen_free(Dict);
}

bool Hyphenator::Load(const std::string& pattern_path)
{
    if (Dict)
        hnj_hyphen_free(Dict);
    Dict = hnj_hyphen_load(pattern_path.c_str());
    Utf8 = Dict && Dict->utf8;
    return Dict != nullptr;
}

void Hyphenator::BreakPoints(std::string_view word, std::vector<int>* offsets_out) const
{
    offsets_out->clear();
    constexpr size_t MaxWordBytes = 100;
    if (!Dict || word.empty() || word.size() > MaxWordBytes)
        return;
    // The word in the pattern file's encoding, and where each of its letters starts in `word`.
    char encoded[MaxWordBytes * 2 + 8];
    int letter_end[MaxWordBytes + 1]; // byte offset in `word` after each letter
    size_t encoded_size = 0;
    int letters = 0;
    std::string utf8;
    for (size_t i = 0; i < word.size();)
    {
        const unsigned cp = FoldCase(DecodeUtf8(word, &i));
        if (cp > 0xFF || cp < 0x20)
            return; // outside what the patterns know: leave the word whole
        if (Utf8)
        {
            utf8.clear();
            AppendUtf8(cp, &utf8);
            std::memcpy(encoded + encoded_size, utf8.data(), utf8.size());
            encoded_size += utf8.size();
        }
        else
            encoded[encoded_size++] = (char)cp;
        letter_end[letters++] = (int)i;
    }
    encoded[encoded_size] = 0;
    // libhyphen numbers its results by letter, in both encodings; odd means "may break here".
    char hyphens[MaxWordBytes * 2 + 8] = {};
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate2(Dict, encoded, (int)encoded_size, hyphens, nullptr, &rep, &pos, &cut);
    constexpr int MinLettersEachSide = 2;
    for (int k = MinLettersEachSide - 1; k < letters - MinLettersEachSide; k++)
    {
        // A break that changes the spelling (Dutch "omaatje" as "oma-tje") is skipped: the
        // text is shown as typed.
        const bool replaced = rep && rep[k];
        if ((hyphens[k] & 1) && !replaced)
            offsets_out->push_back(letter_end[k]);
    }
    if (rep)
    {
        for (int k = 0; k < letters; k++)
            free(rep[k]);
        free(rep);
        free(pos);
        free(cut);
    }
}

std::string Hyphenator::Marked(std::string_view word, char mark) const
{
    std::vector<int> offsets;
    BreakPoints(word, &offsets);
    std::string out;
    size_t from = 0;
    for (int at : offsets)
    {
        out.append(word.substr(from, (size_t)at - from));
        out += mark;
        from = (size_t)at;
    }
    out.append(word.substr(from));
    return out;
}
