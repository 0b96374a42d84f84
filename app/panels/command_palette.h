// The command palette (Ctrl+K): type a few letters of any command, in Dutch or English, and Enter
// runs the highlighted one. Arrows move the highlight, Escape closes. Made from the command table.
#pragma once
#include "session/app_state.h"

void ShowCommandPalette(AppState& app);
