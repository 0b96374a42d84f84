// Autosave files and crash recovery, the parts without a window: where the files live, what they
// are called, the lock file that tells a crash from a second running JourneyBoard, and listing
// what can be restored. The app's timer and worker thread are in app/autosave.*.
//
// Folder: $XDG_STATE_HOME/journeyboard/recovery/ (default ~/.local/state/journeyboard/recovery/),
// created private (0700): personas may describe real patients. One set of files per open document:
//   KEY.lock              who is autosaving: pid, process start time, the map's path and name
//   KEY.000001.cjm.json   the autosaved versions (ordinary map files), the last MaxRecoveryVersions
//   KEY.000001.summary    a few lines beside each version (its size, title, counts): the recovery
//                         list reads these, never the maps, so a folder of large autosaves does not
//                         delay the first frame
// A clean close removes the set; after a crash it stays, and its lock names a process that is
// gone: that is what the recovery dialog offers.
#pragma once
#include "journey.h"
#include "result.h"

#include <cstdint>
#include <string>
#include <vector>

constexpr int MaxRecoveryVersions = 10; // autosaved versions kept per document

struct RecoveryLock
{
    long Pid = 0;                 // the process that autosaves this set
    uint64_t StartTicks = 0;      // its start time (/proc/PID/stat), so a reused pid is not mistaken for it
    std::string Path;             // where the map is saved; empty for a map never saved
    std::string Name;             // the name shown in the window title
};

// What the recovery list shows of one version; written beside it with each autosave.
struct RecoverySummary
{
    uint64_t Bytes = 0;   // the size of the version it describes: another size means the version is damaged
    std::string Title;    // the map's title, shortened to MaxRecoverySummaryTitle bytes
    DocumentCounts Counts;
};
constexpr size_t MaxRecoverySummaryTitle = 200;  // bytes of the title kept in a summary
constexpr size_t MaxRecoverySummaryBytes = 4096; // a summary file larger than this is not read

struct RecoveryVersion
{
    std::string File;     // full path of the autosaved map
    int Seq = 0;          // 1, 2, ... in the order they were written
    int64_t Time = 0;     // when it was written (seconds since 1970, from the file)
    uint64_t Bytes = 0;   // its size
    bool Loads = false;   // can be offered: its summary matches it, or it has none (checked when restored)
    bool Summarized = false; // title and counts are known (from its summary)
    std::string Error;    // why it cannot be offered
    std::string Title;    // the map's title (shortened)
    DocumentCounts Counts;
};

struct RecoverySet
{
    std::string Key;
    bool HasLock = false;
    RecoveryLock Lock;
    std::vector<RecoveryVersion> Versions; // newest first
};

std::string RecoveryFolder();
Status EnsureRecoveryFolder(const std::string& folder); // creates it (and its parents) when missing

// A key no other set has: "<seconds>-<pid>-<n>".
std::string NewRecoveryKey();
std::string RecoveryLockPath(const std::string& folder, const std::string& key);
std::string RecoveryVersionPath(const std::string& folder, const std::string& key, int seq);
std::string RecoverySummaryPath(const std::string& folder, const std::string& key, int seq);

// The summary of `doc` (Bytes is filled in when the version is written).
RecoverySummary SummarizeForRecovery(const Document& doc);
std::string FormatRecoverySummary(const RecoverySummary& summary);
bool ParseRecoverySummary(const std::string& text, RecoverySummary* out);

std::string FormatLock(const RecoveryLock& lock);
bool ParseLock(const std::string& text, RecoveryLock* out);
RecoveryLock LockForThisProcess(const std::string& path, const std::string& name);
uint64_t ProcessStartTicks(long pid); // 0 when there is no such process
// The process named in the lock still runs (same pid AND same start time).
bool LockOwnerIsRunning(const RecoveryLock& lock);

Status WriteRecoveryLock(const std::string& folder, const std::string& key, const RecoveryLock& lock);
// Writes version `seq` of the set through WriteFileAtomic, then its summary, then removes all
// but the newest MaxRecoveryVersions. On failure nothing older is removed.
Status WriteRecoveryVersion(const std::string& folder, const std::string& key, int seq, const std::string& bytes,
                            const RecoverySummary& summary);
// The versions of one set, newest first. read_summaries: fill in title, counts and whether each
// can be offered from its summary; the maps themselves are never read (they may be large: the
// dialog lists them before the first frame). A version without a summary (written by an older
// JourneyBoard, or a crash between the two writes) is offered without counts and checked when
// restored; one whose size differs from its summary's is damaged.
std::vector<RecoveryVersion> ListRecoveryVersions(const std::string& folder, const std::string& key, bool read_summaries);
// Removes the versions and summaries (all, or only those when keep_lock) of a set.
void RemoveRecoverySet(const std::string& folder, const std::string& key, bool keep_lock = false);

// Sets left behind by a JourneyBoard that is not running any more (crashed, killed, power cut),
// with at least one version, newest set first. Sets of running instances are skipped. Leftover
// temporary files of dead processes are removed on the way.
std::vector<RecoverySet> FindRecoverableSets(const std::string& folder);
