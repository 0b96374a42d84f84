#include "panels/start_screen.h"
#include "input/keyboard.h"
#include "paths.h"

#include "text/i18n.h"
#include "dialogs/file_dialogs.h"

#include <imgui.h>

#include <algorithm>
#include <string>

// A wide button with a line of explanation under it.
static bool BigChoice(const char* label, const char* hint, float width)
{
    const bool pressed = ImGui::Button(label, ImVec2(width, ImGui::GetFrameHeight() * 1.6f));
    if (hint)
    {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextDisabled("%s", hint);
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    return pressed;
}

// `text` as it fits in `width` pixels on one line: shortened in the middle with "…" when longer
// (a recent file's name can be any length: the settings file is the user's to edit).
static std::string FitMiddle(const std::string& text, float width)
{
    const float em = ImGui::GetFontSize();
    size_t max_chars = (size_t)std::max(8.0f, width / (em * 0.45f));
    std::string shown = ShortenMiddle(text, max_chars);
    while (max_chars > 8 && ImGui::CalcTextSize(shown.c_str()).x > width)
    {
        max_chars = max_chars * 4 / 5;
        shown = ShortenMiddle(text, max_chars);
    }
    return shown;
}

void ShowStartScreen(AppState& app)
{
    if (!app.MainView.StartScreenOpen)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = ImGui::GetFontSize() * 34.0f;
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Appearing);
    if (ImGui::IsWindowAppearing() || !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
        ImGui::SetNextWindowFocus(); // in front of the method's panels, but never over a dialog
    const std::string title = std::string(Tr("start.title")) + "###start_screen";
    bool open = true;
    if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
    {
        const float inner = width - ImGui::GetStyle().WindowPadding.x * 2.0f;
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
        ImGui::TextUnformatted(Tr("start.intro"));
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();
        if (BigChoice(Tr("start.blank"), Tr("start.blank_hint"), inner))
        {
            open = false;
            RequestNew(app);
        }
        if (BigChoice(Tr("start.example"), Tr("start.example_hint"), inner))
        {
            open = false;
            RequestNewExample(app);
        }
        if (BigChoice(Tr("start.open"), nullptr, inner))
        {
            open = false;
            RequestOpen(app);
        }
        ImGui::Separator();
        ImGui::PushFont(app.MainView.Fonts.UiBold);
        ImGui::TextUnformatted(Tr("start.recent"));
        ImGui::PopFont();
        if (app.Prefs.RecentFiles.empty())
            ImGui::TextDisabled("%s", Tr("start.no_recent"));
        for (size_t i = 0; i < app.Prefs.RecentFiles.size(); i++)
        {
            const std::string path = app.Prefs.RecentFiles[i]; // a copy: opening reorders the list
            ImGui::PushID((int)i);
            if (ImGui::Selectable(FitMiddle(BaseName(path), inner).c_str()))
            {
                open = false;
                RequestOpen(app, path);
            }
            if (ImGui::IsItemHovered())
            {
                // The whole path, wrapped; a path longer than a screen full keeps its start and end.
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40.0f);
                ImGui::TextUnformatted(ShortenMiddle(path, 1500).c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
        ImGui::Spacing();
        ImGui::Separator();
        if (ImGui::Button(Tr("start.close")))
            open = false;
        ImGui::SameLine();
        if (ImGui::Button(Tr("start.guide")))
        {
            open = false;
            app.MainView.GuideOpen = true;
        }
        // Escape belongs to the shortcut overlay while it is shown (it is drawn after this window).
        if (!app.MainView.HelpVisible && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && KeyPressed(Key_Escape))
            open = false;
    }
    ImGui::End();
    if (!open)
        app.MainView.StartScreenOpen = false;
}
