// Draws one situation of a document into an ImDrawList under a view transform.
// The SAME function draws the screen and the PNG export, so a snapshot is what the room saw.
// Drawing never changes the model.
#pragma once
#include "render/fonts.h"
#include "journey.h"
#include "layout.h"
#include "view.h"

#include <string>
#include <unordered_set>

struct ImDrawList;

struct MapDrawOptions
{
    bool ShowTitleBand = true; // title, scope, intended outcome and legend above the map
    bool ShowPersonas = true;  // persona cards left of the map
    const std::unordered_set<MomentId>* SelectedMoments = nullptr; // screen only: highlighted
    const std::unordered_set<NoteId>* SelectedNotes = nullptr;
    MomentId HoveredMoment; // screen only
    std::string HeaderDate; // snapshots: the date in the title band; empty on screen
    bool Projector = false; // the projector palette: white ground, stronger contrast, heavier lines
    bool FrozenHeaders = false; // screen: phase names stay at the top and lane names at the left when panned
};

// Persona cards sit left of the lane titles; their world rectangles in document order.
Rect PersonaCardRect(const Persona& persona, const MapLayout& layout);
// Everything DrawMap draws, in world units: fit-to-screen and the export frame this.
Rect DrawnBounds(const Document& doc, const MapLayout& layout, const MapDrawOptions& options);

void DrawMap(ImDrawList* draw_list, const FontSet& fonts, const Document& doc, const Situation& situation,
             const MapLayout& layout, const View& view, const Rect& visible_screen, const MapDrawOptions& options);

// -2 red .. 0 grey .. +2 green, as ImGui's packed colour.
unsigned int ScoreColor(float score);
