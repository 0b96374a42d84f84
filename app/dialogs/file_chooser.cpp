#include "dialogs/file_chooser.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

static bool BuiltinOnly()
{
    const char* choice = std::getenv("JB_FILE_DIALOG");
    return choice && std::strcmp(choice, "builtin") == 0;
}

static void CloseFd(int& fd)
{
    if (fd >= 0)
        close(fd);
    fd = -1;
}

bool StartFileChooser(FileChooser& chooser, bool save, const std::string& start_path, const char* title)
{
    if (chooser.Running() || BuiltinOnly())
        return false;
    int out_pipe[2], err_pipe[2];
    if (pipe(out_pipe) != 0)
        return false;
    if (pipe(err_pipe) != 0)
    {
        close(out_pipe[0]), close(out_pipe[1]);
        return false;
    }
    std::vector<std::string> args = {"zenity", "--file-selection", std::string("--title=") + title,
                                     "--filename=" + start_path,
                                     "--file-filter=JourneyBoard (*.cjm.json) | *.cjm.json *.json",
                                     "--file-filter=* | *"};
    if (save)
        args.insert(args.begin() + 2, {"--save", "--confirm-overwrite"});
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
    posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
    pid_t pid = -1;
    const int spawned = posix_spawnp(&pid, "zenity", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out_pipe[1]), close(err_pipe[1]);
    if (spawned != 0) // not installed
    {
        close(out_pipe[0]), close(err_pipe[0]);
        return false;
    }
    // Read without blocking: the UI thread polls once per frame.
    fcntl(out_pipe[0], F_SETFL, fcntl(out_pipe[0], F_GETFL) | O_NONBLOCK);
    fcntl(err_pipe[0], F_SETFL, fcntl(err_pipe[0], F_GETFL) | O_NONBLOCK);
    chooser.Pid = pid;
    chooser.OutFd = out_pipe[0];
    chooser.ErrFd = err_pipe[0];
    chooser.IsSave = save;
    chooser.Output.clear();
    chooser.Errors.clear();
    return true;
}

static void Drain(int fd, std::string* into)
{
    char buffer[4096];
    for (;;)
    {
        const ssize_t n = fd >= 0 ? read(fd, buffer, sizeof(buffer)) : 0;
        if (n <= 0)
            return;
        if (into->size() < 65536) // a path, or a few warnings: more is noise
            into->append(buffer, (size_t)n);
    }
}

ChooserState PollFileChooser(FileChooser& chooser, std::string* path)
{
    if (!chooser.Running())
        return ChooserState::Cancelled;
    Drain(chooser.OutFd, &chooser.Output);
    Drain(chooser.ErrFd, &chooser.Errors);
    int status = 0;
    const pid_t done = waitpid(chooser.Pid, &status, WNOHANG);
    if (done == 0)
        return ChooserState::Running;
    Drain(chooser.OutFd, &chooser.Output);
    Drain(chooser.ErrFd, &chooser.Errors);
    CloseFd(chooser.OutFd);
    CloseFd(chooser.ErrFd);
    chooser.Pid = -1;
    const int code = done > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::string chosen = chooser.Output;
    while (!chosen.empty() && (chosen.back() == '\n' || chosen.back() == '\r'))
        chosen.pop_back();
    if (code == 0 && !chosen.empty())
    {
        *path = chosen;
        return ChooserState::Chosen;
    }
    // zenity answers 1 both for Cancel and for "cannot open display"; only the latter says so.
    if (code == 1 && chooser.Errors.find("display") == std::string::npos)
        return ChooserState::Cancelled;
    return ChooserState::Failed;
}

void StopFileChooser(FileChooser& chooser)
{
    if (!chooser.Running())
        return;
    kill(chooser.Pid, SIGTERM);
    waitpid(chooser.Pid, nullptr, 0);
    chooser.Pid = -1;
    CloseFd(chooser.OutFd);
    CloseFd(chooser.ErrFd);
}
