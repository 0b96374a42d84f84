// `journeyboard export FILE -o OUT.png ...`: a snapshot without opening a window.
#include "cli/cli.h"

#include "file_json.h"
#include "host/gl_context.h"
#include "render/photo_textures.h"
#include "export/pdf_map.h"
#include "export/snapshot.h"

#include <cstdio>
#include <string>
#include <vector>

static bool IsPdfPath(const std::string& path)
{
    return path.size() > 4 && (path.compare(path.size() - 4, 4, ".pdf") == 0 || path.compare(path.size() - 4, 4, ".PDF") == 0);
}

int RunExportCommand(int argc, char** argv)
{
    const std::vector<std::string> args(argv, argv + argc);
    ExportCommand command;
    Status status = ParseExportArguments(args, &command);
    if (!status)
    {
        std::fprintf(stderr, "error: %s\n", status.Message.c_str());
        std::fputs("usage: journeyboard export FILE -o OUT.png|OUT.pdf [--paper A4|A3|A2|A1|A0] [--dpi N] [--portrait] [--scale N]\n"
                   "                           [--situation current|desired|both]\n",
                   stderr);
        return 2;
    }
    Document doc;
    status = LoadDocumentFromFile(command.Input, &doc);
    if (!status)
    {
        std::fprintf(stderr, "error: %s\n", status.Message.c_str());
        return 1;
    }
    HiddenGlContext gl;
    status = CreateHiddenGlContext(&gl);
    if (!status)
    {
        std::fprintf(stderr, "error: %s\n", status.Message.c_str());
        return 1;
    }
    SnapshotPlan plan;
    MapPdfInfo pdf;
    const bool as_pdf = IsPdfPath(command.Output);
    EnablePhotoTextures(true); // persona photos as textures of this context
    if (as_pdf)
        status = ExportMapPdf(doc, command.Settings, command.Output, &pdf);
    else
        status = ExportSnapshotFile(doc, command.Settings, command.Output, 0, &plan);
    EnablePhotoTextures(false);
    DestroyHiddenGlContext(&gl);
    if (!status)
    {
        std::fprintf(stderr, "error: %s\n", status.Message.c_str());
        return 1;
    }
    if (as_pdf)
        std::printf("exported: %s (%d page%s, %s %s, %d x %d px at %d dpi)\n", command.Output.c_str(), pdf.Pages,
                    pdf.Pages == 1 ? "" : "s", PaperName(command.Settings.PaperSize),
                    command.Settings.Portrait ? "portrait" : "landscape", pdf.PixelWidth, pdf.PixelHeight, command.Settings.Dpi);
    else if (command.Settings.UsePaper)
        std::printf("exported: %s (%d x %d px, %s %s, %d dpi)\n", command.Output.c_str(), plan.Width, plan.Height,
                    PaperName(command.Settings.PaperSize), command.Settings.Portrait ? "portrait" : "landscape", command.Settings.Dpi);
    else
        std::printf("exported: %s (%d x %d px, scale %d)\n", command.Output.c_str(), plan.Width, plan.Height, command.Settings.Scale);
    return 0;
}
