// The Facilitate menu's rows for participants' phones (issue #15).
#include "commands/command_table.h"

#include "invite/invite_ui.h"

namespace
{
bool IsInviting(const AppState& app) { return Inviting(app.Invite); }
} // namespace

void AddInviteCommands(CommandTable& t)
{
    const char* menu = "menu.facilitate";
    t.Add("invite.open", "menu.invite", [](AppState& app) { app.InvitePanelOpen = true; })
        .In(menu)
        .Check([](const AppState& app) { return app.InvitePanelOpen; });
    t.Add("invite.start", "menu.invite_start", [](AppState& app) { StartInvitingFromApp(app); })
        .In(menu)
        .When([](const AppState& app) { return !IsInviting(app); });
    t.Add("invite.stop", "menu.invite_stop", StopInvitingFromApp).In(menu).When(IsInviting);
    t.Add("invite.show_code", "menu.invite_show_code", [](AppState& app) { app.Invite.ShowCode = !app.Invite.ShowCode; })
        .In(menu)
        .When(IsInviting)
        .Check([](const AppState& app) { return app.Invite.ShowCode; });
    t.Add("invite.inbox", "menu.invite_inbox", [](AppState& app) { app.Invite.Inbox = !app.Invite.Inbox; })
        .In(menu)
        .Check([](const AppState& app) { return app.Invite.Inbox; });
}
