#include "session/autosave.h"

#include "file_json.h"
#include "text/i18n.h"
#include "recovery.h"

#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <mutex>
#include <thread>

namespace
{
// One write for the worker: the bytes are serialized already.
struct Job
{
    std::string Key;
    int Seq = 0;
    std::string Bytes;
    RecoverySummary Summary; // written beside the version for the recovery list
    RecoveryLock Lock;
    bool WriteLock = false; // the first version of a set, or the map got another path/name
    bool RemoveVersions = false; // instead of writing: remove the versions (saved) or the set
    bool RemoveLock = false;
};

struct Result
{
    Status Written;
    time_t When = 0;
};

struct Worker
{
    std::string Folder;
    std::thread Thread;
    std::mutex Mutex;
    std::condition_variable Wake;
    std::condition_variable Idle;
    std::deque<Job> Jobs;
    bool Busy = false;
    bool Stop = false;
    bool HasResult = false;
    Result Last;
    void (*WakeLoop)() = nullptr;

    void Run()
    {
        std::unique_lock<std::mutex> lock(Mutex);
        for (;;)
        {
            Wake.wait(lock, [&] { return Stop || !Jobs.empty(); });
            if (Jobs.empty())
                break; // stopping with nothing left
            Job job = std::move(Jobs.front());
            Jobs.pop_front();
            Busy = true;
            lock.unlock();
            Result result = Do(job);
            lock.lock();
            Busy = false;
            if (!job.RemoveVersions)
            {
                Last = result;
                HasResult = true;
                if (WakeLoop)
                    WakeLoop(); // the status bar shows the result without waiting for input
            }
            if (Jobs.empty())
                Idle.notify_all();
        }
        Idle.notify_all();
    }

    Result Do(const Job& job)
    {
        Result result;
        result.When = std::time(nullptr);
        if (job.RemoveVersions)
        {
            RemoveRecoverySet(Folder, job.Key, !job.RemoveLock);
            return result;
        }
        result.Written = EnsureRecoveryFolder(Folder);
        if (result.Written && job.WriteLock)
            result.Written = WriteRecoveryLock(Folder, job.Key, job.Lock);
        if (result.Written)
            result.Written = WriteRecoveryVersion(Folder, job.Key, job.Seq, job.Bytes, job.Summary);
        return result;
    }

    void Submit(Job job)
    {
        std::lock_guard<std::mutex> lock(Mutex);
        // A newer version makes a queued, not yet written one pointless.
        if (!job.RemoveVersions)
            for (auto it = Jobs.begin(); it != Jobs.end();)
                it = (!it->RemoveVersions && !it->WriteLock && it->Key == job.Key) ? Jobs.erase(it) : std::next(it);
        Jobs.push_back(std::move(job));
        Wake.notify_one();
    }

    void Flush()
    {
        std::unique_lock<std::mutex> lock(Mutex);
        Idle.wait(lock, [&] { return Jobs.empty() && !Busy; });
    }
};
} // namespace

// The autosave of one session: its recovery set, when the next write is due, and the worker.
struct AutosaveTracker
{
    Worker* W = nullptr;        // owned: stopped and deleted with the tracker
    double Interval = 30.0;     // seconds
    std::string Key;            // the set of the current document; empty until its first autosave
    unsigned Serial = 0;        // Session::DocumentSerial of the document the key belongs to
    bool Tracking = false;
    int NextSeq = 1;
    double DueAt = -1.0;        // when the next autosave is due; < 0: nothing pending
    bool WasDirty = false;
    std::string LastBytes;      // what was autosaved last: an unchanged map is not written again
    std::string LockedPath, LockedName; // what the lock file says
    bool HasVersions = false;   // versions of Key may exist on disk
    bool HasLock = false;       // the lock of Key may exist on disk

    ~AutosaveTracker()
    {
        if (!W)
            return;
        {
            std::lock_guard<std::mutex> lock(W->Mutex);
            W->Stop = true;
            W->Wake.notify_one();
        }
        W->Thread.join(); // what was submitted is written first
        delete W;
    }
};

namespace
{


void RemoveCurrentSet(AutosaveTracker& tracker, bool keep_lock)
{
    if (!tracker.W || tracker.Key.empty() || (!tracker.HasVersions && (keep_lock || !tracker.HasLock)))
        return;
    Job job;
    job.Key = tracker.Key;
    job.RemoveVersions = true;
    job.RemoveLock = !keep_lock;
    tracker.W->Submit(std::move(job));
    tracker.HasVersions = false;
    tracker.LastBytes.clear();
    if (!keep_lock)
    {
        tracker.HasLock = false;
        tracker.LockedPath.clear(), tracker.LockedName.clear();
    }
}

void ReportResult(AppState& app)
{
    AutosaveTracker& tracker = *app.Session.Autosave;
    Result result;
    {
        std::lock_guard<std::mutex> lock(tracker.W->Mutex);
        if (!tracker.W->HasResult)
            return;
        tracker.W->HasResult = false;
        result = tracker.W->Last;
    }
    if (result.Written)
    {
        char when[16];
        std::strftime(when, sizeof(when), "%H:%M:%S", std::localtime(&result.When));
        SetStatusFormat(app, "autosave.done", when);
    }
    else
    {
        const Status failed = result.Written;
        SetStatus(app, [failed] { return std::string(Tr("autosave.failed")) + " " + failed.Text(IsDutch()); });
    }
}

void AutosaveNow(AppState& app)
{
    AutosaveTracker& tracker = *app.Session.Autosave;
    std::string bytes;
    const Status checked = SaveDocumentChecked(app.Session.Doc, &bytes); // never a version that would not open
    if (!checked)
    {
        SetStatus(app, [checked] { return std::string(Tr("autosave.failed")) + " " + checked.Text(IsDutch()); });
        return;
    }
    if (bytes == tracker.LastBytes)
        return;
    Job job;
    if (tracker.Key.empty())
        tracker.Key = NewRecoveryKey();
    job.Key = tracker.Key;
    job.Seq = tracker.NextSeq++;
    if (app.Session.Path != tracker.LockedPath || app.Session.DisplayName != tracker.LockedName || !tracker.HasVersions)
    {
        job.WriteLock = true;
        job.Lock = LockForThisProcess(app.Session.Path, app.Session.DisplayName);
        tracker.LockedPath = app.Session.Path;
        tracker.LockedName = app.Session.DisplayName;
        tracker.HasLock = true;
    }
    tracker.LastBytes = bytes;
    job.Bytes = std::move(bytes);
    job.Summary = SummarizeForRecovery(app.Session.Doc);
    tracker.HasVersions = true;
    tracker.W->Submit(std::move(job));
}
} // namespace

void AutosaveBegin(AppState& app, int interval_seconds, const std::string& folder, void (*wake)())
{
    if (app.Session.Autosave)
        return;
    app.Session.Autosave = std::make_shared<AutosaveTracker>();
    AutosaveTracker& tracker = *app.Session.Autosave;
    tracker.Interval = interval_seconds;
    Worker* worker = tracker.W = new Worker();
    worker->Folder = folder;
    worker->WakeLoop = wake;
    worker->Thread = std::thread([worker] { worker->Run(); });
}

void AutosaveTick(AppState& app, double now, bool focus_lost)
{
    if (!app.Session.Autosave)
        return;
    AutosaveTracker& tracker = *app.Session.Autosave;
    ReportResult(app);
    if (!tracker.Tracking || app.Session.DocumentSerial != tracker.Serial)
    {
        // Another document replaced this one, after the user settled its unsaved changes.
        RemoveCurrentSet(tracker, false);
        tracker.Key.clear();
        tracker.NextSeq = 1;
        tracker.Serial = app.Session.DocumentSerial;
        tracker.Tracking = true;
        tracker.DueAt = -1.0;
        tracker.WasDirty = false;
    }
    if (!app.Session.Dirty)
    {
        if (tracker.WasDirty)
            RemoveCurrentSet(tracker, true); // saved: the file on disk holds the work now
        tracker.WasDirty = false;
        tracker.DueAt = -1.0;
        return;
    }
    if (!tracker.WasDirty)
        tracker.DueAt = tracker.Interval > 0 ? now + tracker.Interval : -1.0;
    tracker.WasDirty = true;
    const bool due = tracker.DueAt >= 0.0 && now >= tracker.DueAt;
    if (due || focus_lost)
    {
        AutosaveNow(app);
        tracker.DueAt = tracker.Interval > 0 ? now + tracker.Interval : -1.0;
    }
}

double AutosaveSecondsUntilDue(const AppState& app, double now)
{
    if (!app.Session.Autosave || !app.Session.Dirty)
        return -1.0;
    const AutosaveTracker& tracker = *app.Session.Autosave;
    if (!tracker.WasDirty) // the first edit was just made: the next tick starts the timer
        return 0.0;
    if (tracker.DueAt < 0.0)
        return -1.0;
    return tracker.DueAt > now ? tracker.DueAt - now : 0.0;
}

void AutosaveAdopt(const AppState& app, const std::string& key)
{
    if (!app.Session.Autosave)
        return;
    AutosaveTracker& tracker = *app.Session.Autosave;
    RemoveCurrentSet(tracker, false);
    tracker.Key = key;
    tracker.Serial = app.Session.DocumentSerial;
    tracker.Tracking = true;
    const std::vector<RecoveryVersion> versions = ListRecoveryVersions(tracker.W->Folder, key, false);
    tracker.NextSeq = versions.empty() ? 1 : versions[0].Seq + 1;
    tracker.HasVersions = !versions.empty();
    tracker.WasDirty = false; // the next tick starts the timer
    tracker.LastBytes = SaveDocumentToString(app.Session.Doc);
    // The set is ours now: a lock naming this process, so a second instance does not offer it.
    // Written here, not on the worker: the dialog is waiting anyway, and it is a few bytes.
    WriteRecoveryLock(tracker.W->Folder, key, LockForThisProcess(app.Session.Path, app.Session.DisplayName));
    tracker.HasLock = true;
    tracker.LockedPath = app.Session.Path;
    tracker.LockedName = app.Session.DisplayName;
}

void AutosaveEnd(AppState& app, bool clean)
{
    if (!app.Session.Autosave)
        return;
    if (clean)
        RemoveCurrentSet(*app.Session.Autosave, false);
    app.Session.Autosave.reset(); // the worker writes what it has, then stops
}

void AutosaveFlushForTesting(const AppState& app)
{
    if (app.Session.Autosave)
        app.Session.Autosave->W->Flush();
}

std::string AutosaveCurrentKey(const AppState& app) { return app.Session.Autosave ? app.Session.Autosave->Key : std::string(); }
