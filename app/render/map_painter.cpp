#include "render/map_painter.h"

#include "render/draw_map.h"

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
// Draws the text (or a grey bar when too small to read); returns the font and size used for
// measuring, or nullptr when nothing needs measuring.
ImFont* DrawText(const Painter& p, const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world,
                 const Rect& clip_world, bool bold, float* size_screen_out, float* wrap_screen_out)
{
    const float size_screen = p.ToScreen(size_world);
    if (size_screen < LeastReadablePixels)
    {
        // Too small to read: a grey bar where the text is keeps the map's shape visible.
        const float bar_w = std::min(wrap_world > 0.0f ? wrap_world : clip_world.Width(), size_world * 0.5f * (float)std::strlen(text));
        const Rect bar = {pos_world + Vec2(0, size_world * 0.25f), pos_world + Vec2(bar_w, size_world * 0.75f)};
        p.FillRect(bar, (color & 0x00FFFFFF) | 0x50000000);
        return nullptr;
    }
    ImFont* font = PickCanvasFont(p.Fonts, size_screen, bold);
    const Rect clip_screen = WorldToScreen(p.ViewTransform, clip_world);
    const ImVec4 clip(std::max(clip_screen.Min.x, p.Visible.Min.x), std::max(clip_screen.Min.y, p.Visible.Min.y),
                      std::min(clip_screen.Max.x, p.Visible.Max.x), std::min(clip_screen.Max.y, p.Visible.Max.y));
    if (clip.x >= clip.z || clip.y >= clip.w)
        return nullptr;
    const float wrap_screen = wrap_world > 0.0f ? p.ToScreen(wrap_world) : 0.0f;
    p.DrawList->AddText(font, size_screen, p.ToScreen(pos_world), color, text, nullptr, wrap_screen, &clip);
    *size_screen_out = size_screen;
    *wrap_screen_out = wrap_screen;
    return font;
}
} // namespace

float Painter::Text(const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world, const Rect& clip_world,
                    bool bold) const
{
    if (!text || !text[0])
        return 0.0f;
    float size_screen = 0.0f, wrap_screen = 0.0f;
    ImFont* font = DrawText(*this, text, pos_world, size_world, color, wrap_world, clip_world, bold, &size_screen, &wrap_screen);
    if (!font)
        return ToScreen(size_world) < LeastReadablePixels ? size_world : 0.0f;
    const ImVec2 measured = font->CalcTextSizeA(size_screen, FLT_MAX, wrap_screen, text);
    return measured.y / ViewTransform.Zoom;
}

void Painter::Label(const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world, const Rect& clip_world,
                    bool bold) const
{
    if (!text || !text[0])
        return;
    float size_screen = 0.0f, wrap_screen = 0.0f;
    DrawText(*this, text, pos_world, size_world, color, wrap_world, clip_world, bold, &size_screen, &wrap_screen);
}

float Painter::TextWidth(const char* text, float size_world, bool bold) const
{
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
    const float r = std::max(3.0f, p.ToScreen(FaceRadius));
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
    const float r = std::max(3.0f, p.ToScreen(FaceRadius));
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
