// Fonts: Inter from fonts-inter, DejaVu from fonts-dejavu-core as fallback (and for symbols Inter
// lacks), ImGui's built-in font when neither is installed. The canvas font is baked at several
// sizes so zoomed text is drawn from the nearest bake, not a blurry upscale.
#pragma once
#include <memory>
#include <string>

class PhotoTextures;
class TextWrapCache;
struct GlyphAdvances;

struct ImFont;
struct ImFontAtlas;

constexpr int CanvasFontSizeCount = 6;

struct FontSet
{
    ImFont* Ui = nullptr;     // menus, panels, dialogs
    ImFont* UiBold = nullptr;
    ImFont* Canvas[CanvasFontSizeCount] = {};     // regular, ascending sizes
    ImFont* CanvasBold[CanvasFontSizeCount] = {}; // bold, same sizes
    float CanvasSizes[CanvasFontSizeCount] = {};  // pixel size each was baked at
    std::string RegularPath;  // the file used, empty for the built-in font
    bool UsedBuiltIn = false; // neither Inter nor DejaVu was found
    // Wrapped lines of the map's texts measured with these fonts (advances taken from the largest
    // bake on first use, once the atlas is built); shared by copies of the set.
    std::shared_ptr<TextWrapCache> Wrap;
    // Persona photos as textures of the GL context these fonts are baked for (shared by copies:
    // the projector window shares the main window's context); null without GL (placeholders).
    std::shared_ptr<PhotoTextures> Photos;
};

// Adds the fonts to `atlas` (which the caller then builds). `ui_size` in pixels.
void AddFonts(ImFontAtlas* atlas, float ui_size, FontSet* fonts);
// Snapshots: canvas fonts baked at exactly `sizes` (ascending, pixels) with only `ranges`
// (printed text needs big bakes; the atlas stays small by holding just the characters used).
// False when neither Inter nor DejaVu is installed.
bool AddExportFonts(ImFontAtlas* atlas, const float sizes[CanvasFontSizeCount], const unsigned short* ranges, FontSet* fonts);
// The smallest baked canvas font at least `size_screen` pixels high, or the largest one.
ImFont* PickCanvasFont(const FontSet& fonts, float size_screen, bool bold);
// The wrap cache of `fonts`, its advances read from the built atlas on first use.
TextWrapCache& WrapCacheOf(const FontSet& fonts);
// The glyph ranges every font is baked with: Latin-1, Latin Extended-A and the UI's symbols.
const unsigned short* TextGlyphRanges();
// The font files the canvas uses: Inter when installed, else DejaVu; DejaVu also supplies the
// symbols Inter lacks (`symbols`, null when not needed). All null when neither is installed.
void FindFontFiles(const char** regular, const char** bold, const char** symbols);
// Advances per unit of font size of the canvas fonts, read from the font files without baking an
// atlas or needing GL: planning a picture sizes its text before its fonts are baked. False (and
// ImGui's default proportions) when no font file could be read.
bool ReadFontAdvances(GlyphAdvances* regular, GlyphAdvances* bold);
