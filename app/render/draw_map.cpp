// [SECTION] scratch buffers and level of detail
// [SECTION] phases and lanes
// [SECTION] moments, curves, notes
// [SECTION] DrawMap
// Big maps stay cheap: only what reaches into the visible rectangle is visited (binary search in
// the layout's x-sorted moments and notes), and when text would be too small to read, cards and
// notes are drawn as flat coloured blocks and faces as dots, one per pixel column.
#include "render/draw_map.h"

#include "phase_name_fit.h"

#include "compare.h"
#include "curve.h"
#include "phase_name_fit.h"
#include "render/draw_parts.h"
#include "text/i18n.h"
#include "render/map_painter.h"
#include "render/theme.h"
#include "text_wrap.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace map_draw;

namespace
{
// [SECTION] scratch buffers and level of detail
// Kept between frames so drawing allocates nothing once the buffers have grown.
struct DrawScratch
{
    std::vector<Vec2> PointsWorld;
    std::vector<Vec2> SamplesWorld;
    std::vector<ImVec2> SamplesScreen;
    std::vector<int> FreeNotes;
    CurveScratch Curve;
};

DrawScratch& Scratch()
{
    static thread_local DrawScratch scratch;
    return scratch;
}

// Below this zoom body text is smaller than LeastReadablePixels: cards and notes become blocks.
bool DrawBlocks(const Painter& p) { return p.ToScreen(BodyTextSize * p.TextScale) < LeastReadablePixels; }

// Line widths in screen pixels: heavier on the projector.
float Line(const Painter& p, float world, float least_screen = 1.0f) { return std::max(least_screen, p.ToScreen(world)) * p.Colors.LineScale; }

// The chip colour of an interaction type, darkened on the projector so white text reads on it.
ImU32 ChipColor(const Painter& p, InteractionType type)
{
    const ImU32 c = TypeColor(type);
    return p.Colors.ChipShade >= 1.0f ? c : LerpColor(IM_COL32(0, 0, 0, 255), c, p.Colors.ChipShade);
}

// [SECTION] phases and lanes
void DrawPhaseHeader(const Painter& p, const Situation& situation, const PhaseColumn& column)
{
    const Rect header = {column.Header.Min + Vec2(3, 3), column.Header.Max - Vec2(3, 3)};
    p.FillRect(header, p.Colors.PhaseHeader, 6.0f);
    const Phase* phase = FindPhase(situation, column.Id);
    const Rect clip = {header.Min + Vec2(12, 0), header.Max - Vec2(12, 0)};
    const char* name = phase ? PhaseTitle(*phase) : "";
    const float width = clip.Width() - 2.0f;
    const PhaseNameFit fit = FitPhaseName(28.0f, p.TextWidth(name, 28.0f, true), width, header.Height(), p.TextScale);
    const float size = fit.Size;
    const int lines = fit.Lines;
    const float name_y = header.Center().y - size * p.TextScale * (lines == 2 ? 1.15f : 0.55f);
    p.Text(name, {header.Min.x + 14.0f, name_y}, size, p.Colors.PhaseHeaderText, width, clip, true, lines);
}

// A lane's title cell left of the phases, with the -2..+2 scale of an experience lane.
void DrawLaneLabel(const Painter& p, const Situation& situation, const MapLayout& layout, const LaneRow& row)
{
    const float ts = p.TextScale;
    p.FillRect(row.Label, p.Colors.LaneLabel);
    const Lane* lane = FindLane(situation, row.Id);
    const Rect clip = {row.Label.Min + Vec2(12, 8), row.Label.Max - Vec2(12, 8)};
    // Experience lanes keep the right of their title cell free for the -2..+2 scale.
    const bool has_scale = row.Kind == LaneKind::PatientExperience || row.Kind == LaneKind::ProfessionalExperience;
    p.Text(lane ? LaneTitle(*lane) : "", row.Label.Min + Vec2(16, 16), HeadingTextSize, p.Colors.Ink,
           row.Label.Width() - (has_scale ? 32.0f + 44.0f * ts : 32.0f), clip, true);
    if (!has_scale)
        return;
    const Rect& band = row.Kind == LaneKind::PatientExperience ? layout.PatientCurveBand : layout.ProfessionalCurveBand;
    if (band.Height() <= 0.0f)
        return;
    for (int s = -2; s <= 2; s++)
    {
        const float y = ScoreToY(band, (float)s);
        const char* label = s == -2 ? "-2" : s == -1 ? "-1" : s == 0 ? "0" : s == 1 ? "+1" : "+2";
        const float h = SmallTextSize * ts;
        p.Text(label, {-34.0f * ts, y - h * 0.5f}, SmallTextSize, p.Colors.InkSoft, 0.0f, {{-40.0f * ts, y - h}, {0.0f, y + h}});
    }
}

void DrawPhasesAndLanes(const Painter& p, const Situation& situation, const MapLayout& layout)
{
    const float border = Line(p, 1.5f);
    for (size_t i = 0; i < layout.Phases.size(); i++)
    {
        const PhaseColumn& column = layout.Phases[i];
        if (!p.IsVisible(column.Column))
            continue;
        if (i % 2 == 1)
            p.FillRect({{column.Column.Min.x, column.Header.Max.y}, column.Column.Max}, p.Colors.PhaseStripe);
        DrawPhaseHeader(p, situation, column);
    }
    for (const LaneRow& row : layout.Lanes)
    {
        if (!p.IsVisible(row.Row))
            continue;
        DrawLaneLabel(p, situation, layout, row);
        p.DrawList->AddLine(p.ToScreen({row.Label.Min.x, row.Row.Max.y}), p.ToScreen(row.Row.Max), p.Colors.Grid, border);
    }
    for (const PhaseColumn& column : layout.Phases)
        p.DrawList->AddLine(p.ToScreen({column.Column.Max.x, column.Header.Max.y}), p.ToScreen(column.Column.Max), p.Colors.Grid, border);

    // Experience lanes: a faint line at every score step, the neutral line stronger.
    for (const Rect* band : {&layout.PatientCurveBand, &layout.ProfessionalCurveBand})
    {
        if (band->Height() <= 0.0f || !p.IsVisible(*band))
            continue;
        for (int s = -2; s <= 2; s++)
        {
            const float y = ScoreToY(*band, (float)s);
            p.DrawList->AddLine(p.ToScreen({band->Min.x, y}), p.ToScreen({band->Max.x, y}),
                                s == 0 ? p.Colors.Grid : p.Colors.ScoreGrid, s == 0 ? border * 1.5f : border);
        }
    }
}

// Like a spreadsheet's frozen panes: when the lane titles have scrolled off the left edge they
// are drawn along it, and the phase headers along the top when they have scrolled off it.
void DrawFrozenHeaders(const Painter& p, const Situation& situation, const MapLayout& layout)
{
    const View& view = p.ViewTransform;
    const float labels_screen = layout.Metrics.LaneLabelWidth * view.Zoom;
    const Rect map_screen = WorldToScreen(view, layout.Map);
    const bool lanes = map_screen.Min.x < p.Visible.Min.x - 0.5f && map_screen.Max.x > p.Visible.Min.x + labels_screen &&
                       labels_screen < p.Visible.Width() * 0.5f;
    const float header_screen = layout.Metrics.PhaseHeaderHeight * view.Zoom;
    const bool headers = map_screen.Min.y < p.Visible.Min.y - 0.5f && map_screen.Max.y > p.Visible.Min.y + header_screen &&
                         header_screen < p.Visible.Height() * 0.5f;
    if (lanes)
    {
        View pinned = view;
        pinned.OriginScreen.x = p.Visible.Min.x + labels_screen;
        const Painter q{p.DrawList, p.Fonts, pinned, p.Visible, p.Colors, p.TextScale};
        for (const LaneRow& row : layout.Lanes)
            if (q.IsVisible(row.Label))
                DrawLaneLabel(q, situation, layout, row);
        p.DrawList->AddLine(ImVec2(p.Visible.Min.x + labels_screen, std::max(map_screen.Min.y, p.Visible.Min.y)),
                            ImVec2(p.Visible.Min.x + labels_screen, std::min(map_screen.Max.y, p.Visible.Max.y)), p.Colors.Grid,
                            Line(p, 1.5f, 2.0f));
    }
    if (headers)
    {
        View pinned = view;
        pinned.OriginScreen.y = p.Visible.Min.y;
        const float left = lanes ? p.Visible.Min.x + labels_screen : p.Visible.Min.x;
        const Painter q{p.DrawList, p.Fonts, pinned, {{left, p.Visible.Min.y}, p.Visible.Max}, p.Colors, p.TextScale};
        p.DrawList->PushClipRect(ImVec2(left, p.Visible.Min.y), ImVec2(p.Visible.Max.x, p.Visible.Max.y), true);
        p.DrawList->AddRectFilled(ImVec2(std::max(left, map_screen.Min.x), p.Visible.Min.y),
                                  ImVec2(std::min(p.Visible.Max.x, map_screen.Max.x), p.Visible.Min.y + header_screen), p.Colors.Background);
        for (const PhaseColumn& column : layout.Phases)
            if (q.IsVisible(column.Header))
                DrawPhaseHeader(q, situation, column);
        p.DrawList->PopClipRect();
        if (lanes) // the corner above the frozen lane titles
            p.DrawList->AddRectFilled(ImVec2(p.Visible.Min.x, p.Visible.Min.y), ImVec2(left, p.Visible.Min.y + header_screen),
                                      p.Colors.Background);
    }
}

// [SECTION] moments, curves, notes
void DrawMomentBlock(const Painter& p, const Moment& moment, const MomentBox& box, bool selected)
{
    // A light card under a strip of its type's colour, as the full card reads from afar.
    const Rect card = box.Card;
    p.FillRect(card, IM_COL32(200, 196, 190, 255));
    p.FillRect({card.Min, {card.Max.x, card.Min.y + card.Height() * 0.35f}}, ChipColor(p, moment.Type));
    if (selected)
        p.StrokeRect(card, p.Colors.Selection, 2.0f);
}

float SelectedBorderPixels(const Painter& p) { return std::max(3.0f, p.ToScreen(4.0f)); }

void DrawMoment(const Painter& p, const Moment& moment, const MomentBox& box, const MapLayout& layout, bool selected, bool hovered)
{
    const LayoutMetrics& m = layout.Metrics;
    const Rect card = box.Card;
    if (p.IsVisible(card))
    {
        p.FillRect(card, p.Colors.CardFill, 8.0f);
        const float ts = p.TextScale;
        const Rect strip = {card.Min, {card.Max.x, card.Min.y + 30.0f * ts}};
        const ImU32 chip = ChipColor(p, moment.Type);
        p.FillRect(strip, chip, 8.0f);
        p.FillRect({{strip.Min.x, strip.Max.y - 8.0f}, strip.Max}, chip);
        const ImU32 border = selected ? p.Colors.Selection : hovered ? IM_COL32(60, 60, 60, 255) : p.Colors.CardBorder;
        p.StrokeRect(card, border, selected ? SelectedBorderPixels(p) : Line(p, 1.5f), 8.0f);
        if (selected) // a soft halo: the selection reads from the back of the room at any zoom
            p.StrokeRect({card.Min - Vec2(4, 4), card.Max + Vec2(4, 4)}, (p.Colors.Selection & 0x00FFFFFF) | 0x60000000,
                         SelectedBorderPixels(p), 10.0f);
        const float pad = m.TextPadding;
        const Rect inner = {card.Min + Vec2(pad, 0), card.Max - Vec2(pad, 6)};
        p.Label(InteractionTypeName(moment.Type), {card.Min.x + pad, card.Min.y + 6.0f * ts}, SmallTextSize, IM_COL32_WHITE, 0.0f,
                {strip.Min + Vec2(pad, 0), strip.Max - Vec2(pad, 0)}, true);
        float y = card.Min.y + 36.0f * ts;
        // As many title lines as the card holds, at most the layout's limit (then it ends in "…"):
        // the channel keeps its place under the title.
        const float title_size = BodyTextSize * m.CardTitleScale;
        const int title_lines = std::max(1, std::min(m.Lines.CardTitle, (int)std::floor((inner.Max.y - y) / (title_size * ts) + 0.05f)));
        y += p.Text(moment.Title.c_str(), {inner.Min.x, y}, title_size, p.Colors.Ink, inner.Width(), inner, true, title_lines);
        if (!moment.Channel.empty() && y + SmallTextSize * ts < inner.Max.y)
            p.Label(moment.Channel.c_str(), {inner.Min.x, y + 2.0f}, SmallTextSize, p.Colors.InkSoft, inner.Width(), inner);
    }
    for (const LaneRow& row : layout.Lanes)
    {
        Rect text_cell;
        if (!MomentTextCell(layout, box, row, &text_cell) || !p.IsVisible(text_cell))
            continue;
        const std::string* text = nullptr;
        if (row.Kind == LaneKind::Description)
            text = &moment.Description;
        else if (row.Kind == LaneKind::PatientExperience || row.Kind == LaneKind::ProfessionalExperience)
            text = row.Kind == LaneKind::PatientExperience ? &moment.Patient.Text : &moment.Professional.Text;
        else
        {
            for (const LaneText& cell_text : moment.Cells)
                if (cell_text.Lane == row.Id)
                    text = &cell_text.Text;
        }
        if (text && !text->empty())
            p.Label(text->c_str(), text_cell.Min, BodyTextSize, p.Colors.Ink, text_cell.Width(), text_cell);
    }
}

// The curve through the moments in [first, last), and its faces. Neighbours beyond the range
// shape the curve's ends (the monotone tangents look two points each way), so they are included.
// `compare`: the Compare view, where a dropped moment shows its faded current faces instead.
void DrawCurve(const Painter& p, const Situation& situation, const MapLayout& layout, bool patient, size_t first, size_t last,
               const Comparison* compare)
{
    const Rect& band = patient ? layout.PatientCurveBand : layout.ProfessionalCurveBand;
    if (band.Height() <= 0.0f || first >= last || !p.IsVisible(band))
        return;
    DrawScratch& scratch = Scratch();
    // The curve passes only through scored moments: three scored ones beyond each end shape it.
    CurvePointsAround(layout, patient, first, last, &scratch.PointsWorld);
    const ImU32 color = patient ? p.Colors.PatientCurve : p.Colors.ProfessionalCurve;
    if (!scratch.PointsWorld.empty())
    {
        scratch.SamplesWorld.clear();
        // Sample by screen distance: about one point every 6 pixels, whatever the zoom.
        SampleMonotoneCurve(scratch.PointsWorld, 6.0f / p.ViewTransform.Zoom, &scratch.SamplesWorld, &scratch.Curve);
        scratch.SamplesScreen.clear();
        for (const Vec2& s : scratch.SamplesWorld)
            scratch.SamplesScreen.push_back(p.ToScreen(s));
        p.DrawList->AddPolyline(scratch.SamplesScreen.data(), (int)scratch.SamplesScreen.size(), color, 0,
                                Line(p, 5.0f, 1.5f));
    }

    const bool dots = p.ToScreen(FaceRadius) < 3.0f;
    float last_dot_x = -1e30f;
    for (size_t i = first; i < last; i++)
    {
        const MomentBox& box = layout.Moments[i];
        const Moment* moment = ModelMoment(situation, box);
        if (!moment)
            continue;
        const Vec2 at_world = patient ? box.PatientPoint : box.ProfessionalPoint;
        const std::optional<float>& score = patient ? moment->Patient.Score : moment->Professional.Score;
        if (!dots)
        {
            if (score)
                DrawFace(p, at_world, *score, color);
            else if (!compare || !compare->FindDropped(box.Id))
                DrawUnscoredFace(p, at_world, color);
            continue;
        }
        if (!score)
            continue; // nothing to show from afar
        // Faces closer together than a few pixels: a dot in the score's colour, one per 2 pixels.
        const ImVec2 at = p.ToScreen(at_world);
        if (at.x - last_dot_x < 2.0f)
            continue;
        last_dot_x = at.x;
        p.DrawList->AddRectFilled(ImVec2(at.x - 1.5f, at.y - 1.5f), ImVec2(at.x + 1.5f, at.y + 1.5f), ScoreColor(*score));
    }
}

void DrawNote(const Painter& p, const Note& note, const NoteBox& box, float pad, bool selected, bool blocks)
{
    if (!p.IsVisible(box.Box))
        return;
    ImU32 fill = note.Kind == NoteKind::PainPoint ? p.Colors.PainPointNote : p.Colors.OpportunityNote;
    if (note.Color != 0)
        fill = IM_COL32((note.Color >> 16) & 0xFF, (note.Color >> 8) & 0xFF, note.Color & 0xFF, 255);
    const ImU32 border = note.Kind == NoteKind::PainPoint ? p.Colors.PainPointBorder : p.Colors.OpportunityBorder;
    if (blocks)
    {
        // Too small to read: a block in the note's colour, edged in its kind's colour.
        p.FillRect(box.Box, border);
        p.FillRect({box.Box.Min + Vec2(0, box.Box.Height() * 0.12f), box.Box.Max}, fill);
        if (selected)
            p.StrokeRect(box.Box, p.Colors.Selection, 2.0f);
        return;
    }
    p.FillRect(box.Box + Vec2(3, 4), IM_COL32(0, 0, 0, 40), 4.0f); // a soft shadow lifts the note off the lane
    p.FillRect(box.Box, fill, 4.0f);
    p.StrokeRect(box.Box, selected ? p.Colors.Selection : border, selected ? SelectedBorderPixels(p) : Line(p, 1.5f), 4.0f);
    if (selected)
        p.StrokeRect({box.Box.Min - Vec2(4, 4), box.Box.Max + Vec2(4, 4)}, (p.Colors.Selection & 0x00FFFFFF) | 0x60000000,
                     SelectedBorderPixels(p), 6.0f);
    Rect inner = {box.Box.Min + Vec2(pad, 8), box.Box.Max - Vec2(pad, 6)};
    if (note.FromParticipant)
    {
        // A small phone in the top-right corner: this note came from a participant's phone.
        const Vec2 phone_min(box.Box.Max.x - 20.0f, box.Box.Min.y + 7.0f);
        p.StrokeRect({phone_min, phone_min + Vec2(11, 18)}, border, std::max(1.0f, p.ToScreen(1.6f)), 2.5f);
        p.FillRect({phone_min + Vec2(4, 13.5f), phone_min + Vec2(7, 15.5f)}, border);
        inner.Max.x -= 14.0f; // the text keeps clear of it
    }
    p.Label(note.Text.c_str(), inner.Min, BodyTextSize, p.Colors.Ink, inner.Width(), inner);
}
} // namespace

Rect PersonaCardRect(const Persona& persona, const MapLayout& layout)
{
    // As tall as the map beside it, so every field of the persona format has room.
    const float height = std::max(760.0f, layout.Map.Max.y - persona.Y);
    // Positions left of the map are kept for the default metrics: wider lane titles and cards
    // (text sized for paper) move the cards left in proportion, so they never overlap the map.
    const LayoutMetrics standard;
    const float spread = (layout.Metrics.LaneLabelWidth + 50.0f + layout.Metrics.PersonaWidth) /
                         (standard.LaneLabelWidth + 50.0f + standard.PersonaWidth);
    const float x = persona.X < 0.0f ? persona.X * spread : persona.X;
    return {{x, persona.Y}, {x + layout.Metrics.PersonaWidth, persona.Y + height}};
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
    const Painter p{draw_list, fonts, view, visible_screen, options.Projector ? ProjectorPalette() : EditingPalette(),
                    layout.Metrics.TextScale};
    WrapCacheOf(fonts).FollowLanguageOf(doc);
    draw_list->PushClipRect(ImVec2(visible_screen.Min.x, visible_screen.Min.y), ImVec2(visible_screen.Max.x, visible_screen.Max.y), true);
    if (options.ShowTitleBand)
        DrawTitleBand(p, doc, situation, layout, options.HeaderDate);
    if (options.ShowPersonas)
        for (const Persona& persona : doc.Personas)
            DrawPersona(p, persona, PersonaCardRect(persona, layout));
    DrawPhasesAndLanes(p, situation, layout);

    // Only the moments and notes reaching into the visible x range are visited.
    const Rect visible_world = ScreenToWorld(view, visible_screen);
    const bool blocks = DrawBlocks(p);
    size_t first = 0, last = 0;
    MomentRangeInX(layout, visible_world.Min.x, visible_world.Max.x, &first, &last);
    for (size_t i = first; i < last; i++)
    {
        const MomentBox& box = layout.Moments[i];
        const Moment* moment = ModelMoment(situation, box);
        if (!moment)
            continue;
        const bool selected = options.SelectedMoments && options.SelectedMoments->count(box.Id);
        if (blocks)
        {
            if (p.IsVisible(box.Card))
                DrawMomentBlock(p, *moment, box, selected);
        }
        else
            DrawMoment(p, *moment, box, layout, selected, options.HoveredMoment == box.Id);
    }
    if (options.ShowGaps && !blocks)
        DrawExperienceGaps(p, situation, layout, first, last);
    DrawCurve(p, situation, layout, true, first, last, options.Compare);
    DrawCurve(p, situation, layout, false, first, last, options.Compare);
    if (options.Compare && !blocks)
        DrawCompareMarks(p, situation, layout, *options.Compare, first, last);

    auto draw_note = [&](const NoteBox& box) {
        if (const Note* note = ModelNote(situation, box))
            DrawNote(p, *note, box, layout.Metrics.TextPadding, options.SelectedNotes && options.SelectedNotes->count(box.Id), blocks);
    };
    AttachedNoteRangeInX(layout, visible_world.Min.x, visible_world.Max.x, &first, &last);
    for (size_t i = first; i < last; i++)
        draw_note(layout.Notes[i]);
    // Free notes: the x-sorted index finds the candidates, drawn in their own order (later on top).
    std::vector<int>& free_notes = Scratch().FreeNotes;
    free_notes.clear();
    const float note_width = layout.Metrics.NoteWidth;
    auto it = std::lower_bound(layout.FreeNotesByX.begin(), layout.FreeNotesByX.end(), visible_world.Min.x - note_width,
                               [&](int i, float x) { return layout.Notes[(size_t)i].Box.Min.x < x; });
    for (; it != layout.FreeNotesByX.end() && layout.Notes[(size_t)*it].Box.Min.x <= visible_world.Max.x; ++it)
        free_notes.push_back(*it);
    std::sort(free_notes.begin(), free_notes.end());
    for (int i : free_notes)
        draw_note(layout.Notes[(size_t)i]);
    if (options.FrozenHeaders && !blocks)
        DrawFrozenHeaders(p, situation, layout);
    draw_list->PopClipRect();
}
