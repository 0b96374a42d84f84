// Start-up with a full recovery folder (issue #11, item 5): the recovery dialog's list is made
// before the first frame, so the time to the first frame is the list plus one frame. The folder
// holds two crashed sets of ten autosaves of the stress map each (what a long workshop on a large
// map leaves behind); the list reads only their summaries.
#include "bench.h"

#include "dialogs/recovery_dialog.h"
#include "file_json.h"
#include "host/headless.h"
#include "recovery.h"
#include "stress_map.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

JB_BENCH(BenchRecoveryStart)
{
    char pattern[] = "/tmp/jb-bench-recovery.XXXXXX";
    const char* made = mkdtemp(pattern);
    if (!made)
        return;
    const std::string folder = made;
    const Document doc = MakeStressDocument();
    const std::string bytes = SaveDocumentToString(doc);
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0); // its pid names a process that has ended: the sets look crashed
    double folder_bytes = 0.0;
    for (const char* key : {"100-1-1", "200-2-1"})
    {
        for (int seq = 1; seq <= MaxRecoveryVersions; seq++)
        {
            if (!WriteRecoveryVersion(folder, key, seq, bytes, SummarizeForRecovery(doc)))
                std::fprintf(stderr, "bench: cannot write an autosave in %s\n", folder.c_str());
            folder_bytes += (double)bytes.size();
        }
        RecoveryLock lock = LockForThisProcess(folder + "/stress.cjm.json", "stress.cjm.json");
        lock.Pid = (long)child;
        WriteRecoveryLock(folder, key, lock);
    }
    ReportBench("recovery_folder_mb", folder_bytes / 1e6, "MB");

    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    OpenExample(app);
    size_t versions = 0;
    ReportBench("start_recovery_first_frame_ms", MedianMilliseconds(options, [&] {
                    OpenRecoveryDialog(app, folder, true); // what the app does before its first frame
                    BuildHeadlessFrame(app);
                    versions = 0;
                    for (const RecoverySet& set : app.Recovery.Sets)
                        versions += set.Versions.size();
                }), "ms");
    if (versions != 2 * (size_t)MaxRecoveryVersions)
        std::fprintf(stderr, "bench: the recovery dialog lists %zu versions, not %d\n", versions, 2 * MaxRecoveryVersions);
    DestroyHeadlessContext(ctx);
    RemoveRecoverySet(folder, "100-1-1");
    RemoveRecoverySet(folder, "200-2-1");
    rmdir(folder.c_str());
}
