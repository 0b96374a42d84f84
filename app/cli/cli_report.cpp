// `journeyboard report FILE -o OUT.csv|OUT.md|OUT.pdf [--lang nl|en]`: the ranked bottlenecks as
// a spreadsheet table or Markdown, or the whole workshop report as PDF.
#include "cli/cli.h"

#include "export/report_files.h"
#include "file_json.h"
#include "host/gl_context.h"
#include "text/i18n.h"

#include <cstdio>
#include <string>

static int ReportUsage(const char* problem)
{
    std::fprintf(stderr, "error: %s\n", problem);
    std::fputs("usage: journeyboard report FILE -o OUT.csv|OUT.md|OUT.pdf [--lang nl|en]\n", stderr);
    return 2;
}

int RunReportCommand(int argc, char** argv)
{
    std::string input, output;
    Language language = LanguageFromEnvironment();
    for (int i = 0; i < argc; i++)
    {
        const std::string arg = argv[i];
        if ((arg == "-o" || arg == "--output" || arg == "--lang") && i + 1 >= argc)
            return ReportUsage((arg + " needs a value").c_str());
        if (arg == "-o" || arg == "--output")
            output = argv[++i];
        else if (arg == "--lang")
        {
            const std::string value = argv[++i];
            if (value != "nl" && value != "en")
                return ReportUsage(("--lang: \"" + value + "\" is not one of nl, en").c_str());
            language = value == "nl" ? Language::Dutch : Language::English;
        }
        else if (!arg.empty() && arg[0] == '-')
            return ReportUsage(("unknown option: " + arg).c_str());
        else if (input.empty())
            input = arg;
        else
            return ReportUsage(("extra argument: " + arg).c_str());
    }
    if (input.empty())
        return ReportUsage("report needs the map FILE");
    ReportFormat format = ReportFormat::Csv;
    if (output.empty() || !ReportFormatFromPath(output, &format))
        return ReportUsage("report needs -o OUT.csv, OUT.md or OUT.pdf");
    SetLanguage(language);

    Document doc;
    Status status = LoadDocumentFromFile(input, &doc);
    if (!status)
    {
        std::fprintf(stderr, "error: %s\n", status.Message.c_str());
        return 1;
    }
    // The PDF holds the maps, drawn like the PNG export: that needs OpenGL (no window shows).
    HiddenGlContext gl;
    const bool needs_gl = format == ReportFormat::Pdf;
    if (needs_gl)
    {
        status = CreateHiddenGlContext(&gl);
        if (!status)
        {
            std::fprintf(stderr, "error: %s\n", status.Message.c_str());
            return 1;
        }
    }
    int rows = 0;
    status = WriteWorkshopReport(doc, output, format, &rows);
    if (needs_gl)
        DestroyHiddenGlContext(&gl);
    if (!status)
    {
        std::fprintf(stderr, "error: %s\n", status.Message.c_str());
        return 1;
    }
    std::printf("report: %s (%d pain points)\n", output.c_str(), rows);
    return 0;
}
