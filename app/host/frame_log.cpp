#include "host/frame_log.h"

#include <cstdlib>
#include <time.h>

void FrameLog::OpenFromEnvironment()
{
    const char* path = std::getenv("JB_FRAME_LOG");
    if (!path || !path[0])
        return;
    File = std::fopen(path, "a");
    if (!File)
        std::fprintf(stderr, "journeyboard: cannot write the frame log %s\n", path);
}

void FrameLog::Log()
{
    if (!File)
        return;
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    std::fprintf(File, "%lld.%09ld\n", (long long)now.tv_sec, now.tv_nsec);
    std::fflush(File); // a script reads it while the app runs, and may end it by a signal
}

void FrameLog::Close()
{
    if (File)
        std::fclose(File);
    File = nullptr;
}
