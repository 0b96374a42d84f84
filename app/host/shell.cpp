#include "host/shell.h"

#include "canvas/canvas.h"
#include "commands/clipboard_actions.h"
#include "text/i18n.h"
#include "commands/keys.h"
#include "commands/method_actions.h"
#include "dialogs/export_dialog.h"
#include "dialogs/file_dialogs.h"
#include "panels/guide_panel.h"
#include "panels/help_overlay.h"
#include "panels/inspector.h"
#include "panels/map_panel.h"
#include "panels/persona_panel.h"
#include "dialogs/recovery_dialog.h"
#include "panels/start_screen.h"
#include "recovery.h"
#include "export/snapshot_job.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

static bool Pressed(int key) { return ImGui::IsKeyPressed(key, false); }

static void HandleShortcuts(AppState& app)
{
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
        return;
    if (io.KeyCtrl && !io.KeyShift && Pressed(Key_S))
        RequestSave(app);
    if (io.KeyCtrl && io.KeyShift && Pressed(Key_S))
        RequestSaveAs(app);
    if (io.KeyCtrl && Pressed(Key_O))
        RequestOpen(app);
    if (io.KeyCtrl && Pressed(Key_0))
        app.MainView.ZoomResetRequested = true;
    if (io.KeyShift && !io.KeyCtrl && Pressed(Key_1))
        app.MainView.FitRequested = true;
    if (io.KeyCtrl && Pressed(Key_Q))
        RequestQuit(app);
    // Undo and redo; not while a drag is under way (its start is what it computes from).
    if (app.MainView.Canvas.Mode == CanvasMode::None && !app.MainView.Canvas.Editor.IsOpen())
    {
        if (io.KeyCtrl && !io.KeyShift && Pressed(Key_Z))
            UndoEdit(app);
        else if (io.KeyCtrl && ((io.KeyShift && Pressed(Key_Z)) || (!io.KeyShift && Pressed(Key_Y))))
            RedoEdit(app);
    }
    if (Pressed(Key_F11))
        app.FullscreenToggleRequested = true;
    // Panels, help, clipboard and new maps.
    if (io.KeyCtrl && !io.KeyShift && Pressed(Key_N))
        RequestNew(app);
    if (io.KeyCtrl && Pressed(Key_I))
        app.MainView.InspectorVisible = !app.MainView.InspectorVisible;
    if (Pressed(Key_F1))
        app.MainView.HelpVisible = !app.MainView.HelpVisible;
    // Snapshots.
    if (Pressed(Key_F12))
        RequestLiveSnapshot(app);
    if (io.KeyCtrl && !io.KeyShift && Pressed(Key_E))
        app.ExportDialogOpen = true;
    HandleClipboardShortcuts(app);
}

static void ShowMenuBar(AppState& app)
{
    if (!ImGui::BeginMenuBar())
        return;
    if (ImGui::BeginMenu(Tr("menu.file")))
    {
        if (ImGui::MenuItem(Tr("menu.new"), "Ctrl+N"))
            RequestNew(app);
        if (ImGui::MenuItem(Tr("menu.new_example")))
            RequestNewExample(app);
        if (ImGui::MenuItem(Tr("menu.start_screen")))
            app.MainView.StartScreenOpen = true;
        ImGui::Separator();
        if (ImGui::MenuItem(Tr("menu.open"), "Ctrl+O"))
            RequestOpen(app);
        ShowRecentFilesMenu(app);
        if (ImGui::MenuItem(Tr("menu.save"), "Ctrl+S"))
            RequestSave(app);
        if (ImGui::MenuItem(Tr("menu.save_as"), "Ctrl+Shift+S"))
            RequestSaveAs(app);
        if (ImGui::MenuItem(Tr("menu.recover")))
            OpenRecoveryDialog(RecoveryFolder(), false);
        ImGui::Separator();
        if (ImGui::MenuItem(Tr("menu.export"), "Ctrl+E"))
            app.ExportDialogOpen = true;
        if (ImGui::MenuItem(Tr("menu.snapshot"), "F12", false, !SnapshotRunning(app)))
            RequestLiveSnapshot(app);
        ImGui::Separator();
        if (ImGui::MenuItem(Tr("menu.quit"), "Ctrl+Q"))
            RequestQuit(app);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(Tr("menu.method")))
    {
        if (ImGui::MenuItem(Tr("menu.guide"), nullptr, app.MainView.GuideOpen))
            app.MainView.GuideOpen = !app.MainView.GuideOpen;
        ImGui::Separator();
        if (ImGui::MenuItem(Tr("menu.map_panel"), nullptr, app.MainView.MapPanelOpen) && (app.MainView.MapPanelOpen = !app.MainView.MapPanelOpen))
            FrameMapPart(app, MapPart::ScopeBand);
        if (ImGui::MenuItem(Tr("menu.persona_panel"), nullptr, app.MainView.PersonaPanelOpen) && (app.MainView.PersonaPanelOpen = !app.MainView.PersonaPanelOpen))
            FrameMapPart(app, MapPart::PersonaCard);
        if (ImGui::MenuItem(Tr("menu.create_desired"), nullptr, false, app.Session.Doc.Situations.size() == 1))
            CreateDesiredSituation(app);
        ImGui::Separator();
        if (ImGui::MenuItem(Tr("menu.undo"), "Ctrl+Z", false, CanUndo(app.Session.Undo)) && UndoEdit(app))
            app.StatusText = Tr("status.undone");
        if (ImGui::MenuItem(Tr("menu.redo"), "Ctrl+Y", false, CanRedo(app.Session.Undo)) && RedoEdit(app))
            app.StatusText = Tr("status.redone");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(Tr("menu.view")))
    {
        if (ImGui::MenuItem(Tr("menu.fit"), "Shift+1"))
            app.MainView.FitRequested = true;
        if (ImGui::MenuItem(Tr("menu.zoom_100"), "Ctrl+0"))
            app.MainView.ZoomResetRequested = true;
        if (ImGui::MenuItem(Tr("menu.fullscreen"), "F11"))
            app.FullscreenToggleRequested = true;
        ImGui::Separator();
        ImGui::MenuItem(Tr("menu.inspector"), "Ctrl+I", &app.MainView.InspectorVisible);
        ImGui::MenuItem(Tr("menu.help"), "F1", &app.MainView.HelpVisible);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(Tr("menu.language")))
    {
        if (ImGui::MenuItem(Tr("menu.english"), nullptr, GetLanguage() == Language::English))
        {
            SetLanguage(Language::English);
            RememberLanguage(app);
        }
        if (ImGui::MenuItem(Tr("menu.dutch"), nullptr, GetLanguage() == Language::Dutch))
        {
            SetLanguage(Language::Dutch);
            RememberLanguage(app);
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

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
                ImGui::EndTabItem();
            }
            ImGui::PopID();
        }
        ImGui::EndTabBar();
    }
    app.MainView.SituationTabRequest = -1;
}

void ShowAppFrame(AppState& app)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoScrollWithMouse |
                                   ImGuiWindowFlags_NoBackground; // the canvas covers it: one full-screen fill less per frame
    ImGui::Begin("##journeyboard", nullptr, flags);
    ImGui::PopStyleVar(3);

    HandleShortcuts(app);
    ShowMenuBar(app);
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
    ShowStartScreen(app);
    ShowHelpOverlay(app);
}
