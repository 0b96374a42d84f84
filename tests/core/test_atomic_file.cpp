// Atomic saving and capped reading. Failure cases use the real thing where the machine allows it
// (chmod as a normal user; a tiny tmpfs and a read-only bind mount as root, where chmod does not
// stop anyone) and the injection hook otherwise, saying so with WARN.
#include "atomic_file.h"

#include "../mount_guard.h"
#include "../temp_folder.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using test::ReadAll;
using test::Contains;
using test::WriteRaw;

namespace fs = std::filesystem;

namespace
{
// Sets the write-failure hook for one scope.
struct InjectWriteFailure
{
    explicit InjectWriteFailure(int err) { SetWriteFailureForTesting(err); }
    ~InjectWriteFailure() { SetWriteFailureForTesting(0); }
};

std::set<std::string> Listing(const std::string& folder)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

// A failed save: says why in both languages, the old bytes are intact, and nothing new was left.
void CheckFailedSave(const Status& st, const std::string& folder, const std::string& path, const std::string& old_bytes,
                     const std::set<std::string>& listing_before, const std::string& expected)
{
    INFO(st.Message);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, expected));
    CHECK(Contains(st.Message, path));
    CHECK_FALSE(st.MessageNl.empty());
    CHECK(st.MessageNl != st.Message);
    CHECK(ReadAll(path) == old_bytes);
    CHECK(Listing(folder) == listing_before); // no .tmp-PID, no half-made .bak
}
} // namespace

TEST_CASE("atomic save writes a new file and leaves no temp file", "[atomic]")
{
    TempFolder dir;
    const std::string path = dir / "map.cjm.json";
    Status st = WriteFileAtomic(path, "{\"schema\": 1}\n");
    REQUIRE(st.Ok);
    CHECK(st.Message.empty());
    CHECK(ReadAll(path) == "{\"schema\": 1}\n");
    CHECK(Listing(dir.Path) == std::set<std::string>{"map.cjm.json"}); // no .bak without an old file

    // An empty payload is a valid (empty) file, not an error.
    REQUIRE(WriteFileAtomic(dir / "empty", "").Ok);
    CHECK(fs::file_size(dir / "empty") == 0);
}

TEST_CASE("atomic save keeps the previous version as .bak", "[atomic]")
{
    TempFolder dir;
    const std::string path = dir / "map.cjm.json";
    REQUIRE(WriteFileAtomic(path, "version 1").Ok);
    REQUIRE(WriteFileAtomic(path, "version 2").Ok);
    CHECK(ReadAll(path) == "version 2");
    CHECK(ReadAll(path + ".bak") == "version 1");
    REQUIRE(WriteFileAtomic(path, "version 3").Ok);
    CHECK(ReadAll(path) == "version 3");
    CHECK(ReadAll(path + ".bak") == "version 2");
    CHECK(Listing(dir.Path) == std::set<std::string>{"map.cjm.json", "map.cjm.json.bak"});

    // keep_backup = false (e.g. PNG exports) leaves an existing .bak alone.
    REQUIRE(WriteFileAtomic(path, "version 4", false).Ok);
    CHECK(ReadAll(path) == "version 4");
    CHECK(ReadAll(path + ".bak") == "version 2");
}

TEST_CASE("atomic save keeps the file's permissions and follows symbolic links", "[atomic]")
{
    TempFolder dir;
    const std::string path = dir / "map.cjm.json";
    REQUIRE(WriteFileAtomic(path, "old").Ok);
    REQUIRE(::chmod(path.c_str(), 0640) == 0);
    REQUIRE(WriteFileAtomic(path, "new").Ok);
    struct stat st;
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);

    const std::string link = dir / "link.cjm.json";
    REQUIRE(::symlink(path.c_str(), link.c_str()) == 0);
    REQUIRE(WriteFileAtomic(link, "through the link").Ok);
    struct stat lst;
    REQUIRE(::lstat(link.c_str(), &lst) == 0);
    CHECK(S_ISLNK(lst.st_mode)); // the link is still a link...
    CHECK(ReadAll(path) == "through the link"); // ...and its target got the bytes
    CHECK(ReadAll(path + ".bak") == "new");
}

TEST_CASE("atomic save removes a stale temp file of a crashed run", "[atomic]")
{
    TempFolder dir;
    const std::string path = dir / "map.cjm.json";
    const std::string stale = path + ".tmp-" + std::to_string((long)::getpid());
    WriteRaw(stale, "half a map from a crash");
    REQUIRE(WriteFileAtomic(path, "complete").Ok);
    CHECK(ReadAll(path) == "complete");
    CHECK_FALSE(fs::exists(stale));
}

TEST_CASE("atomic save refuses bad targets with a clear message", "[atomic]")
{
    TempFolder dir;

    SECTION("the path is a folder")
    {
        fs::create_directory(dir / "folder");
        Status st = WriteFileAtomic(dir / "folder", "x");
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "is a folder"));
        CHECK(Listing(dir / "folder").empty());
    }
    SECTION("the folder does not exist")
    {
        Status st = WriteFileAtomic(dir / "gone/map.cjm.json", "x");
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "does not exist"));
        CHECK(Contains(st.Message, dir / "gone"));
        CHECK(Listing(dir.Path).empty());
    }
    SECTION("the name is too long")
    {
        const std::string path = dir / (std::string(MaxSaveFileNameBytes + 1, 'a') + ".json");
        Status st = WriteFileAtomic(path, "x");
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "too long"));
        CHECK(Listing(dir.Path).empty());
    }
    SECTION("the path is a pipe, not an ordinary file")
    {
        const std::string fifo = dir / "pipe";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        Status st = WriteFileAtomic(fifo, "x");
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "not an ordinary file"));
        struct stat s;
        REQUIRE(::lstat(fifo.c_str(), &s) == 0);
        CHECK(S_ISFIFO(s.st_mode)); // not replaced
        CHECK(Listing(dir.Path) == std::set<std::string>{"pipe"});
    }
    SECTION("no path")
    {
        Status st = WriteFileAtomic("", "x");
        CHECK_FALSE(st.Ok);
        CHECK_FALSE(st.Message.empty());
    }
}

TEST_CASE("atomic save on a full disk keeps the old file", "[atomic]")
{
    TempFolder dir;
    const std::string old_bytes = "{\"schema\": 1, \"title\": \"old\"}\n";
    const std::string big(256 * 1024, 'x'); // larger than the 64 KiB disk below

    fs::create_directory(dir / "disk");
    TinyDisk disk(dir / "disk", 64);
    if (disk.Mounted)
    {
        // A real full disk: write() returns short counts and then ENOSPC.
        const std::string path = disk.Path + "/map.cjm.json";
        WriteRaw(path, old_bytes);
        const std::set<std::string> before = Listing(disk.Path);
        Status st = WriteFileAtomic(path, big);
        CheckFailedSave(st, disk.Path, path, old_bytes, before, "The disk is full");
        CHECK(Contains(st.Message, "Save As"));
        CHECK(Contains(st.MessageNl, "De schijf is vol"));
        // Once there is room again, saving works.
        REQUIRE(WriteFileAtomic(path, "small").Ok);
        CHECK(ReadAll(path) == "small");
    }
    else
    {
        WARN("no tmpfs mount here (not root or no CAP_SYS_ADMIN): the full disk is simulated with SetWriteFailureForTesting(ENOSPC)");
        const std::string path = disk.Path + "/map.cjm.json";
        WriteRaw(path, old_bytes);
        const std::set<std::string> before = Listing(disk.Path);
        InjectWriteFailure fail(ENOSPC);
        CheckFailedSave(WriteFileAtomic(path, big), disk.Path, path, old_bytes, before, "The disk is full");
    }
}

TEST_CASE("atomic save reports injected write errors and keeps the old file", "[atomic]")
{
    // The hook works for everyone, root included, so these paths are always covered.
    TempFolder dir;
    const std::string path = dir / "map.cjm.json";
    const std::string old_bytes = "old map";
    REQUIRE(WriteFileAtomic(path, old_bytes).Ok);
    REQUIRE_FALSE(fs::exists(path + ".bak")); // first save: nothing to back up
    const std::set<std::string> before = Listing(dir.Path);

    struct Case
    {
        int Errno;
        const char* Expected;
    };
    for (Case c : {Case{ENOSPC, "The disk is full"}, Case{EDQUOT, "The disk is full"}, Case{EIO, "disk reported an error"},
                   Case{EACCES, "No permission"}, Case{EROFS, "read-only"}, Case{EFBIG, "could not be saved"}})
    {
        InjectWriteFailure fail(c.Errno);
        CAPTURE(c.Errno);
        CheckFailedSave(WriteFileAtomic(path, "new map"), dir.Path, path, old_bytes, before, c.Expected);
    }
    // After the failures, a normal save works and keeps the old bytes as .bak.
    REQUIRE(WriteFileAtomic(path, "new map").Ok);
    CHECK(ReadAll(path + ".bak") == old_bytes);
}

TEST_CASE("atomic save into a folder that cannot be written keeps the old file", "[atomic]")
{
    TempFolder dir;
    const std::string folder = dir / "locked";
    fs::create_directory(folder);
    const std::string path = folder + "/map.cjm.json";
    const std::string old_bytes = "old map";
    WriteRaw(path, old_bytes);
    const std::set<std::string> before = Listing(folder);

    if (::geteuid() != 0)
    {
        // A normal user: chmod really stops the write.
        REQUIRE(::chmod(folder.c_str(), 0500) == 0);
        Status st = WriteFileAtomic(path, "new map");
        ::chmod(folder.c_str(), 0700);
        CheckFailedSave(st, folder, path, old_bytes, before, "No permission");
        return;
    }

    // Root ignores chmod, so the honest equivalent is a folder on a read-only mount.
    MountGuard bind;
    bind.Path = folder;
    if (::mount(folder.c_str(), folder.c_str(), nullptr, MS_BIND, nullptr) == 0)
    {
        bind.Mounted = true;
        if (::mount(nullptr, folder.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0)
        {
            Status st = WriteFileAtomic(path, "new map");
            CheckFailedSave(st, folder, path, old_bytes, before, "read-only");
            CHECK(Contains(st.MessageNl, "alleen-lezen"));
            return;
        }
    }
    WARN("running as root without mount rights: chmod cannot stop root, so the permission error is "
         "simulated with SetWriteFailureForTesting(EACCES)");
    InjectWriteFailure fail(EACCES);
    CheckFailedSave(WriteFileAtomic(path, "new map"), folder, path, old_bytes, before, "No permission");
}

TEST_CASE("capped reading refuses what is not a small regular file", "[atomic]")
{
    TempFolder dir;
    std::string out = "untouched";

    SECTION("a regular file is read whole")
    {
        WriteRaw(dir / "map", "hello\n");
        REQUIRE(ReadFileCapped(dir / "map", 100, &out).Ok);
        CHECK(out == "hello\n");
        // Exactly at the cap is fine.
        REQUIRE(ReadFileCapped(dir / "map", 6, &out).Ok);
    }
    SECTION("a missing file")
    {
        Status st = ReadFileCapped(dir / "nope", 100, &out);
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "does not exist"));
        CHECK(out == "untouched");
    }
    SECTION("a folder")
    {
        Status st = ReadFileCapped(dir.Path, 100, &out);
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "is a folder"));
        CHECK(out == "untouched");
    }
    SECTION("/dev/zero, which never ends")
    {
        Status st = ReadFileCapped("/dev/zero", 100, &out);
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "not an ordinary file"));
        CHECK(out == "untouched");
    }
    SECTION("a pipe without a writer does not hang")
    {
        const std::string fifo = dir / "pipe";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        Status st = ReadFileCapped(fifo, 100, &out);
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "not an ordinary file"));
        CHECK(out == "untouched");
    }
    SECTION("a file over the cap is refused before reading it")
    {
        // 1 GiB, sparse: reading it whole would take a second and a gigabyte of memory.
        const std::string path = dir / "huge";
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT, 0600);
        REQUIRE(fd >= 0);
        REQUIRE(::ftruncate(fd, (off_t)1 << 30) == 0);
        ::close(fd);
        auto start = std::chrono::steady_clock::now();
        Status st = ReadFileCapped(path, 1000, &out);
        auto elapsed = std::chrono::steady_clock::now() - start;
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "too large"));
        CHECK(Contains(st.Message, "1024.0 MB"));
        CHECK(out == "untouched");
        CHECK(elapsed < std::chrono::milliseconds(100));
    }
    SECTION("a file whose size stat gets wrong is still capped")
    {
        // /proc files report size 0 but have content: the read loop must stop at the cap.
        struct stat st_proc;
        REQUIRE(::stat("/proc/self/status", &st_proc) == 0);
        REQUIRE(st_proc.st_size == 0);
        Status st = ReadFileCapped("/proc/self/status", 16, &out);
        CHECK_FALSE(st.Ok);
        CHECK(Contains(st.Message, "too large"));
        CHECK(out == "untouched");
        REQUIRE(ReadFileCapped("/proc/self/status", 1 << 20, &out).Ok);
        CHECK(Contains(out, "Name:"));
    }
    SECTION("no permission")
    {
        const std::string path = dir / "secret";
        WriteRaw(path, "x");
        REQUIRE(::chmod(path.c_str(), 0000) == 0);
        Status st = ReadFileCapped(path, 100, &out);
        if (::geteuid() == 0)
        {
            WARN("root reads files with mode 0000, so the permission message is not checked here");
            CHECK(st.Ok);
        }
        else
        {
            CHECK_FALSE(st.Ok);
            CHECK(Contains(st.Message, "No permission"));
            CHECK(out == "untouched");
        }
    }
}
