// Undo and redo by snapshot: the document is recorded when a gesture that changed it ends
// (a whole drag is one step, typing a title is one step). View and selection live outside the
// document and are never recorded. Redo is cleared only by a real change.
#pragma once
#include "journey.h"

#include <deque>

struct History
{
    Document Committed;       // the document as of the last recorded step
    std::deque<Document> Undo; // older states, newest last
    std::deque<Document> Redo; // states undone, the next one to redo last
    size_t MaxSteps = 1000;    // oldest steps are dropped beyond this (at least 500 kept)
};

// Starts a history at `doc` (after open or new): nothing to undo or redo.
void ResetHistory(History& history, const Document& doc);
// Records `doc` as a new step after a finished gesture that changed it.
void CommitStep(History& history, const Document& doc);
// Put the previous/next recorded state into *doc; false when there is none. A gesture still
// in progress (doc differs from Committed) is dropped by undo, as editors do.
bool UndoStep(History& history, Document* doc);
bool RedoStep(History& history, Document* doc);
bool CanUndo(const History& history);
bool CanRedo(const History& history);
