// The parts of the map around the journey itself: the title band with scope, intended outcome
// and legend above the map, and the persona cards beside it.
#include "draw_map.h"
#include "draw_parts.h"
#include "i18n.h"
#include "map_painter.h"
#include "theme.h"

#include <cstdio>
#include <string>

namespace map_draw
{
void DrawTitleBand(const Painter& p, const Document& doc, const Situation& situation, const MapLayout& layout,
                   const std::string& date)
{
    const Rect band = layout.TitleBand;
    if (!p.IsVisible(band))
        return;
    float y = band.Min.y;
    // Composed in buffers kept between frames: drawing allocates nothing once they have grown.
    static thread_local std::string title, names;
    title.assign(doc.Title.empty() ? Tr("status.untitled") : doc.Title.c_str());
    title += "  \xE2\x80\x93  "; // en dash
    title += SituationTitle(situation);
    y += p.Text(title.c_str(), {band.Min.x, y}, TitleTextSize, MapColors::Ink, 0.0f, band, true) + 8.0f;

    const float legend_w = 520.0f;
    const float text_w = std::max(200.0f, band.Width() - legend_w - 40.0f);
    const Rect text_clip = {band.Min, {band.Min.x + text_w, band.Max.y}};
    auto line = [&](const char* label_key, const std::string& value) {
        if (value.empty())
            return;
        const float label_w = p.TextWidth(Tr(label_key), BodyTextSize, true) + 12.0f;
        p.Text(Tr(label_key), {band.Min.x, y}, BodyTextSize, MapColors::InkSoft, 0.0f, text_clip, true);
        y += p.Text(value.c_str(), {band.Min.x + std::max(label_w, 150.0f), y}, BodyTextSize, MapColors::Ink,
                    text_w - 150.0f, text_clip) + 4.0f;
    };
    line("header.scope", doc.Scope);
    line("header.outcome", doc.IntendedOutcome);
    if (!doc.Personas.empty())
    {
        names.clear();
        for (const Persona& persona : doc.Personas)
            (names.empty() ? names : names.append(", ")).append(persona.Name);
        line("header.persona", names);
    }
    line("header.date", date);
    if (!doc.Remark.empty())
        p.Text(doc.Remark.c_str(), {band.Min.x, y}, SmallTextSize, MapColors::InkSoft, text_w, text_clip);

    // Legend: the two curves and the two note colours.
    Vec2 at = {band.Max.x - legend_w, band.Min.y + 8.0f};
    const Rect legend_clip = {{at.x - 10.0f, band.Min.y}, band.Max};
    auto curve_entry = [&](ImU32 color, const char* key) {
        p.DrawList->AddLine(p.ToScreen(at + Vec2(0, 14)), p.ToScreen(at + Vec2(60, 14)), color, std::max(1.5f, p.ToScreen(5.0f)));
        p.Text(Tr(key), at + Vec2(72, 2), BodyTextSize, MapColors::Ink, 0.0f, legend_clip);
        at.y += 32.0f;
    };
    curve_entry(MapColors::PatientCurve, "legend.patient");
    curve_entry(MapColors::ProfessionalCurve, "legend.professional");
    auto note_entry = [&](ImU32 fill, ImU32 border, const char* key) {
        const Rect swatch = {at + Vec2(10, 2), at + Vec2(50, 26)};
        p.FillRect(swatch, fill, 3.0f);
        p.StrokeRect(swatch, border, 1.5f, 3.0f);
        p.Text(Tr(key), at + Vec2(72, 2), BodyTextSize, MapColors::Ink, 0.0f, legend_clip);
        at.y += 32.0f;
    };
    note_entry(MapColors::PainPointNote, MapColors::PainPointBorder, "lane.pain_points");
    note_entry(MapColors::OpportunityNote, MapColors::OpportunityBorder, "lane.opportunities");
    // Faces: -2 .. +2 along one row.
    at = {band.Max.x - legend_w + 260.0f, band.Min.y + 24.0f};
    for (int s = -2; s <= 2; s++)
        DrawFace(p, at + Vec2((float)(s + 2) * 44.0f, 0.0f), (float)s, MapColors::CardBorder);
}

void DrawPersona(const Painter& p, const Persona& persona, const Rect& card)
{
    if (!p.IsVisible(card))
        return;
    p.FillRect(card, IM_COL32(250, 247, 240, 255), 10.0f);
    p.StrokeRect(card, MapColors::CardBorder, std::max(1.0f, p.ToScreen(2.0f)), 10.0f);
    const float pad = 18.0f;
    const float wrap = card.Width() - 2 * pad;
    float y = card.Min.y + pad;
    y += p.Text(Tr("header.persona"), {card.Min.x + pad, y}, SmallTextSize, MapColors::InkSoft, 0.0f, card, true) + 2.0f;
    // Composed in buffers kept between frames; the age is formatted only when it or the language changed.
    static thread_local std::string name, line;
    static thread_local int formatted_age = -1;
    static thread_local const char* formatted_with = nullptr;
    static thread_local char age[32];
    name.assign(persona.Name);
    if (persona.Age > 0)
    {
        if (persona.Age != formatted_age || Tr("persona.age") != formatted_with)
        {
            formatted_age = persona.Age;
            formatted_with = Tr("persona.age");
            std::snprintf(age, sizeof(age), formatted_with, persona.Age);
        }
        name += ", ";
        name += age;
    }
    y += p.Text(name.c_str(), {card.Min.x + pad, y}, 28.0f, MapColors::Ink, wrap, card, true) + 2.0f;
    y += p.Text(Tr(persona.BasedOnRealPerson ? "persona.real" : "persona.fictional"), {card.Min.x + pad, y}, SmallTextSize,
                MapColors::InkSoft, wrap, card) + 10.0f;
    const std::string* fields[] = {&persona.LivingSituation, &persona.Work, &persona.Diagnosis, &persona.OtherConditions,
                                   &persona.DigitalSkills, &persona.HealthLiteracy, &persona.Network, &persona.Goals,
                                   &persona.Needs, &persona.Frustrations};
    for (const std::string* field : fields)
        if (!field->empty())
        {
            line.assign("\xE2\x80\xA2 ").append(*field);
            y += p.Text(line.c_str(), {card.Min.x + pad, y}, BodyTextSize, MapColors::Ink, wrap, card) + 4.0f;
        }
    if (!persona.Quote.empty())
    {
        line.assign("\xE2\x80\x9C").append(persona.Quote).append("\xE2\x80\x9D");
        p.Label(line.c_str(), {card.Min.x + pad, y + 6.0f}, 20.0f, MapColors::Ink, wrap, card, true);
    }
}
} // namespace map_draw
