// Presentation mode's rows of the command table: F5, the View menu and the projector window. The stepping keys
// (Right, PageDown, Space / Left, PageUp, Backspace / Home, End, 1-9, Escape) only mean
// something while presenting and are read in present/presentation.cpp, before the table's
// shortcuts, so Backspace steps back there instead of deleting.
#include "commands/command_table.h"

#include "input/keys.h"
#include "present/presentation.h"

namespace
{
bool NotPresenting(const AppState& app) { return !app.MainView.Present.Active; }
} // namespace

void AddPresentCommands(CommandTable& t)
{
    const char* menu = "menu.view";
    t.Add("view.present", "menu.present", [](AppState& app) { EnterPresentation(app.Session, app.MainView); })
        .In(menu, true).Key(Plain(Key_F5)).When(NotPresenting).Help(HelpGroup::View, "help.present");
    t.Add("view.present_moments", "menu.present_moments", [](AppState& app) {
        EnterPresentation(app.Session, app.MainView);
        app.MainView.Present.MomentSteps = true;
    }).In(menu).When(NotPresenting);
    // The window itself is opened and closed by the frame loop (host/projector_window.h).
    t.Add("view.projector_window", "menu.projector_window", [](AppState& app) { app.ProjectorWanted = !app.ProjectorWanted; })
        .In(menu)
        .Check([](const AppState& app) { return app.ProjectorWanted; }); // no key: not in the F1 overview
}
