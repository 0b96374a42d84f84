#include "cli/cli_migrate.h"

#include "atomic_file.h"
#include "file_json.h"
#include "journey.h"
#include "json_text.h"
#include "migrate.h"
#include "png_meta.h"

#include <cstdio>
#include <cstring>
#include <string>

#include <sys/stat.h>

bool SameFile(const std::string& a, const std::string& b)
{
    struct stat sa, sb;
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return a == b;
}

bool IsPngFile(const std::string& path)
{
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return false;
    std::string head(8, '\0');
    const bool png = std::fread(&head[0], 1, 8, file) == 8 && HasPngSignature(head);
    std::fclose(file);
    return png;
}

void PrintLine(FILE* out, const char* prefix, const std::string& message)
{
    std::fprintf(out, "%s: %s\n", prefix, OneLine(message).c_str());
}

static std::string Quoted(const std::string& path) { return "\"" + path + "\""; }

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
            PrintLine(stderr, "error", std::string("`migrate` takes one FILE and optionally -o OUT (unexpected: ") + argv[i] + ")");
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
        PrintLine(stderr, "error", loaded.Message);
        return 1;
    }
    if (doc.Schema > CurrentSchema)
    {
        PrintLine(stderr, "error",
                  Quoted(in) + " was made by a newer JourneyBoard (file version " + std::to_string(doc.Schema) + "; this one writes version " +
                      std::to_string(CurrentSchema) + "). `migrate` only moves files forward; nothing was written.");
        return 1;
    }
    // A map file never replaces a picture: not the snapshot it was read from, nor another one.
    if (IsPngFile(out))
    {
        PrintLine(stderr, "error",
                  Quoted(out) + " is a picture" + (SameFile(in, out) ? " (the snapshot the map was read from)" : "") +
                      "; `migrate` writes a map file and will not write it over a picture. Nothing was written. "
                      "Name a map file with -o, e.g. -o map.cjm.json.");
        return 1;
    }
    // Writing over the file itself: keep it as the older version wrote it, once.
    std::string kept;
    if (doc.Schema < CurrentSchema && SameFile(in, out))
    {
        const Status keep = KeepOriginalOfMigratedFile(in, doc.Schema);
        if (!keep)
        {
            PrintLine(stderr, "error", keep.Message);
            return 1;
        }
        kept = MigratedOriginalPath(in, doc.Schema);
    }
    std::string json;
    Status saved = SaveDocumentChecked(doc, &json);
    if (saved)
        saved = WriteFileAtomic(out, json, true);
    if (!saved)
    {
        PrintLine(stderr, "error", saved.Message);
        return 1;
    }
    if (doc.Schema == CurrentSchema)
        PrintLine(stdout, "ok", Quoted(in) + " is already file version " + std::to_string(CurrentSchema) + "; written to " + Quoted(out));
    else
        PrintLine(stdout, "ok",
                  Quoted(in) + " migrated from file version " + std::to_string(doc.Schema) + " to " + std::to_string(CurrentSchema) +
                      ", written to " + Quoted(out) + (kept.empty() ? "" : "; the original is kept as " + Quoted(kept)));
    return 0;
}
