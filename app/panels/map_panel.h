// Step 1 of the method: the map's title, scope and intended outcome, shown in the band above the
// phases on the canvas (and in exports).
#pragma once
#include "session/app_state.h"

void ShowMapPanel(AppState& app);
