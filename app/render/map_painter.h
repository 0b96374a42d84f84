// Drawing helpers shared by the map's drawing files: text and shapes placed in world units and
// drawn under the view transform, with one font bake picked per size. Used only inside app/draw_*.
#pragma once
#include "render/fonts.h"
#include "render/theme.h"
#include "geom.h"
#include "journey.h"
#include "text_fit.h"
#include "view.h"

#include <imgui.h>

namespace map_draw
{
// World font sizes: what a card title or a lane label measures at 100 %.
constexpr float TitleTextSize = map_text::Title;
constexpr float HeadingTextSize = map_text::Heading;
constexpr float BodyTextSize = map_text::Body;
constexpr float SmallTextSize = map_text::Small;
constexpr float FaceRadius = 18.0f;         // world units
constexpr float LeastReadablePixels = 4.0f; // below this text is drawn as grey bars

struct Painter
{
    ImDrawList* DrawList;
    const FontSet& Fonts;
    const View& ViewTransform;
    Rect Visible;              // screen
    const MapPalette& Colors;  // editing or projector
    float TextScale = 1.0f;    // the layout's text scale: every world text size is multiplied by it

    ImVec2 ToScreen(Vec2 p_world) const
    {
        const Vec2 p = WorldToScreen(ViewTransform, p_world);
        return ImVec2(p.x, p.y);
    }
    float ToScreen(float length_world) const { return length_world * ViewTransform.Zoom; }
    bool IsVisible(const Rect& r_world) const { return WorldToScreen(ViewTransform, r_world).Overlaps(Visible); }

    void FillRect(const Rect& r_world, ImU32 color, float rounding_world = 0.0f) const;
    void StrokeRect(const Rect& r_world, ImU32 color, float thickness_screen, float rounding_world = 0.0f) const;
    // Text at `pos_world` (top-left), wrapped at `wrap_world` (0: no wrap) at word boundaries and
    // hyphenation points, clipped to `clip_world`; `max_lines` > 0 ends the last line in "…" when
    // more text follows. Returns the height used in world units.
    float Text(const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world, const Rect& clip_world,
               bool bold = false, int max_lines = 0) const;
    // The same, for text nothing is placed below.
    void Label(const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world, const Rect& clip_world,
               bool bold = false, int max_lines = 0) const;
    float TextWidth(const char* text, float size_world, bool bold = false) const;
};

ImU32 LerpColor(ImU32 a, ImU32 b, float t);
ImU32 TypeColor(InteractionType type);
// A face marker: its colour and mouth follow the score (-2 frown, red .. +2 smile, green).
void DrawFace(const Painter& p, Vec2 center_world, float score, ImU32 outline);
// The marker of a moment not scored yet: an empty dashed circle on the neutral line.
void DrawUnscoredFace(const Painter& p, Vec2 center_world, ImU32 outline);
} // namespace map_draw
