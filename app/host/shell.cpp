#include "host/shell.h"

#include "canvas/canvas.h"
#include "commands/command_ui.h"
#include "invite/invite_ui.h"
#include "text/i18n.h"
#include "commands/method_actions.h"
#include "dialogs/export_dialog.h"
#include "facilitate/facilitate_actions.h"
#include "dialogs/file_dialogs.h"
#include "panels/guide_panel.h"
#include "panels/command_palette.h"
#include "panels/help_overlay.h"
#include "panels/inspector.h"
#include "panels/map_panel.h"
#include "panels/persona_panel.h"
#include "dialogs/recovery_dialog.h"
#include "panels/start_screen.h"
#include "recovery.h"
#include "export/snapshot_job.h"
#include "present/presentation.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

static void ShowSituationTabs(AppState& app)
{
    if (app.Session.Doc.Situations.size() < 2)
        return;
    if (ImGui::BeginTabBar("situations"))
    {
        for (int i = 0; i < (int)app.Session.Doc.Situations.size(); i++)
        {
            ImGui::PushID(i);
            const ImGuiTabItemFlags flags = app.MainView.SituationTabRequest == i ? ImGuiTabItemFlags_SetSelected : 0;
            if (ImGui::BeginTabItem(SituationTitle(app.Session.Doc.Situations[i]), nullptr, flags))
            {
                app.MainView.SituationIndex = i;
                app.MainView.CompareShown = false;
                ImGui::EndTabItem();
            }
            ImGui::PopID();
        }
        // The third tab: the desired situation set against the current one (read-only).
        const ImGuiTabItemFlags flags = app.MainView.CompareTabRequest ? ImGuiTabItemFlags_SetSelected : 0;
        if (ImGui::BeginTabItem(Tr("situation.compare"), nullptr, flags))
        {
            if (!app.MainView.CompareShown)
                app.MainView.Selected.Clear(); // nothing to select or edit here
            app.MainView.CompareShown = true;
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    app.MainView.SituationTabRequest = -1;
    app.MainView.CompareTabRequest = false;
}

// A window with no frame, padding or background at `pos`/`size`: the canvas covers it (one
// full-screen fill less per frame). Ends with ImGui::End() as usual.
static void BeginBareWindow(const char* name, ImVec2 pos, ImVec2 size, ImGuiWindowFlags extra_flags)
{
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
    ImGui::Begin(name, nullptr, flags | extra_flags);
    ImGui::PopStyleVar(3);
}

// Presenting: the canvas over the whole window, nothing else but the dialogs that need an answer.
static void ShowPresentationFrame(AppState& app)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    BeginBareWindow("##presenting", viewport->Pos, viewport->Size, 0);
    InviteFrame(app); // phones keep sending while the map is presented
    // The presentation's own keys first (Backspace steps back here rather than deleting); the
    // command table's shortcuts (N, O, Ctrl+Z, ...) keep working when no stepping key was pressed.
    if (!HandlePresentationKeys(app.MainView, ImGui::GetTime()))
        DispatchCommandKeys(app, AppCommands());
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ShowCanvas(app.Session, app.MainView, avail.x, avail.y);
    ShowFacilitationWindows(app); // the timer, voting and results panels work while presenting too
    ShowFileDialogs(app);
    ImGui::End();
    FinishPresentationFrame(app.Session, app.MainView);
}

void ShowAppFrame(AppState& app)
{
    if (app.MainView.Present.Active)
    {
        ShowPresentationFrame(app);
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    BeginBareWindow("##journeyboard", viewport->WorkPos, viewport->WorkSize, ImGuiWindowFlags_MenuBar);

    InviteFrame(app); // what participants sent goes on the map before it is drawn
    // Keys first, then the menus: both from the command table.
    const CommandTable& commands = AppCommands();
    DispatchCommandKeys(app, commands);
    if (ImGui::BeginMenuBar())
    {
        ShowCommandMenus(app, commands);
        ImGui::EndMenuBar();
    }
    {
        // Tabs on a strip of the window colour, drawn under them (the window has no background).
        const float strip_top = ImGui::GetCursorScreenPos().y;
        ImDrawList* draw_list = ImGui::GetWindowDrawList();
        draw_list->ChannelsSplit(2);
        draw_list->ChannelsSetCurrent(1);
        ShowSituationTabs(app);
        draw_list->ChannelsSetCurrent(0);
        const float window_left = ImGui::GetWindowPos().x, window_right = window_left + ImGui::GetWindowSize().x;
        draw_list->AddRectFilled(ImVec2(window_left, strip_top), ImVec2(window_right, ImGui::GetCursorScreenPos().y),
                                 ImGui::GetColorU32(ImGuiCol_WindowBg));
        draw_list->ChannelsMerge();
    }

    const float status_height = ImGui::GetFrameHeightWithSpacing();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float inspector_width = app.MainView.InspectorVisible ? InspectorWidth(app, avail.x) : 0.0f;
    ShowCanvas(app.Session, app.MainView, avail.x - inspector_width, avail.y - status_height);
    DrawInviteOnCanvas(app);
    if (app.MainView.InspectorVisible)
    {
        ImGui::SameLine(0.0f, 0.0f);
        ShowInspector(app, inspector_width, avail.y - status_height);
    }

    // Status bar: the last message, the zoom and the shortcuts that matter most.
    {
        // The window has no background of its own (see above): the status bar paints its strip.
        const ImVec2 status_min = ImGui::GetCursorScreenPos();
        const ImVec2 window_max(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x, ImGui::GetWindowPos().y + ImGui::GetWindowSize().y);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(ImGui::GetWindowPos().x, status_min.y), window_max, ImGui::GetColorU32(ImGuiCol_WindowBg));
    }
    ImGui::SetCursorPosX(ImGui::GetStyle().ItemSpacing.x);
    char zoom[64];
    std::snprintf(zoom, sizeof(zoom), Tr("status.zoom"), (int)std::lround(app.MainView.CanvasView.Zoom * 100.0f));
    ImGui::TextUnformatted(zoom);
    ImGui::SameLine(0.0f, 24.0f);
    const std::string participants = InviteStatusText(app);
    if (!participants.empty())
    {
        ImGui::TextUnformatted(participants.c_str());
        ImGui::SameLine(0.0f, 24.0f);
    }
    ImGui::TextUnformatted(app.StatusText.c_str());
    ImGui::SameLine(0.0f, 24.0f);
    ImGui::TextDisabled("%s", Tr("status.help_hint"));

    ShowFileDialogs(app);
    ShowRecoveryDialog(app);
    ShowExportDialog(app);
    ImGui::End();

    // The method's windows float over the canvas; the start screen in front of them.
    ShowGuidePanel(app);
    ShowMapPanel(app);
    ShowPersonaPanel(app);
    ShowFacilitationWindows(app);
    ShowInvitePanel(app);
    ShowStartScreen(app);
    ShowHelpOverlay(app);
    ShowCommandPalette(app);
    ApplyPanelFraming(app);
}
