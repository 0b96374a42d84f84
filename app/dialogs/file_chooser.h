// The desktop's file dialog: zenity (Debian's package), run as a child process so the canvas
// keeps drawing while the dialog is open; its answer is picked up by polling once per frame.
// When zenity is missing or cannot start (no desktop), the caller falls back to the in-app prompt.
// JB_FILE_DIALOG=builtin in the environment always uses the in-app prompt (the window tests do).
#pragma once
#include <string>

struct FileChooser
{
    int Pid = -1;          // the zenity process; -1 when no dialog is open
    int OutFd = -1;        // its standard output: the chosen path
    int ErrFd = -1;        // its standard error: tells a failed start from a cancel
    bool IsSave = false;   // Save As (true) or Open
    std::string Output;    // read so far
    std::string Errors;
    bool Running() const { return Pid > 0; }
};

// Opens the dialog; false when it cannot (zenity missing, turned off, or already open).
bool StartFileChooser(FileChooser& chooser, bool save, const std::string& start_path, const char* title);

enum class ChooserState
{
    Running,   // still open
    Chosen,    // *path holds the chosen file
    Cancelled, // the user closed it
    Failed,    // zenity could not show a dialog: use the in-app prompt
};
ChooserState PollFileChooser(FileChooser& chooser, std::string* path);
// Closes an open dialog (when the app quits).
void StopFileChooser(FileChooser& chooser);
