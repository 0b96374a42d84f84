// What is under the mouse on the canvas, with the grab margins that stay usable at any zoom:
// core's hit test plus the phases' resize edges and the lane title column.
#pragma once
#include "layout.h"
#include "view.h"

struct CanvasHit
{
    Hit Item;                // core's hit test, topmost first
    PhaseId EdgePhase;       // the phase whose right edge is under the mouse
    bool OnLaneLabel = false; // the lane title column, left of the phases
};

CanvasHit HitCanvas(const MapLayout& layout, const View& view, Vec2 p_world);
// The moment whose centre is nearest `x_world`; null when the map has none.
const MomentBox* NearestMoment(const MapLayout& layout, float x_world);
const NoteBox* FindNoteBox(const MapLayout& layout, NoteId id);
// Where a dragged note of `kind` lands: on the moment whose card it is over, or under the moment
// it is near in its own lane; none when it is dropped elsewhere (it stays free).
MomentId AttachTarget(const MapLayout& layout, NoteKind kind, const Rect& note_world);
