// The open document and everything that belongs to it rather than to a window: its file, whether
// it is saved, its undo history and its file version. No ImGui: every window (the main window, a
// projector window) shows and edits the same Session through its own ViewState.
#pragma once
#include "history.h"
#include "session/facilitation_state.h"
#include "journey.h"

#include <cstdint>
#include <memory>
#include <string>

struct AutosaveTracker; // session/autosave.cpp

struct Session
{
    Document Doc;
    std::string Path;        // where the document is saved; empty until the first save
    std::string DisplayName; // shown in the window title
    bool Dirty = false;      // changed since the last save or open
    uint64_t SavedSerial = 0; // Undo.CommittedSerial of the state last saved or opened: undo back to it clears Dirty
    unsigned DocumentSerial = 0; // changes whenever another document is opened (autosave keeps one set per document)
    int FileSchema = CurrentSchema; // file version of the file at Path: older ones are kept once at the first save over them
    // The facilitation tools (timer, laser, spotlight, how voting is shown): shared by every
    // window that shows the map, never saved (the votes themselves are in Doc).
    FacilitationState Facilitate;
    History Undo;            // snapshots of Doc; reset whenever another document replaces it
    std::shared_ptr<AutosaveTracker> Autosave; // the autosave hook-up (session/autosave.h); null: off
};

// How a document arrives: where it is saved, what the title says, which file version it came from.
struct DocumentOrigin
{
    std::string Path;        // empty: not saved yet
    std::string DisplayName;
    int FileSchema = CurrentSchema;
    bool Restored = false;   // recovered work: unsaved, and no undo step leads back to a saved state
};

// The one way another document takes the place of the open one (new, open, example, restore,
// paste as map): fresh undo history, the saved state and the document serial follow. The views
// showing the session reset their selection and fit the map (ResetViewForNewDocument).
void ReplaceDocument(Session& session, Document doc, const DocumentOrigin& origin);

// A map from a newer JourneyBoard (Doc.Schema > CurrentSchema) is read-only: saving over its file
// is refused (it could drop what this version does not know); Save As elsewhere is allowed.
bool IsReadOnly(const Session& session);
std::string WindowTitle(const Session& session);
std::string DefaultSavePath(const Session& session);
// Records the document as one undo step after a finished gesture or edit that changed it,
// and marks it unsaved.
void CommitEdit(Session& session);
// The same after live edits that may have been undone by hand (a text typed and then cancelled
// with Escape) or recorded already by another gesture: no empty undo step.
void CommitEditIfChanged(Session& session);
// Undo and redo move Doc along the history; the caller prunes the views' selections. *done, when
// given, gets what the step undone or redone changed (History's labels).
bool UndoSessionStep(Session& session, ChangeLabel* done = nullptr);
bool RedoSessionStep(Session& session, ChangeLabel* done = nullptr);

