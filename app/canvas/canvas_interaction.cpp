// [SECTION] hit testing
// [SECTION] selection and keyboard actions
// [SECTION] gestures: begin, apply each frame, end
// [SECTION] double-click
// [SECTION] per-frame update
// [SECTION] overlays
#include "canvas/canvas_interaction.h"

#include "canvas/canvas_menus.h"
#include "edit.h"
#include "text/i18n.h"
#include "commands/keys.h"
#include "canvas/text_editor_overlay.h"
#include "render/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <vector>

namespace
{
Vec2 ToVec2(ImVec2 v) { return {v.x, v.y}; }
ImVec2 ToImVec2(Vec2 v) { return ImVec2(v.x, v.y); }

Rect MakeRect(Vec2 a, Vec2 b) { return {{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}}; }

// [SECTION] hit testing

constexpr float EdgeGrabPixels = 7.0f;   // how near a phase's right edge the resize grip reaches
constexpr float HandleGrabPixels = 14.0f; // faces stay grabbable when zoomed far out
constexpr float FaceRadiusWorld = 18.0f;  // as drawn (map_draw::FaceRadius)
constexpr float TagFontPixels = 24.0f;    // the labels shown while dragging: read from the back of the room

struct CanvasHit
{
    Hit Item;                // core's hit test, topmost first
    PhaseId EdgePhase;       // the phase whose right edge is under the mouse
    bool OnLaneLabel = false; // the lane title column, left of the phases
};

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

// Where a dragged note of `kind` lands: on the moment whose card it is over, or under the moment
// it is near in its own lane; none when it is dropped elsewhere (it stays free).
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

// [SECTION] selection and keyboard actions

template <class IdT>
std::vector<IdT> ToVector(const std::unordered_set<IdT>& set)
{
    std::vector<IdT> ids(set.begin(), set.end());
    std::sort(ids.begin(), ids.end()); // the same order every time: edits stay deterministic
    return ids;
}

// Press on an item: Shift/Ctrl toggles it; a plain press on an unselected item selects only it;
// on a selected one it keeps the selection (to drag all of it). Returns whether it is selected now.
template <class IdT>
bool PressSelect(Session& session, ViewState& view, std::unordered_set<IdT>& set, IdT id, bool toggle)
{
    if (toggle)
    {
        if (set.erase(id))
            return false;
        set.insert(id);
        return true;
    }
    if (!set.count(id))
    {
        view.Selected.Clear();
        set.insert(id);
    }
    else
        view.Canvas.SelectOnlyOnRelease = true;
    return true;
}

void DeleteSelection(Session& session, ViewState& view)
{
    const int s = view.SituationIndex;
    bool changed = DeleteNotes(session.Doc, s, ToVector(view.Selected.Notes));
    changed = DeleteMoments(session.Doc, s, ToVector(view.Selected.Moments)) || changed;
    view.Selected.Clear();
    if (changed)
        CommitEdit(session);
}

void DuplicateSelection(Session& session, ViewState& view)
{
    const int s = view.SituationIndex;
    std::vector<MomentId> moment_copies;
    std::vector<NoteId> note_copies;
    bool changed = DuplicateMoments(session.Doc, s, ToVector(view.Selected.Moments), &moment_copies);
    // Notes on a duplicated moment were copied with it; the others are copied on their own.
    std::vector<NoteId> lone_notes;
    for (NoteId id : ToVector(view.Selected.Notes))
        if (const Note* note = FindNote(ShownSituation(session, view), id))
            if (!view.Selected.Moments.count(note->Moment))
                lone_notes.push_back(id);
    changed = DuplicateNotes(session.Doc, s, lone_notes, Vec2(30.0f, 30.0f), &note_copies) || changed;
    if (!changed)
        return;
    CommitEdit(session);
    view.Selected.Clear();
    view.Selected.Moments.insert(moment_copies.begin(), moment_copies.end());
    view.Selected.Notes.insert(note_copies.begin(), note_copies.end());
}

void SelectAll(Session& session, ViewState& view)
{
    const Situation& s = ShownSituation(session, view);
    view.Selected.Clear();
    for (const Moment& m : s.Moments)
        view.Selected.Moments.insert(m.Id);
    for (const Note& n : s.Notes)
        view.Selected.Notes.insert(n.Id);
}

// [SECTION] gestures: begin, apply each frame, end

void BeginGesture(Session& session, ViewState& view, const MapLayout& layout, const CanvasHit& h, Vec2 mouse_world)
{
    CanvasState& c = view.Canvas;
    const ImGuiIO& io = ImGui::GetIO();
    const bool toggle = io.KeyShift || io.KeyCtrl;
    c.StartDoc = session.Doc;
    c.StartLayout = layout;
    c.PressWorld = mouse_world;
    c.Dragged = c.Changed = c.SelectOnlyOnRelease = false;
    c.Moment = MomentId();
    c.Note = NoteId();
    c.Phase = PhaseId();
    c.DropTarget = MomentId();
    c.Mode = CanvasMode::None;

    if (h.EdgePhase.IsValid())
    {
        c.Mode = CanvasMode::PhaseResize;
        c.Phase = h.EdgePhase;
        for (const PhaseColumn& column : layout.Phases)
            if (column.Id == h.EdgePhase)
                c.PhaseStartWidth = column.Column.Width();
        return;
    }
    switch (h.Item.Kind)
    {
    case HitKind::Note:
        if (PressSelect(session, view, view.Selected.Notes, h.Item.Note, toggle))
        {
            c.Mode = CanvasMode::MoveNote;
            c.Note = h.Item.Note;
            if (const NoteBox* nb = FindNoteBox(layout, c.Note))
                c.NoteStartBox = nb->Box;
        }
        break;
    case HitKind::PatientHandle:
    case HitKind::ProfessionalHandle:
        if (!toggle && !view.Selected.Moments.count(h.Item.Moment))
        {
            view.Selected.Clear();
            view.Selected.Moments.insert(h.Item.Moment);
        }
        c.Mode = CanvasMode::ScoreHandle;
        c.Moment = h.Item.Moment;
        c.PatientHandle = h.Item.Kind == HitKind::PatientHandle;
        if (const MomentBox* box = FindMomentBox(layout, c.Moment))
            c.HandleStartWorld = c.PatientHandle ? box->PatientPoint : box->ProfessionalPoint;
        break;
    case HitKind::Moment:
        if (PressSelect(session, view, view.Selected.Moments, h.Item.Moment, toggle))
        {
            c.Mode = CanvasMode::MoveSelection;
            c.Moment = h.Item.Moment;
        }
        break;
    case HitKind::PhaseHeader:
        c.Mode = CanvasMode::PhaseHeaderDrag;
        c.Phase = h.Item.Phase;
        break;
    default:
        // Empty canvas: a rubber band; a plain press starts a fresh selection.
        if (!toggle)
            view.Selected.Clear();
        c.Mode = CanvasMode::BoxSelect;
        c.BoxBaseMoments = view.Selected.Moments;
        c.BoxBaseNotes = view.Selected.Notes;
        c.BoxWorld = MakeRect(mouse_world, mouse_world);
        break;
    }
    if (c.Mode == CanvasMode::None)
        c.StartDoc = Document();
}

float SnapScore(float raw, bool half_steps) { return half_steps ? std::round(raw * 2.0f) / 2.0f : std::round(raw); }

// One frame of a drag, computed from the gesture's start and the total movement.
void ApplyGesture(Session& session, ViewState& view, Vec2 mouse_world)
{
    CanvasState& c = view.Canvas;
    const int s = view.SituationIndex;
    const Vec2 delta = mouse_world - c.PressWorld;
    if (c.Mode == CanvasMode::BoxSelect)
    {
        c.BoxWorld = MakeRect(c.PressWorld, mouse_world);
        const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view));
        view.Selected.Moments = c.BoxBaseMoments;
        view.Selected.Notes = c.BoxBaseNotes;
        // A moment is caught by its card or by one of its faces on the curves.
        for (const MomentBox& box : layout.Moments)
            if (box.Card.Overlaps(c.BoxWorld) || c.BoxWorld.Contains(box.PatientPoint) || c.BoxWorld.Contains(box.ProfessionalPoint))
                view.Selected.Moments.insert(box.Id);
        for (const NoteBox& nb : layout.Notes)
            if (nb.Box.Overlaps(c.BoxWorld))
                view.Selected.Notes.insert(nb.Id);
        return;
    }
    if (s >= (int)c.StartDoc.Situations.size())
        return;
    session.Doc = c.StartDoc;
    switch (c.Mode)
    {
    case CanvasMode::MoveSelection:
    {
        const bool moved = MoveMoments(session.Doc, s, ToVector(view.Selected.Moments), delta.x);
        c.Changed = MoveFreeNotes(session.Doc, s, ToVector(view.Selected.Notes), delta) || moved;
        break;
    }
    case CanvasMode::ScoreHandle:
    {
        const MapLayout& layout = c.StartLayout;
        const Rect& band = c.PatientHandle ? layout.PatientCurveBand : layout.ProfessionalCurveBand;
        const float raw = YToScore(band, c.HandleStartWorld.y + delta.y);
        c.Changed = SetScore(session.Doc, s, c.Moment, c.PatientHandle, SnapScore(raw, ImGui::GetIO().KeyAlt));
        break;
    }
    case CanvasMode::MoveNote:
    {
        // While dragged the note is free under the mouse; the drop decides where it stays.
        const Rect box = c.NoteStartBox + delta;
        PlaceNote(session.Doc, s, c.Note, MomentId(), box.Min);
        const Note* note = FindNote(c.StartDoc.Situations[s], c.Note);
        c.DropTarget = note ? AttachTarget(c.StartLayout, note->Kind, box) : MomentId();
        break;
    }
    case CanvasMode::PhaseHeaderDrag:
    {
        // The new index: how many other phases have their middle left of the mouse.
        const MapLayout& layout = c.StartLayout;
        int index = 0;
        for (const PhaseColumn& column : layout.Phases)
            if (column.Id != c.Phase && column.Column.Center().x < mouse_world.x)
                index++;
        c.Changed = MovePhase(session.Doc, s, c.Phase, index);
        break;
    }
    case CanvasMode::PhaseResize:
        c.Changed = SetPhaseWidth(session.Doc, s, c.Phase, c.PhaseStartWidth + delta.x);
        break;
    default: break;
    }
}

void EndGesture(Session& session, ViewState& view, Vec2 mouse_world)
{
    CanvasState& c = view.Canvas;
    const int s = view.SituationIndex;
    if (c.Dragged && c.Mode == CanvasMode::MoveNote && s < (int)c.StartDoc.Situations.size())
    {
        session.Doc = c.StartDoc;
        const Rect box = c.NoteStartBox + (mouse_world - c.PressWorld);
        c.Changed = PlaceNote(session.Doc, s, c.Note, c.DropTarget, box.Min);
    }
    if (c.Dragged && c.Mode != CanvasMode::BoxSelect)
    {
        if (c.Changed)
            CommitEdit(session); // the whole drag is one undo step
        else
            session.Doc = c.StartDoc; // back to the exact start: a drag that ends where it began is no edit
    }
    if (!c.Dragged && c.SelectOnlyOnRelease)
    {
        const MomentId moment = c.Mode == CanvasMode::MoveSelection ? c.Moment : MomentId();
        const NoteId note = c.Mode == CanvasMode::MoveNote ? c.Note : NoteId();
        view.Selected.Clear();
        if (moment.IsValid())
            view.Selected.Moments.insert(moment);
        if (note.IsValid())
            view.Selected.Notes.insert(note);
    }
    c.Mode = CanvasMode::None;
    c.StartDoc = Document();
    c.StartLayout = MapLayout();
    c.DropTarget = MomentId();
}

// [SECTION] double-click

// Returns false when a double-click means nothing there: the press then starts a gesture as usual
// (a quick second press on a face is the start of a drag).
bool HandleDoubleClick(Session& session, ViewState& view, const MapLayout& layout, const CanvasHit& h, Vec2 mouse_world)
{
    const Situation& situation = ShownSituation(session, view);
    if (h.EdgePhase.IsValid())
        return false;
    switch (h.Item.Kind)
    {
    case HitKind::Note:
        OpenNoteEditor(session, view, h.Item.Note, false);
        return true;
    case HitKind::Moment:
        OpenMomentTitleEditor(session, view, h.Item.Moment, false);
        return true;
    case HitKind::PhaseHeader:
        OpenPhaseNameEditor(session, view, h.Item.Phase, false);
        return true;
    case HitKind::Lane: break;
    default: return false;
    }
    if (h.OnLaneLabel)
    {
        OpenLaneTitleEditor(session, view, h.Item.Lane, false);
        return true;
    }
    const Lane* lane = FindLane(situation, h.Item.Lane);
    if (!lane || !h.Item.Phase.IsValid())
        return false;
    if (lane->Kind == LaneKind::Moments)
    {
        float phase_left = 0.0f;
        for (const PhaseColumn& column : layout.Phases)
            if (column.Id == h.Item.Phase)
                phase_left = column.Column.Min.x;
        MomentId id;
        if (AddMoment(session.Doc, view.SituationIndex, h.Item.Phase, mouse_world.x - phase_left, std::string(), &id))
        {
            view.Selected.Clear();
            view.Selected.Moments.insert(id);
            OpenMomentTitleEditor(session, view, id, true);
        }
    }
    else if (lane->Kind == LaneKind::PainPoints || lane->Kind == LaneKind::Opportunities)
        AddNoteNear(session, view, lane->Kind == LaneKind::PainPoints ? NoteKind::PainPoint : NoteKind::Opportunity, mouse_world);
    else
        return false;
    return true;
}

bool Pressed(int key) { return ImGui::IsKeyPressed(key, false); }
} // namespace

void AddNoteNear(Session& session, ViewState& view, NoteKind kind, Vec2 pos_world)
{
    const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view));
    const MomentBox* nearest = NearestMoment(layout, pos_world.x);
    const Vec2 free_pos = pos_world - Vec2(layout.Metrics.NoteWidth * 0.5f, layout.Metrics.NoteHeight * 0.5f);
    NoteId id;
    if (!AddNote(session.Doc, view.SituationIndex, kind, nearest ? nearest->Id : MomentId(), free_pos, std::string(), &id))
        return;
    view.Selected.Clear();
    view.Selected.Notes.insert(id);
    OpenNoteEditor(session, view, id, true);
}

// [SECTION] per-frame update

void UpdateCanvasInteraction(Session& session, ViewState& view, const CanvasInput& input)
{
    ImGuiIO& io = ImGui::GetIO();
    CanvasState& c = view.Canvas;
    const Vec2 mouse_world = ScreenToWorld(view.CanvasView, ToVec2(io.MousePos));

    // Another situation shown (a tab, an open): what was selected or typed belonged to the old one.
    if (c.ShownSituation != view.SituationIndex)
    {
        if (c.Editor.IsOpen())
            CommitTextEditor(session, view);
        view.Selected.Clear();
        c.ShownSituation = view.SituationIndex;
    }

    // While a field elsewhere (the inspector) is being typed in, a click on the canvas only ends
    // that typing: the field records its step this frame, before the selection it edits changes.
    const bool typing_elsewhere = io.WantTextInput && !c.Editor.IsOpen();
    if (c.Mode == CanvasMode::None && input.Hovered && !input.SpaceDown && !typing_elsewhere && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
    {
        // A click elsewhere keeps what was typed, before anything else happens to the document.
        if (c.Editor.IsOpen())
            CommitTextEditor(session, view);
        const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view));
        const CanvasHit h = HitCanvas(layout, view.CanvasView, mouse_world);
        if (!ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) || !HandleDoubleClick(session, view, layout, h, mouse_world))
            BeginGesture(session, view, layout, h, mouse_world);
    }

    if (c.Mode != CanvasMode::None && c.Mode != CanvasMode::Pan)
    {
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left))
        {
            if (!c.Dragged && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
                c.Dragged = true;
            if (c.Dragged)
                ApplyGesture(session, view, mouse_world);
        }
        else
            EndGesture(session, view, mouse_world);
    }

    // Hover feedback and the mouse cursor.
    c.Hovered = MomentId();
    if (c.Mode == CanvasMode::None && input.Hovered)
    {
        const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view));
        const CanvasHit h = HitCanvas(layout, view.CanvasView, mouse_world);
        if (h.Item.Kind == HitKind::Moment || h.Item.Kind == HitKind::PatientHandle || h.Item.Kind == HitKind::ProfessionalHandle)
            c.Hovered = h.Item.Moment;
        if (h.EdgePhase.IsValid())
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        else if (h.Item.Kind == HitKind::PatientHandle || h.Item.Kind == HitKind::ProfessionalHandle)
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
        else if (h.Item.Kind == HitKind::Moment || h.Item.Kind == HitKind::Note || h.Item.Kind == HitKind::PhaseHeader)
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

        // Right-click without a drag (a right drag pans): the menu of the header or lane.
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Right) && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Right] < 36.0f)
        {
            if (c.Editor.IsOpen())
                CommitTextEditor(session, view);
            if (h.Item.Kind == HitKind::PhaseHeader)
                OpenPhaseMenu(session, view, h.Item.Phase);
            else if (h.Item.Kind == HitKind::Lane || h.Item.Kind == HitKind::Moment || h.Item.Kind == HitKind::Note)
            {
                // Lane under the mouse, also over a card or note: show/hide and add lanes from anywhere in it.
                LaneId lane = h.Item.Lane;
                for (const LaneRow& row : layout.Lanes)
                    if (mouse_world.y >= row.Row.Min.y && mouse_world.y < row.Row.Max.y)
                        lane = row.Id;
                if (lane.IsValid())
                    OpenLaneMenu(session, view, lane);
            }
        }
    }
    else if (c.Mode == CanvasMode::PhaseResize)
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    else if (c.Mode == CanvasMode::ScoreHandle)
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    else if (c.Mode == CanvasMode::MoveSelection || c.Mode == CanvasMode::MoveNote || c.Mode == CanvasMode::PhaseHeaderDrag)
        ImGui::SetMouseCursor(c.Dragged ? ImGuiMouseCursor_ResizeAll : ImGuiMouseCursor_Hand);
}

void HandleCanvasKeys(Session& session, ViewState& view)
{
    const ImGuiIO& io = ImGui::GetIO();
    CanvasState& c = view.Canvas;
    if (io.WantTextInput || c.Editor.IsOpen() || c.Mode != CanvasMode::None || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
        return;
    const bool plain = !io.KeyCtrl && !io.KeyAlt && !io.KeySuper;
    if (Pressed(Key_Delete) || (plain && Pressed(Key_Backspace)))
        DeleteSelection(session, view);
    else if (io.KeyCtrl && !io.KeyShift && Pressed(Key_D))
        DuplicateSelection(session, view);
    else if (io.KeyCtrl && !io.KeyShift && Pressed(Key_A))
        SelectAll(session, view);
    else if (plain && !io.KeyShift && (Pressed(Key_N) || Pressed(Key_O)))
    {
        // Under the moment nearest the mouse; from the middle of the canvas when the mouse is outside it.
        Vec2 mouse_screen = ToVec2(io.MousePos);
        if (!view.CanvasRect.Contains(mouse_screen))
            mouse_screen = view.CanvasRect.Center();
        AddNoteNear(session, view, Pressed(Key_N) ? NoteKind::PainPoint : NoteKind::Opportunity, ScreenToWorld(view.CanvasView, mouse_screen));
    }
    else if (Pressed(Key_Escape))
        view.Selected.Clear();
}

// [SECTION] overlays

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
                const float score = c.PatientHandle ? moment->Patient.Score : moment->Professional.Score;
                char text[32];
                std::snprintf(text, sizeof(text), "%+g", score);
                if (score == 0.0f)
                    std::snprintf(text, sizeof(text), "0");
                const Vec2 p = WorldToScreen(transform, c.PatientHandle ? box->PatientPoint : box->ProfessionalPoint);
                tag(p + Vec2(24.0f, 10.0f), text);
            }
    draw_list->PopClipRect();
}
