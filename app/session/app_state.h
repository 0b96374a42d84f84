// Everything the app window holds between frames: the open document and how it is shown.
#pragma once
#include "canvas/canvas_state.h"
#include "export_options.h"
#include "dialogs/file_chooser.h"
#include "render/fonts.h"
#include "history.h"
#include "journey.h"
#include "layout.h"
#include "session/settings.h"
#include "view.h"

#include <memory>
#include <string>
#include <unordered_set>

struct SnapshotJob;

// Something the user asked for that has to wait for an answer about unsaved changes.
enum class PendingAction
{
    None,
    Quit,
    OpenPath,
    NewMap, // a blank map (Ctrl+N)
    NewExample, // a new map from the worked example
};

// What the facilitator has selected on the canvas. Never saved, never part of undo.
struct Selection
{
    std::unordered_set<MomentId> Moments;
    std::unordered_set<NoteId> Notes;
    bool Empty() const { return Moments.empty() && Notes.empty(); }
    void Clear() { Moments.clear(), Notes.clear(); }
};

struct AppState
{
    Document Doc;
    std::string Path;        // where the document is saved; empty until the first save
    std::string DisplayName; // shown in the window title
    bool Dirty = false;      // changed since the last save or open
    uint64_t SavedSerial = 0; // Undo.CommittedSerial of the state last saved or opened: undo back to it clears Dirty
    unsigned DocumentSerial = 0; // changes whenever another document is opened (autosave keeps one set per document)
    int FileSchema = CurrentSchema; // file version of the file at Path: older ones are kept once at the first save over them
    int SituationIndex = 0;  // which situation the canvas shows
    History Undo;            // snapshots of Doc; reset on open and new
    Selection Selected;      // in the shown situation
    CanvasState Canvas;      // the canvas's gesture in progress, in-place editor and menus

    View CanvasView;
    bool FitRequested = true;   // fit the whole map at the next frame (first frame, Shift+1)
    bool ViewIsFit = false;     // the view still shows the whole map: refit when the window resizes
    bool ZoomResetRequested = false;
    Rect CanvasRect;            // screen, where the canvas was last drawn
    LayoutCache Layout;         // the shown situation's layout, recomputed only when it changed

    FontSet Fonts;
    std::string StatusText;     // last message in the status bar
    std::string ErrorText;      // non-empty: the error dialog is open with this message
    bool ErrorOffersSaveAs = false;
    std::string NoticeText;     // non-empty: an information dialog is open (e.g. a read-only map)

    bool PathPromptOpen = false;  // the in-app path prompt for Save As / Open
    bool PathPromptIsSave = true;
    char PathBuffer[1024] = {};

    PendingAction Pending = PendingAction::None; // waits on the unsaved-changes dialog
    std::string PendingPath;
    bool UnsavedDialogOpen = false;
    bool QuitNow = false;          // the window may close
    bool FullscreenToggleRequested = false;

    // Panels, help and file choosing (app/panels/inspector, help_overlay, file_dialogs).
    bool InspectorVisible = true;  // the docked panel right of the canvas (Ctrl+I)
    bool HelpVisible = false;      // the full-screen shortcut overlay (F1)
    Settings Prefs;                // recent files and language, remembered between runs
    bool PersistSettings = false;  // write Prefs to the settings file (the real app; tests leave it off)
    FileChooser Chooser;           // the desktop's file dialog (zenity) while it is open

    // Snapshots (app/snapshot_job.h, app/panels/export_dialog.h).
    ExportSettings Export;                 // the export dialog's last choices; F12 takes its size from them
    bool ExportDialogOpen = false;
    std::shared_ptr<SnapshotJob> Snapshot; // the snapshot being drawn or written; null when none

    // The method's formats: start screen, panels and guide (app/method_actions.h). Never saved in the map.
    bool StartScreenOpen = false;  // shown over the example when the app starts without a file
    bool MapPanelOpen = false;     // step 1: title, scope, intended outcome
    bool PersonaPanelOpen = false; // step 2: the persona format
    bool GuideOpen = false;        // the three steps and the tip
    PersonaId SelectedPersona;     // the persona the persona panel edits
    int SituationTabRequest = -1;  // select this situation's tab at the next frame
};

const Situation& CurrentSituation(const AppState& app);

// File actions shared by menus, shortcuts and dropped files. They never abort: a failure
// leaves the document as it was and opens the error dialog.
bool OpenDocumentFile(AppState& app, const std::string& path);
bool SaveDocumentAs(AppState& app, const std::string& path);
// A map from a newer JourneyBoard (Doc.Schema > CurrentSchema) is read-only: saving over its file
// is refused (it could drop what this version does not know); Save As elsewhere is allowed.
bool IsReadOnly(const AppState& app);
void OpenExample(AppState& app);
std::string WindowTitle(const AppState& app);
std::string DefaultSavePath(const AppState& app);
// Records the document as one undo step after a finished gesture or edit that changed it,
// and marks it unsaved.
void CommitEdit(AppState& app);
bool UndoEdit(AppState& app);
bool RedoEdit(AppState& app);
