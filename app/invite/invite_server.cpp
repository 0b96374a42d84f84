// The participants' server: cpp-httplib with explicit limits, the token gate, cookies, and the
// hand-over of what arrives to the frame loop.
#include "invite/invite_server.h"
#include "invite_form.h"
#include "invite_limits.h"

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/random.h>
#include <sys/socket.h>

namespace
{
// Limits: a phone sends one small form at a time; anything slower or larger is not one.
constexpr int WorkerThreads = 16;                 // requests served at once
constexpr size_t MaxWaitingConnections = 48;      // accepted, waiting for a worker; then the accept loop waits
constexpr time_t ReadTimeoutSeconds = 5;          // a request's headers and body
constexpr time_t WriteTimeoutSeconds = 5;
constexpr time_t KeepAliveSeconds = 1;            // an idle connection is closed after this
constexpr size_t KeepAliveRequests = 10;
constexpr int DeferAcceptSeconds = 3;             // connections that send nothing stay in the kernel
constexpr auto AnswerTimeout = std::chrono::seconds(5); // the frame loop answers within a frame or two
constexpr int FirstPort = 8080, LastPort = 8099;

double NowSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// The server's thread pool with a bounded queue: when every worker is busy and the queue is
// full, the accept loop waits, so new connections stay in the kernel's backlog instead of
// growing our memory. Newest first: a participant who just connected is not stuck behind
// connections that were opened and left idle.
class ConnectionGate : public httplib::TaskQueue
{
public:
    explicit ConnectionGate(int threads)
    {
        for (int i = 0; i < threads; i++)
            Threads.emplace_back([this] { Work(); });
    }

    void enqueue(std::function<void()> fn) override
    {
        std::unique_lock<std::mutex> lock(Mutex);
        Space.wait(lock, [&] { return Jobs.size() < MaxWaitingConnections || Stopping; });
        Jobs.push_back(std::move(fn));
        lock.unlock();
        HasJob.notify_one();
    }

    void shutdown() override
    {
        {
            std::lock_guard<std::mutex> lock(Mutex);
            Stopping = true;
        }
        HasJob.notify_all();
        Space.notify_all();
        for (std::thread& t : Threads)
            t.join();
    }

private:
    void Work()
    {
        for (;;)
        {
            std::function<void()> fn;
            {
                std::unique_lock<std::mutex> lock(Mutex);
                HasJob.wait(lock, [&] { return !Jobs.empty() || Stopping; });
                if (Jobs.empty())
                    return; // stopping, and every accepted connection was served (and closed)
                fn = std::move(Jobs.back());
                Jobs.pop_back();
            }
            Space.notify_one();
            fn(); // serves the connection and closes its socket
        }
    }

    std::mutex Mutex;
    std::condition_variable HasJob, Space;
    std::deque<std::function<void()>> Jobs;
    std::vector<std::thread> Threads;
    bool Stopping = false;
};

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
} // namespace

bool MakeRandomToken(std::string* out)
{
    unsigned char bytes[InviteTokenBytes];
    size_t got = 0;
    while (got < sizeof bytes)
    {
        ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        got += (size_t)n;
    }
    *out = EncodeBase32(bytes, sizeof bytes);
    return true;
}

struct InviteServerImpl
{
    httplib::Server Http;
    std::thread Listener;
    std::string Token;
    std::string Base; // "/TOKEN/"
    std::function<void()> Wake;
    SubmissionQueue Queue;

    mutable std::mutex Mutex; // guards everything below
    std::shared_ptr<const InviteView> View = std::make_shared<InviteView>();
    ParticipantTable People;
    RateLimiter Limits;
    DotLedger Dots;

    std::shared_ptr<const InviteView> CurrentView() const
    {
        std::lock_guard<std::mutex> lock(Mutex);
        return View;
    }

    // The participant behind the request's cookie; with `create`, a new one (and its cookie)
    // when the cookie is missing or unknown. Empty when there is none.
    std::string Participant(const httplib::Request& req, httplib::Response& res, bool create)
    {
        std::string id = ParticipantFromCookie(req.get_header_value("Cookie"));
        const double now = NowSeconds();
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

    void FillDots(const InviteView& view, const std::string& participant, PageRequest* r) const
    {
        std::lock_guard<std::mutex> lock(Mutex);
        if (Dots.Round() != view.Round || participant.empty())
            return;
        r->DotsUsed = Dots.Used(participant);
        for (const InviteVoteNote& n : view.VoteNotes)
            if (int on = Dots.On(participant, n.Id))
                r->MyDots[n.Id] = on;
    }

    void SendPage(httplib::Response& res, const InviteView& view, PageRequest r, const std::string& participant)
    {
        r.Base = Base;
        FillDots(view, participant, &r);
        res.status = StatusFor(r.Message);
        res.set_content(RenderInvitePage(view, r), "text/html; charset=utf-8");
    }

    void Redirect(httplib::Response& res, bool english, PageMessage m, MomentId moment)
    {
        res.status = 303;
        res.set_header("Location", Base + PageQuery(english, m, moment));
    }

    static std::string Query(const httplib::Request& req)
    {
        size_t q = req.target.find('?');
        return q == std::string::npos ? std::string() : req.target.substr(q + 1);
    }

    void Handle(const httplib::Request& req, httplib::Response& res)
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

    void HandleNote(httplib::Response& res, const InviteView& view, const std::vector<FormField>& fields, PageRequest r,
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
            if (!Limits.Allow(who, NowSeconds()))
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

    void HandleVote(httplib::Response& res, const InviteView& view, const std::vector<FormField>& fields, PageRequest r,
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

    SubmissionOutcome PushAndWait(Submission s)
    {
        uint64_t ticket = Queue.Push(std::move(s));
        if (ticket == 0)
            return SubmissionOutcome::TimedOut;
        if (Wake)
            Wake();
        return Queue.Wait(ticket, AnswerTimeout);
    }
};

InviteServer::InviteServer() = default;

InviteServer::~InviteServer() { Stop(); }

bool InviteServer::Start(const std::string& address, int port, std::function<void()> wake, std::string* error_en,
                         std::string* error_nl)
{
    Stop();
    auto impl = std::make_unique<InviteServerImpl>();
    impl->Wake = std::move(wake);
    if (!MakeRandomToken(&impl->Token))
    {
        *error_en = "The system gave no random numbers for a safe address: the invitation cannot start.";
        *error_nl = "Het systeem gaf geen willekeurige getallen voor een veilig adres: de uitnodiging kan niet starten.";
        return false;
    }
    impl->Base = "/" + impl->Token + "/";
    httplib::Server& http = impl->Http;
    http.set_read_timeout(ReadTimeoutSeconds, 0);
    http.set_write_timeout(WriteTimeoutSeconds, 0);
    http.set_keep_alive_timeout(KeepAliveSeconds);
    http.set_keep_alive_max_count(KeepAliveRequests);
    http.set_payload_max_length(MaxInviteBodyBytes);
    http.new_task_queue = [] { return new ConnectionGate(WorkerThreads); };
    // Not httplib's default options: SO_REUSEPORT would let a second JourneyBoard listen on the
    // same port, and phones would land on either map at random.
    http.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        int defer = DeferAcceptSeconds;
        setsockopt(sock, IPPROTO_TCP, TCP_DEFER_ACCEPT, &defer, sizeof defer);
    });
    InviteServerImpl* self = impl.get();
    // Wrong or missing tokens are turned away before a body is even read.
    http.set_pre_routing_handler([self](const httplib::Request& req, httplib::Response& res) {
        if (RouteInvitePath(req.path, req.method, self->Token) != InviteRoute::NotFound)
            return httplib::Server::HandlerResponse::Unhandled;
        res.status = 404;
        return httplib::Server::HandlerResponse::Handled;
    });
    auto handler = [self](const httplib::Request& req, httplib::Response& res) { self->Handle(req, res); };
    http.Get(".*", handler);
    http.Post(".*", handler);

    int bound = -1;
    if (port > 0)
        bound = http.bind_to_port(address.c_str(), port) ? port : -1;
    else
    {
        for (int p = FirstPort; p <= LastPort && bound < 0; p++)
            if (http.bind_to_port(address.c_str(), p))
                bound = p;
        if (bound < 0)
            bound = http.bind_to_any_port(address.c_str());
    }
    if (bound <= 0)
    {
        *error_en = "The address " + address + " cannot be used (the network may be gone, or the port is taken): choose another address.";
        *error_nl = "Het adres " + address + " is niet te gebruiken (het netwerk is weg of de poort is bezet): kies een ander adres.";
        return false;
    }
    impl->Listener = std::thread([self] { self->Http.listen_after_bind(); });
    // stop() only ends a server that is already listening: wait until it is.
    for (int i = 0; i < 2000 && !http.is_running(); i++)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ShortText = address + ":" + std::to_string(bound);
    UrlText = "http://" + ShortText + impl->Base;
    Impl = std::move(impl);
    return true;
}

void InviteServer::Stop()
{
    if (!Impl)
        return;
    Impl->Queue.Close();
    Impl->Http.stop();
    if (Impl->Listener.joinable())
        Impl->Listener.join();
    Impl.reset();
    UrlText.clear();
    ShortText.clear();
}

bool InviteServer::Running() const { return Impl != nullptr; }

void InviteServer::Publish(InviteView view)
{
    if (!Impl)
        return;
    std::lock_guard<std::mutex> lock(Impl->Mutex);
    Impl->Dots.StartRound(view.Round, view.DotsPerVoter);
    Impl->View = std::make_shared<const InviteView>(std::move(view));
}

int InviteServer::ActiveParticipants() const
{
    if (!Impl)
        return 0;
    std::lock_guard<std::mutex> lock(Impl->Mutex);
    return Impl->People.ActiveCount(NowSeconds());
}

SubmissionQueue* InviteServer::Submissions() { return Impl ? &Impl->Queue : nullptr; }
