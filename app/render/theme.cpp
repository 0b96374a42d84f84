#include "render/theme.h"

#include <imgui.h>

// The one accent blue of headers, buttons and tabs, at the strength each state needs.
static ImVec4 Accent(float alpha) { return ImVec4(0.12f, 0.37f, 0.55f, alpha); }

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
    c[ImGuiCol_Header] = Accent(0.25f);
    c[ImGuiCol_HeaderHovered] = Accent(0.40f);
    c[ImGuiCol_Button] = Accent(0.18f);
    c[ImGuiCol_ButtonHovered] = Accent(0.35f);
    c[ImGuiCol_Tab] = Accent(0.18f);
    c[ImGuiCol_TabActive] = Accent(0.45f);
    c[ImGuiCol_TabHovered] = Accent(0.35f);
}

const MapPalette& EditingPalette()
{
    using namespace MapColors;
    static const MapPalette palette = {Background, Ink, InkSoft, PhaseHeader, PhaseHeaderText, PhaseStripe, LaneLabel, Grid,
                                       0xFFDCE0E4, CardFill, CardBorder, PatientCurve, ProfessionalCurve, PainPointNote,
                                       PainPointBorder, OpportunityNote, OpportunityBorder, Selection, 1.0f, 1.0f};
    return palette;
}

const MapPalette& ProjectorPalette()
{
    // Contrast against their grounds (WCAG): ink on white 18:1, soft ink 12:1, header text on
    // the header 10:1, text on the notes above 13:1, white on the darkened chips above 7:1.
    static const MapPalette palette = {
        0xFFFFFFFF, // background: white
        0xFF141414, // ink
        0xFF333333, // soft ink
        0xFF5C3E12, // phase header #123E5C
        0xFFFFFFFF, // header text
        0xFFF2F2F2, // stripe
        0xFFE8E8E8, // lane titles
        0xFF7A7570, // grid
        0xFFC8C8C8, // score lines
        0xFFFFFFFF, // card
        0xFF3C3C3C, // card border
        0xFF993F1A, // patient curve #1A3F99
        0xFF0059B3, // professional curve #B35900
        0xFFD6D6FF, // pain point #FFD6D6: light, so the text stands out even on a washed-out projector
        0xFF1818A0, // its border
        0xFFD2F5D2, // opportunity #D2F5D2
        0xFF1B6B1B, // its border
        0xFFE07B00, // selection
        2.0f,       // heavier lines
        0.6f,       // darker chips
    };
    return palette;
}
