#include "cli/cli_migrate.h"

#include "atomic_file.h"
#include "file_json.h"
#include "journey.h"
#include "migrate.h"

#include <cstdio>
#include <cstring>
#include <string>

#include <sys/stat.h>

static bool SameFile(const std::string& a, const std::string& b)
{
    struct stat sa, sb;
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return a == b;
}

const char* SchemaNote(int file_schema)
{
    if (file_schema > CurrentSchema)
        return " (made by a newer JourneyBoard: opens read-only)";
    if (file_schema < CurrentSchema)
        return " (an older file version: migrated forward when saved)";
    return "";
}

int RunMigrateCommand(int argc, char** argv)
{
    std::string in, out;
    for (int i = 2; i < argc; i++)
    {
        if (std::strcmp(argv[i], "-o") == 0 && i + 1 < argc && out.empty())
            out = argv[++i];
        else if (argv[i][0] != '-' && in.empty())
            in = argv[i];
        else
        {
            std::fprintf(stderr, "error: `migrate` takes one FILE and optionally -o OUT (unexpected: %s)\n", argv[i]);
            return 2;
        }
    }
    if (in.empty())
    {
        std::fputs("error: `migrate` takes one FILE and optionally -o OUT\n", stderr);
        return 2;
    }
    if (out.empty())
        out = in;

    Document doc;
    const Status loaded = LoadDocumentFromFile(in, &doc);
    if (!loaded)
    {
        std::fprintf(stderr, "error: %s\n", loaded.Message.c_str());
        return 1;
    }
    if (doc.Schema > CurrentSchema)
    {
        std::fprintf(stderr,
                     "error: \"%s\" was made by a newer JourneyBoard (file version %d; this one writes version %d). "
                     "`migrate` only moves files forward; nothing was written.\n",
                     in.c_str(), doc.Schema, CurrentSchema);
        return 1;
    }
    // Writing over the file itself: keep it as the older version wrote it, once.
    std::string kept;
    if (doc.Schema < CurrentSchema && SameFile(in, out))
    {
        const Status keep = KeepOriginalOfMigratedFile(in, doc.Schema);
        if (!keep)
        {
            std::fprintf(stderr, "error: %s\n", keep.Message.c_str());
            return 1;
        }
        kept = MigratedOriginalPath(in, doc.Schema);
    }
    const Status saved = WriteFileAtomic(out, SaveDocumentToString(doc), true);
    if (!saved)
    {
        std::fprintf(stderr, "error: %s\n", saved.Message.c_str());
        return 1;
    }
    if (doc.Schema == CurrentSchema)
        std::printf("ok: \"%s\" is already file version %d; written to \"%s\"\n", in.c_str(), CurrentSchema, out.c_str());
    else
        std::printf("ok: \"%s\" migrated from file version %d to %d, written to \"%s\"%s%s\n", in.c_str(), doc.Schema, CurrentSchema,
                    out.c_str(), kept.empty() ? "" : "; the original is kept as ", kept.empty() ? "" : ("\"" + kept + "\"").c_str());
    return 0;
}
