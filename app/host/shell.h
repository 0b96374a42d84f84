// One frame of the whole UI: menu bar, situation tabs, canvas, status bar and dialogs.
// Called between ImGui::NewFrame() and ImGui::Render(); knows nothing about GLFW or GL, so the
// tests and the benchmark build the same frames headless.
#pragma once
#include "session/app_state.h"

void ShowAppFrame(AppState& app);
