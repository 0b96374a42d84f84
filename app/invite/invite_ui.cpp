// The facilitator's controls for the participants' page.
#include "invite/invite_ui.h"

#include "invite/invitation.h"
#include "text/i18n.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

bool StartInvitingFromApp(AppState& app, const std::string& address)
{
    Invitation& inv = app.Invite;
    inv.Addresses = ListNetAddresses();
    std::string chosen = address;
    if (chosen.empty())
    {
        const char* forced = std::getenv("JB_INVITE_ADDRESS"); // tests keep all traffic on 127.0.0.1
        chosen = forced && forced[0] ? forced : DefaultInviteAddress(inv.Addresses);
    }
    const Status started = StartInviting(inv, chosen, app.WakeFrameLoop ? std::function<void()>(app.WakeFrameLoop) : nullptr);
    if (!started)
    {
        app.ErrorText = started.Text(IsDutch());
        return false;
    }
    const std::string url = inv.Server.Url();
    SetStatus(app, [url] { return std::string(Tr("status.inviting")) + url; });
    return true;
}

void StopInvitingFromApp(AppState& app)
{
    if (!Inviting(app.Invite))
        return;
    StopInviting(app.Invite);
    SetStatusKey(app, "status.invite_stopped");
}

void InviteFrame(AppState& app)
{
    if (!Inviting(app.Invite))
        return;
    // The page opens in Dutch, the workshop's language, whatever the facilitator's menus say;
    // participants switch to English on the page itself.
    InviteArrivals got = InviteTick(app.Invite, app.Session.Doc, app.MainView.SituationIndex, false,
                                    [&] { CommitEdit(app.Session); });
    if (got.Notes + got.Held + got.Dots == 0)
        return;
    const char* key = got.Held > 0 ? "status.invite_held" : got.Notes > 0 ? "status.invite_notes" : "status.invite_dots";
    const int count = got.Held > 0 ? (int)app.Invite.Held.Items().size() : got.Notes > 0 ? got.Notes : got.Dots;
    SetStatusCounts(app, key, count);
    if (got.Notes + got.Dots > 0)
        app.AutosaveNow = true; // acknowledged on the phone: on disk as soon as possible
}

void DrawInviteOnView(const Invitation& inv, const Rect& canvas, ImFont* font, ImDrawList* draw)
{
    if (!Inviting(inv) || !inv.ShowCode)
        return;
    const float side = std::min(canvas.Height() * 0.42f, canvas.Width() * 0.3f);
    if (side < 120.0f)
        return;
    const float margin = 16.0f;
    DrawInvitationCode(inv, draw, font ? font : ImGui::GetFont(), canvas.Max.x - margin, canvas.Min.y + margin, side,
                       inv.Server.ActiveParticipants());
}

void DrawInviteOnCanvas(AppState& app)
{
    DrawInviteOnView(app.Invite, app.MainView.CanvasRect, app.MainView.Fonts.Ui, ImGui::GetWindowDrawList());
}

std::string InviteStatusText(const AppState& app)
{
    if (!Inviting(app.Invite))
        return {};
    char text[160];
    std::snprintf(text, sizeof text, Tr("status.participants"), app.Invite.Server.ActiveParticipants());
    std::string out = text;
    if (!app.Invite.Held.Items().empty())
    {
        std::snprintf(text, sizeof text, Tr("status.inbox_count"), (int)app.Invite.Held.Items().size());
        out += text;
    }
    return out;
}

void ShowInvitePanel(AppState& app)
{
    if (!app.InvitePanelOpen)
        return;
    Invitation& inv = app.Invite;
    if (inv.Addresses.empty())
        inv.Addresses = ListNetAddresses();
    ImGui::SetNextWindowSize(ImVec2(560, 520), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin(Tr("invite.panel_title"), &app.InvitePanelOpen, ImGuiWindowFlags_NoCollapse))
    {
        ImGui::End();
        return;
    }
    ImGui::TextWrapped("%s", Tr("invite.explain"));
    ImGui::Spacing();
    const bool running = Inviting(inv);
    ImGui::TextUnformatted(Tr("invite.address"));
    const std::string current = running ? inv.Address : (inv.Address.empty() ? DefaultInviteAddress(inv.Addresses) : inv.Address);
    for (const NetAddress& a : inv.Addresses)
    {
        const std::string label = a.Address + "  (" + a.Interface + (a.Loopback ? std::string(", ") + Tr("invite.this_computer_only") : "") + ")";
        if (ImGui::RadioButton(label.c_str(), current == a.Address) && current != a.Address)
        {
            inv.Address = a.Address;
            if (running) // another address is another invitation: a new token too
                StartInvitingFromApp(app, a.Address);
        }
    }
    ImGui::Spacing();
    if (!running)
    {
        if (ImGui::Button(Tr("invite.start")))
            StartInvitingFromApp(app, current);
    }
    else
    {
        ImGui::TextUnformatted(inv.Server.Url().c_str());
        if (ImGui::Button(Tr("invite.stop")))
            StopInvitingFromApp(app);
        ImGui::SameLine();
        ImGui::Checkbox(Tr("invite.show_code"), &inv.ShowCode);
    }
    bool inbox = inv.Inbox;
    if (ImGui::Checkbox(Tr("invite.inbox_mode"), &inbox))
    {
        inv.Inbox = inbox;
    }
    if (!inv.Held.Items().empty())
    {
        ImGui::Separator();
        ImGui::TextUnformatted(Tr("invite.inbox"));
        for (size_t i = 0; i < inv.Held.Items().size(); i++)
        {
            const HeldNote& note = inv.Held.Items()[i];
            ImGui::PushID((int)i);
            if (ImGui::Button(Tr("invite.accept")))
            {
                if (AcceptHeldNote(inv, i, app.Session.Doc))
                {
                    CommitEdit(app.Session);
                    app.AutosaveNow = true;
                }
                ImGui::PopID();
                break; // the list changed under us: the rest next frame
            }
            ImGui::SameLine();
            if (ImGui::Button(Tr("invite.reject")))
            {
                RejectHeldNote(inv, i);
                ImGui::PopID();
                break;
            }
            ImGui::SameLine();
            ImGui::TextWrapped("[%s] %s", NoteKindName(note.Kind), note.Text.c_str());
            ImGui::PopID();
        }
    }
    ImGui::End();
}
