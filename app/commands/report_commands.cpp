// File > Workshop report (the PDF and the CSV of the ranked bottlenecks, beside the map), and the
// View menu's Compare tab and gap shading.
#include "commands/command_table.h"

#include "export/report_files.h"
#include "snapshot_paths.h"
#include "text/i18n.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace
{
// Beside the saved map, or in the home folder for a map never saved: NAME-workshop-report-TIME.
std::string ReportPathWithout(const AppState& app)
{
    const char* home = std::getenv("HOME");
    std::string folder = home ? home : ".";
    const std::string& map = app.Session.Path;
    const size_t slash = map.rfind('/');
    if (!map.empty())
        folder = slash == std::string::npos ? "." : map.substr(0, slash);
    std::string name = SnapshotFileName(app.Session.DisplayName + "-" + Tr("report.file_name"), std::time(nullptr));
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".png") == 0)
        name.resize(name.size() - 4);
    return folder + "/" + name;
}

void WriteReportFromApp(AppState& app)
{
    const std::string base = ReportPathWithout(app);
    int rows = 0;
    Status status = WriteWorkshopReport(app.Session.Doc, base + ".pdf", ReportFormat::Pdf, &rows);
    if (status)
        status = WriteWorkshopReport(app.Session.Doc, base + ".csv", ReportFormat::Csv);
    if (!status)
    {
        app.ErrorText = status.Text(IsDutch());
        app.ErrorOffersSaveAs = false;
        return;
    }
    const std::string pdf = base + ".pdf";
    SetStatus(app, [rows, pdf] {
        char text[1024];
        std::snprintf(text, sizeof(text), Tr("status.report_written"), rows, pdf.c_str());
        return std::string(text);
    });
}
} // namespace

void AddReportCommands(CommandTable& t)
{
    t.Add("file.report", "menu.report", WriteReportFromApp).In("menu.file");
}

void AddCompareCommands(CommandTable& t)
{
    const char* menu = "menu.view";
    t.Add("view.compare", "menu.compare",
          [](AppState& app) {
              app.MainView.CompareShown = !app.MainView.CompareShown;
              if (app.MainView.CompareShown)
                  app.MainView.CompareTabRequest = true, app.MainView.Selected.Clear();
              else
                  app.MainView.SituationTabRequest = app.MainView.SituationIndex;
          })
        .In(menu, true)
        .When([](const AppState& app) { return app.Session.Doc.Situations.size() >= 2; })
        .Check([](const AppState& app) { return app.MainView.CompareShown; });
    t.Add("view.gaps", "menu.gaps", [](AppState& app) { app.MainView.ShowGaps = !app.MainView.ShowGaps; })
        .In(menu)
        .Check([](const AppState& app) { return app.MainView.ShowGaps; });
}
