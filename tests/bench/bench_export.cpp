// Figures of snapshots: the example at A3 300 dpi (4961 x 3508 px) rendered with OpenGL,
// encoded to PNG, and the same pixels encoded by ImageMagick's `convert` for comparison.
// Needs a display for OpenGL (run under xvfb-run on a server); skipped with a message without one.
#include "bench.h"

#include "example.h"
#include "host/gl_context.h"
#include "export/png_encode.h"
#include "export/snapshot.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

JB_BENCH(BenchExportA3)
{
    HiddenGlContext gl;
    const Status status = CreateHiddenGlContext(&gl);
    if (!status)
    {
        std::fprintf(stderr, "skipping the export figures: %s\n", status.Message.c_str());
        return;
    }
    const Document doc = MakeExampleDocument();
    ExportSettings settings; // A3 landscape, 300 dpi
    SnapshotPlan plan;
    SnapshotImage image;
    // Render: planning, the font bake for this zoom, drawing and readback, as every export does them.
    const double render_ms = MedianMilliseconds(options, [&] {
        PlanSnapshot(doc, settings, Rect(), Vec2(), &plan);
        ExportFonts fonts;
        CreateExportFonts(doc, plan.FontZoom, &fonts);
        RenderSnapshot(plan, fonts, PixelRect(), 0, &image);
        DestroyExportFonts(&fonts);
    });
    ReportBench("export_a3_300_render_ms", render_ms, "ms");
    std::string png;
    ReportBench("export_a3_300_encode_ms", MedianMilliseconds(options, [&] { EncodeSnapshot(image, doc, plan.Dpi, &png); }), "ms");
    ReportBench("export_a3_300_kb", png.size() / 1024.0, "kB");
    DestroyHiddenGlContext(&gl);

    // ImageMagick from the same raw pixels (RGB, 8 bits a channel), with its default PNG settings.
    char folder[] = "/tmp/jb-bench-XXXXXX";
    if (!::mkdtemp(folder))
        return;
    const std::string raw = std::string(folder) + "/pixels.rgb", out = std::string(folder) + "/convert.png";
    std::ofstream(raw, std::ios::binary).write(reinterpret_cast<const char*>(image.Rgb.data()), (std::streamsize)image.Rgb.size());
    char command[512];
    std::snprintf(command, sizeof(command), "convert -size %dx%d -depth 8 rgb:%s %s 2>/dev/null", image.Width, image.Height, raw.c_str(),
                  out.c_str());
    BenchOptions few = options; // convert takes seconds: fewer runs
    few.Runs = std::min(options.Runs, 3);
    few.Warmup = 0;
    bool ran = true;
    const double convert_ms = MedianMilliseconds(few, [&] { ran = ran && std::system(command) == 0; });
    struct stat st = {};
    if (ran && ::stat(out.c_str(), &st) == 0)
    {
        ReportBench("export_a3_300_convert_ms", convert_ms, "ms");
        ReportBench("export_a3_300_convert_kb", st.st_size / 1024.0, "kB");
    }
    else
        std::fprintf(stderr, "skipping the convert figures: ImageMagick's convert did not run\n");
    ::unlink(raw.c_str());
    ::unlink(out.c_str());
    ::rmdir(folder);
}
