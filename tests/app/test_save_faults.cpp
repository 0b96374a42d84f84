// Saving when things go wrong, through the app's own save path: a full disk (a real tiny tmpfs
// when we may mount one, else the write-failure hook), a read-only folder, the folder deleted
// while the map is open, a path too long, and the version rules (read-only newer maps, the
// original of a migrated map kept). Each asserts the message, the file on disk, and the
// document in memory.
#include "atomic_file.h"
#include "example.h"
#include "file_json.h"
#include "migrate.h"
#include "dialogs/file_dialogs.h"

#include "../mount_guard.h"
#include "../temp_folder.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using test::ReadAll;
using test::Contains;

namespace fs = std::filesystem;

namespace
{
size_t TempFilesIn(const std::string& folder)
{
    size_t n = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (Contains(entry.path().filename().string(), ".tmp-"))
            n++;
    return n;
}

// A copy of the test map tests/data/compat/`source`, named `name` in `dir`; its path.
std::string CopyCompatMap(const TempFolder& dir, const std::string& source, const std::string& name)
{
    const std::string path = dir / name;
    fs::copy_file(std::string(JB_TEST_DATA) + "/compat/" + source, path);
    return path;
}

// An app with the example open from `path` and one unsaved edit.
void OpenAndEdit(AppState& app, const std::string& path, const std::string& title)
{
    REQUIRE(OpenDocumentFile(app, path));
    app.Session.Doc.Title = title;
    CommitEdit(app.Session);
    REQUIRE(app.Session.Dirty);
}

// What every failed save must leave: the message, Save As offered, the document in memory and
// unsaved, the path unchanged, the old file untouched and no temp file.
void CheckFailedSave(AppState& app, const std::string& path, const std::string& file_before, const std::string& title,
                     const std::string& message)
{
    INFO("error: " << app.ErrorText);
    CHECK(Contains(app.ErrorText, message));
    CHECK(app.ErrorOffersSaveAs);
    CHECK(app.Session.Dirty);
    CHECK(app.Session.Doc.Title == title);
    CHECK(app.Session.Path == path);
    CHECK(app.StatusText.find("Saved") != 0); // nothing reports a save that did not happen
    if (!file_before.empty())
        CHECK(ReadAll(path) == file_before);
    CHECK(TempFilesIn(path.substr(0, path.find_last_of('/'))) == 0);
}
} // namespace

TEST_CASE("a full disk: the save fails with the reason, the file and the document are kept", "[faults]")
{
    TempFolder dir;
    TinyDisk disk(dir.Path, 96);
    const std::string path = dir.Path + "/workshop.cjm.json";
    REQUIRE(SaveDocumentToFile(path, MakeExampleDocument()).Ok); // ~45 kB: fits once, not twice
    const std::string before = ReadAll(path);

    AppState app;
    OpenAndEdit(app, path, "Workshop met veel tekst");
    app.Session.Doc.Remark = std::string(20000, 'x'); // bigger than what is left on the tiny disk
    if (!disk.Mounted)
        SetWriteFailureForTesting(ENOSPC);
    CHECK_FALSE(SaveDocumentAs(app, path));
    SetWriteFailureForTesting(0);
    INFO((disk.Mounted ? "real tmpfs of 96 kB" : "write-failure hook"));
    CheckFailedSave(app, path, before, "Workshop met veel tekst", "The disk is full");

    // The offered Save As goes somewhere else and succeeds.
    TempFolder elsewhere;
    REQUIRE(SaveDocumentAs(app, elsewhere.Path + "/workshop.cjm.json"));
    CHECK_FALSE(app.Session.Dirty);
    Document saved;
    REQUIRE(LoadDocumentFromFile(elsewhere.Path + "/workshop.cjm.json", &saved).Ok);
    CHECK(saved.Remark.size() == 20000);
}

TEST_CASE("a read-only folder: the save fails with the reason, nothing changes", "[faults]")
{
    TempFolder dir;
    const std::string ro = dir.Path + "/usb";
    fs::create_directory(ro);
    const std::string path = ro + "/workshop.cjm.json";
    std::string before;
    {
        TinyDisk writable(ro, 256);
        REQUIRE(SaveDocumentToFile(path, MakeExampleDocument()).Ok);
        before = ReadAll(path);
        AppState app;
        OpenAndEdit(app, path, "Op een vergrendelde stick");
        bool read_only = false;
        if (writable.Mounted) // a locked USB stick: the file system itself is read-only
            read_only = ::mount("tmpfs", ro.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
        else if (::geteuid() != 0)
            read_only = ::chmod(ro.c_str(), 0555) == 0;
        if (!read_only)
            SetWriteFailureForTesting(EROFS);
        CHECK_FALSE(SaveDocumentAs(app, path));
        SetWriteFailureForTesting(0);
        CheckFailedSave(app, path, before, "Op een vergrendelde stick", read_only && !writable.Mounted ? "No permission" : "read-only");
        ::chmod(ro.c_str(), 0755);
        // Save As proposes a folder that can take the file.
        const char* home_before = std::getenv("HOME");
        const std::string home_saved = home_before ? home_before : "";
        ::setenv("HOME", dir.Path.c_str(), 1);
        const std::string suggested = SuggestedSaveAsPath(app);
        if (read_only)
            CHECK(suggested == dir.Path + "/workshop.cjm.json");
        ::setenv("HOME", home_saved.c_str(), 1);
    }
}

TEST_CASE("the folder deleted while the map is open", "[faults]")
{
    TempFolder dir;
    const std::string folder = dir.Path + "/workshop-dag";
    fs::create_directory(folder);
    const std::string path = folder + "/kaart.cjm.json";
    REQUIRE(SaveDocumentToFile(path, MakeExampleDocument()).Ok);
    AppState app;
    OpenAndEdit(app, path, "Map weg tijdens de workshop");
    fs::remove_all(folder);

    CHECK_FALSE(SaveDocumentAs(app, path));
    CheckFailedSave(app, path, "", "Map weg tijdens de workshop", "does not exist (any more)");
    CHECK_FALSE(fs::exists(folder)); // not silently recreated somewhere

    // Save As proposes the home folder, with the map's name; one Enter saves it.
    const char* home_before = std::getenv("HOME");
    const std::string home_saved = home_before ? home_before : "";
    ::setenv("HOME", dir.Path.c_str(), 1);
    const std::string suggested = SuggestedSaveAsPath(app);
    ::setenv("HOME", home_saved.c_str(), 1);
    CHECK(suggested == dir.Path + "/kaart.cjm.json");
    REQUIRE(SaveDocumentAs(app, suggested));
    CHECK_FALSE(app.Session.Dirty);
    CHECK(app.Session.Path == suggested);
}

TEST_CASE("a path too long is refused with the reason", "[faults]")
{
    TempFolder dir;
    AppState app;
    OpenExample(app);
    app.Session.Doc.Title = "Lange naam";
    CommitEdit(app.Session);
    const std::string long_name = dir.Path + "/" + std::string(300, 'k') + ".cjm.json";
    CHECK_FALSE(SaveDocumentAs(app, long_name));
    CHECK(Contains(app.ErrorText, "too long"));
    CHECK(app.Session.Dirty);
    app.ErrorText.clear();
    std::string deep = dir.Path;
    while (deep.size() < 5000)
        deep += "/map";
    CHECK_FALSE(SaveDocumentAs(app, deep + "/kaart.cjm.json"));
    CHECK(Contains(app.ErrorText, "too long"));
    CHECK(app.Session.Dirty);
    CHECK(fs::is_empty(dir.Path));
}

TEST_CASE("a map from a newer JourneyBoard opens read-only, Save As makes a current copy", "[faults][versions]")
{
    TempFolder dir;
    const std::string path = CopyCompatMap(dir, "schema99_newer.cjm.json", "nieuw.cjm.json");
    const std::string before = ReadAll(path);
    AppState app;
    REQUIRE(OpenDocumentFile(app, path));
    CHECK(IsReadOnly(app.Session));
    CHECK(Contains(app.NoticeText, "made by a newer JourneyBoard (file version 99"));
    CHECK(Contains(WindowTitle(app.Session), "(read-only)"));
    app.Session.Doc.Title = "Bewerkt";
    CommitEdit(app.Session);

    CHECK_FALSE(SaveDocumentAs(app, path));
    CHECK(Contains(app.ErrorText, "open read-only"));
    CHECK(app.ErrorOffersSaveAs);
    CHECK(ReadAll(path) == before);
    CHECK(app.Session.Dirty);
    CHECK(SuggestedSaveAsPath(app) == dir.Path + "/nieuw-copy.cjm.json");

    REQUIRE(SaveDocumentAs(app, SuggestedSaveAsPath(app)));
    CHECK_FALSE(IsReadOnly(app.Session)); // the copy is a file of this version
    const std::string copy = ReadAll(dir.Path + "/nieuw-copy.cjm.json");
    CHECK(Contains(copy, "\"schema\": " + std::to_string(CurrentSchema) + ","));
    CHECK(Contains(copy, "\"layers\"")); // what the newer version wrote travels along
    CHECK(ReadAll(path) == before);
}

TEST_CASE("the first save over a migrated map keeps the original", "[faults][versions]")
{
    TempFolder dir;
    const std::string path = CopyCompatMap(dir, "schema0.cjm.json", "oud.cjm.json");
    const std::string original = ReadAll(path);
    AppState app;
    OpenAndEdit(app, path, "Bijgewerkt oud bestand");
    CHECK(Contains(app.StatusText, "older version (0)"));

    // Keeping the original fails (disk full): the save is not done either.
    SetWriteFailureForTesting(ENOSPC);
    CHECK_FALSE(SaveDocumentAs(app, path));
    SetWriteFailureForTesting(0);
    CheckFailedSave(app, path, original, "Bijgewerkt oud bestand", "The disk is full");
    CHECK_FALSE(fs::exists(MigratedOriginalPath(path, 0)));

    REQUIRE(SaveDocumentAs(app, path));
    CHECK(ReadAll(MigratedOriginalPath(path, 0)) == original);
    Document saved;
    REQUIRE(LoadDocumentFromFile(path, &saved).Ok);
    CHECK(saved.Schema == CurrentSchema);
    CHECK(saved.Title == "Bijgewerkt oud bestand");
    app.Session.Doc.Title = "Tweede keer";
    CommitEdit(app.Session);
    REQUIRE(SaveDocumentAs(app, path));
    CHECK(ReadAll(MigratedOriginalPath(path, 0)) == original);
}
