#include "atomic_file.h"
#include "paths.h"

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static std::atomic<int> WriteFailureErrno{0}; // see SetWriteFailureForTesting()

void SetWriteFailureForTesting(int errno_value) { WriteFailureErrno = errno_value; }

// [SECTION] Paths and messages


static std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

static std::string FormatMegabytes(uint64_t bytes)
{
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%.1f MB", (double)bytes / (1024.0 * 1024.0));
    return buf;
}

// Why a save failed, in words that say what to do next.
static Status SaveError(int err, const std::string& path)
{
    const std::string p = Quoted(path);
    switch (err)
    {
    case ENOSPC:
    case EDQUOT:
        return Status::Error("The disk is full: " + p + " could not be saved. Free some space or save elsewhere (Save As).",
                             "De schijf is vol: " + p + " kon niet worden opgeslagen. Maak ruimte vrij of sla elders op (Opslaan als).");
    case EACCES:
    case EPERM:
        return Status::Error("No permission to save " + p + " in this folder. Save elsewhere (Save As), for example in your Documents folder.",
                             "Geen toestemming om " + p + " in deze map op te slaan. Sla elders op (Opslaan als), bijvoorbeeld in uw map Documenten.");
    case EROFS:
        return Status::Error("The disk or folder of " + p + " is read-only (for example a locked USB stick or a shared folder). Save elsewhere (Save As).",
                             "De schijf of map van " + p + " is alleen-lezen (bijvoorbeeld een vergrendelde USB-stick of een gedeelde map). Sla elders op (Opslaan als).");
    case ENOENT:
    case ENOTDIR:
        return Status::Error("The folder " + Quoted(FolderOf(path)) + " does not exist (any more), so " + p + " could not be saved. Choose another folder (Save As).",
                             "De map " + Quoted(FolderOf(path)) + " bestaat niet (meer), dus " + p + " kon niet worden opgeslagen. Kies een andere map (Opslaan als).");
    case ENAMETOOLONG:
        return Status::Error("The file name or folder path of " + p + " is too long. Choose a shorter name or a folder higher up (Save As).",
                             "De bestandsnaam of het pad van " + p + " is te lang. Kies een kortere naam of een map hogerop (Opslaan als).");
    case EISDIR:
        return Status::Error(p + " is a folder, not a file. Choose a file name (Save As).",
                             p + " is een map, geen bestand. Kies een bestandsnaam (Opslaan als).");
    case EIO:
        return Status::Error("The disk reported an error while saving " + p + ". Check that the disk or USB stick is still connected, and save elsewhere (Save As).",
                             "De schijf meldde een fout bij het opslaan van " + p + ". Controleer of de schijf of USB-stick nog aangesloten is en sla elders op (Opslaan als).");
    default:
        return Status::Error(p + " could not be saved (" + std::strerror(err) + "). Try saving elsewhere (Save As).",
                             p + " kon niet worden opgeslagen (" + std::strerror(err) + "). Probeer elders op te slaan (Opslaan als).");
    }
}

// Why a file could not be opened for reading.
static Status OpenError(int err, const std::string& path)
{
    const std::string p = Quoted(path);
    switch (err)
    {
    case ENOENT:
    case ENOTDIR:
        return Status::Error("The file " + p + " does not exist (any more). It may have been moved, renamed or deleted.",
                             "Het bestand " + p + " bestaat niet (meer). Het is misschien verplaatst, hernoemd of verwijderd.");
    case EACCES:
    case EPERM:
        return Status::Error("No permission to read " + p + ". Copy it to a folder of your own, or ask whoever manages this computer.",
                             "Geen toestemming om " + p + " te lezen. Kopieer het naar een eigen map, of vraag het de beheerder van deze computer.");
    case ENAMETOOLONG:
        return Status::Error("The path of " + p + " is too long. Move the file to a folder higher up.",
                             "Het pad van " + p + " is te lang. Verplaats het bestand naar een map hogerop.");
    case EISDIR:
        return Status::Error(p + " is a folder, not a file. Choose a map file.",
                             p + " is een map, geen bestand. Kies een kaartbestand.");
    case EIO:
        return Status::Error("The disk reported an error while reading " + p + ". Check that the disk or USB stick is still connected.",
                             "De schijf meldde een fout bij het lezen van " + p + ". Controleer of de schijf of USB-stick nog aangesloten is.");
    default:
        return Status::Error(p + " could not be opened (" + std::strerror(err) + ").",
                             p + " kon niet worden geopend (" + std::strerror(err) + ").");
    }
}

static Status NotOrdinaryFileError(const std::string& path, bool saving)
{
    const std::string p = Quoted(path);
    if (saving)
        return Status::Error(p + " is not an ordinary file (it is a device, pipe or socket), so JourneyBoard will not replace it. Choose another file name (Save As).",
                             p + " is geen gewoon bestand (maar een apparaat, pipe of socket), dus JourneyBoard vervangt het niet. Kies een andere bestandsnaam (Opslaan als).");
    return Status::Error(p + " is not an ordinary file (it is a device, pipe or socket). Choose a map file.",
                         p + " is geen gewoon bestand (maar een apparaat, pipe of socket). Kies een kaartbestand.");
}

static Status TooLargeError(const std::string& path, uint64_t size, size_t max_bytes, bool size_known)
{
    const std::string p = Quoted(path);
    const std::string size_en = size_known ? FormatMegabytes(size) : "more than " + FormatMegabytes(max_bytes);
    const std::string size_nl = size_known ? FormatMegabytes(size) : "meer dan " + FormatMegabytes(max_bytes);
    return Status::Error(p + " is too large to open (" + size_en + "; at most " + FormatMegabytes(max_bytes) + "). Check that this is the right file.",
                         p + " is te groot om te openen (" + size_nl + "; hoogstens " + FormatMegabytes(max_bytes) + "). Controleer of dit het juiste bestand is.");
}

// [SECTION] Low-level writing. Each returns 0 or an errno value.

static int WriteAll(int fd, const char* data, size_t size)
{
    while (size > 0)
    {
        if (int injected = WriteFailureErrno.load())
            return injected;
        // write() may write less than asked (a signal, a nearly full disk): loop until all is out.
        ssize_t n = ::write(fd, data, size < ((size_t)1 << 30) ? size : ((size_t)1 << 30));
        if (n < 0)
        {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO; // a regular file never accepts zero bytes without an error
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

static int SyncFd(int fd)
{
    while (::fsync(fd) != 0)
    {
        if (errno == EINTR)
            continue;
        if (errno == EINVAL) // a file system that cannot sync (rare, e.g. some FUSE): nothing to wait for
            return 0;
        return errno;
    }
    return 0;
}

// Creates `path` (which must not exist yet) with the owner and mode of `like` when given.
static int CreateNewFile(const std::string& path, const struct stat* like, int* fd_out)
{
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EEXIST)
    {
        // A temp file left by an earlier crash of a process with our pid: it is ours to remove.
        ::unlink(path.c_str());
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    }
    if (fd < 0)
        return errno;
    if (like)
    {
        // Saving must not change who may read the map. Owner first: fchown may clear mode bits.
        // Failing to keep the owner (we are not root) is fine; the file is then ours.
        if (::fchown(fd, like->st_uid, like->st_gid) != 0) {}
        if (::fchmod(fd, like->st_mode & 07777) != 0) {}
    }
    *fd_out = fd;
    return 0;
}

static int FinishNewFile(int fd, int err)
{
    if (!err)
        err = SyncFd(fd);
    // On Linux the descriptor is closed even when close() says EINTR: never retry it.
    if (::close(fd) != 0 && !err && errno != EINTR)
        err = errno;
    return err;
}

static int WriteNewFile(const std::string& path, const std::string& bytes, const struct stat* like, bool* created)
{
    int fd = -1;
    if (int err = CreateNewFile(path, like, &fd))
        return err;
    *created = true;
    return FinishNewFile(fd, WriteAll(fd, bytes.data(), bytes.size()));
}

// Streams `source` into the new file `path` (used when hard links are not possible).
static int CopyToNewFile(const std::string& source, const std::string& path, const struct stat& like, bool* created)
{
    int in = ::open(source.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno;
    int fd = -1;
    int err = CreateNewFile(path, &like, &fd);
    if (err)
    {
        ::close(in);
        return err;
    }
    *created = true;
    static thread_local char buffer[1 << 16];
    for (;;)
    {
        ssize_t n = ::read(in, buffer, sizeof(buffer));
        if (n < 0)
        {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        if (n == 0)
            break;
        if ((err = WriteAll(fd, buffer, (size_t)n)) != 0)
            break;
    }
    ::close(in);
    return FinishNewFile(fd, err);
}

// Makes `path.bak` hold the old file without a moment where neither exists:
// link (or copy) to a temp name, then rename over the previous backup.
static int KeepBackup(const std::string& path, const struct stat& old_stat, const std::string& pid)
{
    const std::string backup = path + ".bak";
    const std::string backup_tmp = path + ".bak.tmp-" + pid;
    ::unlink(backup_tmp.c_str()); // a leftover of an earlier crash with our pid
    bool created = false;
    int err = 0;
    if (::link(path.c_str(), backup_tmp.c_str()) == 0)
        created = true;
    else
    {
        err = errno;
        // FAT/exFAT USB sticks, some network shares and protected_hardlinks refuse links: copy.
        if (err == EPERM || err == ENOTSUP || err == EOPNOTSUPP || err == EMLINK || err == ENOSYS || err == EXDEV)
            err = CopyToNewFile(path, backup_tmp, old_stat, &created);
    }
    if (!err && ::rename(backup_tmp.c_str(), backup.c_str()) != 0)
        err = errno;
    if (err && created)
        ::unlink(backup_tmp.c_str());
    return err;
}

// Makes the rename itself durable. Folders we may not open or sync are not an error: the data
// is already synced; only a real I/O error is reported.
static int SyncFolder(const std::string& folder)
{
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    int err = SyncFd(fd);
    ::close(fd);
    return err == EIO ? EIO : 0;
}

// [SECTION] Public

Status WriteFileAtomic(const std::string& path_in, const std::string& bytes, bool keep_backup)
{
    if (path_in.empty())
        return Status::Error("No file name was given to save to. Choose a file name (Save As).",
                             "Er is geen bestandsnaam opgegeven om in op te slaan. Kies een bestandsnaam (Opslaan als).");

    // Follow a symbolic link, so the link stays and its target gets the new contents.
    std::string path = path_in;
    struct stat old_stat;
    if (::lstat(path.c_str(), &old_stat) == 0 && S_ISLNK(old_stat.st_mode))
    {
        if (char* real = ::realpath(path.c_str(), nullptr))
        {
            path = real;
            std::free(real);
        }
    }

    bool old_exists = false;
    if (::stat(path.c_str(), &old_stat) == 0)
    {
        if (S_ISDIR(old_stat.st_mode))
            return SaveError(EISDIR, path_in);
        if (!S_ISREG(old_stat.st_mode))
            return NotOrdinaryFileError(path_in, true); // never rename over /dev/null and friends
        old_exists = true;
    }
    else if (errno != ENOENT)
        return SaveError(errno, path_in);
    // ENOENT: a new file, or its folder is missing; creating the temp file tells which.

    const std::string name = BaseName(path);
    if (name.empty())
        return SaveError(EISDIR, path_in);
    if (name.size() > MaxSaveFileNameBytes)
        return SaveError(ENAMETOOLONG, path_in);

    const std::string pid = std::to_string((long)::getpid());
    const std::string tmp = path + ".tmp-" + pid;
    bool created = false;
    if (int err = WriteNewFile(tmp, bytes, old_exists ? &old_stat : nullptr, &created))
    {
        if (created)
            ::unlink(tmp.c_str());
        return SaveError(err, path_in);
    }

    if (keep_backup && old_exists)
        if (int err = KeepBackup(path, old_stat, pid))
        {
            ::unlink(tmp.c_str());
            return SaveError(err, path_in);
        }

    if (::rename(tmp.c_str(), path.c_str()) != 0)
    {
        int err = errno;
        ::unlink(tmp.c_str());
        return SaveError(err, path_in);
    }
    if (int err = SyncFolder(FolderOf(path)))
        return SaveError(err, path_in);
    return Status::Success();
}

Status ReadFileCapped(const std::string& path, size_t max_bytes, std::string* out)
{
    if (path.empty())
        return Status::Error("No file name was given to open. Choose a map file.",
                             "Er is geen bestandsnaam opgegeven om te openen. Kies een kaartbestand.");

    // Look before opening: opening a pipe blocks, and a device may never end (/dev/zero).
    struct stat st;
    if (::stat(path.c_str(), &st) != 0)
        return OpenError(errno, path);
    if (S_ISDIR(st.st_mode))
        return OpenError(EISDIR, path);
    if (!S_ISREG(st.st_mode))
        return NotOrdinaryFileError(path, false);
    if ((uint64_t)st.st_size > (uint64_t)max_bytes)
        return TooLargeError(path, (uint64_t)st.st_size, max_bytes, true);

    // O_NONBLOCK: should the path have been swapped for a pipe since stat(), open() must not hang.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return OpenError(errno, path);
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
    {
        ::close(fd);
        return NotOrdinaryFileError(path, false);
    }

    std::string data;
    data.reserve((size_t)st.st_size < max_bytes ? (size_t)st.st_size : max_bytes);
    static thread_local char buffer[1 << 16];
    for (;;)
    {
        ssize_t n = ::read(fd, buffer, sizeof(buffer));
        if (n < 0)
        {
            if (errno == EINTR)
                continue;
            int err = errno;
            ::close(fd);
            return OpenError(err, path);
        }
        if (n == 0)
            break;
        // The size from stat can be wrong (/proc files say 0) or the file may be growing.
        if (data.size() + (size_t)n > max_bytes)
        {
            ::close(fd);
            return TooLargeError(path, 0, max_bytes, false);
        }
        data.append(buffer, (size_t)n);
    }
    ::close(fd);
    *out = std::move(data);
    return Status::Success();
}
