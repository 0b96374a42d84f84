// Glyph advances straight from the font files (stb_truetype, compiled static here), for sizing a
// picture's text before its atlas is baked.
#include "render/fonts.h"

#include "text_wrap.h"

#include <fstream>
#include <iterator>
#include <vector>

#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_truetype.h>

namespace
{
bool ReadOne(const char* path, GlyphAdvances* out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    const std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    stbtt_fontinfo font;
    if (data.empty() || !stbtt_InitFont(&font, data.data(), stbtt_GetFontOffsetForIndex(data.data(), 0)))
        return false;
    // Per unit of font size as the atlas bakes it: the size is the height from descent to ascent.
    const float unit = stbtt_ScaleForPixelHeight(&font, 1.0f);
    int advance = 0, bearing = 0;
    double sum = 0.0;
    int count = 0;
    out->PerCodepoint.assign(0x2213, 0.0f); // Latin-1, Latin Extended-A, punctuation up to the minus sign
    for (unsigned cp = 0; cp < out->PerCodepoint.size(); cp++)
    {
        const bool wanted = (cp >= 0x20 && cp <= 0x17F) || (cp >= 0x2010 && cp <= 0x2027) || cp == 0x2212;
        const int glyph = wanted ? stbtt_FindGlyphIndex(&font, (int)cp) : 0;
        if (glyph == 0)
            continue;
        stbtt_GetGlyphHMetrics(&font, glyph, &advance, &bearing);
        out->PerCodepoint[cp] = (float)advance * unit;
        if (cp >= 'a' && cp <= 'z')
            sum += out->PerCodepoint[cp], count++;
    }
    // Characters without a glyph here: as wide as an average small letter.
    out->Fallback = count > 0 ? (float)(sum / count) : 0.55f;
    for (unsigned cp = 0x20; cp < out->PerCodepoint.size(); cp++)
        if (out->PerCodepoint[cp] == 0.0f)
            out->PerCodepoint[cp] = out->Fallback;
    return true;
}
} // namespace

bool ReadFontAdvances(GlyphAdvances* regular, GlyphAdvances* bold)
{
    const char *regular_path = nullptr, *bold_path = nullptr, *symbols = nullptr;
    FindFontFiles(&regular_path, &bold_path, &symbols);
    *regular = GlyphAdvances();
    *bold = GlyphAdvances();
    if (!regular_path || !ReadOne(regular_path, regular))
        return false;
    if (!bold_path || !ReadOne(bold_path, bold))
        *bold = *regular;
    return true;
}
