#include "host/headless.h"

#include "host/shell.h"
#include "render/theme.h"

#include <imgui.h>

HeadlessContext CreateHeadlessContext(AppState& app, float width, float height)
{
    HeadlessContext ctx;
    ctx.Context = ImGui::CreateContext();
    ImGui::SetCurrentContext(ctx.Context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    // As the OpenGL 3 backend of the window does: draw lists may pass 65,536 vertices (big maps).
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    ApplyLightTheme();
    AddFonts(io.Fonts, 18.0f, &app.MainView.Fonts);
    io.FontDefault = app.MainView.Fonts.Ui;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // builds the atlas; no GPU texture needed
    return ctx;
}

void DestroyHeadlessContext(HeadlessContext& ctx)
{
    if (ctx.Context)
        ImGui::DestroyContext(ctx.Context);
    ctx.Context = nullptr;
}

int BuildHeadlessFrame(AppState& app, float delta_seconds)
{
    ImGui::GetIO().DeltaTime = delta_seconds;
    ImGui::NewFrame();
    ShowAppFrame(app);
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
}
