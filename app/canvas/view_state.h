// One window's view of the session: which situation it shows, the view transform, the selection,
// the canvas gesture and in-place editor, its fonts and which panels are open. Two windows over
// one document are two ViewStates over one Session, drawn in the same frame loop.
#pragma once
#include "canvas/canvas_state.h"
#include "present/present_state.h"
#include "render/fonts.h"
#include "session/session.h"
#include "compare.h"
#include "layout.h"
#include "result.h"
#include "view.h"

#include <string>
#include <unordered_set>

// What the facilitator has selected on the canvas. Never saved, never part of undo.
struct Selection
{
    std::unordered_set<MomentId> Moments;
    std::unordered_set<NoteId> Notes;
    bool Empty() const { return Moments.empty() && Notes.empty(); }
    void Clear() { Moments.clear(), Notes.clear(); }
};

// Live edits of one panel, waiting to become one undo step when the field is finished
// (panels/text_fields.h records it), so typing a paragraph is one step, not one per letter.
struct PanelEdits
{
    bool Pending = false;
    void Changed(bool changed = true) { Pending = Pending || changed; }
};

// What the docked and floating panels remember between frames (app/panels).
struct PanelsState
{
    PanelEdits Inspector;
    PanelEdits MapPanel;
    PanelEdits PersonaPanel;
    // The inspector's multi-line field being typed in (an ImGuiID; 0: none): the others show their
    // whole text wrapped, as ImGui 1.86's multi-line editor does not wrap.
    unsigned EditingText = 0;
    int FocusFrames = 0;        // the field takes the keyboard over the next frames
    std::string NewActor;       // the inspector's "add an actor" box
    std::string PhotoPath;      // what the user typed in the persona panel's photo path box
    std::string PhotoMessage;   // the last photo load's result
    bool PhotoFailed = false;
};

// The command palette (Ctrl+K): a search box over the command table.
struct PaletteState
{
    bool Open = false;
    bool FocusPending = false; // give the search box the keyboard at the next frame
    char Query[128] = {};
    int Choice = 0;            // the highlighted line among the matches
};

// The window tests' layout dump of one view (canvas/e2e_layout_dump.h).
struct LayoutDumpState
{
    std::string Suffix;  // added to the dump file's name before its extension ("-projector")
    std::string Written; // the dump last written: not written again while unchanged
};

struct ViewState
{
    int SituationIndex = 0;  // which situation the canvas shows
    Selection Selected;      // in the shown situation
    CanvasState Canvas;      // the canvas's gesture in progress, in-place editor and menus

    View CanvasView;
    bool FitRequested = true;   // fit the whole map at the next frame (first frame, Shift+1)
    bool ViewIsFit = false;     // the view still shows the whole map: refit when the window resizes
    bool ZoomResetRequested = false;
    Rect CanvasRect;            // screen, where the canvas was last drawn
    LayoutCache Layout;         // the shown situation's layout, recomputed only when it changed
    LayoutMetrics Metrics;      // the layout's sizes: the editing ones, or the presentation's while presenting
    bool Projector = false;     // drawn in the projector palette (presenting, the projector window)
    PresentState Present;       // presentation mode (F5) of this view
    FontSet Fonts;              // this window's fonts (the UI and the canvas bakes)
    LayoutDumpState Dump;       // tests only (JB_E2E_DUMP_LAYOUT)

    // Panels and overlays of this window (app/panels). Never saved in the map.
    bool InspectorVisible = true;  // the docked panel right of the canvas (Ctrl+I)
    bool HelpVisible = false;      // the full-screen shortcut overlay (F1)
    bool StartScreenOpen = false;  // shown over the example when the app starts without a file
    bool MapPanelOpen = false;     // step 1: title, scope, intended outcome
    bool PersonaPanelOpen = false; // step 2: the persona format
    bool GuideOpen = false;        // the three steps and the tip
    PersonaId SelectedPersona;     // the persona the persona panel edits
    int SituationTabRequest = -1;  // select this situation's tab at the next frame
    PaletteState Palette;
    PanelsState Panels;
    Status Refusal;                // an edit asked for here was refused with a reason: the error dialog shows it
    int FramePartPending = -1;     // a MapPart to frame beside the open panels at the end of the frame
    bool FramedBesidePanel = false; // the view frames a part beside a panel: its closing shows the whole map
    bool CompareShown = false;     // the Compare tab: the desired situation set against the current one, read-only
    bool CompareTabRequest = false; // select the Compare tab at the next frame
    bool ShowGaps = true;          // View menu: shade where patient and professional differ by 2 or more
    LayoutCache CompareLayout;     // the Compare view's layout
    Comparison CompareData;        // the Compare view's matching, made again each frame it shows
    Situation CompareSituation;    // what the Compare view draws (MakeCompareSituation)
};

// The situation the view shows (an empty one if the document has none).
const Situation& ShownSituation(const Session& session, const ViewState& view);
// After ReplaceDocument: nothing selected, the first situation, the whole map fitted.
void ResetViewForNewDocument(const Session& session, ViewState& view);
// Remembers why an edit was refused (e.g. the map has no ids left) for the error dialog; nothing
// when `why` is a success (refused for a reason the user sees, such as a phase that is gone).
void ShowRefusal(ViewState& view, const Status& why);
// Sizes the view's cards and notes for their text, measured with the view's fonts (once the
// font atlas is built: call it inside a frame).
void SizeLayoutForText(ViewState& view);
// Drops selected ids that no longer exist (after undo, redo or delete).
void PruneSelection(const Session& session, ViewState& view);
// Opens the command palette with an empty search.
void OpenCommandPalette(ViewState& view);
