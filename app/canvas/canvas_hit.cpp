#include "canvas/canvas_hit.h"

#include <algorithm>
#include <cmath>

namespace
{
constexpr float EdgeGrabPixels = 7.0f;   // how near a phase's right edge the resize grip reaches
constexpr float HandleGrabPixels = 14.0f; // faces stay grabbable when zoomed far out
constexpr float FaceRadiusWorld = 18.0f;  // as drawn (map_draw::FaceRadius)
} // namespace

CanvasHit HitCanvas(const MapLayout& layout, const View& view, Vec2 p_world)
{
    CanvasHit h;
    const float handle_radius = std::max(FaceRadiusWorld + 4.0f, HandleGrabPixels / view.Zoom);
    h.Item = HitTest(layout, p_world, handle_radius);
    const bool on_empty = h.Item.Kind == HitKind::PhaseHeader || h.Item.Kind == HitKind::Lane || h.Item.Kind == HitKind::None;
    if (on_empty)
    {
        const float grab = EdgeGrabPixels / view.Zoom;
        for (const PhaseColumn& column : layout.Phases)
            if (std::fabs(p_world.x - column.Column.Max.x) <= grab && p_world.y >= column.Column.Min.y && p_world.y <= column.Column.Max.y)
                h.EdgePhase = column.Id;
    }
    h.OnLaneLabel = h.Item.Kind == HitKind::Lane && p_world.x < 0.0f;
    return h;
}

const MomentBox* NearestMoment(const MapLayout& layout, float x_world)
{
    const MomentBox* best = nullptr;
    for (const MomentBox& box : layout.Moments)
        if (!best || std::fabs(box.CenterX - x_world) < std::fabs(best->CenterX - x_world))
            best = &box;
    return best;
}

const NoteBox* FindNoteBox(const MapLayout& layout, NoteId id)
{
    for (const NoteBox& nb : layout.Notes)
        if (nb.Id == id)
            return &nb;
    return nullptr;
}

MomentId AttachTarget(const MapLayout& layout, NoteKind kind, const Rect& note_world)
{
    const Vec2 c = note_world.Center();
    for (const MomentBox& box : layout.Moments)
        if (box.Card.Contains(c))
            return box.Id;
    const LaneRow* row = FindLaneRow(layout, kind == NoteKind::PainPoint ? LaneKind::PainPoints : LaneKind::Opportunities);
    if (!row || c.y < row->Row.Min.y || c.y > row->Row.Max.y)
        return MomentId();
    const MomentBox* nearest = NearestMoment(layout, c.x);
    if (nearest && std::fabs(nearest->CenterX - c.x) <= layout.Metrics.CardWidth * 0.75f)
        return nearest->Id;
    return MomentId();
}
