// The participants' server: cpp-httplib started with explicit limits (threads, queue, timeouts,
// sizes) on a free port, and stopped; its requests are answered in invite_requests.cpp.
#include "invite/invite_server_impl.h"
#include "text/i18n.h"

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
constexpr int FirstPort = 8080, LastPort = 8099;

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

} // namespace

double InviteNowSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

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

InviteServer::InviteServer() = default;

InviteServer::~InviteServer() { Stop(); }

Status InviteServer::Start(const std::string& address, int port, std::function<void()> wake)
{
    Stop();
    auto impl = std::make_unique<InviteServerImpl>();
    impl->Wake = std::move(wake);
    if (!MakeRandomToken(&impl->Token))
        return ErrorStatus("error.invite_no_random");
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
        return ErrorStatusFormat("error.invite_address", address.c_str());
    impl->Listener = std::thread([self] { self->Http.listen_after_bind(); });
    // stop() only ends a server that is already listening: wait until it is.
    for (int i = 0; i < 2000 && !http.is_running(); i++)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ShortText = address + ":" + std::to_string(bound);
    UrlText = "http://" + ShortText + impl->Base;
    Impl = std::move(impl);
    return Status::Success();
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
    return Impl->People.ActiveCount(InviteNowSeconds());
}

SubmissionQueue* InviteServer::Submissions() { return Impl ? &Impl->Queue : nullptr; }
