// JourneyBoard: build Customer Journey Maps of a care pathway live, in front of the room.
#include "host/app_window.h"
#include "cli/cli.h"

int main(int argc, char** argv)
{
    WindowOptions window;
    const int code = RunCommandLine(argc, argv, &window);
    if (code >= 0)
        return code;
    return RunApp(window);
}
