// `journeyboard export FILE -o OUT.png ...`: a snapshot without opening a window.
#include "cli/cli.h"
#include "cli/cli_migrate.h"

#include "file_json.h"
#include "host/gl_context.h"
#include "export/pdf_map.h"
#include "export/snapshot.h"

#include <cstdio>
#include <string>
#include <vector>

#include <sys/stat.h>
static bool IsPdfPath(const std::string& path)
{
    return path.size() > 4 && (path.compare(path.size() - 4, 4, ".pdf") == 0 || path.compare(path.size() - 4, 4, ".PDF") == 0);
}

// The output may be replaced only by a file of its own kind: a PDF over a PDF, a picture over a picture.
static bool IsPdfFile(const std::string& path)
{
    char magic[5] = {};
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return false;
    const bool ok = std::fread(magic, 1, 5, f) == 5 && std::string(magic, 5) == "%PDF-";
    std::fclose(f);
    return ok;
}

int RunExportCommand(int argc, char** argv)
{
    const std::vector<std::string> args(argv, argv + argc);
    ExportCommand command;
    Status status = ParseExportArguments(args, &command);
    if (!status)
    {
        PrintLine(stderr, "error", status.Message);
        std::fputs("usage: journeyboard export FILE -o OUT.png|OUT.pdf [--paper A4|A3|A2|A1|A0] [--dpi N] [--portrait] [--scale N]\n"
                   "                           [--situation current|desired|both|compare]\n",
                   stderr);
        return 2;
    }
    // A picture never replaces the map it is made from (also not through a link), nor any other
    // file that is not a picture.
    const bool over_input = SameFile(command.Input, command.Output);
    struct stat out_stat;
    if (over_input || (::stat(command.Output.c_str(), &out_stat) == 0 && !IsPngFile(command.Output) &&
                       !(IsPdfPath(command.Output) && IsPdfFile(command.Output))))
    {
        PrintLine(stderr, "error",
                  "\"" + command.Output + "\" " + (over_input ? "is the file being exported" : "exists and is not a picture") +
                      "; `export` will not write a picture over it. Nothing was written. Choose another name for the picture, e.g. -o map.png.");
        return 1;
    }
    Document doc;
    status = LoadDocumentFromFile(command.Input, &doc);
    if (!status)
    {
        PrintLine(stderr, "error", status.Message);
        return 1;
    }
    HiddenGlContext gl;
    status = CreateHiddenGlContext(&gl);
    if (!status)
    {
        PrintLine(stderr, "error", status.Message);
        return 1;
    }
    SnapshotPlan plan;
    MapPdfInfo pdf;
    const bool as_pdf = IsPdfPath(command.Output);
    if (as_pdf)
        status = ExportMapPdf(doc, command.Settings, command.Output, &pdf);
    else
        status = ExportSnapshotFile(doc, command.Settings, command.Output, 0, &plan);
    DestroyHiddenGlContext(&gl);
    if (!status)
    {
        PrintLine(stderr, "error", status.Message);
        return 1;
    }
    const std::string size = std::to_string(plan.Width) + " x " + std::to_string(plan.Height) + " px, ";
    if (as_pdf)
        PrintLine(stdout, "exported",
                  command.Output + " (" + std::to_string(pdf.Pages) + (pdf.Pages == 1 ? " page, " : " pages, ") +
                      PaperName(command.Settings.PaperSize) + (command.Settings.Portrait ? " portrait, " : " landscape, ") +
                      std::to_string(pdf.PixelWidth) + " x " + std::to_string(pdf.PixelHeight) + " px at " +
                      std::to_string(command.Settings.Dpi) + " dpi)");
    else if (command.Settings.UsePaper)
    {
        // The body text's size on paper: what a reader at the wall gets.
        char body[32];
        std::snprintf(body, sizeof(body), ", body text %.1f pt", BodyTextPoints(plan));
        PrintLine(stdout, "exported",
                  command.Output + " (" + size + PaperName(command.Settings.PaperSize) + (command.Settings.Portrait ? " portrait, " : " landscape, ") +
                      std::to_string(command.Settings.Dpi) + " dpi" + body + ")");
    }
    else
        PrintLine(stdout, "exported", command.Output + " (" + size + "scale " + std::to_string(command.Settings.Scale) + ")");
    return 0;
}
