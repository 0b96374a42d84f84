#include "text_wrap.h"

#include "utf8.h"

#include <algorithm>
#include <cstring>

namespace
{
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Letters for hyphenation: ASCII letters and everything beyond ASCII (ë, é, ĳ ...).
bool IsLetterByte(char c)
{
    const unsigned char u = (unsigned char)c;
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

struct Wrapper
{
    std::string_view Text;
    float Size;
    float MaxWidth;
    const GlyphAdvances& Advances;
    const Hyphenator* Hyph;
    std::vector<TextLine>* Lines;
    int LineLimit; // stop once this many lines exist (the caller trims to the allowed count)
    std::vector<int> Points; // scratch: hyphenation points of one letter run

    float Width(size_t begin, size_t end) const
    {
        float w = 0.0f;
        for (size_t i = begin; i < end;)
            w += Advances.Of(DecodeUtf8(Text, &i));
        return w * Size;
    }
    float HyphenWidth() const { return Advances.Of('-') * Size; }
    bool Full() const { return LineLimit > 0 && (int)Lines->size() >= LineLimit; }

    void Push(size_t begin, size_t end, bool hyphen)
    {
        TextLine line;
        line.Begin = (int)begin;
        line.End = (int)end;
        line.Hyphen = hyphen;
        line.Width = Width(begin, end);
        Lines->push_back(line);
    }

    // The last place inside word [begin, end) where the head fits in `room`: after a hyphen or
    // slash the text already shows, or at a hyphenation point with a hyphen added.
    bool FindBreak(size_t begin, size_t end, float room, size_t* cut, bool* hyphen)
    {
        size_t best = begin;
        bool best_hyphen = false;
        for (size_t i = begin; i < end; i++)
            if ((Text[i] == '-' || Text[i] == '/') && i + 1 < end && Width(begin, i + 1) <= room)
                best = i + 1, best_hyphen = false;
        if (Hyph)
        {
            // Each run of letters is hyphenated on its own: punctuation around words stays put.
            for (size_t run = begin; run < end;)
            {
                while (run < end && !IsLetterByte(Text[run]))
                    run++;
                size_t run_end = run;
                while (run_end < end && IsLetterByte(Text[run_end]))
                    run_end++;
                if (run_end - run >= 5)
                {
                    Hyph->BreakPoints(Text.substr(run, run_end - run), &Points);
                    for (int p : Points)
                    {
                        const size_t at = run + (size_t)p;
                        if (at > best && Width(begin, at) + HyphenWidth() <= room)
                            best = at, best_hyphen = true;
                    }
                }
                run = run_end;
            }
        }
        if (best == begin)
            return false;
        *cut = best;
        *hyphen = best_hyphen;
        return true;
    }

    // No break point fits: as many characters as fit with a hyphen (at least one character).
    void ForceBreak(size_t begin, size_t end, size_t* cut, bool* hyphen)
    {
        size_t at = begin;
        DecodeUtf8(Text, &at); // at least one character per line
        for (size_t next = at; next < end;)
        {
            size_t after = next;
            DecodeUtf8(Text, &after);
            if (Width(begin, after) + HyphenWidth() > MaxWidth)
                break;
            at = next = after;
        }
        *cut = std::min(at, end);
        *hyphen = *cut < end && IsLetterByte(Text[*cut - 1]) && IsLetterByte(Text[*cut]);
    }

    void Paragraph(size_t begin, size_t end)
    {
        size_t line_begin = begin, line_end = begin;
        float line_width = 0.0f;
        bool empty = true;
        size_t i = begin;
        while (i < end && !Full())
        {
            while (i < end && IsSpace(Text[i]))
                i++;
            if (i >= end)
                break;
            const size_t word_begin = i;
            while (i < end && !IsSpace(Text[i]))
                i++;
            const size_t word_end = i;
            const float word_width = Width(word_begin, word_end);
            const float space_width = empty ? 0.0f : Width(line_end, word_begin);
            if (empty && word_width <= MaxWidth)
            {
                line_begin = word_begin, line_end = word_end, line_width = word_width, empty = false;
                continue;
            }
            if (!empty && line_width + space_width + word_width <= MaxWidth)
            {
                line_end = word_end, line_width += space_width + word_width;
                continue;
            }
            size_t piece = word_begin;
            if (!empty)
            {
                // Hyphenate into the rest of this line when the word is too long for any line,
                // or when a long word would leave a wide gap.
                const float room = MaxWidth - line_width - space_width;
                size_t cut = 0;
                bool hyphen = false;
                const bool worth = word_width > MaxWidth || (room >= 0.3f * MaxWidth && word_end - word_begin >= 8);
                if (worth && room > 0.0f && FindBreak(word_begin, word_end, room, &cut, &hyphen))
                {
                    line_end = cut;
                    piece = cut;
                }
                Push(line_begin, line_end, piece != word_begin && hyphen);
                empty = true;
                if (Full())
                    return;
            }
            // The rest of the word on fresh lines.
            while (piece < word_end)
            {
                const float rest = Width(piece, word_end);
                if (rest <= MaxWidth)
                {
                    line_begin = piece, line_end = word_end, line_width = rest, empty = false;
                    break;
                }
                size_t cut = 0;
                bool hyphen = false;
                if (!FindBreak(piece, word_end, MaxWidth, &cut, &hyphen))
                    ForceBreak(piece, word_end, &cut, &hyphen);
                Push(piece, cut, hyphen);
                piece = cut;
                if (Full())
                    return;
            }
        }
        if (!Full())
            Push(empty ? begin : line_begin, empty ? begin : line_end, false);
    }
};
} // namespace

float MeasureText(std::string_view text, float size, const GlyphAdvances& advances)
{
    float w = 0.0f;
    for (size_t i = 0; i < text.size();)
        w += advances.Of(DecodeUtf8(text, &i));
    return w * size;
}

void WrapText(std::string_view text, float size, float max_width, int max_lines, const GlyphAdvances& advances,
              const Hyphenator* hyphenator, std::vector<TextLine>* lines_out)
{
    lines_out->clear();
    if (text.empty())
        return;
    Wrapper w{text, size, std::max(max_width, 0.0f), advances, hyphenator, lines_out, max_lines > 0 ? max_lines + 1 : 0, {}};
    size_t begin = 0;
    while (!w.Full())
    {
        size_t end = text.find('\n', begin);
        if (end == std::string_view::npos)
            end = text.size();
        w.Paragraph(begin, end);
        if (end >= text.size())
            break;
        begin = end + 1;
    }
    if (max_lines <= 0 || (int)lines_out->size() <= max_lines)
        return;
    // More text than lines: the last allowed line ends in "…", shortened until it fits.
    lines_out->resize((size_t)max_lines);
    TextLine& last = lines_out->back();
    last.Hyphen = false;
    last.Ellipsis = true;
    const float ellipsis = advances.Of(0x2026) * size;
    while (last.End > last.Begin && w.Width((size_t)last.Begin, (size_t)last.End) + ellipsis > max_width)
    {
        // Back one character (skip UTF-8 continuation bytes), then any spaces.
        do
            last.End--;
        while (last.End > last.Begin && ((unsigned char)text[(size_t)last.End] & 0xC0) == 0x80);
        while (last.End > last.Begin && IsSpace(text[(size_t)last.End - 1]))
            last.End--;
    }
    last.Width = w.Width((size_t)last.Begin, (size_t)last.End);
}

HyphenLanguage GuessTextLanguage(const Document& doc)
{
    static const char* const dutch[] = {"de", "het", "een", "en", "van", "niet", "met", "is", "op", "naar", "te", "voor", "bij", "zijn"};
    static const char* const english[] = {"the", "a", "and", "of", "to", "not", "with", "is", "on", "for", "at", "by", "in", "are"};
    int nl = 0, en = 0;
    auto count = [&](const std::string& text) {
        for (size_t i = 0; i < text.size();)
        {
            while (i < text.size() && !IsLetterByte(text[i]))
                i++;
            size_t end = i;
            while (end < text.size() && IsLetterByte(text[end]))
                end++;
            std::string word = text.substr(i, end - i);
            for (char& c : word)
                c = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            for (const char* w : dutch)
                nl += word == w;
            for (const char* w : english)
                en += word == w;
            i = end;
        }
    };
    count(doc.Title);
    count(doc.Scope);
    for (const Situation& s : doc.Situations)
    {
        // A sample is enough: the first few hundred texts.
        const size_t moments = std::min<size_t>(s.Moments.size(), 300), notes = std::min<size_t>(s.Notes.size(), 300);
        for (size_t i = 0; i < moments; i++)
            count(s.Moments[i].Title), count(s.Moments[i].Description);
        for (size_t i = 0; i < notes; i++)
            count(s.Notes[i].Text);
    }
    return en > nl ? HyphenLanguage::English : HyphenLanguage::Dutch;
}

void TextWrapCache::FollowLanguageOf(const Document& doc)
{
    if (LanguageDoc == &doc && LanguageNextId == doc.NextId)
        return;
    LanguageDoc = &doc;
    LanguageNextId = doc.NextId;
    Language = GuessTextLanguage(doc);
}

bool TextWrapCache::HyphenationAvailable()
{
    return SharedHyphenator(HyphenLanguage::Dutch).Loaded() && SharedHyphenator(HyphenLanguage::English).Loaded();
}

const std::vector<TextLine>& TextWrapCache::Wrap(std::string_view text, float size, float max_width, int max_lines, bool bold)
{
    // FNV-1a over the text and the measures; the entry then confirms them exactly.
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* data, size_t n) {
        const unsigned char* p = (const unsigned char*)data;
        for (size_t i = 0; i < n; i++)
            h = (h ^ p[i]) * 1099511628211ull;
    };
    mix(text.data(), text.size());
    mix(&size, sizeof size);
    mix(&max_width, sizeof max_width);
    mix(&max_lines, sizeof max_lines);
    const char flags[2] = {(char)bold, (char)Language};
    mix(flags, 2);
    auto found = Entries.find(h);
    if (found != Entries.end())
    {
        const Entry& e = found->second;
        if (e.Size == size && e.MaxWidth == max_width && e.MaxLines == max_lines && e.Bold == bold && e.Language == Language &&
            std::string_view(e.Text) == text)
            return e.Lines;
    }
    // Edited texts leave old entries behind: start afresh when the cache gets big.
    constexpr size_t MaxEntries = 1 << 16;
    if (found == Entries.end() && Entries.size() >= MaxEntries)
        Entries.clear();
    Entry& e = Entries[h];
    e.Text.assign(text.data(), text.size());
    e.Size = size, e.MaxWidth = max_width, e.MaxLines = max_lines, e.Bold = bold, e.Language = Language;
    const Hyphenator& hyph = SharedHyphenator(Language);
    WrapText(text, size, max_width, max_lines, Advances[bold ? 1 : 0], hyph.Loaded() ? &hyph : nullptr, &e.Lines);
    Misses++;
    return e.Lines;
}
