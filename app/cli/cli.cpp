#include "cli/cli.h"

#include "cli/cli_migrate.h"

#include "file_json.h"
#include "journey.h"

#include <cstdio>
#include <cstring>

static void PrintUsage(FILE* out)
{
    std::fputs("Usage:\n"
               "  journeyboard [FILE] [--present] [--projector-window X,Y,W,H]\n"
               "                                 open the app; FILE is a .cjm.json map or a snapshot .png (none: the example);\n"
               "                                 --present opens straight into presentation mode (Escape leaves it);\n"
               "                                 --projector-window places the projector window by hand\n"
               "  journeyboard check FILE        validate a map; prints one line; exit 0 ok, 1 bad file, 2 usage\n"
               "  journeyboard export FILE -o OUT.png [--paper A4|A3|A2|A1|A0] [--dpi N] [--portrait]\n"
               "                      [--scale N] [--situation current|desired|both]\n"
               "                                 write a PNG snapshot (default A3 landscape, 300 dpi) that opens again as the map\n"
               "  journeyboard migrate FILE [-o OUT]  rewrite a map in the current file version (atomic; the original\n"
               "                                 is kept as FILE.schemaN.bak); exit 0 ok, 1 failed, 2 usage\n"
               "  journeyboard --help | --version\n",
               out);
}

static int Check(const char* path)
{
    Document doc;
    const Status status = LoadDocumentFromFile(path, &doc);
    if (!status)
    {
        std::printf("error: %s\n", status.Message.c_str());
        return 1;
    }
    std::printf("ok: %s%s\n", FormatCounts(CountDocument(doc)).c_str(), SchemaNote(doc.Schema));
    return 0;
}

int RunCommandLine(int argc, char** argv, WindowOptions* window)
{
    *window = WindowOptions();
    if (argc <= 1)
        return -1;
    const char* command = argv[1];
    if (std::strcmp(command, "--help") == 0 || std::strcmp(command, "-h") == 0)
    {
        PrintUsage(stdout);
        return 0;
    }
    if (std::strcmp(command, "--version") == 0)
    {
        std::printf("journeyboard %s\n", JB_VERSION);
        return 0;
    }
    if (std::strcmp(command, "check") == 0)
    {
        if (argc != 3)
        {
            std::fputs("error: `check` takes one FILE\n", stderr);
            PrintUsage(stderr);
            return 2;
        }
        return Check(argv[2]);
    }
    if (std::strcmp(command, "export") == 0)
        return RunExportCommand(argc - 2, argv + 2);
    if (std::strcmp(command, "migrate") == 0)
        return RunMigrateCommand(argc, argv);
    for (int i = 1; i < argc; i++)
    {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--present") == 0)
            window->Present = true;
        else if (std::strcmp(arg, "--projector-window") == 0)
        {
            int* r = window->ProjectorRect;
            char end = 0;
            if (i + 1 >= argc || std::sscanf(argv[i + 1], "%d,%d,%d,%d%c", &r[0], &r[1], &r[2], &r[3], &end) != 4 || r[2] < 64 || r[3] < 64)
            {
                std::fputs("error: --projector-window needs X,Y,W,H in pixels, e.g. --projector-window 1920,0,1920,1080\n", stderr);
                return 2;
            }
            window->ProjectorWindow = true;
            i++;
        }
        else if (arg[0] == '-' || !window->File.empty())
        {
            std::fprintf(stderr, "error: unknown option or extra argument: %s\n", arg);
            PrintUsage(stderr);
            return 2;
        }
        else
            window->File = arg;
    }
    return -1;
}
