// The participants' requests: the token gate's routes, the page, notes and dots, each handed to
// the frame loop and answered once it has.
#include "invite/invite_server_impl.h"

namespace
{
constexpr auto AnswerTimeout = std::chrono::seconds(5); // the frame loop answers within a frame or two

void AddSecurityHeaders(httplib::Response& res)
{
    for (const auto& [name, value] : InviteSecurityHeaders())
        res.set_header(name, value);
}

int StatusFor(PageMessage m)
{
    switch (m)
    {
    case PageMessage::BadForm: return 400;
    case PageMessage::NoMoment:
    case PageMessage::NoRound: return 409;
    case PageMessage::NoKind:
    case PageMessage::NoText:
    case PageMessage::TextTooLong:
    case PageMessage::NoDotsLeft: return 422;
    case PageMessage::TooFast: return 429;
    case PageMessage::Busy:
    case PageMessage::Ended: return 503;
    default: return 200;
    }
}

PageMessage MessageFor(NoteFormError e)
{
    switch (e)
    {
    case NoteFormError::NoMoment: return PageMessage::NoMoment;
    case NoteFormError::NoKind: return PageMessage::NoKind;
    case NoteFormError::NoText: return PageMessage::NoText;
    case NoteFormError::TextTooLong: return PageMessage::TextTooLong;
    case NoteFormError::None: break;
    }
    return PageMessage::None;
}

// The query string of the request's target, without the "?".
std::string Query(const httplib::Request& req)
{
    size_t q = req.target.find('?');
    return q == std::string::npos ? std::string() : req.target.substr(q + 1);
}
} // namespace

std::shared_ptr<const InviteView> InviteServerImpl::CurrentView() const
{
    std::lock_guard<std::mutex> lock(Mutex);
    return View;
}

std::string InviteServerImpl::Participant(const httplib::Request& req, httplib::Response& res, bool create)
{
    std::string id = ParticipantFromCookie(req.get_header_value("Cookie"));
    const double now = InviteNowSeconds();
    {
        std::lock_guard<std::mutex> lock(Mutex);
        if (!id.empty() && People.Known(id))
        {
            People.Touch(id, now);
            return id;
        }
    }
    if (!create)
        return {};
    std::string fresh;
    if (!MakeRandomToken(&fresh))
        return {};
    {
        std::lock_guard<std::mutex> lock(Mutex);
        if (!People.Add(fresh, now))
            return {};
    }
    if (Wake) // the status bar's count of participants changed
        Wake();
    // SameSite=Strict and the token's path: the cookie only ever goes back to this page.
    res.set_header("Set-Cookie", std::string(ParticipantCookieName) + "=" + fresh + "; Path=" + Base +
                                     "; HttpOnly; SameSite=Strict; Max-Age=86400");
    return fresh;
}

void InviteServerImpl::FillDots(const InviteView& view, const std::string& participant, PageRequest* r) const
{
    std::lock_guard<std::mutex> lock(Mutex);
    if (Dots.Round() != view.Round || participant.empty())
        return;
    r->DotsUsed = Dots.Used(participant);
    for (const InviteVoteNote& n : view.VoteNotes)
        if (int on = Dots.On(participant, n.Id))
            r->MyDots[n.Id] = on;
}

void InviteServerImpl::SendPage(httplib::Response& res, const InviteView& view, PageRequest r, const std::string& participant)
{
    r.Base = Base;
    FillDots(view, participant, &r);
    res.status = StatusFor(r.Message);
    res.set_content(RenderInvitePage(view, r), "text/html; charset=utf-8");
}

void InviteServerImpl::Redirect(httplib::Response& res, bool english, PageMessage m, MomentId moment)
{
    res.status = 303;
    res.set_header("Location", Base + PageQuery(english, m, moment));
}


void InviteServerImpl::Handle(const httplib::Request& req, httplib::Response& res)
{
    InviteRoute route = RouteInvitePath(req.path, req.method, Token);
    if (route == InviteRoute::NotFound)
    {
        res.status = 404;
        return;
    }
    AddSecurityHeaders(res);
    if (route == InviteRoute::Style)
    {
        res.set_content(InviteStyleSheet(), "text/css; charset=utf-8");
        return;
    }
    std::shared_ptr<const InviteView> view = CurrentView();
    PageRequest r;
    r.English = view->English;
    if (route == InviteRoute::Page)
    {
        ParsePageQuery(Query(req), &r);
        std::string who = Participant(req, res, true);
        SendPage(res, *view, r, who);
        return;
    }

    std::vector<FormField> fields;
    const bool form_type = req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0;
    if (!form_type || DecodeForm(req.body, &fields) != FormError::None)
    {
        r.Message = PageMessage::BadForm;
        SendPage(res, *view, r, {});
        return;
    }
    if (const std::string* lang = FindField(fields, "lang"))
        r.English = *lang == "en";
    std::string who = Participant(req, res, false);
    if (route == InviteRoute::Note)
        HandleNote(res, *view, fields, r, who, req, res);
    else
        HandleVote(res, *view, fields, r, who);
}

void InviteServerImpl::HandleNote(httplib::Response& res, const InviteView& view, const std::vector<FormField>& fields, PageRequest r,
                std::string who, const httplib::Request& req, httplib::Response& res_for_cookie)
{
    NoteForm note;
    NoteFormError error = ParseNoteForm(fields, &note);
    if (const std::string* text = FindField(fields, "text"))
        r.Draft = text->size() <= MaxParticipantTextBytes * 2 ? *text : std::string();
    r.Moment = note.Moment;
    if (const std::string* kind = FindField(fields, "kind"))
        r.Kind = *kind == "chance" ? NoteKind::Opportunity : NoteKind::PainPoint;
    if (who.empty())
    {
        // No cookie (the first visit went elsewhere, or cookies are off): hand one out and
        // let the participant press Send again, with the text still in the box.
        who = Participant(req, res_for_cookie, true);
        r.Message = PageMessage::Busy;
        SendPage(res, view, r, who);
        return;
    }
    if (error != NoteFormError::None)
    {
        r.Message = MessageFor(error);
        SendPage(res, view, r, who);
        return;
    }
    if (!ViewHasMoment(view, note.Moment))
    {
        r.Message = PageMessage::NoMoment;
        SendPage(res, view, r, who);
        return;
    }
    {
        std::lock_guard<std::mutex> lock(Mutex);
        if (!Limits.Allow(who, InviteNowSeconds()))
            r.Message = PageMessage::TooFast;
    }
    if (r.Message == PageMessage::TooFast)
    {
        SendPage(res, view, r, who);
        return;
    }
    Submission s;
    s.Kind = SubmissionKind::Note;
    s.Participant = who;
    s.Moment = note.Moment;
    s.Type = note.Kind;
    s.Text = note.Text;
    SubmissionOutcome outcome = PushAndWait(std::move(s));
    if (outcome == SubmissionOutcome::Added || outcome == SubmissionOutcome::Held)
    {
        Redirect(res, r.English, outcome == SubmissionOutcome::Added ? PageMessage::NoteSent : PageMessage::NoteHeld,
                 note.Moment);
        return;
    }
    if (outcome != SubmissionOutcome::TimedOut) // a timed-out note may still arrive: it counts
    {
        std::lock_guard<std::mutex> lock(Mutex);
        Limits.Refund(who);
    }
    r.Message = outcome == SubmissionOutcome::Refused ? PageMessage::NoMoment : PageMessage::Busy;
    SendPage(res, view, r, who);
}

void InviteServerImpl::HandleVote(httplib::Response& res, const InviteView& view, const std::vector<FormField>& fields, PageRequest r,
                const std::string& who)
{
    VoteForm vote;
    if (who.empty() || !ParseVoteForm(fields, &vote))
    {
        r.Message = who.empty() ? PageMessage::Busy : PageMessage::BadForm;
        SendPage(res, view, r, who);
        return;
    }
    {
        std::lock_guard<std::mutex> lock(Mutex);
        if (view.Round == 0 || Dots.Round() != view.Round || !ViewHasVoteNote(view, vote.Note))
            r.Message = PageMessage::NoRound;
        else if (vote.Add ? !Dots.Add(who, vote.Note) : !Dots.Remove(who, vote.Note))
            r.Message = vote.Add ? PageMessage::NoDotsLeft : PageMessage::DotRemoved;
    }
    if (r.Message == PageMessage::DotRemoved) // there was no dot to take back: nothing to do
    {
        Redirect(res, r.English, PageMessage::None, {});
        return;
    }
    if (r.Message != PageMessage::None)
    {
        SendPage(res, view, r, who);
        return;
    }
    Submission s;
    s.Kind = vote.Add ? SubmissionKind::AddDot : SubmissionKind::RemoveDot;
    s.Participant = who;
    s.Note = vote.Note;
    SubmissionOutcome outcome = PushAndWait(std::move(s));
    if (outcome == SubmissionOutcome::Added)
    {
        Redirect(res, r.English, vote.Add ? PageMessage::DotPlaced : PageMessage::DotRemoved, {});
        return;
    }
    if (outcome != SubmissionOutcome::TimedOut)
    {
        std::lock_guard<std::mutex> lock(Mutex); // the map refused it: the ledger follows the map
        if (vote.Add)
            Dots.Remove(who, vote.Note);
        else
            Dots.Add(who, vote.Note);
    }
    r.Message = outcome == SubmissionOutcome::Refused ? PageMessage::NoRound : PageMessage::Busy;
    SendPage(res, view, r, who);
}

SubmissionOutcome InviteServerImpl::PushAndWait(Submission s)
{
    uint64_t ticket = Queue.Push(std::move(s));
    if (ticket == 0)
        return SubmissionOutcome::TimedOut;
    if (Wake)
        Wake();
    return Queue.Wait(ticket, AnswerTimeout);
}
