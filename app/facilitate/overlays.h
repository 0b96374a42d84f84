// The facilitation overlays, one function each, drawn over the map by every view that shows it:
// the editing canvas, presentation mode and the projector window. Each takes the view it draws
// into (draw list, transform, canvas rectangle), so the same code serves every window.
// Drawing never changes the model.
#pragma once
#include "session/facilitation_state.h"
#include "journey.h"
#include "layout.h"
#include "render/fonts.h"
#include "view.h"

struct ImDrawList;

// Where an overlay draws: one view of the map.
struct OverlayView
{
    ImDrawList* DrawList = nullptr;
    const FontSet* Fonts = nullptr;
    View Transform;     // world to screen of this view
    Rect CanvasScreen;  // the map's area in this window, screen pixels
};

// Everything except the spotlit moment or phase dims to about a third.
void DrawSpotlightOverlay(const OverlayView& view, int situation_index, const Situation& situation, const MapLayout& layout,
                          const FacilitationState& tools);
// The dots of the open round (or of the round whose results are shown) on the notes, large and
// round; the top notes of shown results get a rank badge and a thick outline.
void DrawVotesOverlay(const OverlayView& view, const Document& doc, int situation_index, const MapLayout& layout,
                      const FacilitationState& tools);
// The red dot and its fading trail.
void DrawLaserOverlay(const OverlayView& view, const LaserTrail& laser, double now);
// The countdown, large in the top-right corner; the digits flash when the time is up.
void DrawTimerOverlay(const OverlayView& view, const WorkshopTimer& timer, double now);
// All of them in the order they stack (spotlight, votes, laser, timer).
void DrawFacilitationOverlays(const OverlayView& view, const Document& doc, int situation_index, const MapLayout& layout,
                              const FacilitationState& tools, double now);

// Seconds until an overlay changes by itself (timer digits, a fading trail), or -1 when nothing
// does: the frame loop sleeps that long.
double FacilitationSecondsUntilRedraw(const FacilitationState& tools, double now);
