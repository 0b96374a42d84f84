#include "canvas/canvas_interaction.h"

#include "canvas/canvas_hit.h"
#include "render/draw_map.h"
#include "render/im_convert.h"
#include "render/theme.h"
#include "text/i18n.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace
{
constexpr float TagFontPixels = 24.0f;    // the labels shown while dragging: read from the back of the room
} // namespace

void DrawCanvasOverlays(const Session& session, const ViewState& view, ImDrawList* draw_list, const MapLayout& layout)
{
    const CanvasState& c = view.Canvas;
    const View& transform = view.CanvasView;
    const ImU32 accent = MapColors::Selection;
    auto to_screen = [&](Vec2 p_world) { return ToImVec2(WorldToScreen(transform, p_world)); };
    ImFont* tag_font = PickCanvasFont(view.Fonts, TagFontPixels, true);
    auto tag = [&](Vec2 at_screen, const char* text) {
        // A label with a solid background, unscaled: legible over any part of the map, at any zoom.
        const ImVec2 size = tag_font->CalcTextSizeA(TagFontPixels, FLT_MAX, 0.0f, text);
        const ImVec2 min(at_screen.x, at_screen.y - size.y - 14.0f);
        draw_list->AddRectFilled(min, ImVec2(min.x + size.x + 20.0f, min.y + size.y + 10.0f), accent, 6.0f);
        draw_list->AddText(tag_font, TagFontPixels, ImVec2(min.x + 10.0f, min.y + 5.0f), IM_COL32_WHITE, text);
    };
    draw_list->PushClipRect(ToImVec2(view.CanvasRect.Min), ToImVec2(view.CanvasRect.Max), true);

    if (c.Mode == CanvasMode::BoxSelect && c.Dragged)
    {
        draw_list->AddRectFilled(to_screen(c.BoxWorld.Min), to_screen(c.BoxWorld.Max), (accent & 0x00FFFFFF) | 0x30000000);
        draw_list->AddRect(to_screen(c.BoxWorld.Min), to_screen(c.BoxWorld.Max), accent, 0.0f, 0, 2.0f);
    }

    if (c.Mode == CanvasMode::MoveNote && c.Dragged)
    {
        const NoteBox* dragged = FindNoteBox(layout, c.Note);
        const MomentBox* target = c.DropTarget.IsValid() ? FindMomentBox(layout, c.DropTarget) : nullptr;
        const Note* note = FindNote(ShownSituation(session, view), c.Note);
        if (dragged && target && note)
        {
            // The slot the note will take: the bottom of the target's stack in the note's lane.
            const LayoutMetrics& m = layout.Metrics;
            const LaneRow* row = FindLaneRow(layout, note->Kind == NoteKind::PainPoint ? LaneKind::PainPoints : LaneKind::Opportunities);
            int stacked = 0;
            for (const Note& other : ShownSituation(session, view).Notes)
                if (other.Id != note->Id && other.Moment == c.DropTarget && other.Kind == note->Kind)
                    stacked++;
            const float top = row ? row->Row.Min.y + m.LanePadding + stacked * (m.NoteHeight + m.NoteGap) : target->Card.Max.y;
            const Rect slot = {{target->CenterX - m.NoteWidth * 0.5f, top}, {target->CenterX + m.NoteWidth * 0.5f, top + m.NoteHeight}};
            draw_list->AddRect(to_screen(target->Card.Min), to_screen(target->Card.Max), accent, 8.0f * transform.Zoom, 0, 4.0f);
            draw_list->AddRectFilled(to_screen(slot.Min), to_screen(slot.Max), (accent & 0x00FFFFFF) | 0x38000000, 4.0f * transform.Zoom);
            draw_list->AddRect(to_screen(slot.Min), to_screen(slot.Max), accent, 4.0f * transform.Zoom, 0, 3.0f);
            draw_list->AddLine(to_screen(dragged->Box.Center()), to_screen(slot.Center()), accent, 3.0f);
            const Moment* moment = FindMoment(ShownSituation(session, view), c.DropTarget);
            char text[300];
            std::snprintf(text, sizeof(text), Tr("canvas.note_attaches"), moment && !moment->Title.empty() ? moment->Title.c_str() : "...");
            tag(WorldToScreen(transform, dragged->Box.Min), text);
        }
        else if (dragged)
            tag(WorldToScreen(transform, dragged->Box.Min), Tr("canvas.note_free"));
    }

    if (c.Mode == CanvasMode::PhaseHeaderDrag && c.Dragged)
        for (const PhaseColumn& column : layout.Phases)
            if (column.Id == c.Phase)
            {
                draw_list->AddRectFilled(to_screen(column.Column.Min), to_screen(column.Column.Max), (accent & 0x00FFFFFF) | 0x18000000);
                draw_list->AddRect(to_screen(column.Header.Min), to_screen(column.Header.Max), accent, 6.0f * transform.Zoom, 0, 4.0f);
            }

    // The phase edge being resized, or offered for resizing under the mouse.
    PhaseId edge = c.Mode == CanvasMode::PhaseResize ? c.Phase : PhaseId();
    if (c.Mode == CanvasMode::None && view.CanvasRect.Contains(ToVec2(ImGui::GetIO().MousePos)) && !c.Editor.IsOpen())
        edge = HitCanvas(layout, transform, ScreenToWorld(transform, ToVec2(ImGui::GetIO().MousePos))).EdgePhase;
    for (const PhaseColumn& column : layout.Phases)
        if (column.Id == edge)
            draw_list->AddLine(to_screen({column.Column.Max.x, column.Column.Min.y}), to_screen(column.Column.Max), accent, 4.0f);

    if (c.Mode == CanvasMode::ScoreHandle && c.Dragged)
        if (const MomentBox* box = FindMomentBox(layout, c.Moment))
            if (const Moment* moment = FindMoment(ShownSituation(session, view), c.Moment))
            {
                const float score = (c.PatientHandle ? moment->Patient.Score : moment->Professional.Score).value_or(0.0f);
                char text[32];
                std::snprintf(text, sizeof(text), "%+g", score);
                if (score == 0.0f)
                    std::snprintf(text, sizeof(text), "0");
                const Vec2 p = WorldToScreen(transform, c.PatientHandle ? box->PatientPoint : box->ProfessionalPoint);
                tag(p + Vec2(24.0f, 10.0f), text);
            }
    draw_list->PopClipRect();
}
