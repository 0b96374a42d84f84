// The guide: the method's three steps and the tip, each explained in a few sentences, with
// buttons that frame the place on the canvas where it goes and open the panel to fill it in.
#pragma once
#include "session/app_state.h"

void ShowGuidePanel(AppState& app);
