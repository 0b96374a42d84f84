#include "render/map_painter.h"

#include "render/draw_map.h"
#include "text_wrap.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

namespace map_draw
{
void Painter::FillRect(const Rect& r_world, ImU32 color, float rounding_world) const
{
    DrawList->AddRectFilled(ToScreen(r_world.Min), ToScreen(r_world.Max), color, ToScreen(rounding_world));
}

void Painter::StrokeRect(const Rect& r_world, ImU32 color, float thickness_screen, float rounding_world) const
{
    DrawList->AddRect(ToScreen(r_world.Min), ToScreen(r_world.Max), color, ToScreen(rounding_world), 0, thickness_screen);
}

namespace
{
// The screen clip of a text starting at `pos_screen`: the given clip, never tighter than a
// pixel left of where the text starts (pen positions are floored to whole pixels, and at small
// zoom a clip edge on the text's start cut its first letter off), inside the visible area.
bool TextClip(const Painter& p, const Rect& clip_world, ImVec2 pos_screen, ImVec4* clip)
{
    const Rect clip_screen = WorldToScreen(p.ViewTransform, clip_world);
    const float left = std::min(clip_screen.Min.x, std::floor(pos_screen.x) - 1.0f);
    *clip = ImVec4(std::max(left, p.Visible.Min.x), std::max(clip_screen.Min.y, p.Visible.Min.y),
                   std::min(clip_screen.Max.x, p.Visible.Max.x), std::min(clip_screen.Max.y, p.Visible.Max.y));
    return clip->x < clip->z && clip->y < clip->w;
}

// Too small to read: a grey bar where the text is keeps the map's shape visible.
void TextBar(const Painter& p, const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world,
             const Rect& clip_world)
{
    const float bar_w = std::min(wrap_world > 0.0f ? wrap_world : clip_world.Width(), size_world * 0.5f * (float)std::strlen(text));
    const Rect bar = {pos_world + Vec2(0, size_world * 0.25f), pos_world + Vec2(bar_w, size_world * 0.75f)};
    p.FillRect(bar, (color & 0x00FFFFFF) | 0x50000000);
}

// Draws the text, wrapped by the cache in world units (the same lines at every zoom and on
// paper); returns the height used in world units.
float DrawText(const Painter& p, const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world,
               const Rect& clip_world, bool bold, int max_lines)
{
    const float size_screen = p.ToScreen(size_world);
    if (size_screen < LeastReadablePixels)
    {
        TextBar(p, text, pos_world, size_world, color, wrap_world, clip_world);
        return size_world;
    }
    ImFont* font = PickCanvasFont(p.Fonts, size_screen, bold);
    const ImVec2 pos_screen = p.ToScreen(pos_world);
    ImVec4 clip;
    if (!TextClip(p, clip_world, pos_screen, &clip))
        return 0.0f;
    if (wrap_world <= 0.0f)
    {
        p.DrawList->AddText(font, size_screen, pos_screen, color, text, nullptr, 0.0f, &clip);
        int lines = 1;
        for (const char* c = text; *c; c++)
            lines += *c == '\n';
        return size_world * (float)lines;
    }
    // Without a limit, as many lines as the clip holds: the last one ends in "…" when text is left.
    if (max_lines <= 0)
        max_lines = std::max(1, (int)std::floor((clip_world.Max.y - pos_world.y) / size_world + 0.05f));
    const std::vector<TextLine>& lines = WrapCacheOf(p.Fonts).Wrap(text, size_world, wrap_world, max_lines, bold);
    for (size_t i = 0; i < lines.size(); i++)
    {
        const TextLine& line = lines[i];
        const float y_screen = pos_screen.y + (float)i * size_screen;
        if (y_screen + size_screen < clip.y)
            continue;
        if (y_screen > clip.w)
            break;
        // Small bakes round each advance to whole pixels: a line that comes out wider than it
        // was measured is drawn a little smaller, so it never runs past its wrap width.
        const float measured_screen = p.ToScreen(line.Width);
        const float actual_screen = font->CalcTextSizeA(size_screen, FLT_MAX, 0.0f, text + line.Begin, text + line.End).x;
        const float line_size = actual_screen > measured_screen * 1.005f ? size_screen * measured_screen / actual_screen : size_screen;
        const ImVec2 at(pos_screen.x, y_screen);
        p.DrawList->AddText(font, line_size, at, color, text + line.Begin, text + line.End, 0.0f, &clip);
        if (line.Hyphen || line.Ellipsis)
            p.DrawList->AddText(font, line_size, ImVec2(pos_screen.x + std::min(actual_screen, measured_screen), y_screen), color,
                                line.Hyphen ? "-" : "\xE2\x80\xA6", nullptr, 0.0f, &clip);
    }
    return size_world * (float)lines.size();
}
} // namespace

float Painter::Text(const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world, const Rect& clip_world,
                    bool bold, int max_lines) const
{
    if (!text || !text[0])
        return 0.0f;
    return DrawText(*this, text, pos_world, size_world * TextScale, color, wrap_world, clip_world, bold, max_lines);
}

void Painter::Label(const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world, const Rect& clip_world,
                    bool bold, int max_lines) const
{
    Text(text, pos_world, size_world, color, wrap_world, clip_world, bold, max_lines);
}

float Painter::TextWidth(const char* text, float size_world, bool bold) const
{
    size_world *= TextScale;
    const float size_screen = std::max(LeastReadablePixels, ToScreen(size_world));
    ImFont* font = PickCanvasFont(Fonts, size_screen, bold);
    return font->CalcTextSizeA(size_screen, FLT_MAX, 0.0f, text).x / ViewTransform.Zoom;
}

ImU32 LerpColor(ImU32 a, ImU32 b, float t)
{
    auto channel = [&](int shift) {
        const float ca = (float)((a >> shift) & 0xFF), cb = (float)((b >> shift) & 0xFF);
        return (ImU32)std::lround(ca + (cb - ca) * t) << shift;
    };
    return channel(0) | channel(8) | channel(16) | channel(24);
}

ImU32 TypeColor(InteractionType type)
{
    static const ImU32 colors[] = {
        IM_COL32(31, 95, 139, 255),  // face-to-face: blue
        IM_COL32(0, 128, 128, 255),  // phone: teal
        IM_COL32(106, 76, 156, 255), // online consult: purple
        IM_COL32(120, 120, 120, 255),// appointment: grey
        IM_COL32(196, 60, 40, 255),  // decision: red
        IM_COL32(46, 125, 50, 255),  // home measurement: green
        IM_COL32(230, 120, 0, 255),  // alert: orange
        IM_COL32(90, 90, 90, 255),   // other
    };
    return colors[(int)type];
}

void DrawFace(const Painter& p, Vec2 center_world, float score, ImU32 outline)
{
    ImDrawList* dl = p.DrawList;
    const ImVec2 c = p.ToScreen(center_world);
    const float r = std::max(3.0f, p.ToScreen(FaceRadius * std::sqrt(p.TextScale))); // larger text, larger faces
    dl->AddCircleFilled(c, r, ScoreColor(score), 24);
    dl->AddCircle(c, r, outline, 24, std::max(1.0f, r * 0.14f));
    if (r < 6.0f)
        return;
    const ImU32 ink = IM_COL32(20, 20, 20, 255);
    dl->AddCircleFilled(ImVec2(c.x - r * 0.36f, c.y - r * 0.25f), r * 0.12f, ink, 8);
    dl->AddCircleFilled(ImVec2(c.x + r * 0.36f, c.y - r * 0.25f), r * 0.12f, ink, 8);
    // The mouth bends with the score: a smile at +2, a frown at -2, straight at 0.
    const float bend = std::clamp(score, -2.0f, 2.0f) / 2.0f * r * 0.35f;
    const ImVec2 left(c.x - r * 0.45f, c.y + r * 0.35f - bend * 0.3f), right(c.x + r * 0.45f, c.y + r * 0.35f - bend * 0.3f);
    dl->AddBezierQuadratic(left, ImVec2(c.x, c.y + r * 0.35f + bend), right, ink, std::max(1.0f, r * 0.12f), 12);
}

void DrawUnscoredFace(const Painter& p, Vec2 center_world, ImU32 outline)
{
    // An empty dashed circle: a place for a score, not a score (no colour, no mouth).
    const ImVec2 c = p.ToScreen(center_world);
    const float r = std::max(3.0f, p.ToScreen(FaceRadius * std::sqrt(p.TextScale)));
    const float thickness = std::max(1.0f, r * 0.12f);
    constexpr int dashes = 12;
    for (int i = 0; i < dashes; i++)
    {
        const float pi = 3.14159265f, a0 = (float)i * 2.0f * pi / dashes, a1 = a0 + pi / dashes;
        p.DrawList->PathArcTo(c, r, a0, a1, 4);
        p.DrawList->PathStroke(outline, 0, thickness);
    }
}
} // namespace map_draw

unsigned int ScoreColor(float score)
{
    using namespace map_draw;
    const ImU32 red = IM_COL32(211, 47, 47, 255), grey = IM_COL32(176, 176, 176, 255), green = IM_COL32(46, 160, 60, 255);
    const float s = std::clamp(score, -2.0f, 2.0f) / 2.0f;
    return s < 0.0f ? LerpColor(grey, red, -s) : LerpColor(grey, green, s);
}
