#include "canvas/selection_actions.h"

#include "canvas/canvas_hit.h"
#include "canvas/text_editor_overlay.h"
#include "edit.h"

#include <algorithm>
#include <vector>

namespace
{
template <class IdT>
std::vector<IdT> ToVector(const std::unordered_set<IdT>& set)
{
    std::vector<IdT> ids(set.begin(), set.end());
    std::sort(ids.begin(), ids.end()); // the same order every time: edits stay deterministic
    return ids;
}
} // namespace

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

void AddNoteNear(Session& session, ViewState& view, NoteKind kind, Vec2 pos_world)
{
    const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view), view.Metrics);
    const MomentBox* nearest = NearestMoment(layout, pos_world.x);
    const Vec2 free_pos = pos_world - Vec2(layout.Metrics.NoteWidth * 0.5f, layout.Metrics.NoteHeight * 0.5f);
    NoteId id;
    if (!AddNote(session.Doc, view.SituationIndex, kind, nearest ? nearest->Id : MomentId(), free_pos, std::string(), &id))
        return;
    view.Selected.Clear();
    view.Selected.Notes.insert(id);
    OpenNoteEditor(session, view, id, true);
}

void AddNoteAtMouse(Session& session, ViewState& view, NoteKind kind, Vec2 mouse_screen)
{
    if (!view.CanvasRect.Contains(mouse_screen))
        mouse_screen = view.CanvasRect.Center();
    AddNoteNear(session, view, kind, ScreenToWorld(view.CanvasView, mouse_screen));
}
