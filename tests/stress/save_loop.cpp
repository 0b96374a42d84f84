// Saves a map over and over until it is killed: the victim of tests/stress/kill_save.sh, which
// kills it with SIGKILL at random moments and checks that what is on disk always loads.
//   journeyboard_save_loop save FILE        SaveDocumentToFile (the app's Save), two versions in turn
//   journeyboard_save_loop autosave FOLDER  the app's autosave worker into a recovery folder
// Version "A" is the worked example; version "B" carries a large remark so writes take longer
// and a kill lands inside one more often.
#include "session/app_state.h"
#include "session/autosave.h"
#include "example.h"
#include "file_json.h"

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3 || (std::strcmp(argv[1], "save") != 0 && std::strcmp(argv[1], "autosave") != 0))
    {
        std::fprintf(stderr, "usage: journeyboard_save_loop save FILE | autosave FOLDER\n");
        return 2;
    }
    Document a = MakeExampleDocument();
    a.Title = "A";
    Document b = a;
    b.Title = "B";
    b.Remark = std::string(2 << 20, 'b');
    const bool autosave = std::strcmp(argv[1], "autosave") == 0;
    if (!autosave)
    {
        for (unsigned long i = 0;; i++)
        {
            const Status st = SaveDocumentToFile(argv[2], i % 2 ? b : a);
            if (!st)
            {
                std::fprintf(stderr, "error: %s\n", st.Message.c_str());
                return 1;
            }
            if (i == 0)
                std::puts("ready"), std::fflush(stdout);
        }
    }
    AppState app;
    AutosaveBegin(app, 1, argv[2]);
    app.Session.Doc = a;
    app.Session.Dirty = true;
    for (unsigned long i = 0;; i++)
    {
        app.Session.Doc = i % 2 ? b : a;
        app.Session.Doc.Scope = std::to_string(i); // every version differs, so every tick writes
        AutosaveTick(app, (double)i, true);
        AutosaveFlushForTesting(app);
        if (i == 0)
            std::puts("ready"), std::fflush(stdout);
    }
}
