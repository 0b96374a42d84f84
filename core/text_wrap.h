// Line breaking for the map's text: at spaces, after a hyphen or slash, and inside long words at
// their hyphenation points with a hyphen shown; never silently mid-word. Lines are measured in
// world units with the font's advances, so a text wraps the same at every zoom, on the
// projector and on paper. A cache keeps what was measured: frames only look results up.
#pragma once
#include "hyphenate.h"
#include "journey.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// How far the pen moves for each character, per unit of font size (ImGui's fonts do not kern).
struct GlyphAdvances
{
    std::vector<float> PerCodepoint; // index: code point
    float Fallback = 0.55f;          // characters beyond the table
    float Of(unsigned cp) const { return cp < PerCodepoint.size() ? PerCodepoint[cp] : Fallback; }
};

struct TextLine
{
    int Begin = 0, End = 0; // byte range in the text, without the spaces around it
    bool Hyphen = false;    // the word goes on on the next line: draw "-" after this one
    bool Ellipsis = false;  // more text than lines allowed: draw "…" after this one
    float Width = 0.0f;     // of the range, in the units of `size`, without hyphen or ellipsis
};

// Wraps `text` into lines no wider than `max_width` at font size `size` (same units).
// `max_lines` > 0 ends the last allowed line in an ellipsis when more text follows.
// `hyphenator` may be null (then long words still break, with a hyphen, where they must).
void WrapText(std::string_view text, float size, float max_width, int max_lines, const GlyphAdvances& advances,
              const Hyphenator* hyphenator, std::vector<TextLine>* lines_out);

// Width of text[begin, end) at `size`.
float MeasureText(std::string_view text, float size, const GlyphAdvances& advances);

// The language of a map's own text, to pick the hyphenation patterns: Dutch unless its titles
// and notes read as English (common short words counted).
HyphenLanguage GuessTextLanguage(const Document& doc);

// Wrapped lines by text and measure. Frames look up; only a new text or size is measured.
class TextWrapCache
{
public:
    GlyphAdvances Advances[2];               // regular, bold
    HyphenLanguage Language = HyphenLanguage::Dutch;
    int Misses = 0;                          // texts wrapped (not found), for tests and the bench

    // Picks the patterns for the map's language, guessed again only when another document is
    // shown or items were added (cheap enough to call every frame).
    void FollowLanguageOf(const Document& doc);
    // Whether both languages' patterns could be read (without them wrapping still works).
    static bool HyphenationAvailable();
    bool HasAdvances() const { return !Advances[0].PerCodepoint.empty(); }

    // The lines of `text`; the reference stays valid until the next call.
    const std::vector<TextLine>& Wrap(std::string_view text, float size, float max_width, int max_lines, bool bold);
    void Clear() { Entries.clear(); }
    size_t Size() const { return Entries.size(); }

private:
    struct Entry
    {
        std::string Text;
        float Size = 0.0f, MaxWidth = 0.0f;
        int MaxLines = 0;
        bool Bold = false;
        HyphenLanguage Language = HyphenLanguage::Dutch;
        std::vector<TextLine> Lines;
    };
    std::unordered_map<uint64_t, Entry> Entries;
    const Document* LanguageDoc = nullptr; // the document the language was guessed from
    uint32_t LanguageNextId = 0;           // and its NextId then
};
