// The actions behind the method's three steps and the tip, shared by the menu, the start screen,
// the guide and the panels: new maps from the shipped formats, the desired situation, the
// language, and framing a part of the map on the canvas.
#pragma once
#include "session/app_state.h"
#include "geom.h"
#include "text/i18n.h"

// A new, unsaved map from the blank format, phase names in the UI language.
void NewFromBlankFormat(AppState& app);
// Adds the desired situation as a copy of the current one (one undo step) and shows its tab.
bool CreateDesiredSituation(AppState& app);
// Sets the UI language and remembers it in the settings.
void ChooseLanguage(AppState& app, Language language);
// Loads the settings and picks the language: the remembered one, else the system locale.
void LoadPrefsAndLanguage(AppState& app);

// Where the method's parts are on the canvas, in world units (the shown situation).
enum class MapPart
{
    ScopeBand,   // title, scope, intended outcome
    PersonaCard, // the selected persona, else the first
    Journey,     // phases and lanes
};
Rect MapPartRect(const AppState& app, MapPart part);
// Frames `part` in the area of the canvas the open method panels leave free; done at the end of
// the frame (ApplyPanelFraming), when the panels have their places.
void FrameMapPart(AppState& app, MapPart part);
// Call once a frame after the panels: frames a requested part, and shows the whole map again
// when the last panel closes after framing beside it (nothing stays cut off).
void ApplyPanelFraming(AppState& app);
