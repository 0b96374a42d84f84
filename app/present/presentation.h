// Presentation mode (F5, View > Present, `journeyboard --present FILE`): nothing but the map,
// in the projector palette and the presentation layout, stepped from an overview through each
// phase with eased transitions that never hold up input. The map stays editable.
#pragma once
#include "canvas/view_state.h"

struct ImDrawList;

constexpr double PresentTransitionSeconds = 0.3;

void EnterPresentation(const Session& session, ViewState& view);
// Escape: leaves at the end of the frame (the canvas has had its keys), restoring the editing view.
void RequestLeavePresentation(ViewState& view);
void FinishPresentationFrame(const Session& session, ViewState& view);

// Next, previous, first, last, or a phase's first step (index from 0); starts a transition.
void GoToStep(ViewState& view, int step, double now);
void GoToPhase(ViewState& view, int phase, double now);
// The presentation keys of this frame: Right, PageDown, Space next; Left, PageUp, Backspace
// previous; Home, End; 1-9 a phase; Escape leaves. Not while a text is being typed.
// True when one of them was pressed (the caller then leaves the frame's other shortcuts alone).
bool HandlePresentationKeys(ViewState& view, double now);
// Re-plans when the map or the screen changed (keeping the step shown) and sets the view
// transform for this frame, blended during a transition.
void UpdatePresentationView(const Session& session, ViewState& view, const Rect& canvas_screen, double now);
// A small, quiet "3 / 9 · Diagnose" in the bottom-right corner.
void DrawStepIndicator(const Session& session, const ViewState& view, const Rect& canvas_screen, ImDrawList* draw_list);
