// JB_FRAME_LOG=FILE makes the app append one line per frame it draws: the wall-clock time in
// seconds. Scripts count frames with it (frames per second during a drag, none while idle).
#pragma once
#include <cstdio>

struct FrameLog
{
    FILE* File = nullptr;
    // Opens the file named by JB_FRAME_LOG, if set; a file that cannot be opened is reported once.
    void OpenFromEnvironment();
    // Appends the time of a frame just presented; does nothing without a log.
    void Log();
    void Close();
    ~FrameLog() { Close(); }
};
