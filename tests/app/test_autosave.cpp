// Autosave and recovery without a window: the real worker thread writes real files into a
// temporary recovery folder; a "crash" is a lock naming a process that has ended.
#include "atomic_file.h"
#include "session/autosave.h"
#include "example.h"
#include "file_json.h"
#include "commands/method_actions.h"
#include "dialogs/recovery_dialog.h"
#include "recovery.h"

#include "../temp_folder.h"
#include "app_test_helpers.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace
{
size_t CountFiles(const std::string& folder, const std::string& ending)
{
    size_t n = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
    {
        const std::string name = entry.path().filename().string();
        if (name.size() >= ending.size() && name.compare(name.size() - ending.size(), ending.size(), ending) == 0)
            n++;
    }
    return n;
}

// The pid of a process that has ended: what a crashed JourneyBoard leaves in its lock.
long DeadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return (long)child;
}

// Makes the lock of `key` look like the one a crashed instance left behind.
void PretendCrashed(const std::string& folder, const std::string& key, const std::string& path, const std::string& name)
{
    RecoveryLock lock = LockForThisProcess(path, name);
    lock.Pid = DeadPid();
    REQUIRE(WriteRecoveryLock(folder, key, lock).Ok);
}

void Edit(AppState& app, const std::string& title)
{
    app.Session.Doc.Title = title;
    CommitEdit(app.Session);
}

// The worked example opened with autosave on in `folder`, retitled `title`, and that version
// written (the only autosave in the folder).
void StartWithOneAutosave(AppState& app, const std::string& folder, const std::string& title)
{
    AutosaveBegin(app, 30, folder);
    OpenExample(app);
    AutosaveTick(app, 0.0, false);
    Edit(app, title);
    AutosaveTick(app, 1.0, true);
    AutosaveFlushForTesting(app);
    REQUIRE(CountFiles(folder, ".cjm.json") == 1);
}
} // namespace

TEST_CASE("autosave writes versions while unsaved, keeps ten, and a clean close removes them", "[autosave]")
{
    TempFolder dir;
    const std::string folder = dir.Path + "/state/journeyboard/recovery"; // created on the first autosave
    AppState app;
    AutosaveBegin(app, 2, folder);
    OpenExample(app);

    AutosaveTick(app, 0.0, false);
    AutosaveTick(app, 10.0, true); // unchanged: nothing to keep even when focus goes
    AutosaveFlushForTesting(app);
    CHECK_FALSE(fs::exists(folder));
    CHECK(AutosaveSecondsUntilDue(app, 10.0) < 0.0);

    Edit(app, "Werkversie 1");
    REQUIRE(app.Session.Dirty);
    AutosaveTick(app, 20.0, false); // the first unsaved change starts the timer
    CHECK(AutosaveSecondsUntilDue(app, 20.0) == Approx(2.0));
    AutosaveTick(app, 21.0, false);
    AutosaveFlushForTesting(app);
    CHECK(CountFiles(folder, ".cjm.json") == 0);
    AutosaveTick(app, 22.0, false); // due
    AutosaveFlushForTesting(app);
    REQUIRE(CountFiles(folder, ".cjm.json") == 1);
    CHECK(CountFiles(folder, ".lock") == 1);
    AutosaveTick(app, 22.1, false); // the next tick shows the worker's result
    CHECK(app.StatusText.find("Autosaved at") == 0);
    {
        // The message follows a change of language like every other (issue #12, item 2).
        test::LanguageGuard keep_language;
        ChooseLanguage(app, Language::Dutch);
        CHECK(app.StatusText.find("Automatisch bewaard om") == 0);
    }

    // The version is an ordinary map with the edit; the lock names this process.
    const std::string key = AutosaveCurrentKey(app);
    std::vector<RecoveryVersion> versions = ListRecoveryVersions(folder, key, true);
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].Loads);
    CHECK(versions[0].Title == "Werkversie 1");
    // A running instance's work is never offered for recovery, not even to itself.
    CHECK(FindRecoverableSets(folder).empty());

    // Focus loss autosaves at once, and only a changed map.
    AutosaveTick(app, 22.5, true);
    AutosaveFlushForTesting(app);
    CHECK(CountFiles(folder, ".cjm.json") == 1);
    Edit(app, "Werkversie 2");
    AutosaveTick(app, 22.6, true);
    AutosaveFlushForTesting(app);
    CHECK(CountFiles(folder, ".cjm.json") == 2);

    // Many more: the newest ten are kept.
    for (int i = 3; i <= 14; i++)
    {
        Edit(app, "Werkversie " + std::to_string(i));
        AutosaveTick(app, 22.6 + i, true);
        AutosaveFlushForTesting(app);
    }
    versions = ListRecoveryVersions(folder, key, true);
    REQUIRE(versions.size() == (size_t)MaxRecoveryVersions);
    CHECK(versions.front().Title == "Werkversie 14");
    CHECK(versions.back().Title == "Werkversie 5");

    // Saving: the map file holds the work, its autosaves go (the lock stays while it is open).
    REQUIRE(SaveDocumentAs(app, dir.Path + "/kaart.cjm.json"));
    AutosaveTick(app, 40.0, false);
    AutosaveFlushForTesting(app);
    CHECK(CountFiles(folder, ".cjm.json") == 0);
    CHECK(CountFiles(folder, ".lock") == 1);

    // Edited again, then closed cleanly: nothing is left.
    Edit(app, "Na opslaan");
    AutosaveTick(app, 41.0, true);
    AutosaveFlushForTesting(app);
    CHECK(CountFiles(folder, ".cjm.json") == 1);
    AutosaveEnd(app, true);
    CHECK(CountFiles(folder, ".cjm.json") == 0);
    CHECK(CountFiles(folder, ".lock") == 0);
}

TEST_CASE("opening another map removes the autosaves of the one closed", "[autosave]")
{
    TempFolder dir;
    AppState app;
    StartWithOneAutosave(app, dir.Path, "Eerste kaart");
    const std::string first_key = AutosaveCurrentKey(app);

    // The user answered the unsaved-changes question with "Don't save" and opened another map.
    OpenExample(app);
    AutosaveTick(app, 2.0, false);
    AutosaveFlushForTesting(app);
    CHECK(CountFiles(dir.Path, ".cjm.json") == 0);
    CHECK(CountFiles(dir.Path, ".lock") == 0);
    Edit(app, "Tweede kaart");
    AutosaveTick(app, 3.0, true);
    AutosaveFlushForTesting(app);
    CHECK(AutosaveCurrentKey(app) != first_key);
    AutosaveEnd(app, true);
}

TEST_CASE("after a crash the work is offered, restored unsaved, and autosaved on", "[autosave][recovery]")
{
    TempFolder dir;
    const std::string map_path = dir.Path + "/workshop.cjm.json";
    std::string key;
    {
        // The session that "crashes": autosaves, then never closes cleanly.
        AppState app;
        AutosaveBegin(app, 30, dir.Path);
        OpenExample(app);
        REQUIRE(SaveDocumentAs(app, map_path));
        AutosaveTick(app, 0.0, false);
        Edit(app, "Workshop 12 november");
        AutosaveTick(app, 1.0, true);
        Edit(app, "Workshop 12 november, na de pauze");
        AutosaveTick(app, 2.0, true);
        AutosaveFlushForTesting(app);
        key = AutosaveCurrentKey(app);
        AutosaveEnd(app, false); // the process dies: nothing is cleaned up
        PretendCrashed(dir.Path, key, map_path, "workshop.cjm.json");
    }

    // A second, running instance's set is not offered.
    AppState other;
    AutosaveBegin(other, 30, dir.Path);
    OpenExample(other);
    AutosaveTick(other, 0.0, false);
    Edit(other, "Andere kaart, open in een ander venster");
    AutosaveTick(other, 1.0, true);
    AutosaveFlushForTesting(other);
    const std::string other_key = AutosaveCurrentKey(other);
    AutosaveEnd(other, false);
    REQUIRE(WriteRecoveryLock(dir.Path, other_key, LockForThisProcess("", "Andere kaart")).Ok); // "still running"

    // A leftover temp file of the killed process is cleaned away.
    const std::string leftover = RecoveryVersionPath(dir.Path, key, 9) + ".tmp-" + std::to_string(DeadPid());
    std::ofstream(leftover) << "{\"schema\": 1, \"situ";

    const std::vector<RecoverySet> sets = FindRecoverableSets(dir.Path);
    CHECK_FALSE(fs::exists(leftover));
    REQUIRE(sets.size() == 1);
    const RecoverySet& set = sets[0];
    CHECK(set.Key == key);
    CHECK(set.Lock.Path == map_path);
    CHECK(set.Lock.Name == "workshop.cjm.json");
    REQUIRE(set.Versions.size() == 2);
    CHECK(set.Versions[0].Title == "Workshop 12 november, na de pauze"); // newest first
    CHECK(set.Versions[0].Counts.Moments == CountDocument(MakeExampleDocument()).Moments);

    // Restore the newest: the content, unsaved, under the map's own path, and the set lives on.
    AppState app;
    AutosaveBegin(app, 30, dir.Path);
    OpenExample(app);
    AutosaveTick(app, 0.0, false);
    REQUIRE(RestoreRecoveryVersion(app, set, set.Versions[0]));
    CHECK(app.Session.Doc.Title == "Workshop 12 november, na de pauze");
    CHECK(app.Session.Dirty);
    CHECK(app.Session.Path == map_path);
    CHECK(app.Session.DisplayName == "workshop.cjm.json");
    CHECK(AutosaveCurrentKey(app) == key);
    CHECK(FindRecoverableSets(dir.Path).empty()); // ours now: the lock names this process
    // Undo cannot make restored work look saved.
    Edit(app, "Nog een wijziging");
    REQUIRE(UndoEdit(app));
    CHECK(app.Session.Dirty);
    AutosaveTick(app, 1.0, true);
    AutosaveFlushForTesting(app);
    CHECK(ListRecoveryVersions(dir.Path, key, false).size() == 2); // the restored version is there already

    Edit(app, "Na het herstel");
    AutosaveTick(app, 2.0, true);
    AutosaveFlushForTesting(app);
    const std::vector<RecoveryVersion> versions = ListRecoveryVersions(dir.Path, key, true);
    REQUIRE(versions.size() == 3);
    CHECK(versions[0].Seq > set.Versions[0].Seq);
    CHECK(versions[0].Title == "Na het herstel");

    // Saving writes the map file; closing cleanly removes the set.
    REQUIRE(SaveDocumentAs(app, app.Session.Path));
    Document saved;
    REQUIRE(LoadDocumentFromFile(map_path, &saved).Ok);
    CHECK(saved.Title == "Na het herstel");
    AutosaveTick(app, 3.0, false);
    AutosaveEnd(app, true);
    CHECK(ListRecoveryVersions(dir.Path, key, false).empty());
    CHECK_FALSE(fs::exists(RecoveryLockPath(dir.Path, key)));
    RemoveRecoverySet(dir.Path, other_key);
}

TEST_CASE("a failing autosave says so in the status bar and keeps the older versions", "[autosave]")
{
    TempFolder dir;
    AppState app;
    StartWithOneAutosave(app, dir.Path, "Versie die bewaard wordt");

    SetWriteFailureForTesting(ENOSPC);
    Edit(app, "Versie op een volle schijf");
    AutosaveTick(app, 2.0, true);
    AutosaveFlushForTesting(app);
    SetWriteFailureForTesting(0);
    AutosaveTick(app, 2.1, false); // picks up the worker's result
    CHECK(app.StatusText.find("Autosave failed: The disk is full") == 0);
    const std::vector<RecoveryVersion> versions = ListRecoveryVersions(dir.Path, AutosaveCurrentKey(app), true);
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].Title == "Versie die bewaard wordt");
    CHECK(CountFiles(dir.Path, ".tmp-" + std::to_string(::getpid())) == 0);
    AutosaveEnd(app, true);
}

TEST_CASE("the lock file tells a crash from a running instance", "[recovery]")
{
    RecoveryLock mine = LockForThisProcess("/tmp/kaart\nmet regel.cjm.json", "kaart");
    CHECK(mine.StartTicks > 0);
    CHECK(LockOwnerIsRunning(mine));
    RecoveryLock parsed;
    REQUIRE(ParseLock(FormatLock(mine), &parsed));
    CHECK(parsed.Pid == mine.Pid);
    CHECK(parsed.StartTicks == mine.StartTicks);
    CHECK(parsed.Path == "/tmp/kaart met regel.cjm.json"); // one field per line
    CHECK(parsed.Name == "kaart");

    RecoveryLock dead = mine;
    dead.Pid = DeadPid();
    CHECK_FALSE(LockOwnerIsRunning(dead));
    // Killed but not yet reaped by its parent (a zombie, as right after kill -9): not running.
    const pid_t zombie = ::fork();
    if (zombie == 0)
        ::_exit(0);
    for (int i = 0; i < 200; i++) // until the child has exited (it stays a zombie: no waitpid yet)
    {
        std::string stat;
        std::ifstream in("/proc/" + std::to_string(zombie) + "/stat");
        std::getline(in, stat);
        if (stat.find(") Z") != std::string::npos)
            break;
        ::usleep(10000);
    }
    RecoveryLock unreaped = LockForThisProcess("", "");
    unreaped.Pid = zombie;
    unreaped.StartTicks = ProcessStartTicks(zombie);
    CHECK(unreaped.StartTicks > 0); // its /proc entry is still there...
    CHECK_FALSE(LockOwnerIsRunning(unreaped)); // ...but it is gone
    int status = 0;
    ::waitpid(zombie, &status, 0);
    // Our pid, but another start time: a process that had this pid before (after a reboot).
    RecoveryLock reused = mine;
    reused.StartTicks = mine.StartTicks + 12345;
    CHECK_FALSE(LockOwnerIsRunning(reused));
    CHECK_FALSE(ParseLock("pid 12\n", &parsed));
    CHECK_FALSE(ParseLock("journeyboard-lock 1\npid x\n", &parsed));
}
