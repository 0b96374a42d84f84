#include "export/snapshot_job.h"

#include "atomic_file.h"
#include "text/i18n.h"
#include "export/snapshot.h"
#include "snapshot_paths.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

struct SnapshotJob
{
    Document Doc; // a copy: the plan points into it
    SnapshotPlan Plan;
    ExportFonts Fonts;
    SnapshotImage Image;
    std::string Path;
    int NextRow = 0; // the first picture row not drawn yet
    std::thread Writer;
    std::atomic<bool> Written{false};
    Status Result;

    ~SnapshotJob()
    {
        if (Writer.joinable())
            Writer.join();
        DestroyExportFonts(&Fonts);
    }
};

namespace
{
constexpr int BandRows = 1024; // rows drawn per frame: about a tenth of a second on llvmpipe

void ShowStatus(AppState& app, const char* key, const char* arg) { SetStatusFormat(app, key, arg); }

void ShowProgress(AppState& app, const SnapshotJob& job)
{
    SetStatusCounts(app, "export.drawing", (int)(100.0f * job.NextRow / std::max(1, job.Plan.Height)));
}

void Fail(AppState& app, const Status& status)
{
    app.ErrorText = status.Text(IsDutch());
    app.ErrorOffersSaveAs = false;
    app.StatusText.clear();
}

std::string ReadSmallFile(const std::string& path)
{
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    return text.size() > 65536 ? std::string() : text;
}
} // namespace

bool SnapshotRunning(const AppState& app) { return app.Snapshot != nullptr; }

bool StartSnapshot(AppState& app, const ExportSettings& settings, const std::string& path)
{
    if (app.Snapshot)
    {
        SetStatusKey(app, "export.busy");
        return false;
    }
    auto job = std::make_shared<SnapshotJob>();
    job->Doc = app.Session.Doc;
    job->Path = path;
    const Rect view_world = ScreenToWorld(app.MainView.CanvasView, app.MainView.CanvasRect);
    const Vec2 view_pixels = {app.MainView.CanvasRect.Width(), app.MainView.CanvasRect.Height()};
    ExportSettings shown = settings;
    shown.ShowGaps = app.MainView.ShowGaps; // the picture shades the gaps when the view does
    Status status = PlanSnapshot(job->Doc, shown, view_world, view_pixels, &job->Plan);
    if (status)
        status = CreateExportFonts(job->Doc, job->Plan.FontZoom, &job->Fonts);
    if (status)
    {
        try
        {
            job->Image.Width = job->Plan.Width;
            job->Image.Height = job->Plan.Height;
            job->Image.Rgb.assign((size_t)job->Plan.Width * job->Plan.Height * 3, 255);
        }
        catch (const std::bad_alloc&)
        {
            status = ErrorStatus("error.picture_memory");
        }
    }
    if (!status)
    {
        Fail(app, status);
        return false;
    }
    app.Snapshot = job;
    ShowProgress(app, *job);
    return true;
}

bool RequestLiveSnapshot(AppState& app)
{
    const char* home = std::getenv("HOME");
    const char* pictures = std::getenv("XDG_PICTURES_DIR");
    const std::string home_dir = home ? home : "";
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const std::string config_dir = config && config[0] ? std::string(config) : home_dir + "/.config";
    const std::string folder = SnapshotFolder(app.Session.Path, home_dir, pictures ? pictures : "", ReadSmallFile(config_dir + "/user-dirs.dirs"));
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
    {
        Fail(app, ErrorStatusFormat("error.snapshot_folder", folder.c_str(), ec.message().c_str()));
        return false;
    }
    ExportSettings settings = app.Export;
    settings.CurrentViewOnly = false;
    settings.Situations = app.MainView.CompareShown          ? ExportSituations::Compare
                          : app.MainView.SituationIndex == 1 ? ExportSituations::Desired
                                                             : ExportSituations::Current;
    settings.Date = TodayForHeader();
    return StartSnapshot(app, settings, folder + "/" + SnapshotFileName(app.Session.DisplayName, std::time(nullptr)));
}

bool StepSnapshot(AppState& app)
{
    SnapshotJob* job = app.Snapshot.get();
    if (!job)
        return false;
    if (job->NextRow < job->Plan.Height)
    {
        // One band of rows this frame, straight into the picture.
        const PixelRect band = {0, job->NextRow, job->Plan.Width, std::min(BandRows, job->Plan.Height - job->NextRow)};
        SnapshotImage rows;
        const Status status = RenderSnapshot(job->Plan, job->Fonts, band, 0, &rows);
        if (!status)
        {
            app.Snapshot.reset();
            Fail(app, status);
            return false;
        }
        std::copy(rows.Rgb.begin(), rows.Rgb.end(), job->Image.Rgb.begin() + (size_t)band.Y * band.Width * 3);
        job->NextRow += band.Height;
        ShowProgress(app, *job);
        if (job->NextRow >= job->Plan.Height)
        {
            DestroyExportFonts(&job->Fonts); // GL objects go on this thread, before the worker starts
            SetStatusKey(app, "export.writing");
            job->Writer = std::thread([job] {
                std::string png;
                Status status = EncodeSnapshot(job->Image, job->Doc, job->Plan.Dpi, &png);
                job->Image = SnapshotImage();
                if (status)
                    status = WriteFileAtomic(job->Path, png, false);
                job->Result = status;
                job->Written = true;
            });
        }
        return true;
    }
    if (!job->Written)
        return true;
    job->Writer.join();
    const Status result = job->Result;
    const std::string path = job->Path;
    app.Snapshot.reset();
    if (result)
        ShowStatus(app, "export.done", path.c_str());
    else
        Fail(app, result);
    return false;
}

void FinishSnapshot(AppState& app)
{
    while (StepSnapshot(app))
        if (app.Snapshot && app.Snapshot->Writer.joinable())
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
}
