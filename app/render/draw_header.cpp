// The parts of the map around the journey itself: the title band with scope, intended outcome
// and legend above the map, and the persona cards beside it.
#include "render/draw_map.h"
#include "render/draw_parts.h"
#include "text/i18n.h"
#include "render/map_painter.h"
#include "render/persona_fields.h"
#include "render/photo_textures.h"
#include "render/theme.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

namespace map_draw
{
constexpr size_t MaxMeasuredTitle = 2048; // bytes of a title measured and drawn, at most

void DrawTitleBand(const Painter& p, const Document& doc, const Situation& situation, const MapLayout& layout,
                   const std::string& date)
{
    const Rect band = layout.TitleBand;
    if (!p.IsVisible(band))
        return;
    float y = band.Min.y;
    const float ts = p.TextScale; // the legend's spacing grows with its text
    const float legend_w = 520.0f * ts;
    const float text_w = std::max(200.0f, band.Width() - legend_w - 40.0f);
    const Rect text_clip = {band.Min, {band.Min.x + text_w, band.Max.y}};
    // Composed in buffers kept between frames: drawing allocates nothing once they have grown.
    static thread_local std::string title, suffix, names;
    // The title has the space left of the legend, on one line: a longer one ends in "…" before the
    // situation's name, so it never runs under the legend (a title may be a megabyte: only its
    // start is measured, and no title that long fits anyway).
    const std::string_view own = doc.Title.empty() ? std::string_view(Tr("status.untitled")) : std::string_view(doc.Title);
    size_t cut = std::min(own.size(), MaxMeasuredTitle);
    while (cut < own.size() && cut > 0 && ((unsigned char)own[cut] & 0xC0) == 0x80)
        cut--;
    title.assign(own.data(), cut);
    suffix.assign("  \xE2\x80\x93  "); // en dash
    suffix += SituationTitle(situation);
    const float suffix_w = p.TextWidth(suffix.c_str(), TitleTextSize, true);
    if (cut == own.size() && p.TextWidth(title.c_str(), TitleTextSize, true) + suffix_w <= text_w)
    {
        title += suffix;
        y += p.Text(title.c_str(), {band.Min.x, y}, TitleTextSize, p.Colors.Ink, 0.0f, text_clip, true) + 8.0f;
    }
    else
    {
        const float room = std::max(text_w * 0.5f, text_w - suffix_w);
        const float h = p.Text(title.c_str(), {band.Min.x, y}, TitleTextSize, p.Colors.Ink, room, text_clip, true, 1);
        p.Text(suffix.c_str(), {band.Min.x + room, y}, TitleTextSize, p.Colors.Ink, 0.0f, text_clip, true);
        y += h + 8.0f;
    }

    // Scope and intended outcome always have their line: an empty one says where to fill it in (step 1).
    auto line = [&](const char* label_key, const std::string& value, bool always) {
        if (value.empty() && !always)
            return;
        const float label_w = p.TextWidth(Tr(label_key), BodyTextSize, true) + 12.0f;
        p.Text(Tr(label_key), {band.Min.x, y}, BodyTextSize, p.Colors.InkSoft, 0.0f, text_clip, true);
        const bool empty = value.empty();
        const float value_x = std::max(label_w, 150.0f * ts);
        y += p.Text(empty ? Tr("header.empty") : value.c_str(), {band.Min.x + value_x, y}, BodyTextSize,
                    empty ? p.Colors.InkSoft : p.Colors.Ink, text_w - value_x, text_clip) + 4.0f;
    };
    line("header.scope", doc.Scope, true);
    line("header.outcome", doc.IntendedOutcome, true);
    if (!doc.Personas.empty())
    {
        names.clear();
        for (const Persona& persona : doc.Personas)
            if (!persona.Name.empty())
                (names.empty() ? names : names.append(", ")).append(persona.Name);
        line("header.persona", names, false);
    }
    line("header.date", date, false);
    if (!doc.Remark.empty())
        p.Text(doc.Remark.c_str(), {band.Min.x, y}, SmallTextSize, p.Colors.InkSoft, text_w, text_clip);

    // Legend: the two curves and the two note colours.
    Vec2 at = {band.Max.x - legend_w, band.Min.y + 8.0f};
    const Rect legend_clip = {{at.x - 10.0f, band.Min.y}, band.Max};
    auto curve_entry = [&](ImU32 color, const char* key) {
        p.DrawList->AddLine(p.ToScreen(at + Vec2(0, 14 * ts)), p.ToScreen(at + Vec2(60, 14 * ts)), color, std::max(1.5f, p.ToScreen(5.0f)));
        p.Text(Tr(key), at + Vec2(72, 2), BodyTextSize, p.Colors.Ink, 0.0f, legend_clip);
        at.y += 32.0f * ts;
    };
    curve_entry(p.Colors.PatientCurve, "legend.patient");
    curve_entry(p.Colors.ProfessionalCurve, "legend.professional");
    auto note_entry = [&](ImU32 fill, ImU32 border, const char* key) {
        const Rect swatch = {at + Vec2(10, 2), at + Vec2(50, 2 + 24 * ts)};
        p.FillRect(swatch, fill, 3.0f);
        p.StrokeRect(swatch, border, 1.5f, 3.0f);
        p.Text(Tr(key), at + Vec2(72, 2), BodyTextSize, p.Colors.Ink, 0.0f, legend_clip);
        at.y += 32.0f * ts;
    };
    note_entry(p.Colors.PainPointNote, p.Colors.PainPointBorder, "lane.pain_points");
    note_entry(p.Colors.OpportunityNote, p.Colors.OpportunityBorder, "lane.opportunities");
    // Faces: -2 .. +2 along one row.
    const float face = std::sqrt(ts); // faces grow with the text
    at = {band.Max.x - legend_w + 260.0f * ts, band.Min.y + 24.0f * face};
    for (int s = -2; s <= 2; s++)
        DrawFace(p, at + Vec2((float)(s + 2) * 44.0f * face, 0.0f), (float)s, p.Colors.CardBorder);
    // Below them the mark of a moment not scored yet.
    at.y += 48.0f * face;
    DrawUnscoredFace(p, at, p.Colors.CardBorder);
    p.Text(Tr("legend.not_scored"), at + Vec2(30.0f * face, -12.0f * ts), BodyTextSize, p.Colors.Ink, 0.0f, legend_clip);
}

// The photo fills a square, cropped to its middle; without one (or without GL, as in the headless
// tests) a frame marks where it goes, as on the printed persona format.
static void DrawPersonaPhoto(const Painter& p, const Persona& persona, const Rect& box)
{
    const PhotoTexture photo = GetPersonaPhotoTexture(p.Fonts.Photos.get(), persona);
    if (photo.Texture && photo.Width > 0 && photo.Height > 0)
    {
        const float aspect = (float)photo.Width / (float)photo.Height;
        ImVec2 uv0(0, 0), uv1(1, 1);
        if (aspect > 1.0f)
            uv0.x = 0.5f - 0.5f / aspect, uv1.x = 0.5f + 0.5f / aspect;
        else
            uv0.y = 0.5f - 0.5f * aspect, uv1.y = 0.5f + 0.5f * aspect;
        p.DrawList->AddImageRounded(photo.Texture, p.ToScreen(box.Min), p.ToScreen(box.Max), uv0, uv1, IM_COL32_WHITE,
                                    p.ToScreen(8.0f));
        p.StrokeRect(box, p.Colors.CardBorder, std::max(1.0f, p.ToScreen(1.5f)), 8.0f);
        return;
    }
    p.FillRect(box, IM_COL32(232, 226, 216, 255), 8.0f);
    p.StrokeRect(box, p.Colors.Grid, std::max(1.0f, p.ToScreen(1.5f)), 8.0f);
    // A simple head and shoulders, so the empty frame reads as "photo" in any language.
    const Vec2 c = box.Center();
    const float r = box.Width() * 0.17f;
    p.DrawList->AddCircleFilled(p.ToScreen(c - Vec2(0, r * 0.9f)), p.ToScreen(r), IM_COL32(200, 192, 180, 255));
    p.DrawList->PathArcTo(p.ToScreen({c.x, box.Max.y}), p.ToScreen(r * 2.0f), 3.14159f, 2.0f * 3.14159f);
    p.DrawList->PathFillConvex(IM_COL32(200, 192, 180, 255));
}

void DrawPersona(const Painter& p, const Persona& persona, const Rect& card)
{
    if (!p.IsVisible(card))
        return;
    p.FillRect(card, IM_COL32(250, 247, 240, 255), 10.0f);
    p.StrokeRect(card, p.Colors.CardBorder, std::max(1.0f, p.ToScreen(2.0f)), 10.0f);
    const float pad = 18.0f;
    const float wrap = card.Width() - 2 * pad;
    const Rect inner = {card.Min + Vec2(pad, pad), card.Max - Vec2(pad, pad)};

    // Top: photo left, name, age and the fictional/real marker right of it.
    const float photo_side = 150.0f;
    const Rect photo_box = {inner.Min, inner.Min + Vec2(photo_side, photo_side)};
    DrawPersonaPhoto(p, persona, photo_box);
    const float right_x = photo_box.Max.x + 16.0f;
    const float right_w = inner.Max.x - right_x;
    // Text sized for paper can be taller than the photo: the fields then start below the text.
    const Rect right_clip = {{right_x, inner.Min.y}, inner.Max};
    float y = inner.Min.y;
    y += p.Text(Tr("header.persona"), {right_x, y}, SmallTextSize, p.Colors.InkSoft, 0.0f, right_clip, true) + 2.0f;
    const bool unnamed = persona.Name.empty();
    y += p.Text(unnamed ? Tr("persona.unnamed") : persona.Name.c_str(), {right_x, y}, 28.0f,
                unnamed ? p.Colors.InkSoft : p.Colors.Ink, right_w, right_clip, true) + 2.0f;
    if (persona.Age > 0)
    {
        char age[32]; // on the stack: drawing allocates nothing per frame
        std::snprintf(age, sizeof(age), Tr("persona.age"), persona.Age);
        y += p.Text(age, {right_x, y}, BodyTextSize, p.Colors.Ink, right_w, right_clip) + 2.0f;
    }
    y += 4.0f + p.Text(Tr(persona.BasedOnRealPerson ? "persona.real" : "persona.fictional"), {right_x, y + 4.0f}, SmallTextSize,
                       p.Colors.InkSoft, right_w, right_clip);

    // The fields of the persona format in its order, each under its name; an empty one keeps a
    // line to write on, like the paper format.
    y = std::max(photo_box.Max.y, y) + 16.0f;
    int count = 0;
    const PersonaFieldInfo* fields = PersonaTextFields(&count);
    for (int i = 0; i < count && y < inner.Max.y; i++)
    {
        const std::string& text = PersonaFieldText(persona, fields[i].Field);
        const bool quote = fields[i].Field == PersonaField::Quote;
        y += p.Text(Tr(fields[i].LabelKey), {inner.Min.x, y}, SmallTextSize, p.Colors.InkSoft, wrap, inner, true) + 1.0f;
        if (text.empty())
        {
            p.DrawList->AddLine(p.ToScreen({inner.Min.x, y + 24.0f}), p.ToScreen({inner.Max.x, y + 24.0f}), p.Colors.Grid,
                                std::max(1.0f, p.ToScreen(1.0f)));
            y += 34.0f;
            continue;
        }
        if (quote)
        {
            static thread_local std::string quoted; // kept between frames: no allocation once grown
            quoted.assign("\xE2\x80\x9C").append(text).append("\xE2\x80\x9D");
            y += p.Text(quoted.c_str(), {inner.Min.x, y}, 22.0f, p.Colors.Ink, wrap, inner, true) + 10.0f;
        }
        else
            y += p.Text(text.c_str(), {inner.Min.x, y}, 21.0f, p.Colors.Ink, wrap, inner) + 10.0f;
    }
}
} // namespace map_draw
