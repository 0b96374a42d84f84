// The spotlight (Facilitate > Spotlight, key S): one moment's column or one phase stays lit and
// everything else dims, so the room sees what is being discussed. What stays lit is a world
// rectangle derived from the layout; the target is kept by id, so it follows edits and moves.
#pragma once
#include "layout.h"

#include <vector>

struct SpotlightTarget
{
    std::vector<MomentId> Moments; // these moments' columns, from phase header to the last lane
    std::vector<NoteId> Notes;     // free notes (attached ones light their moment's column)
    PhaseId Phase;                 // or a whole phase
    bool IsSet() const { return !Moments.empty() || !Notes.empty() || Phase.IsValid(); }
};

// World units; false when nothing of the target is on the map any more (deleted: the spotlight ends).
bool SpotlightRect(const Situation& situation, const MapLayout& layout, const SpotlightTarget& target, Rect* out_world);
