#include "panels/help_overlay.h"

#include "text/i18n.h"
#include "commands/command_table.h"
#include "input/keyboard.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

namespace
{
// What the mouse does: not commands, so not in the command table. Keys come from the table.
struct GestureLine
{
    HelpGroup Group;
    const char* KeysKey; // string table key of the gesture's name
    const char* What;    // string table key
};
const GestureLine Gestures[] = {
    {HelpGroup::View, "help.keys_wheel", "help.zoom"},
    {HelpGroup::View, "help.keys_pan", "help.pan"},
    {HelpGroup::Build, "help.keys_double_click", "help.double_click"},
    {HelpGroup::Build, "help.keys_drag_face", "help.score"},
    {HelpGroup::Build, "help.keys_right_click", "help.menus"},
    {HelpGroup::Build, "help.keys_select", "help.select"},
};

struct ShortcutLine
{
    std::string Keys;
    const char* What; // string table key
};

std::vector<ShortcutLine> GroupLines(HelpGroup group)
{
    std::vector<ShortcutLine> lines;
    for (const GestureLine& g : Gestures)
        if (g.Group == group)
            lines.push_back({Tr(g.KeysKey), g.What});
    for (const Command& c : AppCommands().Rows)
        if (c.Group == group)
            lines.push_back({ShortcutText(c), c.HelpKey ? c.HelpKey : c.LabelKey});
    return lines;
}

// Inside a group, SameLine() measures from the group's left edge.
void ShowGroup(const AppState& app, const char* title_key, const std::vector<ShortcutLine>& lines, float keys_width, float column_width)
{
    ImGui::PushFont(app.MainView.Fonts.CanvasBold[4]);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(31, 95, 139, 255));
    ImGui::TextUnformatted(Tr(title_key));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const float group_left_screen = ImGui::GetCursorScreenPos().x;
    for (const ShortcutLine& line : lines)
    {
        ImGui::PushFont(app.MainView.Fonts.CanvasBold[3]);
        ImGui::TextUnformatted(line.Keys.c_str());
        ImGui::PopFont();
        ImGui::SameLine(keys_width);
        ImGui::PushFont(app.MainView.Fonts.Canvas[3]);
        ImGui::PushTextWrapPos(group_left_screen - ImGui::GetWindowPos().x + column_width);
        ImGui::TextUnformatted(Tr(line.What));
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetTextLineHeight() * 0.6f));
}
} // namespace

void ShowHelpOverlay(AppState& app)
{
    if (!app.MainView.HelpVisible)
        return;
    if (KeyPressed(Key_Escape)) // F1 toggles through the command table
    {
        app.MainView.HelpVisible = false;
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::SetNextWindowBgAlpha(0.97f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(48.0f, 32.0f));
    ImGui::Begin("##help", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());

    ImGui::PushFont(app.MainView.Fonts.CanvasBold[5]);
    ImGui::TextUnformatted(Tr("help.title"));
    ImGui::PopFont();
    ImGui::SameLine(0.0f, 48.0f);
    ImGui::PushFont(app.MainView.Fonts.Canvas[3]);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 20.0f);
    ImGui::TextDisabled("%s", Tr("help.close_hint"));
    ImGui::PopFont();
    ImGui::Separator();
    ImGui::Spacing();

    // Two columns on a wide screen, so everything fits without scrolling on a projector.
    const float gap = 64.0f;
    const float column_width = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
    // The keys column is as wide as the widest key text, so the descriptions line up.
    float widest_keys = 0.0f;
    ImGui::PushFont(app.MainView.Fonts.CanvasBold[3]);
    const std::vector<ShortcutLine> view_lines = GroupLines(HelpGroup::View), build_lines = GroupLines(HelpGroup::Build),
                                    edit_lines = GroupLines(HelpGroup::Edit), file_lines = GroupLines(HelpGroup::Files);
    for (const auto* group : {&view_lines, &build_lines, &edit_lines, &file_lines})
        for (const ShortcutLine& line : *group)
            widest_keys = std::max(widest_keys, ImGui::CalcTextSize(line.Keys.c_str()).x);
    ImGui::PopFont();
    const float keys_width = std::min(widest_keys + 32.0f, column_width * 0.55f);
    const float left_x = ImGui::GetCursorPosX();
    ImGui::BeginGroup();
    ShowGroup(app, "help.group_view", view_lines, keys_width, column_width);
    ShowGroup(app, "help.group_files", file_lines, keys_width, column_width);
    ImGui::EndGroup();
    ImGui::SameLine(left_x + column_width + gap);
    ImGui::BeginGroup();
    ShowGroup(app, "help.group_build", build_lines, keys_width, column_width);
    ShowGroup(app, "help.group_edit", edit_lines, keys_width, column_width);
    ImGui::EndGroup();
    ImGui::End();
}
