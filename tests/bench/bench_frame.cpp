// Figures of a whole app frame (headless: the ImGui frame with our drawing, no GL) for the
// worked example and the stress map, and loading, saving and memory for the stress map.
// Frame figures are CPU time of the frame-building thread, the median over options.Runs frames.
#include "bench.h"

#include "session/app_state.h"
#include "edit.h"
#include "file_json.h"
#include "host/headless.h"
#include "render/fonts.h"
#include "history.h"
#include "stress_map.h"
#include "view.h"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace
{
constexpr float ScreenWidth = 1920.0f, ScreenHeight = 1080.0f;

void ShowDocument(AppState& app, Document doc)
{
    app.Session.Doc = std::move(doc);
    ResetHistory(app.Session.Undo, app.Session.Doc);
    app.MainView.Selected.Clear();
    app.MainView.SituationIndex = 0;
    app.MainView.FitRequested = true;
    BuildHeadlessFrame(app); // lays out and fits
    BuildHeadlessFrame(app);
}

// The view at 100 % centred on world point `center_world`.
void ShowAt100(AppState& app, Vec2 center_world)
{
    View view;
    view.Zoom = 1.0f;
    view.OriginScreen = app.MainView.CanvasRect.Center() - center_world;
    app.MainView.CanvasView = view;
    app.MainView.ViewIsFit = false;
    BuildHeadlessFrame(app);
}

double FrameMs(const BenchOptions& options, AppState& app)
{
    return MedianCpuMilliseconds(options, [&] { BuildHeadlessFrame(app); });
}

std::string TempFolder()
{
    char pattern[] = "/tmp/jb-bench.XXXXXX";
    const char* dir = mkdtemp(pattern);
    return dir ? dir : "/tmp";
}
} // namespace

JB_BENCH(BenchFrameExample)
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, ScreenWidth, ScreenHeight);
    OpenExample(app);
    ShowDocument(app, app.Session.Doc);
    ReportBench("frame_example_fit_ms", FrameMs(options, app), "ms");
    const MapLayout layout = ComputeLayout(CurrentSituation(app));
    ShowAt100(app, layout.Map.Center());
    ReportBench("frame_example_100_ms", FrameMs(options, app), "ms");
    DestroyHeadlessContext(ctx);
}

namespace
{
// The process's peak resident memory counts from here on (Linux: 5 to clear_refs resets VmHWM),
// so figures run before this one (the export's big pictures) do not count in peak_rss_mb.
bool ResetPeakResident()
{
    FILE* f = std::fopen("/proc/self/clear_refs", "w");
    if (!f)
        return false;
    const bool ok = std::fputs("5", f) >= 0;
    return std::fclose(f) == 0 && ok;
}

// Peak resident memory in MB since the reset (VmHWM), or over the whole process (ru_maxrss).
double PeakResidentMegabytes(bool was_reset)
{
    if (was_reset)
        if (FILE* f = std::fopen("/proc/self/status", "r"))
        {
            char line[256];
            long kb = -1;
            while (std::fgets(line, sizeof(line), f))
                if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1)
                    break;
            std::fclose(f);
            if (kb >= 0)
                return (double)kb / 1024.0;
        }
    rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_maxrss / 1024.0; // ru_maxrss is in kB on Linux
}
} // namespace

JB_BENCH(BenchStress)
{
    const bool peak_reset = ResetPeakResident();
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, ScreenWidth, ScreenHeight);
    ShowDocument(app, MakeStressDocument());
    const Situation& situation = CurrentSituation(app);

    ReportBench("layout_stress_ms", MedianCpuMilliseconds(options, [&] { ComputeLayout(situation); }), "ms");
    LayoutCache cache;
    ReportBench("layout_unchanged_stress_ms", MedianCpuMilliseconds(options, [&] { CachedLayout(cache, situation); }), "ms");
    // The same with the cards and notes sized for their text, as the canvas does: the texts are
    // compared with those measured last, none measured again.
    LayoutCache text_cache;
    text_cache.Texts = &WrapCacheOf(app.MainView.Fonts);
    CachedLayout(text_cache, situation);
    ReportBench("layout_unchanged_texts_stress_ms", MedianCpuMilliseconds(options, [&] { CachedLayout(text_cache, situation); }), "ms");

    // Fit as the app does it (Shift+1): the zoom stops at MinZoom, about 150 moments wide.
    ReportBench("frame_stress_fit_ms", FrameMs(options, app), "ms");
    // The whole map at once, far below MinZoom: 5,000 cards and 10,000 notes in 1,920 pixels.
    const MapLayout layout = ComputeLayout(situation);
    View whole;
    whole.Zoom = (app.MainView.CanvasRect.Width() - 48.0f) / layout.Bounds.Width();
    whole.OriginScreen = app.MainView.CanvasRect.Center() - layout.Bounds.Center() * whole.Zoom;
    app.MainView.CanvasView = whole;
    app.MainView.ViewIsFit = false;
    ReportBench("frame_stress_whole_ms", FrameMs(options, app), "ms");

    // 100 % in the middle of the map, on the moments lane.
    const MomentBox& middle = layout.Moments[layout.Moments.size() / 2];
    ShowAt100(app, middle.Card.Center() + Vec2(0.0f, 300.0f));
    ReportBench("frame_stress_100_ms", FrameMs(options, app), "ms");

    // The most text: zoomed out just far enough that body text is still drawn as text (about
    // 4.5 pixels high), so some 45 cards with their lane texts and notes are laid out at once.
    app.MainView.CanvasView.Zoom = 4.5f / 23.0f;
    app.MainView.CanvasView.OriginScreen = app.MainView.CanvasRect.Center() - (middle.Card.Center() + Vec2(0.0f, 500.0f)) * app.MainView.CanvasView.Zoom;
    ReportBench("frame_stress_small_text_ms", FrameMs(options, app), "ms");
    ShowAt100(app, middle.Card.Center() + Vec2(0.0f, 300.0f));

    // A selection of 500 moments dragged to and fro with the mouse, through the canvas's own
    // input handling: the left button held on a selected card, the mouse moving every frame.
    std::vector<MomentId> dragged;
    for (size_t i = layout.Moments.size() / 2 - 250; i < layout.Moments.size() / 2 + 250; i++)
        dragged.push_back(layout.Moments[i].Id);
    app.MainView.Selected.Moments.insert(dragged.begin(), dragged.end());
    const MomentId first_id = dragged.front(), last_id = dragged.back();
    auto moment_x = [&](MomentId id) { return FindMomentBox(ComputeLayout(CurrentSituation(app)), id)->CenterX; };
    const float first_before = moment_x(first_id), last_before = moment_x(last_id);
    ImGuiIO& io = ImGui::GetIO();
    const Vec2 grab_screen = WorldToScreen(app.MainView.CanvasView, FindMomentBox(ComputeLayout(CurrentSituation(app)), middle.Id)->Card.Center());
    io.MousePos = ImVec2(grab_screen.x, grab_screen.y);
    BuildHeadlessFrame(app); // hover
    io.MouseDown[0] = true;
    BuildHeadlessFrame(app); // press
    int frame = 0;
    const double input_ms = MedianCpuMilliseconds(options, [&] {
        // Right by 30 pixels, then back, so the selection stays on screen however long this runs.
        io.MousePos.x = grab_screen.x + ((frame++ % 2 == 0) ? 30.0f : 10.0f);
        BuildHeadlessFrame(app);
    });
    const bool moved = moment_x(first_id) != first_before && moment_x(last_id) != last_before;
    io.MouseDown[0] = false;
    BuildHeadlessFrame(app);
    if (moved)
        ReportBench("frame_stress_drag_ms", input_ms, "ms");
    else
    {
        // The canvas does not drag moments with the mouse (yet): the same work by the edit the
        // drag makes, one MoveMoments of the whole selection and one frame each.
        std::fprintf(stderr, "bench: the mouse did not drag the selection; frame_stress_drag_ms uses MoveMoments per frame\n");
        ReportBench("frame_stress_drag_ms", MedianCpuMilliseconds(options, [&] {
                        const float dx = (frame++ % 2 == 0) ? 40.0f : -40.0f;
                        MoveMoments(app.Session.Doc, app.MainView.SituationIndex, dragged, dx);
                        BuildHeadlessFrame(app);
                    }), "ms");
    }
    app.MainView.Selected.Clear();

    // Loading and saving through the same functions as the app (the save is atomic, with fsync).
    const Document stress = MakeStressDocument();
    const std::string folder = TempFolder();
    const std::string path = folder + "/stress.cjm.json";
    ReportBench("save_stress_ms", MedianMilliseconds(options, [&] {
                    if (!SaveDocumentToFile(path, stress))
                        std::fprintf(stderr, "bench: cannot save %s\n", path.c_str());
                }), "ms");
    struct stat st;
    ReportBench("stress_file_kb", stat(path.c_str(), &st) == 0 ? (double)st.st_size / 1024.0 : 0.0, "kB");
    ReportBench("load_stress_ms", MedianMilliseconds(options, [&] {
                    Document loaded;
                    if (!LoadDocumentFromFile(path, &loaded))
                        std::fprintf(stderr, "bench: cannot load %s\n", path.c_str());
                }), "ms");
    std::remove(path.c_str());
    std::remove((path + ".bak").c_str());
    rmdir(folder.c_str());

    DestroyHeadlessContext(ctx);
    ReportBench("peak_rss_mb", PeakResidentMegabytes(peak_reset), "MB");
}

namespace
{
double ResidentMegabytes()
{
    long pages_total = 0, pages_resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r"))
    {
        if (std::fscanf(f, "%ld %ld", &pages_total, &pages_resident) != 2)
            pages_resident = 0;
        std::fclose(f);
    }
    return (double)pages_resident * (double)sysconf(_SC_PAGESIZE) / (1024.0 * 1024.0);
}
} // namespace

// Undo on the stress map: every finished gesture records a whole copy of the document. After
// the peak figure above, so it does not count there.
JB_BENCH(BenchStressUndo)
{
    History history;
    Document doc = MakeStressDocument();
    ResetHistory(history, doc);
    const MapLayout layout = ComputeLayout(doc.Situations[0]);
    std::vector<MomentId> dragged;
    for (size_t i = 0; i < 500; i++)
        dragged.push_back(layout.Moments[i].Id);
    int step = 0;
    const double before_mb = ResidentMegabytes();
    const int steps = options.Runs + options.Warmup;
    ReportBench("undo_step_stress_ms", MedianCpuMilliseconds(options, [&] {
                    MoveMoments(doc, 0, dragged, (step++ % 2 == 0) ? 40.0f : -40.0f);
                    CommitStep(history, doc);
                }), "ms");
    ReportBench("undo_step_stress_mb", (ResidentMegabytes() - before_mb) / steps, "MB");
}
