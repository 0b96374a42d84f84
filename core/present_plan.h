// The steps of presenting a map (F5): an overview of the whole map, then each phase filling the
// screen height, a phase too wide for legible text split over as many steps as it needs, and
// optionally each moment of a phase on its own. Pure: the views are computed from the layout.
#pragma once
#include "layout.h"
#include "view.h"

#include <vector>

enum class PresentStepKind
{
    Overview,
    Phase,
    Moment,
};

struct PresentStep
{
    PresentStepKind Kind = PresentStepKind::Overview;
    int Phase = -1;     // index in layout.Phases (phase and moment steps)
    int Part = 0;       // which part of a wide phase, from 0
    int Parts = 1;      // how many parts the phase has
    MomentId Moment;    // moment steps
    Rect Focus;         // world units: what the step shows
    View ViewTransform; // screen pixels from the screen's top-left
};

struct PresentPlanOptions
{
    Vec2 ScreenSize = {1920.0f, 1080.0f}; // pixels
    float MarginScreen = 8.0f;            // pixels above and below a phase, around the overview
    float LargeTextWorld = 34.5f;         // moment titles and note texts in the presented layout, world units
    float LeastLargePixels = 32.0f;
    float SmallTextWorld = 27.0f;         // the smallest other map text, world units
    float LeastSmallPixels = 24.0f;
    bool MomentSteps = false;             // after each phase, its moments one by one
};

// The options that go with a layout's metrics (its text scale) on a screen.
PresentPlanOptions PresentOptionsFor(const LayoutMetrics& metrics, Vec2 screen_size, bool moment_steps);

// The least zoom at which every text reaches its least pixel size.
float LegibleZoom(const PresentPlanOptions& options);

// The steps for `layout`; `overview_world` is what the overview shows (the whole drawing).
// Phase steps keep the left LaneLabelWidth * zoom pixels for the frozen lane names.
std::vector<PresentStep> PlanPresentation(const MapLayout& layout, const Rect& overview_world, const PresentPlanOptions& options);

// The first step of phase `phase` (index), or -1.
int FirstStepOfPhase(const std::vector<PresentStep>& plan, int phase);
// The step that best matches `step` in a new plan (after an edit): same kind, phase, part and
// moment when there is one, else the nearest phase, else 0.
int MatchingStep(const std::vector<PresentStep>& plan, const PresentStep& step);

// Transitions: ease in and out over t in [0, 1]; views blend with the zoom changing evenly
// in scale (geometrically) and the screen centre moving through world space.
float EaseInOut(float t);
View BlendViews(const View& from, const View& to, Vec2 center_screen, float t); // around the screen point
