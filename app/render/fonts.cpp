#include "render/fonts.h"

#include "text_wrap.h"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cstdio>
#include <sys/stat.h>

static bool FileExists(const char* path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

const unsigned short* TextGlyphRanges()
{
    static const ImWchar ranges[] = {
        0x0020, 0x00FF, // Basic Latin + Latin-1 (ë é ï ü ç ±)
        0x0100, 0x017F, // Latin Extended-A (ĳ ő ...)
        0x2010, 0x2027, // dashes, quotes, bullet, ellipsis
        0x2190, 0x2193, // arrows
        0x2212, 0x2212, // minus sign
        0x2639, 0x263A, // faces
        0,
    };
    return ranges;
}

// Symbols Inter lacks come from DejaVu, merged into the same font.
static const ImWchar* SymbolRanges()
{
    // U+0149 (ŉ, Latin Extended-A) is missing from Inter too.
    static const ImWchar ranges[] = {0x0149, 0x0149, 0x2190, 0x2193, 0x2639, 0x263A, 0};
    return ranges;
}

static ImFont* AddFont(ImFontAtlas* atlas, const char* path, const char* symbols_path, float size,
                       const ImWchar* ranges = TextGlyphRanges())
{
    ImFontConfig config;
    config.OversampleH = 2;
    ImFont* font = atlas->AddFontFromFileTTF(path, size, &config, ranges);
    if (font && symbols_path)
    {
        ImFontConfig merge;
        merge.MergeMode = true;
        atlas->AddFontFromFileTTF(symbols_path, size, &merge, SymbolRanges());
    }
    return font;
}

// The font files to use: Inter when installed, else DejaVu; DejaVu also supplies the symbols
// Inter lacks. All null when neither is installed.
void FindFontFiles(const char** regular, const char** bold, const char** symbols)
{
    const char* inter_regular = "/usr/share/fonts/opentype/inter/Inter-Regular.otf";
    const char* inter_bold = "/usr/share/fonts/opentype/inter/Inter-SemiBold.otf";
    const char* dejavu_regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    const char* dejavu_bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    *regular = nullptr;
    *bold = nullptr;
    const bool have_dejavu = FileExists(dejavu_regular);
    if (FileExists(inter_regular) && FileExists(inter_bold))
        *regular = inter_regular, *bold = inter_bold;
    else if (have_dejavu)
        *regular = dejavu_regular, *bold = FileExists(dejavu_bold) ? dejavu_bold : dejavu_regular;
    *symbols = have_dejavu && *regular != dejavu_regular ? dejavu_regular : nullptr;
}

static void NewWrapCache(FontSet* fonts)
{
    fonts->Wrap = std::make_shared<TextWrapCache>();
}

TextWrapCache& WrapCacheOf(const FontSet& fonts)
{
    TextWrapCache& cache = *fonts.Wrap;
    if (!cache.HasAdvances())
    {
        // Advances per unit of size from the largest bake: the most precise, and the same for
        // screen and paper, so a text wraps alike everywhere.
        const ImFont* bakes[2] = {fonts.Canvas[CanvasFontSizeCount - 1], fonts.CanvasBold[CanvasFontSizeCount - 1]};
        for (int b = 0; b < 2; b++)
        {
            GlyphAdvances& a = cache.Advances[b];
            const ImFont* font = bakes[b];
            const float unit = 1.0f / font->FontSize;
            a.PerCodepoint.resize((size_t)font->IndexAdvanceX.Size);
            for (int i = 0; i < font->IndexAdvanceX.Size; i++)
                a.PerCodepoint[(size_t)i] = font->IndexAdvanceX[i] * unit;
            a.Fallback = font->FallbackAdvanceX * unit;
        }
    }
    return cache;
}

void AddFonts(ImFontAtlas* atlas, float ui_size, FontSet* fonts)
{
    NewWrapCache(fonts);
    // Missing patterns are not fatal: text then wraps at spaces and breaks long words where it must.
    if (!TextWrapCache::HyphenationAvailable())
        std::fprintf(stderr, "journeyboard: hyphenation patterns (hyphen-nl, hyphen-en-us) not found; long words break without them\n");
    // FreeType hints small text: crisper menus and labels on a projector than stb_truetype.
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;

    const char *regular = nullptr, *bold = nullptr, *symbols = nullptr;
    FindFontFiles(&regular, &bold, &symbols);

    static const float canvas_sizes[CanvasFontSizeCount] = {12.0f, 17.0f, 24.0f, 34.0f, 48.0f, 68.0f};
    for (int i = 0; i < CanvasFontSizeCount; i++)
        fonts->CanvasSizes[i] = canvas_sizes[i];

    if (!regular)
    {
        std::fprintf(stderr, "journeyboard: neither Inter (fonts-inter) nor DejaVu (fonts-dejavu-core) was found; "
                             "using ImGui's built-in font\n");
        fonts->UsedBuiltIn = true;
        ImFontConfig config;
        config.SizePixels = 13.0f;
        fonts->Ui = fonts->UiBold = atlas->AddFontDefault(&config);
        for (int i = 0; i < CanvasFontSizeCount; i++)
            fonts->Canvas[i] = fonts->CanvasBold[i] = fonts->Ui;
        return;
    }
    fonts->RegularPath = regular;
    fonts->Ui = AddFont(atlas, regular, symbols, ui_size);
    fonts->UiBold = AddFont(atlas, bold, symbols, ui_size);
    for (int i = 0; i < CanvasFontSizeCount; i++)
    {
        fonts->Canvas[i] = AddFont(atlas, regular, symbols, canvas_sizes[i]);
        fonts->CanvasBold[i] = AddFont(atlas, bold, symbols, canvas_sizes[i]);
    }
}

ImFont* PickCanvasFont(const FontSet& fonts, float size_screen, bool bold)
{
    ImFont* const* set = bold ? fonts.CanvasBold : fonts.Canvas;
    for (int i = 0; i < CanvasFontSizeCount; i++)
        if (fonts.CanvasSizes[i] >= size_screen * 0.95f)
            return set[i];
    return set[CanvasFontSizeCount - 1];
}

bool AddExportFonts(ImFontAtlas* atlas, const float sizes[CanvasFontSizeCount], const unsigned short* ranges, FontSet* fonts)
{
    NewWrapCache(fonts);
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    const char *regular = nullptr, *bold = nullptr, *symbols = nullptr;
    FindFontFiles(&regular, &bold, &symbols);
    if (!regular)
        return false;
    fonts->RegularPath = regular;
    for (int i = 0; i < CanvasFontSizeCount; i++)
    {
        fonts->CanvasSizes[i] = sizes[i];
        fonts->Canvas[i] = AddFont(atlas, regular, symbols, sizes[i], ranges);
        fonts->CanvasBold[i] = AddFont(atlas, bold, symbols, sizes[i], ranges);
    }
    fonts->Ui = fonts->Canvas[0];
    fonts->UiBold = fonts->CanvasBold[0];
    return true;
}
