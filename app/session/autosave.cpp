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
            result.Written = WriteRecoveryVersion(Folder, job.Key, job.Seq, job.Bytes);
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

// The autosave of this process: one window, one document at a time.
struct AutosaveTracker
{
    Worker* W = nullptr;
    double Interval = 30.0;     // seconds
    std::string Key;            // the set of the current document; empty until its first autosave
    unsigned Serial = 0;        // AppState::DocumentSerial of the document the key belongs to
    bool Tracking = false;
    int NextSeq = 1;
    double DueAt = -1.0;        // when the next autosave is due; < 0: nothing pending
    bool WasDirty = false;
    std::string LastBytes;      // what was autosaved last: an unchanged map is not written again
    std::string LockedPath, LockedName; // what the lock file says
    bool HasVersions = false;   // versions of Key may exist on disk
    bool HasLock = false;       // the lock of Key may exist on disk
};

AutosaveTracker g_session;

void RemoveCurrentSet(bool keep_lock)
{
    if (!g_session.W || g_session.Key.empty() || (!g_session.HasVersions && (keep_lock || !g_session.HasLock)))
        return;
    Job job;
    job.Key = g_session.Key;
    job.RemoveVersions = true;
    job.RemoveLock = !keep_lock;
    g_session.W->Submit(std::move(job));
    g_session.HasVersions = false;
    g_session.LastBytes.clear();
    if (!keep_lock)
    {
        g_session.HasLock = false;
        g_session.LockedPath.clear(), g_session.LockedName.clear();
    }
}

void ReportResult(AppState& app)
{
    Result result;
    {
        std::lock_guard<std::mutex> lock(g_session.W->Mutex);
        if (!g_session.W->HasResult)
            return;
        g_session.W->HasResult = false;
        result = g_session.W->Last;
    }
    if (result.Written)
    {
        char when[16];
        std::strftime(when, sizeof(when), "%H:%M:%S", std::localtime(&result.When));
        char text[256];
        std::snprintf(text, sizeof(text), Tr("autosave.done"), when);
        app.StatusText = text;
    }
    else
        app.StatusText = std::string(Tr("autosave.failed")) + " " + result.Written.Text(IsDutch());
}

void AutosaveNow(AppState& app)
{
    std::string bytes = SaveDocumentToString(app.Session.Doc);
    if (bytes == g_session.LastBytes)
        return;
    Job job;
    if (g_session.Key.empty())
        g_session.Key = NewRecoveryKey();
    job.Key = g_session.Key;
    job.Seq = g_session.NextSeq++;
    if (app.Session.Path != g_session.LockedPath || app.Session.DisplayName != g_session.LockedName || !g_session.HasVersions)
    {
        job.WriteLock = true;
        job.Lock = LockForThisProcess(app.Session.Path, app.Session.DisplayName);
        g_session.LockedPath = app.Session.Path;
        g_session.LockedName = app.Session.DisplayName;
        g_session.HasLock = true;
    }
    g_session.LastBytes = bytes;
    job.Bytes = std::move(bytes);
    g_session.HasVersions = true;
    g_session.W->Submit(std::move(job));
}
} // namespace

void AutosaveBegin(int interval_seconds, const std::string& folder, void (*wake)())
{
    if (g_session.W)
        return;
    g_session = AutosaveTracker();
    g_session.Interval = interval_seconds;
    g_session.W = new Worker();
    g_session.W->Folder = folder;
    g_session.W->WakeLoop = wake;
    g_session.W->Thread = std::thread([] { g_session.W->Run(); });
}

void AutosaveTick(AppState& app, double now, bool focus_lost)
{
    if (!g_session.W)
        return;
    ReportResult(app);
    if (!g_session.Tracking || app.Session.DocumentSerial != g_session.Serial)
    {
        // Another document replaced this one, after the user settled its unsaved changes.
        RemoveCurrentSet(false);
        g_session.Key.clear();
        g_session.NextSeq = 1;
        g_session.Serial = app.Session.DocumentSerial;
        g_session.Tracking = true;
        g_session.DueAt = -1.0;
        g_session.WasDirty = false;
    }
    if (!app.Session.Dirty)
    {
        if (g_session.WasDirty)
            RemoveCurrentSet(true); // saved: the file on disk holds the work now
        g_session.WasDirty = false;
        g_session.DueAt = -1.0;
        return;
    }
    if (!g_session.WasDirty)
        g_session.DueAt = g_session.Interval > 0 ? now + g_session.Interval : -1.0;
    g_session.WasDirty = true;
    const bool due = g_session.DueAt >= 0.0 && now >= g_session.DueAt;
    if (due || focus_lost)
    {
        AutosaveNow(app);
        g_session.DueAt = g_session.Interval > 0 ? now + g_session.Interval : -1.0;
    }
}

double AutosaveSecondsUntilDue(const AppState& app, double now)
{
    if (!g_session.W || !app.Session.Dirty)
        return -1.0;
    if (!g_session.WasDirty) // the first edit was just made: the next tick starts the timer
        return 0.0;
    if (g_session.DueAt < 0.0)
        return -1.0;
    return g_session.DueAt > now ? g_session.DueAt - now : 0.0;
}

void AutosaveAdopt(const AppState& app, const std::string& key)
{
    if (!g_session.W)
        return;
    RemoveCurrentSet(false);
    g_session.Key = key;
    g_session.Serial = app.Session.DocumentSerial;
    g_session.Tracking = true;
    const std::vector<RecoveryVersion> versions = ListRecoveryVersions(g_session.W->Folder, key, false);
    g_session.NextSeq = versions.empty() ? 1 : versions[0].Seq + 1;
    g_session.HasVersions = !versions.empty();
    g_session.WasDirty = false; // the next tick starts the timer
    g_session.LastBytes = SaveDocumentToString(app.Session.Doc);
    // The set is ours now: a lock naming this process, so a second instance does not offer it.
    // Written here, not on the worker: the dialog is waiting anyway, and it is a few bytes.
    WriteRecoveryLock(g_session.W->Folder, key, LockForThisProcess(app.Session.Path, app.Session.DisplayName));
    g_session.HasLock = true;
    g_session.LockedPath = app.Session.Path;
    g_session.LockedName = app.Session.DisplayName;
}

void AutosaveEnd(bool clean)
{
    if (!g_session.W)
        return;
    if (clean)
        RemoveCurrentSet(false);
    {
        std::lock_guard<std::mutex> lock(g_session.W->Mutex);
        g_session.W->Stop = true;
        g_session.W->Wake.notify_one();
    }
    g_session.W->Thread.join();
    delete g_session.W;
    g_session = AutosaveTracker();
}

void AutosaveFlushForTesting()
{
    if (g_session.W)
        g_session.W->Flush();
}

std::string AutosaveCurrentKey() { return g_session.Key; }
