// The canvas's gesture state machine: turns mouse and keys into edits of the model (through
// core/edit) and into selection changes. Advanced once per frame; hit-tests topmost first.
// Every gesture is computed from the document as it was when the gesture began plus the total
// mouse movement, and ends in exactly one undo step when it changed something.
#pragma once
#include "canvas/view_state.h"

struct ImDrawList;

struct CanvasInput
{
    Rect CanvasScreen;      // where the canvas is on screen
    bool Hovered = false;   // the canvas item is under the mouse (no window or editor above it)
    bool SpaceDown = false; // Space held: a left drag pans instead
    bool ClickTaken = false; // a facilitation tool used this frame's click (a dot): no gesture, no menu
};

// Mouse: press, drag and release of the left button, double-clicks, right-click menus.
void UpdateCanvasInteraction(Session& session, ViewState& view, const CanvasInput& input);
// What a gesture shows on top of the map: rubber band, where a note will attach, the score.
void DrawCanvasOverlays(const Session& session, const ViewState& view, ImDrawList* draw_list, const MapLayout& layout);
