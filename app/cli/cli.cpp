#include "cli/cli.h"

#include "cli/cli_migrate.h"

#include "file_json.h"
#include "journey.h"

#include <cstdio>
#include <cstring>

static void PrintUsage(FILE* out)
{
    std::fputs("Usage:\n"
               "  journeyboard [FILE] [--invite] open the app; FILE is a .cjm.json map or a snapshot .png (none: the example);\n"
               "                                 --invite starts inviting participants' phones at once\n"
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

int RunCommandLine(int argc, char** argv, std::string* file, bool* invite)
{
    file->clear();
    if (invite)
        *invite = false;
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
    // The window: [FILE] and its options, in any order.
    for (int i = 1; i < argc; i++)
    {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--invite") == 0 && invite)
            *invite = true;
        else if (arg[0] != '-' && file->empty())
            *file = arg;
        else
        {
            std::fprintf(stderr, "error: unknown option or extra argument: %s\n", arg);
            PrintUsage(stderr);
            return 2;
        }
    }
    return -1;
}
