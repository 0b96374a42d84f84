#include "host/frame_log.h"

#include <cstdio>
#include <cstdlib>
#include <time.h>

namespace
{
FILE* g_frame_log = nullptr;
}

void OpenFrameLogFromEnvironment()
{
    const char* path = std::getenv("JB_FRAME_LOG");
    if (!path || !path[0])
        return;
    g_frame_log = std::fopen(path, "a");
    if (!g_frame_log)
        std::fprintf(stderr, "journeyboard: cannot write the frame log %s\n", path);
}

void LogFrame()
{
    if (!g_frame_log)
        return;
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    std::fprintf(g_frame_log, "%lld.%09ld\n", (long long)now.tv_sec, now.tv_nsec);
    std::fflush(g_frame_log); // a script reads it while the app runs, and may end it by a signal
}

void CloseFrameLog()
{
    if (g_frame_log)
        std::fclose(g_frame_log);
    g_frame_log = nullptr;
}
