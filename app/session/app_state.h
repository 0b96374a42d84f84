// Everything the app holds between frames: the session (the open document), the main window's
// view of it, and the app-wide dialogs, settings and jobs.
#pragma once
#include "canvas/view_state.h"
#include "export_options.h"
#include "dialogs/file_chooser.h"
#include "recovery.h"
#include "invite/invitation.h"
#include "session/settings.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

struct SnapshotJob;

// The recovery dialog (dialogs/recovery_dialog.h): the autosaved sets found and the one chosen.
struct RecoveryDialogState
{
    bool Open = false;
    std::string Folder;
    std::vector<RecoverySet> Sets;
    int SelectedSet = 0;
    int SelectedVersion = 0;
    bool ConfirmDiscard = false;
};

// Something the user asked for that has to wait for an answer about unsaved changes.
enum class PendingAction
{
    None,
    Quit,
    OpenPath,
    NewMap, // a blank map (Ctrl+N)
    NewExample, // a new map from the worked example
};

struct AppState
{
    struct Session Session; // the open document, shared by every window
    ViewState MainView;     // the main window's view of it
    ViewState ProjectorView; // the projector window's view (present/projector_view.h), following MainView
    bool ProjectorWanted = false; // View > Projector window: the frame loop opens or closes the window to match

    std::string StatusText;     // last message in the status bar
    std::function<std::string()> StatusMaker; // makes StatusText again in the UI's language (SetStatus)
    std::string StatusMade;     // what StatusMaker made last: a StatusText set another way is left alone
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

    Settings Prefs;                // recent files and language, remembered between runs
    bool PersistSettings = false;  // write Prefs to the settings file (the real app; tests leave it off)
    FileChooser Chooser;           // the desktop's file dialog (zenity) while it is open

    // Snapshots (app/snapshot_job.h, app/panels/export_dialog.h).
    ExportSettings Export;                 // the export dialog's last choices; F12 takes its size from them
    bool ExportDialogOpen = false;
    char ExportPath[1024] = {};            // the export dialog's file to write; filled when it opens
    std::shared_ptr<SnapshotJob> Snapshot; // the snapshot being drawn or written; null when none

    RecoveryDialogState Recovery;
    // Participants' phones (app/invite/, issue #15).
    Invitation Invite;             // the running server, its QR code, inbox mode
    bool InvitePanelOpen = false;  // Facilitate > Invite participants
    bool AutosaveNow = false;      // something a participant sent was applied: autosave without waiting
    void (*WakeFrameLoop)() = nullptr; // wakes the sleeping frame loop from another thread (glfwPostEmptyEvent); null headless
};

// The situation the main window shows.
const Situation& CurrentSituation(const AppState& app);

// Another document takes the open one's place (new, open, example, restore, paste as map): the
// session starts over with it and every view resets (ReplaceDocument, ResetViewForNewDocument).
void ReplaceDocument(AppState& app, Document doc, const DocumentOrigin& origin);

// File actions shared by menus, shortcuts and dropped files. They never abort: a failure
// leaves the document as it was and opens the error dialog.
bool OpenDocumentFile(AppState& app, const std::string& path);
bool SaveDocumentAs(AppState& app, const std::string& path);
void OpenExample(AppState& app);
// Undo and redo for every view of the session; false when there was nothing to undo or redo.
// *done, when given, gets what the step changed (the undo command says it in the status bar).
bool UndoEdit(AppState& app, ChangeLabel* done = nullptr);
bool RedoEdit(AppState& app, ChangeLabel* done = nullptr);
// A status message made by `make`, which is run again when the UI's language changes.
void SetStatus(AppState& app, std::function<std::string()> make);
// After a language change: the status message in the new language, when it was made by SetStatus.
void RetranslateStatus(AppState& app);
// "Opened: %s" with `arg` in the UI's language, now and after a language change.
void SetStatusFormat(AppState& app, const char* key, const std::string& arg = std::string());
// The string table entry `key` as the status message, in the UI's language.
void SetStatusKey(AppState& app, const char* key);
// `key` is a format with one or two integers (counts, a percentage).
void SetStatusCounts(AppState& app, const char* key, int a, int b = 0);
