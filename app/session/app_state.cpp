#include "session/app_state.h"

#include "example.h"
#include "file_json.h"
#include "text/i18n.h"
#include "png_meta.h"
#include "dialogs/file_dialogs.h"
#include "migrate.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include <sys/stat.h>

const Situation& CurrentSituation(const AppState& app)
{
    static const Situation empty;
    if (app.Doc.Situations.empty())
        return empty;
    const int i = app.SituationIndex < (int)app.Doc.Situations.size() ? app.SituationIndex : 0;
    return app.Doc.Situations[i];
}

static std::string BaseName(const std::string& path)
{
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

static void ShowError(AppState& app, const Status& status, bool offer_save_as)
{
    app.ErrorText = status.Text(IsDutch());
    app.ErrorOffersSaveAs = offer_save_as;
}

// A snapshot picture (by its content, whatever its name): the loader read the map from its PNG chunk.
static bool IsSnapshotPath(const std::string& path)
{
    std::string head(8, '\0');
    FILE* file = std::fopen(path.c_str(), "rb");
    const bool read = file && std::fread(&head[0], 1, 8, file) == 8;
    if (file)
        std::fclose(file);
    return read && HasPngSignature(head);
}

bool OpenDocumentFile(AppState& app, const std::string& path)
{
    Document loaded;
    const Status status = LoadDocumentFromFile(path, &loaded);
    if (!status)
    {
        ShowError(app, status, false);
        return false;
    }
    app.Doc = std::move(loaded);
    ResetHistory(app.Undo, app.Doc);
    app.SavedSerial = app.Undo.CommittedSerial;
    app.Selected.Clear();
    app.Path = path;
    app.DisplayName = BaseName(path);
    app.Dirty = false;
    app.DocumentSerial++;
    app.FileSchema = app.Doc.Schema;
    app.SituationIndex = 0;
    app.FitRequested = true;
    RememberRecentFile(app, path);
    char text[1200];
    std::snprintf(text, sizeof(text), Tr("status.opened"), path.c_str());
    if (IsSnapshotPath(path))
    {
        // The map came out of a snapshot picture: saving must never write JSON over the PNG,
        // so it has no path yet; Save asks where, offering the picture's name as a map.
        app.Path.clear();
        const size_t dot = app.DisplayName.find_last_of('.');
        app.DisplayName = app.DisplayName.substr(0, dot == std::string::npos ? app.DisplayName.size() : dot) + ".cjm.json";
        std::snprintf(text, sizeof(text), Tr("status.opened_snapshot"), path.c_str());
    }
    app.StatusText = text;
    RememberRecentFile(app, path);
    if (IsReadOnly(app))
    {
        std::snprintf(text, sizeof(text), Tr("notice.read_only"), app.FileSchema, CurrentSchema);
        app.NoticeText = text;
    }
    else if (app.FileSchema < CurrentSchema)
    {
        std::snprintf(text, sizeof(text), Tr("status.migrated"), app.FileSchema, CurrentSchema, app.FileSchema);
        app.StatusText = text;
    }
    return true;
}

static bool SameFile(const std::string& a, const std::string& b)
{
    struct stat sa, sb;
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return a == b;
}

bool IsReadOnly(const AppState& app) { return app.FileSchema > CurrentSchema; }

bool SaveDocumentAs(AppState& app, const std::string& path)
{
    const bool over_own_file = !app.Path.empty() && SameFile(path, app.Path);
    if (over_own_file && IsReadOnly(app))
    {
        const std::string v = std::to_string(app.FileSchema);
        ShowError(app,
                  Status::Error("This map was made by a newer JourneyBoard (file version " + v +
                                    ") and is open read-only: saving over it could lose what this version does not know. "
                                    "Save a copy under another name (Save As), or update JourneyBoard.",
                                "Deze kaart is gemaakt met een nieuwere JourneyBoard (bestandsversie " + v +
                                    ") en is alleen-lezen geopend: erover opslaan kan verliezen wat deze versie niet kent. "
                                    "Sla een kopie op onder een andere naam (Opslaan als), of werk JourneyBoard bij."),
                  true);
        return false;
    }
    if (over_own_file && app.FileSchema < CurrentSchema)
    {
        // The first save over a migrated file keeps it as the older version wrote it.
        const Status kept = KeepOriginalOfMigratedFile(path, app.FileSchema);
        if (!kept)
        {
            ShowError(app, kept, true);
            return false;
        }
    }
    const Status status = SaveDocumentToFile(path, app.Doc);
    if (!status)
    {
        ShowError(app, status, true);
        return false;
    }
    app.Path = path;
    app.DisplayName = BaseName(path);
    app.Dirty = false;
    app.SavedSerial = app.Undo.CommittedSerial;
    app.FileSchema = CurrentSchema;
    char text[1200];
    std::snprintf(text, sizeof(text), Tr("status.saved"), path.c_str());
    app.StatusText = text;
    RememberRecentFile(app, path);
    return true;
}

void OpenExample(AppState& app)
{
    app.Doc = MakeExampleDocument();
    ResetHistory(app.Undo, app.Doc);
    app.SavedSerial = app.Undo.CommittedSerial;
    app.Selected.Clear();
    app.Path.clear();
    app.DisplayName = "hartfalen-voorbeeld.cjm.json";
    app.Dirty = false;
    app.DocumentSerial++;
    app.FileSchema = CurrentSchema;
    app.SituationIndex = 0;
    app.FitRequested = true;
    app.StatusText = Tr("status.example");
}

std::string WindowTitle(const AppState& app)
{
    std::string name = app.DisplayName.empty() ? std::string(Tr("status.untitled")) : app.DisplayName;
    // A dot after the name while there are unsaved changes, as desktop editors do.
    if (IsReadOnly(app))
        name += std::string(" ") + Tr("status.read_only_title");
    return name + (app.Dirty ? " \xE2\x97\x8F" : "") + " \xE2\x80\x93 JourneyBoard";
}

std::string DefaultSavePath(const AppState& app)
{
    if (!app.Path.empty())
        return app.Path;
    const char* home = std::getenv("HOME");
    std::string folder = home && home[0] ? std::string(home) : std::string(".");
    std::string name = app.DisplayName.empty() ? "kaart.cjm.json" : app.DisplayName;
    return folder + "/" + name;
}

void CommitEdit(AppState& app)
{
    CommitStep(app.Undo, app.Doc);
    app.Dirty = true;
}

// Drops selected ids that no longer exist (after undo, redo or delete).
static void PruneSelection(AppState& app)
{
    if (app.SituationIndex >= (int)app.Doc.Situations.size())
        app.SituationIndex = 0;
    const Situation& s = CurrentSituation(app);
    for (auto it = app.Selected.Moments.begin(); it != app.Selected.Moments.end();)
        it = FindMoment(s, *it) ? std::next(it) : app.Selected.Moments.erase(it);
    for (auto it = app.Selected.Notes.begin(); it != app.Selected.Notes.end();)
        it = FindNote(s, *it) ? std::next(it) : app.Selected.Notes.erase(it);
}

bool UndoEdit(AppState& app)
{
    if (!UndoStep(app.Undo, &app.Doc))
        return false;
    app.Dirty = app.Undo.CommittedSerial != app.SavedSerial;
    PruneSelection(app);
    return true;
}

bool RedoEdit(AppState& app)
{
    if (!RedoStep(app.Undo, &app.Doc))
        return false;
    app.Dirty = app.Undo.CommittedSerial != app.SavedSerial;
    PruneSelection(app);
    return true;
}
