// [SECTION] helpers: world-space text and shapes
// [SECTION] title band and legend
// [SECTION] persona cards
// [SECTION] phases and lanes
// [SECTION] moments, curves, notes
// [SECTION] DrawMap
#include "draw_map.h"

#include "i18n.h"
#include "theme.h"

#include <imgui.h>

#include "curve.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace
{
// World font sizes: what a card title or a lane label measures at 100 %.
constexpr float TitleTextSize = 52.0f;
constexpr float HeadingTextSize = 27.0f;
constexpr float BodyTextSize = 23.0f;
constexpr float SmallTextSize = 18.0f;
constexpr float FaceRadius = 18.0f;       // world units
constexpr float LeastReadablePixels = 4.0f; // below this text is drawn as grey bars

struct Painter
{
    ImDrawList* DrawList;
    const FontSet& Fonts;
    const View& ViewTransform;
    Rect Visible; // screen

    ImVec2 ToScreen(Vec2 p_world) const
    {
        const Vec2 p = WorldToScreen(ViewTransform, p_world);
        return ImVec2(p.x, p.y);
    }
    float ToScreen(float length_world) const { return length_world * ViewTransform.Zoom; }
    bool IsVisible(const Rect& r_world) const { return WorldToScreen(ViewTransform, r_world).Overlaps(Visible); }

    void FillRect(const Rect& r_world, ImU32 color, float rounding_world = 0.0f) const
    {
        DrawList->AddRectFilled(ToScreen(r_world.Min), ToScreen(r_world.Max), color, ToScreen(rounding_world));
    }
    void StrokeRect(const Rect& r_world, ImU32 color, float thickness_screen, float rounding_world = 0.0f) const
    {
        DrawList->AddRect(ToScreen(r_world.Min), ToScreen(r_world.Max), color, ToScreen(rounding_world), 0, thickness_screen);
    }

    // Text at `pos_world` (top-left), wrapped at `wrap_world` (0: no wrap) and clipped to `clip_world`.
    // Returns the height used in world units.
    float Text(const char* text, Vec2 pos_world, float size_world, ImU32 color, float wrap_world, const Rect& clip_world,
               bool bold = false) const
    {
        if (!text || !text[0])
            return 0.0f;
        const float size_screen = ToScreen(size_world);
        if (size_screen < LeastReadablePixels)
        {
            // Too small to read: a grey bar where the text is keeps the map's shape visible.
            const float bar_w = std::min(wrap_world > 0.0f ? wrap_world : clip_world.Width(), size_world * 0.5f * (float)std::strlen(text));
            const Rect bar = {pos_world + Vec2(0, size_world * 0.25f), pos_world + Vec2(bar_w, size_world * 0.75f)};
            FillRect(bar, (color & 0x00FFFFFF) | 0x50000000);
            return size_world;
        }
        ImFont* font = PickCanvasFont(Fonts, size_screen, bold);
        const Rect clip_screen = WorldToScreen(ViewTransform, clip_world);
        const ImVec4 clip(std::max(clip_screen.Min.x, Visible.Min.x), std::max(clip_screen.Min.y, Visible.Min.y),
                          std::min(clip_screen.Max.x, Visible.Max.x), std::min(clip_screen.Max.y, Visible.Max.y));
        if (clip.x >= clip.z || clip.y >= clip.w)
            return 0.0f;
        const float wrap_screen = wrap_world > 0.0f ? ToScreen(wrap_world) : 0.0f;
        DrawList->AddText(font, size_screen, ToScreen(pos_world), color, text, nullptr, wrap_screen, &clip);
        const ImVec2 measured = font->CalcTextSizeA(size_screen, FLT_MAX, wrap_screen, text);
        return measured.y / ViewTransform.Zoom;
    }

    float TextWidth(const char* text, float size_world, bool bold = false) const
    {
        const float size_screen = std::max(LeastReadablePixels, ToScreen(size_world));
        ImFont* font = PickCanvasFont(Fonts, size_screen, bold);
        return font->CalcTextSizeA(size_screen, FLT_MAX, 0.0f, text).x / ViewTransform.Zoom;
    }
};

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

// [SECTION] faces
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

// [SECTION] title band and legend
void DrawTitleBand(const Painter& p, const Document& doc, const Situation& situation, const MapLayout& layout)
{
    const Rect band = layout.TitleBand;
    if (!p.IsVisible(band))
        return;
    float y = band.Min.y;
    std::string title = doc.Title.empty() ? std::string(Tr("status.untitled")) : doc.Title;
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
        std::string names;
        for (const Persona& persona : doc.Personas)
            names += (names.empty() ? "" : ", ") + persona.Name;
        line("header.persona", names);
    }
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

// [SECTION] persona cards
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
    std::string name = persona.Name;
    if (persona.Age > 0)
    {
        char age[32];
        std::snprintf(age, sizeof(age), Tr("persona.age"), persona.Age);
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
            y += p.Text(("\xE2\x80\xA2 " + *field).c_str(), {card.Min.x + pad, y}, BodyTextSize, MapColors::Ink, wrap, card) + 4.0f;
    if (!persona.Quote.empty())
        p.Text(("\xE2\x80\x9C" + persona.Quote + "\xE2\x80\x9D").c_str(), {card.Min.x + pad, y + 6.0f}, 20.0f,
               MapColors::Ink, wrap, card, true);
}

// [SECTION] phases and lanes
void DrawPhasesAndLanes(const Painter& p, const Situation& situation, const MapLayout& layout)
{
    const float border = std::max(1.0f, p.ToScreen(1.5f));
    for (size_t i = 0; i < layout.Phases.size(); i++)
    {
        const PhaseColumn& column = layout.Phases[i];
        if (!p.IsVisible(column.Column))
            continue;
        if (i % 2 == 1)
            p.FillRect({{column.Column.Min.x, column.Header.Max.y}, column.Column.Max}, MapColors::PhaseStripe);
        const Rect header = {column.Header.Min + Vec2(3, 3), column.Header.Max - Vec2(3, 3)};
        p.FillRect(header, MapColors::PhaseHeader, 6.0f);
        const Phase* phase = FindPhase(situation, column.Id);
        const Rect clip = {header.Min + Vec2(12, 0), header.Max - Vec2(12, 0)};
        p.Text(phase ? phase->Name.c_str() : "", {header.Min.x + 14.0f, header.Min.y + 22.0f}, 28.0f, MapColors::PhaseHeaderText,
               0.0f, clip, true);
    }
    for (const LaneRow& row : layout.Lanes)
    {
        if (!p.IsVisible(row.Row))
            continue;
        p.FillRect(row.Label, MapColors::LaneLabel);
        p.DrawList->AddLine(p.ToScreen({row.Label.Min.x, row.Row.Max.y}), p.ToScreen(row.Row.Max), MapColors::Grid, border);
        const Lane* lane = FindLane(situation, row.Id);
        const Rect clip = {row.Label.Min + Vec2(12, 8), row.Label.Max - Vec2(12, 8)};
        p.Text(lane ? LaneTitle(*lane) : "", row.Label.Min + Vec2(16, 16), HeadingTextSize, MapColors::Ink,
               row.Label.Width() - 32.0f, clip, true);
    }
    for (const PhaseColumn& column : layout.Phases)
        p.DrawList->AddLine(p.ToScreen({column.Column.Max.x, column.Header.Max.y}), p.ToScreen(column.Column.Max), MapColors::Grid, border);

    // Experience lanes: a faint line at every score step, the neutral line stronger.
    for (const Rect* band : {&layout.PatientCurveBand, &layout.ProfessionalCurveBand})
    {
        if (band->Height() <= 0.0f || !p.IsVisible(*band))
            continue;
        for (int s = -2; s <= 2; s++)
        {
            const float y = ScoreToY(*band, (float)s);
            p.DrawList->AddLine(p.ToScreen({band->Min.x, y}), p.ToScreen({band->Max.x, y}),
                                s == 0 ? MapColors::Grid : IM_COL32(228, 224, 220, 255), s == 0 ? border * 1.5f : border);
            const char* label = s == -2 ? "-2" : s == -1 ? "-1" : s == 0 ? "0" : s == 1 ? "+1" : "+2";
            p.Text(label, {-34.0f, y - 9.0f}, SmallTextSize, MapColors::InkSoft, 0.0f, {{-40.0f, y - 12.0f}, {0.0f, y + 12.0f}});
        }
    }
}

// [SECTION] moments, curves, notes
void DrawMoment(const Painter& p, const Moment& moment, const MomentBox& box, const MapLayout& layout, bool selected, bool hovered)
{
    const LayoutMetrics& m = layout.Metrics;
    const Rect card = box.Card;
    if (p.IsVisible(card))
    {
        p.FillRect(card, MapColors::CardFill, 8.0f);
        const Rect strip = {card.Min, {card.Max.x, card.Min.y + 30.0f}};
        p.FillRect(strip, TypeColor(moment.Type), 8.0f);
        p.FillRect({{strip.Min.x, strip.Max.y - 8.0f}, strip.Max}, TypeColor(moment.Type));
        const ImU32 border = selected ? MapColors::Selection : hovered ? IM_COL32(60, 60, 60, 255) : MapColors::CardBorder;
        p.StrokeRect(card, border, std::max(1.0f, p.ToScreen(selected ? 4.0f : 1.5f)), 8.0f);
        const Rect inner = {card.Min + Vec2(10, 0), card.Max - Vec2(10, 6)};
        p.Text(InteractionTypeName(moment.Type), {card.Min.x + 10.0f, card.Min.y + 6.0f}, SmallTextSize, IM_COL32_WHITE, 0.0f,
               {strip.Min + Vec2(10, 0), strip.Max - Vec2(10, 0)}, true);
        float y = card.Min.y + 36.0f;
        y += p.Text(moment.Title.c_str(), {inner.Min.x, y}, BodyTextSize, MapColors::Ink, inner.Width(), inner, true);
        if (!moment.Channel.empty() && y + SmallTextSize < inner.Max.y)
            p.Text(moment.Channel.c_str(), {inner.Min.x, y + 2.0f}, SmallTextSize, MapColors::InkSoft, inner.Width(), inner);
    }
    for (const LaneRow& row : layout.Lanes)
    {
        const Rect cell = {{box.CenterX - m.CardWidth * 0.5f, row.Row.Min.y + m.LanePadding},
                           {box.CenterX + m.CardWidth * 0.5f, row.Row.Max.y - 8.0f}};
        if (!p.IsVisible(cell))
            continue;
        const std::string* text = nullptr;
        Rect text_cell = cell;
        if (row.Kind == LaneKind::Description)
            text = &moment.Description;
        else if (row.Kind == LaneKind::PatientExperience || row.Kind == LaneKind::ProfessionalExperience)
        {
            text = row.Kind == LaneKind::PatientExperience ? &moment.Patient.Text : &moment.Professional.Text;
            text_cell.Min.y = row.Row.Min.y + row.Row.Height() * m.CurveBandFraction + 14.0f;
        }
        else if (row.Kind == LaneKind::Backstage || row.Kind == LaneKind::Quote || row.Kind == LaneKind::Text)
        {
            for (const LaneText& cell_text : moment.Cells)
                if (cell_text.Lane == row.Id)
                    text = &cell_text.Text;
        }
        if (text && !text->empty())
            p.Text(text->c_str(), text_cell.Min, BodyTextSize, MapColors::Ink, text_cell.Width(), text_cell);
    }
}

void DrawCurve(const Painter& p, const Situation& situation, const MapLayout& layout, bool patient)
{
    const Rect& band = patient ? layout.PatientCurveBand : layout.ProfessionalCurveBand;
    if (band.Height() <= 0.0f || layout.Moments.empty() || !p.IsVisible(band))
        return;
    std::vector<Vec2> points_world;
    points_world.reserve(layout.Moments.size());
    for (const MomentBox& box : layout.Moments)
        points_world.push_back(patient ? box.PatientPoint : box.ProfessionalPoint);
    std::vector<Vec2> samples_world;
    // Sample by screen distance: about one point every 6 pixels, whatever the zoom.
    SampleMonotoneCurve(points_world, 6.0f / p.ViewTransform.Zoom, &samples_world);
    std::vector<ImVec2> samples_screen;
    samples_screen.reserve(samples_world.size());
    for (const Vec2& s : samples_world)
        samples_screen.push_back(p.ToScreen(s));
    const ImU32 color = patient ? MapColors::PatientCurve : MapColors::ProfessionalCurve;
    p.DrawList->AddPolyline(samples_screen.data(), (int)samples_screen.size(), color, 0, std::max(1.5f, p.ToScreen(5.0f)));
    for (const MomentBox& box : layout.Moments)
    {
        const Moment* moment = FindMoment(situation, box.Id);
        if (moment)
            DrawFace(p, patient ? box.PatientPoint : box.ProfessionalPoint, patient ? moment->Patient.Score : moment->Professional.Score, color);
    }
}

void DrawNote(const Painter& p, const Note& note, const NoteBox& box, bool selected)
{
    if (!p.IsVisible(box.Box))
        return;
    ImU32 fill = note.Kind == NoteKind::PainPoint ? MapColors::PainPointNote : MapColors::OpportunityNote;
    if (note.Color != 0)
        fill = IM_COL32((note.Color >> 16) & 0xFF, (note.Color >> 8) & 0xFF, note.Color & 0xFF, 255);
    const ImU32 border = note.Kind == NoteKind::PainPoint ? MapColors::PainPointBorder : MapColors::OpportunityBorder;
    p.FillRect(box.Box + Vec2(3, 4), IM_COL32(0, 0, 0, 40), 4.0f); // a soft shadow lifts the note off the lane
    p.FillRect(box.Box, fill, 4.0f);
    p.StrokeRect(box.Box, selected ? MapColors::Selection : border, std::max(1.0f, p.ToScreen(selected ? 4.0f : 1.5f)), 4.0f);
    const Rect inner = {box.Box.Min + Vec2(10, 8), box.Box.Max - Vec2(10, 6)};
    p.Text(note.Text.c_str(), inner.Min, BodyTextSize, MapColors::Ink, inner.Width(), inner);
}
} // namespace

unsigned int ScoreColor(float score)
{
    const ImU32 red = IM_COL32(211, 47, 47, 255), grey = IM_COL32(176, 176, 176, 255), green = IM_COL32(46, 160, 60, 255);
    const float s = std::clamp(score, -2.0f, 2.0f) / 2.0f;
    return s < 0.0f ? LerpColor(grey, red, -s) : LerpColor(grey, green, s);
}

Rect PersonaCardRect(const Persona& persona, const MapLayout& layout)
{
    // As tall as the map beside it, so every field of the persona format has room.
    const float height = std::max(760.0f, layout.Map.Max.y - persona.Y);
    return {{persona.X, persona.Y}, {persona.X + layout.Metrics.PersonaWidth, persona.Y + height}};
}

Rect DrawnBounds(const Document& doc, const MapLayout& layout, const MapDrawOptions& options)
{
    Rect bounds = layout.Map;
    if (options.ShowTitleBand)
        bounds.Add(layout.TitleBand);
    for (const NoteBox& nb : layout.Notes)
        bounds.Add(nb.Box);
    if (options.ShowPersonas)
        for (const Persona& persona : doc.Personas)
            bounds.Add(PersonaCardRect(persona, layout));
    return bounds;
}

void DrawMap(ImDrawList* draw_list, const FontSet& fonts, const Document& doc, const Situation& situation,
             const MapLayout& layout, const View& view, const Rect& visible_screen, const MapDrawOptions& options)
{
    const Painter p{draw_list, fonts, view, visible_screen};
    draw_list->PushClipRect(ImVec2(visible_screen.Min.x, visible_screen.Min.y), ImVec2(visible_screen.Max.x, visible_screen.Max.y), true);
    if (options.ShowTitleBand)
        DrawTitleBand(p, doc, situation, layout);
    if (options.ShowPersonas)
        for (const Persona& persona : doc.Personas)
            DrawPersona(p, persona, PersonaCardRect(persona, layout));
    DrawPhasesAndLanes(p, situation, layout);
    for (const MomentBox& box : layout.Moments)
        if (const Moment* moment = FindMoment(situation, box.Id))
            DrawMoment(p, *moment, box, layout, options.SelectedMoments && options.SelectedMoments->count(box.Id),
                       options.HoveredMoment == box.Id);
    DrawCurve(p, situation, layout, true);
    DrawCurve(p, situation, layout, false);
    for (const NoteBox& box : layout.Notes)
        if (const Note* note = FindNote(situation, box.Id))
            DrawNote(p, *note, box, options.SelectedNotes && options.SelectedNotes->count(box.Id));
    draw_list->PopClipRect();
}
