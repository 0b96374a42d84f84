// [SECTION] selection
// [SECTION] gestures: begin, apply each frame, end
// [SECTION] double-click
// [SECTION] per-frame update
// (hit testing: canvas_hit.cpp; selection actions: selection_actions.cpp; overlays: canvas_overlays.cpp)
#include "canvas/canvas_interaction.h"

#include "canvas/canvas_hit.h"
#include "canvas/canvas_menus.h"
#include "canvas/selection_actions.h"
#include "render/im_convert.h"
#include "edit.h"
#include "text/i18n.h"
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
Rect MakeRect(Vec2 a, Vec2 b) { return {{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}}; }

// [SECTION] selection

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
        const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view), view.Metrics);
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
    // A moment's text in a text lane (description, experience text, free lane) is typed in place.
    for (const LaneRow& row : layout.Lanes)
        if (row.Id == lane->Id)
            if (const MomentBox* box = MomentAtTextCell(layout, row, mouse_world))
            {
                view.Selected.Clear();
                view.Selected.Moments.insert(box->Id);
                OpenMomentTextEditor(session, view, box->Id, lane->Id);
                return true;
            }
    if (lane->Kind == LaneKind::Moments)
    {
        float phase_left = 0.0f;
        for (const PhaseColumn& column : layout.Phases)
            if (column.Id == h.Item.Phase)
                phase_left = column.Column.Min.x;
        MomentId id;
        Status why;
        if (AddMoment(session.Doc, view.SituationIndex, h.Item.Phase, mouse_world.x - phase_left, std::string(), &id, &why))
        {
            view.Selected.Clear();
            view.Selected.Moments.insert(id);
            OpenMomentTitleEditor(session, view, id, true);
        }
        ShowRefusal(view, why);
    }
    else if (lane->Kind == LaneKind::PainPoints || lane->Kind == LaneKind::Opportunities)
        AddNoteNear(session, view, lane->Kind == LaneKind::PainPoints ? NoteKind::PainPoint : NoteKind::Opportunity, mouse_world);
    else
        return false;
    return true;
}

// A card's title or a note's text cut short ("…") shows whole in a tooltip while the mouse is on it.
void ShowCutTextTooltip(const Situation& situation, const MapLayout& layout, const CanvasHit& h)
{
    const std::string* text = nullptr;
    if (h.Item.Kind == HitKind::Note)
    {
        const NoteBox* box = FindNoteBox(layout, h.Item.Note);
        const Note* note = box && box->TextCut ? ModelNote(situation, *box) : nullptr;
        text = note ? &note->Text : nullptr;
    }
    else if (h.Item.Kind == HitKind::Moment)
    {
        const MomentBox* box = FindMomentBox(layout, h.Item.Moment);
        const Moment* moment = box && box->TitleCut ? ModelMoment(situation, *box) : nullptr;
        text = moment ? &moment->Title : nullptr;
    }
    if (!text || text->empty())
        return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(text->c_str(), text->c_str() + text->size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}
} // namespace

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
    if (c.Mode == CanvasMode::None && input.Hovered && !input.SpaceDown && !typing_elsewhere && !input.ClickTaken &&
        ImGui::IsMouseClicked(ImGuiMouseButton_Left))
    {
        // A click elsewhere keeps what was typed, before anything else happens to the document.
        if (c.Editor.IsOpen())
            CommitTextEditor(session, view);
        const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view), view.Metrics);
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
        const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view), view.Metrics);
        const CanvasHit h = HitCanvas(layout, view.CanvasView, mouse_world);
        if (h.Item.Kind == HitKind::Moment || h.Item.Kind == HitKind::PatientHandle || h.Item.Kind == HitKind::ProfessionalHandle)
            c.Hovered = h.Item.Moment;
        if (h.EdgePhase.IsValid())
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        else if (h.Item.Kind == HitKind::PatientHandle || h.Item.Kind == HitKind::ProfessionalHandle)
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
        else if (h.Item.Kind == HitKind::Moment || h.Item.Kind == HitKind::Note || h.Item.Kind == HitKind::PhaseHeader)
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (!c.Editor.IsOpen())
            ShowCutTextTooltip(ShownSituation(session, view), layout, h);

        // Right-click without a drag (a right drag pans): the menu of the header or lane.
        if (!input.ClickTaken && ImGui::IsMouseReleased(ImGuiMouseButton_Right) && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Right] < 36.0f)
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

