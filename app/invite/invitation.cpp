// The frame loop's part of an invitation: publish the page's view, apply what arrived, draw
// the code.
#include "invite/invitation.h"

#include "edit.h"
#include "text/i18n.h"
#include "voting.h"

#include <imgui.h>

#include <cstdio>

namespace
{
bool SameView(const InviteView& a, const InviteView& b)
{
    if (a.Title != b.Title || a.Round != b.Round || a.DotsPerVoter != b.DotsPerVoter || a.English != b.English ||
        a.Phases.size() != b.Phases.size() || a.VoteNotes.size() != b.VoteNotes.size())
        return false;
    for (size_t i = 0; i < a.Phases.size(); i++)
    {
        const InvitePhase& p = a.Phases[i];
        const InvitePhase& q = b.Phases[i];
        if (p.Name != q.Name || p.Moments.size() != q.Moments.size())
            return false;
        for (size_t j = 0; j < p.Moments.size(); j++)
            if (p.Moments[j].Id != q.Moments[j].Id || p.Moments[j].Title != q.Moments[j].Title)
                return false;
    }
    for (size_t i = 0; i < a.VoteNotes.size(); i++)
        if (a.VoteNotes[i].Id != b.VoteNotes[i].Id || a.VoteNotes[i].Text != b.VoteNotes[i].Text ||
            a.VoteNotes[i].MomentTitle != b.VoteNotes[i].MomentTitle)
            return false;
    return true;
}

// The situation holding `moment`: participants may have loaded the page before the facilitator
// switched tabs.
int SituationOf(const Document& doc, MomentId moment, int preferred)
{
    if (preferred >= 0 && preferred < (int)doc.Situations.size() && FindMoment(doc.Situations[(size_t)preferred], moment))
        return preferred;
    for (size_t i = 0; i < doc.Situations.size(); i++)
        if (FindMoment(doc.Situations[i], moment))
            return (int)i;
    return -1;
}

// A participant's dot into the open round, in whichever situation holds the note; the voter is
// the participant's anonymous cookie id.
bool ApplyDot(Document& doc, const Submission& s)
{
    const VotingRound* round = OpenRound(doc);
    if (!round)
        return false;
    for (size_t i = 0; i < doc.Situations.size(); i++)
        if (FindNote(doc.Situations[i], s.Note))
            return s.Kind == SubmissionKind::AddDot ? AddVote(doc, (int)i, s.Note, round->Id, s.Participant)
                                                    : RemoveVote(doc, (int)i, s.Note, round->Id, s.Participant);
    return false;
}
} // namespace

void FillVoting(const Document& doc, int shown, InviteView* view)
{
    const VotingRound* round = OpenRound(doc);
    if (!round || shown < 0 || shown >= (int)doc.Situations.size())
        return;
    view->Round = round->Id.Value; // a new round is a new id: the server's dot ledger starts over
    view->DotsPerVoter = round->DotsPerPerson;
    const Situation& sit = doc.Situations[(size_t)shown];
    for (const Note& n : sit.Notes)
    {
        if (!RoundAllowsKind(*round, n.Kind) || n.Text.empty())
            continue;
        const Moment* m = n.Moment.IsValid() ? FindMoment(sit, n.Moment) : nullptr;
        view->VoteNotes.push_back({n.Id, n.Kind, n.Text, m ? m->Title : std::string()});
    }
}

bool Inviting(const Invitation& inv) { return inv.Server.Running(); }

Status StartInviting(Invitation& inv, const std::string& address, std::function<void()> wake)
{
    StopInviting(inv);
    const Status started = inv.Server.Start(address, 0, std::move(wake));
    if (!started)
        return started;
    inv.Address = address;
    inv.ViewPublished = false;
    if (!MakeQrCode(inv.Server.Url(), &inv.Qr))
    {
        inv.Server.Stop();
        return ErrorStatus("error.invite_qr");
    }
    inv.ShowCode = true;
    return Status::Success();
}

void StopInviting(Invitation& inv)
{
    inv.Server.Stop();
    inv.Qr = QrCode();
    inv.ViewPublished = false;
}

namespace
{
// Gives the server the page's view of the map when it changed since the last time.
void PublishIfChanged(Invitation& inv, const Document& doc, int shown, bool english)
{
    InviteView view = MakeInviteView(doc, shown);
    view.English = english;
    FillVoting(doc, shown, &view);
    if (inv.ViewPublished && SameView(view, inv.Published))
        return;
    inv.Published = view;
    inv.Server.Publish(std::move(view));
    inv.ViewPublished = true;
}
} // namespace

InviteArrivals InviteTick(Invitation& inv, Document& doc, int shown, bool english, const std::function<void()>& commit)
{
    InviteArrivals arrivals;
    if (!Inviting(inv))
        return arrivals;
    PublishIfChanged(inv, doc, shown, english);
    SubmissionQueue* queue = inv.Server.Submissions();
    std::vector<Submission> arrived = queue ? queue->Drain() : std::vector<Submission>();
    if (arrived.empty())
        return arrivals;
    std::vector<SubmissionOutcome> outcomes;
    bool dots_changed = false;
    for (const Submission& s : arrived)
    {
        SubmissionOutcome outcome = SubmissionOutcome::Refused;
        if (s.Kind == SubmissionKind::Note)
        {
            const int situation = SituationOf(doc, s.Moment, shown);
            if (situation < 0)
                outcome = SubmissionOutcome::Refused;
            else if (inv.Inbox)
                outcome = inv.Held.Hold({s.Moment, s.Type, s.Text}) ? SubmissionOutcome::Held : SubmissionOutcome::Refused;
            else if (AddParticipantNote(doc, situation, s.Type, s.Moment, s.Text, nullptr))
            {
                outcome = SubmissionOutcome::Added;
                commit(); // one undo step per note
            }
            if (outcome == SubmissionOutcome::Added)
                arrivals.Notes++;
            else if (outcome == SubmissionOutcome::Held)
                arrivals.Held++;
        }
        else if (ApplyDot(doc, s))
        {
            outcome = SubmissionOutcome::Added;
            dots_changed = true;
            arrivals.Dots++;
        }
        outcomes.push_back(outcome);
    }
    if (dots_changed)
        commit();
    // The page the phone loads next (after its redirect) must already show what it sent: publish
    // first, then answer.
    PublishIfChanged(inv, doc, shown, english);
    for (size_t i = 0; i < arrived.size(); i++)
        queue->Resolve(arrived[i].Ticket, outcomes[i]);
    return arrivals;
}

bool AcceptHeldNote(Invitation& inv, size_t index, Document& doc)
{
    if (index >= inv.Held.Items().size())
        return false;
    HeldNote note = inv.Held.Take(index);
    const int situation = SituationOf(doc, note.Moment, 0);
    return situation >= 0 && AddParticipantNote(doc, situation, note.Kind, note.Moment, note.Text, nullptr);
}

void RejectHeldNote(Invitation& inv, size_t index)
{
    if (index < inv.Held.Items().size())
        inv.Held.Take(index);
}

void DrawInvitationCode(const Invitation& inv, ImDrawList* draw, ImFont* font, float x_right, float y_top, float side,
                        int participants)
{
    if (!Inviting(inv) || !inv.ShowCode || inv.Qr.Size <= 0)
        return;
    const float pad = side * 0.04f;
    const float font_size = side * 0.075f;
    const float small_size = font_size * 0.7f;
    const ImVec2 card_min(x_right - side - 2 * pad, y_top);
    const ImVec2 card_max(x_right, y_top + side + 2 * pad + font_size * 1.25f + small_size * 2.6f);
    draw->AddRectFilled(card_min, card_max, IM_COL32(255, 255, 255, 255), pad);
    draw->AddRect(card_min, card_max, IM_COL32(60, 70, 90, 255), pad, 0, 2.0f);
    DrawQrCode(draw, inv.Qr, ImVec2(card_min.x + pad, card_min.y + pad), side);

    // The short address under the code, for phones without a camera app that reads codes.
    const std::string& address = inv.Server.ShortAddress();
    float y = card_min.y + pad + side;
    ImVec2 size = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, address.c_str());
    draw->AddText(font, font_size, ImVec2(card_min.x + (card_max.x - card_min.x - size.x) * 0.5f, y), IM_COL32(20, 24, 32, 255),
                  address.c_str());
    y += font_size * 1.25f;
    char line[160];
    std::snprintf(line, sizeof line, Tr("invite.code_caption"), participants);
    size = font->CalcTextSizeA(small_size, FLT_MAX, 0.0f, line);
    draw->AddText(font, small_size, ImVec2(card_min.x + (card_max.x - card_min.x - size.x) * 0.5f, y), IM_COL32(60, 70, 90, 255), line);
    y += small_size * 1.3f;
    if (inv.Inbox)
    {
        const char* inbox = Tr("invite.code_inbox");
        size = font->CalcTextSizeA(small_size, FLT_MAX, 0.0f, inbox);
        draw->AddText(font, small_size, ImVec2(card_min.x + (card_max.x - card_min.x - size.x) * 0.5f, y), IM_COL32(60, 70, 90, 255),
                      inbox);
    }
}
