#include "recovery.h"

#include "atomic_file.h"
#include "file_json.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <sstream>

#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

// [SECTION] Folder and names

std::string RecoveryFolder()
{
    const char* xdg = std::getenv("XDG_STATE_HOME");
    if (xdg && xdg[0] == '/')
        return std::string(xdg) + "/journeyboard/recovery";
    const char* home = std::getenv("HOME");
    return std::string(home && home[0] ? home : ".") + "/.local/state/journeyboard/recovery";
}

Status EnsureRecoveryFolder(const std::string& folder)
{
    // mkdir -p, one level at a time; the last levels private.
    for (size_t slash = 1; slash != std::string::npos;)
    {
        slash = folder.find('/', slash + 1);
        const std::string part = folder.substr(0, slash);
        if (::mkdir(part.c_str(), 0700) != 0 && errno != EEXIST)
        {
            const int err = errno;
            return Status::Error("The folder for autosaves \"" + folder + "\" cannot be created (" + std::strerror(err) +
                                     "). Your work is not autosaved; save it yourself (Ctrl+S).",
                                 "De map voor automatisch opslaan \"" + folder + "\" kan niet worden gemaakt (" + std::strerror(err) +
                                     "). Uw werk wordt niet automatisch opgeslagen; sla het zelf op (Ctrl+S).");
        }
    }
    return Status::Success();
}

std::string NewRecoveryKey()
{
    static std::atomic<int> counter{0};
    return std::to_string((long long)std::time(nullptr)) + "-" + std::to_string((long)::getpid()) + "-" + std::to_string(++counter);
}

std::string RecoveryLockPath(const std::string& folder, const std::string& key) { return folder + "/" + key + ".lock"; }

std::string RecoveryVersionPath(const std::string& folder, const std::string& key, int seq)
{
    char number[16];
    std::snprintf(number, sizeof(number), "%06d", seq);
    return folder + "/" + key + "." + number + ".cjm.json";
}

std::string RecoverySummaryPath(const std::string& folder, const std::string& key, int seq)
{
    char number[16];
    std::snprintf(number, sizeof(number), "%06d", seq);
    return folder + "/" + key + "." + number + ".summary";
}

// [SECTION] Summaries

RecoverySummary SummarizeForRecovery(const Document& doc)
{
    RecoverySummary summary;
    summary.Counts = CountDocument(doc);
    // One line, and short: a title may be a megabyte. Cut before a UTF-8 continuation byte never.
    std::string title = doc.Title.substr(0, MaxRecoverySummaryTitle);
    if (title.size() < doc.Title.size())
        while (!title.empty() && ((unsigned char)doc.Title[title.size()] & 0xC0) == 0x80)
            title.pop_back();
    for (char& c : title)
        if (c == '\n' || c == '\r')
            c = ' ';
    summary.Title = title;
    return summary;
}

std::string FormatRecoverySummary(const RecoverySummary& summary)
{
    const DocumentCounts& c = summary.Counts;
    return "journeyboard-summary 1\nbytes " + std::to_string(summary.Bytes) + "\ncounts " + std::to_string(c.Situations) + " " +
           std::to_string(c.Phases) + " " + std::to_string(c.Moments) + " " + std::to_string(c.PainPoints) + " " +
           std::to_string(c.Opportunities) + " " + std::to_string(c.Personas) + " " + std::to_string(c.Votes) + "\ntitle " +
           summary.Title + "\n";
}

bool ParseRecoverySummary(const std::string& text, RecoverySummary* out)
{
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != "journeyboard-summary 1")
        return false;
    RecoverySummary summary;
    bool has_bytes = false, has_counts = false;
    while (std::getline(in, line))
    {
        const size_t space = line.find(' ');
        const std::string key = line.substr(0, space);
        const std::string value = space == std::string::npos ? std::string() : line.substr(space + 1);
        if (key == "bytes")
        {
            char* end = nullptr;
            summary.Bytes = std::strtoull(value.c_str(), &end, 10);
            has_bytes = !value.empty() && end && *end == 0;
        }
        else if (key == "counts")
        {
            DocumentCounts& c = summary.Counts;
            int* fields[] = {&c.Situations, &c.Phases, &c.Moments, &c.PainPoints, &c.Opportunities, &c.Personas, &c.Votes};
            std::istringstream numbers(value);
            has_counts = true;
            for (int* field : fields)
                has_counts = has_counts && (numbers >> *field) && *field >= 0;
        }
        else if (key == "title")
            summary.Title = value.substr(0, MaxRecoverySummaryTitle);
    }
    if (!has_bytes || !has_counts)
        return false;
    *out = summary;
    return true;
}

// [SECTION] Lock

std::string FormatLock(const RecoveryLock& lock)
{
    // One "name value" per line; path and name last on their lines, so any text fits.
    return "journeyboard-lock 1\npid " + std::to_string(lock.Pid) + "\nstart " + std::to_string(lock.StartTicks) + "\npath " +
           lock.Path + "\nname " + lock.Name + "\n";
}

bool ParseLock(const std::string& text, RecoveryLock* out)
{
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != "journeyboard-lock 1")
        return false;
    RecoveryLock lock;
    bool has_pid = false;
    while (std::getline(in, line))
    {
        const size_t space = line.find(' ');
        const std::string key = line.substr(0, space);
        const std::string value = space == std::string::npos ? std::string() : line.substr(space + 1);
        if (key == "pid")
        {
            char* end = nullptr;
            lock.Pid = std::strtol(value.c_str(), &end, 10);
            has_pid = end && *end == 0 && lock.Pid > 0;
        }
        else if (key == "start")
            lock.StartTicks = std::strtoull(value.c_str(), nullptr, 10);
        else if (key == "path")
            lock.Path = value;
        else if (key == "name")
            lock.Name = value;
    }
    if (!has_pid)
        return false;
    *out = lock;
    return true;
}

uint64_t ProcessStartTicks(long pid)
{
    std::string stat;
    if (!ReadFileCapped("/proc/" + std::to_string(pid) + "/stat", 4096, &stat))
        return 0;
    // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
    const size_t close = stat.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(stat.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; i++)
        if (i == 22)
            return std::strtoull(field.c_str(), nullptr, 10);
    return 0;
}

RecoveryLock LockForThisProcess(const std::string& path, const std::string& name)
{
    RecoveryLock lock;
    lock.Pid = (long)::getpid();
    lock.StartTicks = ProcessStartTicks(lock.Pid);
    // A line break would end the field early: the lock is one field per line.
    auto one_line = [](std::string s) {
        std::replace(s.begin(), s.end(), '\n', ' ');
        return s;
    };
    lock.Path = one_line(path);
    lock.Name = one_line(name);
    return lock;
}

// The state letter of a process (field 3 of /proc/PID/stat: R, S, D, Z, ...), or 0.
static char ProcessState(long pid)
{
    std::string stat;
    if (!ReadFileCapped("/proc/" + std::to_string(pid) + "/stat", 4096, &stat))
        return 0;
    const size_t close = stat.rfind(')');
    return close != std::string::npos && close + 2 < stat.size() ? stat[close + 2] : 0;
}

bool LockOwnerIsRunning(const RecoveryLock& lock)
{
    if (lock.Pid <= 0)
        return false;
    if (::kill((pid_t)lock.Pid, 0) != 0 && errno != EPERM)
        return false;
    // Killed but not yet reaped by its parent (a zombie), or still being torn down: gone for us.
    const char state = ProcessState(lock.Pid);
    if (state == 'Z' || state == 'X' || state == 'x')
        return false;
    const uint64_t start = ProcessStartTicks(lock.Pid);
    // Without /proc we cannot tell a reused pid; then a live pid counts as running.
    return start == 0 || lock.StartTicks == 0 || start == lock.StartTicks;
}

Status WriteRecoveryLock(const std::string& folder, const std::string& key, const RecoveryLock& lock)
{
    return WriteFileAtomic(RecoveryLockPath(folder, key), FormatLock(lock), false);
}

// [SECTION] Versions

static std::vector<std::string> FolderEntries(const std::string& folder)
{
    std::vector<std::string> names;
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return names;
    while (const dirent* entry = ::readdir(dir))
        if (entry->d_name[0] != '.')
            names.push_back(entry->d_name);
    ::closedir(dir);
    return names;
}

// "KEY.000012.cjm.json" (or "KEY.000012.summary" with that suffix) -> key and 12.
static bool ParseVersionName(const std::string& name, std::string* key, int* seq, const std::string& suffix = ".cjm.json")
{
    if (name.size() < suffix.size() + 8 || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    const std::string stem = name.substr(0, name.size() - suffix.size());
    const size_t dot = stem.rfind('.');
    if (dot == std::string::npos || dot == 0 || stem.size() - dot - 1 != 6)
        return false;
    const std::string digits = stem.substr(dot + 1);
    if (digits.find_first_not_of("0123456789") != std::string::npos)
        return false;
    *key = stem.substr(0, dot);
    *seq = std::atoi(digits.c_str());
    return true;
}

// Fills in what the summary beside `v` says; reads at most MaxRecoverySummaryBytes.
static void ReadSummary(const std::string& folder, const std::string& key, RecoveryVersion* v)
{
    std::string text;
    RecoverySummary summary;
    if (!ReadFileCapped(RecoverySummaryPath(folder, key, v->Seq), MaxRecoverySummaryBytes, &text) ||
        !ParseRecoverySummary(text, &summary))
    {
        v->Loads = true; // no summary: offered without counts, checked when restored
        return;
    }
    v->Summarized = true;
    v->Title = summary.Title;
    v->Counts = summary.Counts;
    v->Loads = summary.Bytes == v->Bytes;
    if (!v->Loads)
        v->Error = "The autosaved file has another size than when it was written: it is damaged.";
}

std::vector<RecoveryVersion> ListRecoveryVersions(const std::string& folder, const std::string& key, bool read_summaries)
{
    std::vector<RecoveryVersion> versions;
    for (const std::string& name : FolderEntries(folder))
    {
        std::string k;
        int seq = 0;
        if (!ParseVersionName(name, &k, &seq) || k != key)
            continue;
        RecoveryVersion v;
        v.File = folder + "/" + name;
        v.Seq = seq;
        struct stat st;
        if (::stat(v.File.c_str(), &st) == 0)
        {
            v.Time = (int64_t)st.st_mtime;
            v.Bytes = (uint64_t)st.st_size;
        }
        if (read_summaries)
            ReadSummary(folder, key, &v);
        versions.push_back(std::move(v));
    }
    std::sort(versions.begin(), versions.end(), [](const RecoveryVersion& a, const RecoveryVersion& b) { return a.Seq > b.Seq; });
    return versions;
}

Status WriteRecoveryVersion(const std::string& folder, const std::string& key, int seq, const std::string& bytes,
                            const RecoverySummary& summary)
{
    Status written = WriteFileAtomic(RecoveryVersionPath(folder, key, seq), bytes, false);
    if (!written)
        return written;
    RecoverySummary sized = summary;
    sized.Bytes = bytes.size();
    // The version is safe already; without its summary it is still offered (without counts).
    WriteFileAtomic(RecoverySummaryPath(folder, key, seq), FormatRecoverySummary(sized), false);
    const std::vector<RecoveryVersion> versions = ListRecoveryVersions(folder, key, false);
    for (size_t i = MaxRecoveryVersions; i < versions.size(); i++)
    {
        ::unlink(versions[i].File.c_str());
        ::unlink(RecoverySummaryPath(folder, key, versions[i].Seq).c_str());
    }
    return Status::Success();
}

void RemoveRecoverySet(const std::string& folder, const std::string& key, bool keep_lock)
{
    for (const std::string& name : FolderEntries(folder))
    {
        std::string k;
        int seq = 0;
        if ((ParseVersionName(name, &k, &seq) || ParseVersionName(name, &k, &seq, ".summary")) && k == key)
            ::unlink((folder + "/" + name).c_str());
    }
    if (!keep_lock)
        ::unlink(RecoveryLockPath(folder, key).c_str());
}

// [SECTION] Finding what to restore

// "NAME.tmp-PID" (WriteFileAtomic's temporary file) -> PID, or 0.
static long TempFilePid(const std::string& name)
{
    const size_t at = name.rfind(".tmp-");
    if (at == std::string::npos)
        return 0;
    char* end = nullptr;
    const long pid = std::strtol(name.c_str() + at + 5, &end, 10);
    return end && *end == 0 ? pid : 0;
}

std::vector<RecoverySet> FindRecoverableSets(const std::string& folder)
{
    std::map<std::string, RecoverySet> sets;
    for (const std::string& name : FolderEntries(folder))
    {
        if (const long pid = TempFilePid(name))
        {
            // A save of a process killed mid-write: its temp file is garbage now.
            if (::kill((pid_t)pid, 0) != 0 && errno == ESRCH)
                ::unlink((folder + "/" + name).c_str());
            continue;
        }
        std::string key;
        int seq = 0;
        if (ParseVersionName(name, &key, &seq))
            sets[key].Key = key;
        else if (name.size() > 5 && name.compare(name.size() - 5, 5, ".lock") == 0)
            sets[name.substr(0, name.size() - 5)].Key = name.substr(0, name.size() - 5);
    }

    std::vector<RecoverySet> found;
    for (auto& item : sets)
    {
        RecoverySet& set = item.second;
        std::string text;
        if (ReadFileCapped(RecoveryLockPath(folder, set.Key), 1 << 16, &text) && ParseLock(text, &set.Lock))
        {
            set.HasLock = true;
            if (LockOwnerIsRunning(set.Lock))
                continue; // a JourneyBoard that is still open autosaves this one
        }
        set.Versions = ListRecoveryVersions(folder, set.Key, true);
        if (set.Versions.empty())
        {
            ::unlink(RecoveryLockPath(folder, set.Key).c_str()); // a lock of a closed set, nothing to offer
            continue;
        }
        found.push_back(std::move(set));
    }
    std::sort(found.begin(), found.end(),
              [](const RecoverySet& a, const RecoverySet& b) { return a.Versions[0].Time > b.Versions[0].Time; });
    return found;
}
