// An ImGui context without any window or GL backend: the tests and the benchmark build real
// frames of the app with it (io.DisplaySize set by hand, the font atlas built on the CPU).
#pragma once
#include "session/app_state.h"

struct ImGuiContext;

struct HeadlessContext
{
    ImGuiContext* Context = nullptr;
};

// Creates and makes current a context of `width` x `height` pixels with the app's fonts in app.MainView.Fonts.
HeadlessContext CreateHeadlessContext(AppState& app, float width, float height);
void DestroyHeadlessContext(HeadlessContext& ctx);
// Builds one whole frame of the app; returns the number of vertices drawn.
int BuildHeadlessFrame(AppState& app, float delta_seconds = 1.0f / 60.0f);
