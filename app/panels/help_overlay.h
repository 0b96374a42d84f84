// F1: every shortcut on one full-screen overlay, in big type a room can read from the back.
// F1 or Escape closes it.
#pragma once
#include "session/app_state.h"

void ShowHelpOverlay(AppState& app);
