#include "panels/help_overlay.h"

#include "text/i18n.h"
#include "commands/keys.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace
{
struct ShortcutLine
{
    const char* Keys;   // the same in both languages, except where a key has a Dutch name
    const char* KeysNl;
    const char* What;   // string table key
};

// Grouped as a facilitator meets them: look around, build, correct, files.
const ShortcutLine ViewLines[] = {
    {"Wheel", "Wiel", "help.zoom"},
    {"Right drag, Space+drag", "Rechts slepen, Spatie+slepen", "help.pan"},
    {"Shift+1", "Shift+1", "help.fit"},
    {"Ctrl+0", "Ctrl+0", "help.zoom_100"},
    {"F11", "F11", "help.fullscreen"},
    {"F12", "F12", "help.snapshot"},
    {"Ctrl+I", "Ctrl+I", "help.inspector"},
    {"F1", "F1", "help.help"},
};
const ShortcutLine BuildLines[] = {
    {"Double-click", "Dubbelklikken", "help.double_click"},
    {"Drag a face", "Gezicht slepen", "help.score"},
    {"Right-click header, lane", "Rechtsklik kop, baan", "help.menus"},
    {"N", "N", "help.new_pain_point"},
    {"O", "O", "help.new_opportunity"},
    {"Click, Shift+click, box", "Klik, Shift+klik, kader", "help.select"},
    {"Ctrl+A", "Ctrl+A", "help.select_all"},
    {"Escape", "Escape", "help.escape"},
    {"Delete", "Delete", "help.delete"},
    {"Ctrl+D", "Ctrl+D", "help.duplicate"},
};
const ShortcutLine EditLines[] = {
    {"Ctrl+Z", "Ctrl+Z", "help.undo"},
    {"Ctrl+Shift+Z, Ctrl+Y", "Ctrl+Shift+Z, Ctrl+Y", "help.redo"},
    {"Ctrl+C", "Ctrl+C", "help.copy"},
    {"Ctrl+X", "Ctrl+X", "help.cut"},
    {"Ctrl+V", "Ctrl+V", "help.paste"},
};
const ShortcutLine FileLines[] = {
    {"Ctrl+N", "Ctrl+N", "help.new"},
    {"Ctrl+O", "Ctrl+O", "help.open"},
    {"Ctrl+S", "Ctrl+S", "help.save"},
    {"Ctrl+Shift+S", "Ctrl+Shift+S", "help.save_as"},
    {"Ctrl+E", "Ctrl+E", "help.export"},
    {"Ctrl+Q", "Ctrl+Q", "help.quit"},
};

// Inside a group, SameLine() measures from the group's left edge.
template <size_t N>
void ShowGroup(const AppState& app, const char* title_key, const ShortcutLine (&lines)[N], float keys_width, float column_width)
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
        ImGui::TextUnformatted(IsDutch() ? line.KeysNl : line.Keys);
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
    if (ImGui::IsKeyPressed(Key_Escape, false)) // F1 toggles in the shell's shortcuts
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
    auto measure = [&](const ShortcutLine* lines, size_t n) {
        for (size_t i = 0; i < n; i++)
            widest_keys = std::max(widest_keys, ImGui::CalcTextSize(IsDutch() ? lines[i].KeysNl : lines[i].Keys).x);
    };
    measure(ViewLines, IM_ARRAYSIZE(ViewLines));
    measure(BuildLines, IM_ARRAYSIZE(BuildLines));
    measure(EditLines, IM_ARRAYSIZE(EditLines));
    measure(FileLines, IM_ARRAYSIZE(FileLines));
    ImGui::PopFont();
    const float keys_width = std::min(widest_keys + 32.0f, column_width * 0.55f);
    const float left_x = ImGui::GetCursorPosX();
    ImGui::BeginGroup();
    ShowGroup(app, "help.group_view", ViewLines, keys_width, column_width);
    ShowGroup(app, "help.group_files", FileLines, keys_width, column_width);
    ImGui::EndGroup();
    ImGui::SameLine(left_x + column_width + gap);
    ImGui::BeginGroup();
    ShowGroup(app, "help.group_build", BuildLines, keys_width, column_width);
    ShowGroup(app, "help.group_edit", EditLines, keys_width, column_width);
    ImGui::EndGroup();
    ImGui::End();
}
