#include "panels/command_palette.h"

#include "commands/command_table.h"
#include "input/keyboard.h"
#include "text/i18n.h"

#include <imgui.h>

#include <algorithm>

void ShowCommandPalette(AppState& app)
{
    PaletteState& p = app.MainView.Palette;
    if (!p.Open)
        return;
    const bool opening = p.FocusPending;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(720.0f, viewport->WorkSize.x - 40.0f);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + (viewport->WorkSize.x - width) * 0.5f, viewport->WorkPos.y + 60.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    if (p.FocusPending)
        ImGui::SetNextWindowFocus();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_AlwaysAutoResize;
    ImGui::Begin("##palette", nullptr, flags);
    ImGui::PushFont(app.MainView.Fonts.Canvas[3]);
    if (p.FocusPending)
    {
        ImGui::SetKeyboardFocusHere();
        p.FocusPending = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered = ImGui::InputTextWithHint("##query", Tr("palette.hint"), p.Query, sizeof(p.Query), ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemEdited())
        p.Choice = 0;
    const bool search_has_keyboard = ImGui::IsItemActive();

    const CommandTable& table = AppCommands();
    const std::vector<const Command*> matches = MatchCommands(table, p.Query);
    const int shown = std::min((int)matches.size(), 12);
    if (KeyPressed(Key_Down, true))
        p.Choice++;
    if (KeyPressed(Key_Up, true))
        p.Choice--;
    p.Choice = shown == 0 ? 0 : std::max(0, std::min(p.Choice, shown - 1));

    const Command* run = nullptr;
    if (shown == 0)
        ImGui::TextDisabled("%s", Tr("palette.none"));
    for (int i = 0; i < shown; i++)
    {
        const Command& c = *matches[i];
        const bool enabled = CommandEnabled(c, app);
        ImGui::PushID(i);
        if (!enabled)
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        if (ImGui::Selectable(Tr(c.LabelKey), i == p.Choice) && enabled)
            run = &c;
        const std::string keys = ShortcutText(c);
        if (!keys.empty())
        {
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(keys.c_str()).x);
            ImGui::TextDisabled("%s", keys.c_str());
        }
        if (!enabled)
            ImGui::PopStyleColor();
        ImGui::PopID();
    }
    if (entered && shown > 0 && CommandEnabled(*matches[p.Choice], app))
        run = matches[p.Choice];
    // Escape, or the keyboard going elsewhere (a click outside), closes the palette.
    const bool closed = EscapePressed(false) || (!opening && !search_has_keyboard && !ImGui::IsWindowFocused() && !entered);
    ImGui::PopFont();
    ImGui::End();
    if (run || closed)
        p = PaletteState();
    if (run)
        RunCommand(*run, app);
}
