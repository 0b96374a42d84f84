// What one recorded step changed, told in a few words ("move 3 moments"): the undo and redo
// commands say it in the status bar. Worked out by comparing the documents before and after the
// step, so every edit gets a label without each gesture having to name itself.
#pragma once
#include "journey.h"

enum class ChangeKind : int
{
    None,            // nothing changed
    Edit,            // something else (a generic "edit")
    AddSituation,    // the desired situation was created
    DeleteSituation,
    AddPhases,
    DeletePhases,
    AddMoments,
    DeleteMoments,
    AddNotes,
    DeleteNotes,
    AddPersonas,
    DeletePersonas,
    MovePhases,      // order of the phases
    RenamePhases,
    ResizePhases,
    MoveMoments,
    MoveNotes,
    SetScores,
    EditMoments,     // title, type, channel, actors, description, experience texts, cells
    EditNotes,       // text, kind, colour
    EditLanes,       // shown, hidden, added, renamed, deleted lanes
    EditMap,         // title, scope, intended outcome, remark
    EditPersonas,
    SetVotes,        // dots given or taken on notes
    EditRounds,      // voting rounds started, closed, changed
    Count
};

struct ChangeLabel
{
    ChangeKind Kind = ChangeKind::None;
    int Count = 0; // how many elements of that kind changed (1 for situation, map and lanes)
    bool operator==(const ChangeLabel& o) const { return Kind == o.Kind && Count == o.Count; }
};

// The most telling change from `before` to `after`: an element added or deleted counts before a
// move, a move before a text edit. Linear in the size of the documents.
ChangeLabel DescribeChange(const Document& before, const Document& after);

// Stable name of the kind for string-table keys: "move_moments", ...
const char* ChangeKindKey(ChangeKind kind);
