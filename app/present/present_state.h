// Presentation mode's state inside one view (F5): the step plan, the step shown, the transition
// under way, and the editing view to restore on Escape.
#pragma once
#include "layout.h"
#include "present_plan.h"
#include "view.h"

#include <unordered_set>
#include <vector>

struct PresentState
{
    bool Active = false;
    int Step = 0;                    // index in Plan
    std::vector<PresentStep> Plan;   // recomputed when the layout or the screen size changes
    int PlannedFrom = -1;            // the layout's Computations count the plan was made from
    Vec2 PlannedSize;                // and the canvas size
    PresentStep ShownStep;           // the step shown, to find it again in a new plan
    View From;                       // the transition starts here ...
    double TransitionStart = -1.0;   // ... at this time (ImGui::GetTime()); < 0: none under way
    bool Animating = false;          // a transition is under way: the frame loop keeps drawing
    bool ExitRequested = false;      // Escape: leave at the end of this frame
    bool MomentSteps = false;        // plan the moments of each phase one by one too

    // The editing view as it was when presenting began, restored exactly on leaving.
    View SavedView;
    bool SavedViewIsFit = false;
    bool SavedFitRequested = false;
    bool SavedInspector = true;
    int SavedSituation = 0;
    LayoutMetrics SavedMetrics;
    std::unordered_set<MomentId> SavedMoments;
    std::unordered_set<NoteId> SavedNotes;
};
