// Mounts a test makes for a real full or read-only disk (root only), undone when the test ends,
// even when a REQUIRE fails.
#pragma once
#include <string>

#include <sys/mount.h>
#include <unistd.h>

// Unmounts Path when it goes, if Mounted says a mount was made there.
struct MountGuard
{
    std::string Path;
    bool Mounted = false;
    MountGuard() = default;
    MountGuard(const MountGuard&) = delete;
    MountGuard& operator=(const MountGuard&) = delete;
    ~MountGuard()
    {
        if (Mounted)
            ::umount2(Path.c_str(), MNT_DETACH);
    }
};

// A tmpfs of `size_kb` mounted at the existing folder `dir` while this lives (root only);
// Mounted says whether it worked.
struct TinyDisk : MountGuard
{
    TinyDisk(const std::string& dir, int size_kb, bool read_only = false)
    {
        Path = dir;
        if (::geteuid() != 0)
            return;
        const std::string options = "size=" + std::to_string(size_kb) + "k";
        Mounted = ::mount("tmpfs", dir.c_str(), "tmpfs", read_only ? MS_RDONLY : 0, options.c_str()) == 0;
    }
};
