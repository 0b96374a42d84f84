#include "render/theme.h"

#include <imgui.h>

void ApplyLightTheme()
{
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.FrameBorderSize = 1.0f;
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 7);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = ImVec4(0.08f, 0.08f, 0.08f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.35f, 0.35f, 0.35f, 1.0f);
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.45f, 0.45f, 0.45f, 0.60f);
    c[ImGuiCol_Header] = ImVec4(0.12f, 0.37f, 0.55f, 0.25f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.12f, 0.37f, 0.55f, 0.40f);
    c[ImGuiCol_Button] = ImVec4(0.12f, 0.37f, 0.55f, 0.18f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.12f, 0.37f, 0.55f, 0.35f);
    c[ImGuiCol_Tab] = ImVec4(0.12f, 0.37f, 0.55f, 0.18f);
    c[ImGuiCol_TabActive] = ImVec4(0.12f, 0.37f, 0.55f, 0.45f);
    c[ImGuiCol_TabHovered] = ImVec4(0.12f, 0.37f, 0.55f, 0.35f);
}
