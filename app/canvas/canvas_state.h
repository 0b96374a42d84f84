// What the canvas remembers between frames: the gesture in progress (a small state machine in the
// style of imnodes, advanced once per frame), the in-place text editor and the context menus.
// Never saved, never part of undo.
#pragma once
#include "geom.h"
#include "journey.h"
#include "layout.h"

#include <string>
#include <unordered_set>

enum class CanvasMode
{
    None,
    Pan,             // middle/right drag or Space + left drag moves the view
    MoveSelection,   // left drag on a moment card: the selected moments (and free notes) follow
    BoxSelect,       // left drag on empty canvas: rubber band
    ScoreHandle,     // left drag on a face on an emotion curve: the score follows in steps
    MoveNote,        // left drag on a sticky note: attaches on drop to the moment it is near
    PhaseHeaderDrag, // left drag on a phase header: reorders the phases
    PhaseResize,     // left drag on a phase's right edge: its width
};

enum class TextTarget
{
    None,
    MomentTitle,
    NoteText,
    PhaseName,
    LaneTitle,
    MomentText, // a moment's text in a text lane (description, experience text, free lane): Moment and Lane
};

// The in-place editor: an unscaled ImGui text box over the card, note or header being edited.
struct TextEditorState
{
    TextTarget Target = TextTarget::None;
    MomentId Moment;
    NoteId Note;
    PhaseId Phase;
    LaneId Lane;
    int Situation = 0;         // the situation the element is in
    std::string Text;          // what is typed so far
    bool IsNew = false;        // the element was made for this edit: left empty, it goes away again
    bool FocusPending = false; // give the text box the keyboard at the next frame
    bool HadKeyboard = false;  // the text box was active last frame
    bool CursorToEnd = false;  // once the box is active: cursor after the text (a new element's text selected)
    int ShownLines = 0;        // lines the box shows, wrapped where the map wraps the text (tests read it)
    int MapLines = 0;          // lines the map draws the same text in, without a line limit
    bool IsOpen() const { return Target != TextTarget::None; }
};

struct CanvasState
{
    CanvasMode Mode = CanvasMode::None;
    Document StartDoc;        // the document when the gesture began: each frame is computed from
                              // it and the total mouse movement, so nothing drifts
    MapLayout StartLayout;    // StartDoc's layout, for the drags that measure against it
    Vec2 PressWorld;          // where the left button went down
    bool Dragged = false;     // moved past ImGui's drag threshold: a drag, not a click
    bool Changed = false;     // the gesture's last frame changed the document
    bool SelectOnlyOnRelease = false; // a click without drag on a selected item selects only it
    MomentId Moment;          // the moment pressed (MoveSelection) or whose face is dragged (ScoreHandle)
    bool PatientHandle = true;
    Vec2 HandleStartWorld;    // the face's centre when the drag began
    NoteId Note;              // MoveNote
    Rect NoteStartBox;        // world units
    MomentId DropTarget;      // MoveNote: the moment the note will attach to; none: it stays free
    PhaseId Phase;            // PhaseHeaderDrag, PhaseResize
    float PhaseStartWidth = 0.0f; // world units, as laid out when the drag began
    std::unordered_set<MomentId> BoxBaseMoments; // BoxSelect: the selection kept (Shift/Ctrl)
    std::unordered_set<NoteId> BoxBaseNotes;
    Rect BoxWorld;            // BoxSelect: the rubber band
    MomentId Hovered;         // the card under the mouse, drawn with a darker border
    int ShownSituation = -1;  // the situation the selection and editor belong to

    TextEditorState Editor;

    PhaseId MenuPhase;        // the phase whose header was right-clicked
    LaneId MenuLane;          // the lane whose title was right-clicked
    PhaseId ConfirmDeletePhase; // the phase the delete question is about
    bool ConfirmDeleteRequested = false;
};
