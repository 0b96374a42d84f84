#include "session/app_state.h"

#include "example.h"
#include "file_json.h"
#include "file_names.h"
#include "text/i18n.h"
#include "png_meta.h"
#include "dialogs/file_dialogs.h"
#include "migrate.h"
#include "paths.h"
#include "render/photo_image.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include <sys/stat.h>

const Situation& CurrentSituation(const AppState& app) { return ShownSituation(app.Session, app.MainView); }

void ReplaceDocument(AppState& app, Document doc, const DocumentOrigin& origin)
{
    ReplaceDocument(app.Session, std::move(doc), origin);
    ResetViewForNewDocument(app.Session, app.MainView);
    ResetViewForNewDocument(app.Session, app.ProjectorView);
    // Closing the map ends the invitation: its address and notes belong to that map.
    StopInviting(app.Invite);
    app.Invite.Held.Clear();
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
    DocumentOrigin origin;
    origin.Path = path;
    origin.DisplayName = BaseName(path);
    origin.FileSchema = loaded.Schema;
    ReplaceDocument(app, std::move(loaded), origin);
    RememberRecentFile(app, path);
    char text[1200];
    if (IsSnapshotPath(path))
    {
        // The map came out of a snapshot picture: saving must never write JSON over the PNG,
        // so it has no path yet; Save asks where, offering the picture's name as a map.
        app.Session.Path.clear();
        const size_t dot = app.Session.DisplayName.find_last_of('.');
        app.Session.DisplayName = app.Session.DisplayName.substr(0, dot == std::string::npos ? app.Session.DisplayName.size() : dot) + ".cjm.json";
    }
    SetStatusFormat(app, IsSnapshotPath(path) ? "status.opened_snapshot" : "status.opened", path);
    if (IsReadOnly(app.Session))
    {
        std::snprintf(text, sizeof(text), Tr("notice.read_only"), app.Session.FileSchema, CurrentSchema);
        app.NoticeText = text;
    }
    else if (app.Session.FileSchema < CurrentSchema)
    {
        const int schema = app.Session.FileSchema;
        SetStatus(app, [schema] {
            char migrated[512];
            std::snprintf(migrated, sizeof(migrated), Tr("status.migrated"), schema, CurrentSchema, schema);
            return std::string(migrated);
        });
    }
    // The map opens whatever its photos hold (it is the workshop), but says which cannot be shown.
    const std::string photos = DescribePhotoProblems(app.Session.Doc, IsDutch());
    if (!photos.empty())
        app.NoticeText = app.NoticeText.empty() ? photos : app.NoticeText + "\n\n" + photos;
    return true;
}

static bool SameFile(const std::string& a, const std::string& b)
{
    struct stat sa, sb;
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return a == b;
}


bool SaveDocumentAs(AppState& app, const std::string& path)
{
    const bool over_own_file = !app.Session.Path.empty() && SameFile(path, app.Session.Path);
    if (over_own_file && IsReadOnly(app.Session))
    {
        const std::string v = std::to_string(app.Session.FileSchema);
        ShowError(app, ErrorStatusFormat("error.save_newer_read_only", v.c_str()), true);
        return false;
    }
    if (over_own_file && app.Session.FileSchema < CurrentSchema)
    {
        // The first save over a migrated file keeps it as the older version wrote it.
        const Status kept = KeepOriginalOfMigratedFile(path, app.Session.FileSchema);
        if (!kept)
        {
            ShowError(app, kept, true);
            return false;
        }
    }
    const Status status = SaveDocumentToFile(path, app.Session.Doc);
    if (!status)
    {
        ShowError(app, status, true);
        return false;
    }
    app.Session.Path = path;
    app.Session.DisplayName = BaseName(path);
    app.Session.Dirty = false;
    app.Session.SavedSerial = app.Session.Undo.CommittedSerial;
    app.Session.FileSchema = CurrentSchema;
    SetStatusFormat(app, "status.saved", path);
    RememberRecentFile(app, path);
    return true;
}

void OpenExample(AppState& app)
{
    DocumentOrigin origin;
    origin.DisplayName = "hartfalen-voorbeeld.cjm.json";
    ReplaceDocument(app, MakeExampleDocument(), origin);
    SetStatusFormat(app, "status.example");
}

bool UndoEdit(AppState& app, ChangeLabel* undone)
{
    if (!UndoSessionStep(app.Session, undone))
        return false;
    PruneSelection(app.Session, app.MainView);
    return true;
}

bool RedoEdit(AppState& app, ChangeLabel* redone)
{
    if (!RedoSessionStep(app.Session, redone))
        return false;
    PruneSelection(app.Session, app.MainView);
    return true;
}

void SetStatus(AppState& app, std::function<std::string()> make)
{
    app.StatusMaker = std::move(make);
    app.StatusText = app.StatusMade = app.StatusMaker();
}

void RetranslateStatus(AppState& app)
{
    if (app.StatusMaker && app.StatusText == app.StatusMade)
        app.StatusText = app.StatusMade = app.StatusMaker();
}

void SetStatusKey(AppState& app, const char* key)
{
    SetStatus(app, [key] { return std::string(Tr(key)); });
}

void SetStatusCounts(AppState& app, const char* key, int a, int b)
{
    SetStatus(app, [key, a, b] {
        char text[400];
        std::snprintf(text, sizeof(text), Tr(key), a, b);
        return std::string(text);
    });
}

void SetStatusFormat(AppState& app, const char* key, const std::string& arg)
{
    SetStatus(app, [key, arg] {
        char text[1200];
        std::snprintf(text, sizeof(text), Tr(key), arg.c_str());
        return std::string(text);
    });
}
