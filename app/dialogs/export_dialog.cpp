#include "dialogs/export_dialog.h"

#include "input/keyboard.h"

#include "text/i18n.h"
#include "export/snapshot.h"
#include "export/snapshot_job.h"
#include "snapshot_paths.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace
{
std::string DefaultExportPath(const AppState& app)
{
    const char* home = std::getenv("HOME");
    const char* pictures = std::getenv("XDG_PICTURES_DIR");
    const std::string folder = SnapshotFolder(app.Session.Path, home ? home : "", pictures ? pictures : "", "");
    return folder + "/" + SnapshotFileName(app.Session.DisplayName, std::time(nullptr));
}

void RadioSituations(AppState& app)
{
    ExportSettings& s = app.Export;
    const bool has_desired = app.Session.Doc.Situations.size() >= 2;
    if (!has_desired)
        s.Situations = ExportSituations::Current;
    ImGui::TextUnformatted(Tr("export.what"));
    ImGui::SameLine(180.0f);
    if (ImGui::RadioButton(Tr("export.current"), s.Situations == ExportSituations::Current))
        s.Situations = ExportSituations::Current;
    ImGui::BeginDisabled(!has_desired);
    ImGui::SameLine();
    if (ImGui::RadioButton(Tr("export.desired"), s.Situations == ExportSituations::Desired))
        s.Situations = ExportSituations::Desired;
    ImGui::SameLine();
    if (ImGui::RadioButton(Tr("export.both"), s.Situations == ExportSituations::Both))
        s.Situations = ExportSituations::Both;
    ImGui::EndDisabled();
}

void SizeControls(ExportSettings& s)
{
    ImGui::TextUnformatted(Tr("export.size"));
    ImGui::SameLine(180.0f);
    if (ImGui::RadioButton(Tr("export.paper"), s.UsePaper))
        s.UsePaper = true;
    ImGui::SameLine();
    if (ImGui::RadioButton(Tr("export.scale"), !s.UsePaper))
        s.UsePaper = false;
    ImGui::Indent(180.0f);
    if (s.UsePaper)
    {
        ImGui::SetNextItemWidth(90.0f);
        if (ImGui::BeginCombo("##paper", PaperName(s.PaperSize)))
        {
            for (int i = 0; i <= (int)Paper::A0; i++)
                if (ImGui::Selectable(PaperName((Paper)i), (int)s.PaperSize == i))
                    s.PaperSize = (Paper)i;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (ImGui::RadioButton(Tr("export.landscape"), !s.Portrait))
            s.Portrait = false;
        ImGui::SameLine();
        if (ImGui::RadioButton(Tr("export.portrait"), s.Portrait))
            s.Portrait = true;
        ImGui::SetNextItemWidth(140.0f);
        ImGui::InputInt(Tr("export.dpi"), &s.Dpi, 50, 100);
        s.Dpi = std::clamp(s.Dpi, MinExportDpi, MaxExportDpi);
    }
    else
    {
        ImGui::SetNextItemWidth(200.0f);
        ImGui::SliderInt("##scale", &s.Scale, MinExportScale, MaxExportScale, "%dx");
    }
    ImGui::Unindent(180.0f);
}
} // namespace

void ShowExportDialog(AppState& app)
{
    if (app.ExportDialogOpen && !ImGui::IsPopupOpen(Tr("export.title")))
    {
        ImGui::OpenPopup(Tr("export.title"));
        std::snprintf(app.ExportPath, sizeof(app.ExportPath), "%s", DefaultExportPath(app).c_str());
        // What the canvas shows, unless both situations were chosen on purpose.
        if (app.Export.Situations != ExportSituations::Both)
            app.Export.Situations = app.MainView.SituationIndex == 1 ? ExportSituations::Desired : ExportSituations::Current;
    }
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(Tr("export.title"), &app.ExportDialogOpen, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ExportSettings& s = app.Export;
    RadioSituations(app);
    ImGui::TextUnformatted(Tr("export.area"));
    ImGui::SameLine(180.0f);
    if (ImGui::RadioButton(Tr("export.whole_map"), !s.CurrentViewOnly))
        s.CurrentViewOnly = false;
    ImGui::SameLine();
    if (ImGui::RadioButton(Tr("export.current_view"), s.CurrentViewOnly))
        s.CurrentViewOnly = true;
    SizeControls(s);

    // The resulting size, or why it cannot be made.
    SnapshotPlan plan;
    const Status planned = PlanSnapshot(app.Session.Doc, s, ScreenToWorld(app.MainView.CanvasView, app.MainView.CanvasRect),
                                        {app.MainView.CanvasRect.Width(), app.MainView.CanvasRect.Height()}, &plan);
    ImGui::Indent(180.0f);
    if (planned)
        ImGui::TextDisabled(Tr("export.pixels"), plan.Width, plan.Height);
    else
        ImGui::TextWrapped("%s", planned.Text(IsDutch()).c_str());
    ImGui::Unindent(180.0f);

    ImGui::TextUnformatted(Tr("export.file"));
    ImGui::SameLine(180.0f);
    ImGui::SetNextItemWidth(560.0f);
    ImGui::InputText("##export_path", app.ExportPath, sizeof(app.ExportPath));
    ImGui::Separator();
    // Enter exports too (while no text field is being edited): the dialog works from the keyboard.
    const bool can_export = planned && app.ExportPath[0] != '\0' && !SnapshotRunning(app);
    ImGui::BeginDisabled(!can_export);
    const bool clicked = ImGui::Button(Tr("export.export"), ImVec2(160.0f, 0.0f));
    const bool enter = !ImGui::GetIO().WantTextInput && EnterPressed(false);
    if (can_export && (clicked || enter))
    {
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(app.ExportPath).parent_path(), ec); // a failure shows when writing
        ExportSettings settings = s;
        settings.Date = TodayForHeader();
        StartSnapshot(app, settings, app.ExportPath);
        app.ExportDialogOpen = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Tr("dialog.cancel"), ImVec2(160.0f, 0.0f)) || EscapePressed())
    {
        app.ExportDialogOpen = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}
