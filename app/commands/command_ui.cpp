#include "commands/command_ui.h"

#include "input/keyboard.h"
#include "text/i18n.h"

#include <imgui.h>

#include <cstring>

static bool ChordPressed(const KeyChord& chord, const KeyModifiers& held)
{
    return chord.IsSet() && chord.Ctrl == held.Ctrl && chord.Shift == held.Shift && !held.Alt && !held.Super && KeyPressed(chord.Key);
}

void DispatchCommandKeys(AppState& app, const CommandTable& table)
{
    if (ImGui::GetIO().WantTextInput || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
        return;
    const KeyModifiers held = HeldModifiers();
    for (const Command& c : table.Rows)
        if (ChordPressed(c.Keys, held) || ChordPressed(c.AltKeys, held))
            RunCommand(c, app);
}

void ShowCommandMenus(AppState& app, const CommandTable& table)
{
    for (const char* menu : MenuKeys(table))
    {
        if (!ImGui::BeginMenu(Tr(menu)))
            continue;
        bool first = true;
        for (const Command& c : table.Rows)
        {
            if (!c.MenuKey || std::strcmp(c.MenuKey, menu) != 0)
                continue;
            if (c.SeparatorBefore && !first)
                ImGui::Separator();
            first = false;
            if (c.ShowMenu)
            {
                c.ShowMenu(app);
                continue;
            }
            const std::string keys = ShortcutText(c.Keys);
            if (ImGui::MenuItem(Tr(c.LabelKey), keys.empty() ? nullptr : keys.c_str(), c.Checked && c.Checked(app), CommandEnabled(c, app)))
                RunCommand(c, app);
        }
        ImGui::EndMenu();
    }
}
