// The start screen: shown over the worked example when JourneyBoard starts without a file. It offers
// a new map from the blank format or the example, opening a map, and the recent maps. Escape, the
// close button or "look at the example first" leave it; File > Start screen brings it back.
#pragma once
#include "session/app_state.h"

void ShowStartScreen(AppState& app);
