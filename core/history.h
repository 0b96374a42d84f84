// Undo and redo by snapshot: the document is recorded when a gesture that changed it ends
// (a whole drag is one step, typing a title is one step). View and selection live outside the
// document and are never recorded. Redo is cleared only by a real change.
#pragma once
#include "change_label.h"
#include "journey.h"

#include <cstdint>
#include <deque>

struct History
{
    Document Committed;        // the document as of the last recorded step
    std::deque<Document> Undo; // older states, newest last
    std::deque<Document> Redo; // states undone, the next one to redo last
    size_t MaxSteps = 1000;    // oldest steps are dropped beyond this
    // Oldest steps are also dropped while the undo states together hold more than this, so a
    // long session on a very large map cannot eat the laptop's memory. A workshop-size map
    // (well under 1 MB in memory) keeps all MaxSteps; the 15,000-element stress map about 400.
    size_t MaxBytes = (size_t)768 << 20;
    std::deque<size_t> UndoBytes; // estimated memory of each state in Undo
    size_t UndoBytesTotal = 0;
    // Each recorded state has a serial number, so "is this the state that was saved?" is one
    // comparison (the title's unsaved-changes dot), even after undo and redo.
    uint64_t CommittedSerial = 0;
    std::deque<uint64_t> UndoSerials; // serial of each state in Undo
    std::deque<uint64_t> RedoSerials; // serial of each state in Redo
    uint64_t NextSerial = 1;
    // What each recorded step changed ("move 3 moments"), kept with the state it led to, so undo
    // and redo can say what they did.
    ChangeLabel CommittedLabel;            // the step that led to Committed
    std::deque<ChangeLabel> UndoLabels;    // the step that led to each state in Undo
    std::deque<ChangeLabel> RedoLabels;    // the step that led to each state in Redo
};

// Starts a history at `doc` (after open or new): nothing to undo or redo.
void ResetHistory(History& history, const Document& doc);
// Records `doc` as a new step after a finished gesture that changed it. Its label says what
// changed: `label` when given, else worked out by comparing with the last recorded state.
void CommitStep(History& history, const Document& doc, const ChangeLabel* label = nullptr);
// Put the previous/next recorded state into *doc; false when there is none. A gesture still
// in progress (doc differs from Committed) is dropped by undo, as editors do. *done, when given,
// gets the label of the step undone or redone.
bool UndoStep(History& history, Document* doc, ChangeLabel* done = nullptr);
bool RedoStep(History& history, Document* doc, ChangeLabel* done = nullptr);
bool CanUndo(const History& history);
// Approximate heap memory of a document: its elements and the characters of its texts.
size_t EstimateDocumentBytes(const Document& doc);
bool CanRedo(const History& history);
