// The participants' server (issue #15) on 127.0.0.1, talked to with a plain HTTP client while a
// thread plays the frame loop: drains what arrives and puts it on a map.
#include "edit.h"
#include "example.h"
#include "invite_form.h"
#include "invite_limits.h"
#include "invite/invitation.h"
#include "invite/invite_server.h"
#include "voting.h"
#include "invite/net_addresses.h"
#include "invite/qr_code.h"

#include <catch2/catch.hpp>
#include <httplib.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace
{
bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// A running invitation on the example map, with a thread in the frame loop's place.
struct Fixture
{
    Document Doc = MakeExampleDocument();
    std::mutex DocMutex;
    InviteServer Server;
    std::atomic<bool> Done{false};
    std::atomic<int> Wakes{0};
    std::thread Loop;
    std::string Host;
    int Port = 0;
    std::string Base; // "/TOKEN/"

    Fixture()
    {
        REQUIRE(Server.Start("127.0.0.1", 0, [this] { Wakes++; }));
        InviteView view = MakeInviteView(Doc, 0);
        Server.Publish(view);
        const std::string& url = Server.Url(); // http://127.0.0.1:PORT/TOKEN/
        size_t colon = url.find(':', 7), slash = url.find('/', 7);
        Host = url.substr(7, colon - 7);
        Port = std::stoi(url.substr(colon + 1, slash - colon - 1));
        Base = url.substr(slash);
        Loop = std::thread([this] {
            while (!Done)
            {
                if (SubmissionQueue* q = Server.Submissions())
                    for (const Submission& s : q->Drain())
                    {
                        std::lock_guard<std::mutex> lock(DocMutex);
                        bool ok = s.Kind == SubmissionKind::Note && AddParticipantNote(Doc, 0, s.Type, s.Moment, s.Text, nullptr);
                        q->Resolve(s.Ticket, ok ? SubmissionOutcome::Added : SubmissionOutcome::Refused);
                    }
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
    }
    ~Fixture()
    {
        Server.Stop();
        Done = true;
        Loop.join();
    }
    httplib::Client Client()
    {
        httplib::Client c(Host, Port);
        c.set_connection_timeout(5);
        c.set_read_timeout(10);
        return c;
    }
    size_t ParticipantNotes()
    {
        std::lock_guard<std::mutex> lock(DocMutex);
        size_t n = 0;
        for (const Note& note : Doc.Situations[0].Notes)
            n += note.FromParticipant ? 1 : 0;
        return n;
    }
    MomentId FirstMoment() { return Doc.Situations[0].Moments.at(0).Id; }
};

std::string CookieOf(const httplib::Result& r)
{
    std::string set = r->get_header_value("Set-Cookie");
    return set.substr(0, set.find(';'));
}

const char* Form = "application/x-www-form-urlencoded";
} // namespace

TEST_CASE("invite server: wrong or missing tokens get an empty 404", "[invite]")
{
    Fixture f;
    httplib::Client c = f.Client();
    for (const std::string& path : std::vector<std::string>{"/", "/style.css", "/note", "/aaaaaaaaaaaaaaaaaaaaaaaaaa/", f.Base.substr(0, f.Base.size() - 2) + "/",
                                   f.Base + "x", f.Base.substr(0, f.Base.size() - 1)})
    {
        INFO(path);
        httplib::Result r = c.Get(path.c_str());
        REQUIRE(r);
        CHECK(r->status == 404);
        CHECK(r->body.empty());
        CHECK_FALSE(r->has_header("Set-Cookie"));
        r = c.Post(path.c_str(), "moment=1&kind=pain&text=x", Form);
        REQUIRE(r);
        CHECK(r->status == 404);
    }
    CHECK(f.ParticipantNotes() == 0);
}

TEST_CASE("invite server: the page, a cookie, and a note that lands on the map", "[invite]")
{
    Fixture f;
    httplib::Client c = f.Client();
    httplib::Result page = c.Get(f.Base.c_str());
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(Contains(page->get_header_value("Content-Security-Policy"), "default-src 'none'"));
    CHECK(page->get_header_value("Referrer-Policy") == "no-referrer");
    CHECK(Contains(page->body, "Versturen"));
    CHECK_FALSE(Contains(page->body, "Bosman"));
    const std::string cookie = CookieOf(page);
    REQUIRE(cookie.rfind("jb_p=", 0) == 0);
    CHECK(Contains(page->get_header_value("Set-Cookie"), "HttpOnly; SameSite=Strict"));
    httplib::Result css = c.Get((f.Base + "style.css").c_str());
    REQUIRE(css);
    CHECK(Contains(css->get_header_value("Content-Type"), "text/css"));

    const std::string moment = std::to_string(f.FirstMoment().Value);
    httplib::Headers headers = {{"Cookie", cookie}};
    httplib::Result sent = c.Post((f.Base + "note").c_str(), headers, "lang=nl&moment=" + moment +
                                  "&kind=chance&text=Bel+terug+binnen+een+week+%C3%A9n+schrijf+het+op", Form);
    REQUIRE(sent);
    CHECK(sent->status == 303);
    CHECK(sent->get_header_value("Location") == f.Base + "?lang=nl&m=sent&moment=" + moment);
    REQUIRE(f.ParticipantNotes() == 1);
    {
        std::lock_guard<std::mutex> lock(f.DocMutex);
        const Note& note = f.Doc.Situations[0].Notes.back();
        CHECK(note.Text == "Bel terug binnen een week \xC3\xA9n schrijf het op");
        CHECK(note.Kind == NoteKind::Opportunity);
        CHECK(note.Moment == f.FirstMoment());
    }
    CHECK(f.Wakes > 0);
    httplib::Result after = c.Get((f.Base + "?lang=en&m=sent&moment=" + moment).c_str(), headers);
    REQUIRE(after);
    CHECK(Contains(after->body, "Sent: your note is on the map."));
    CHECK_FALSE(after->has_header("Set-Cookie")); // a known participant keeps their cookie
    CHECK(f.Server.ActiveParticipants() == 1);

    // Without a cookie the note is not taken: a cookie is handed out and the text stays in the box.
    httplib::Result anonymous = f.Client().Post((f.Base + "note").c_str(), "moment=" + moment + "&kind=pain&text=zonder+koekje", Form);
    REQUIRE(anonymous);
    CHECK(anonymous->status == 503);
    CHECK(anonymous->has_header("Set-Cookie"));
    CHECK(Contains(anonymous->body, "zonder koekje"));
    CHECK(f.ParticipantNotes() == 1);
}

TEST_CASE("invite server: bad forms, bad text, big bodies and fast senders add nothing", "[invite]")
{
    Fixture f;
    httplib::Client c = f.Client();
    httplib::Result page = c.Get(f.Base.c_str());
    REQUIRE(page);
    httplib::Headers headers = {{"Cookie", CookieOf(page)}};
    const std::string note = f.Base + "note";
    const std::string moment = "moment=" + std::to_string(f.FirstMoment().Value);

    struct Case { std::string Body; int Status; };
    for (const Case& bad : std::vector<Case>{
             {moment + "&kind=pain&text=%FF%FE", 400},          // invalid UTF-8
             {moment + "&kind=pain&text=%E2%82", 400},          // cut-off UTF-8
             {moment + "&kind=pain&text=%zz", 400},             // broken encoding
             {moment + "&kind=pain&text=a%00b", 400},           // NUL
             {moment + "&kind=pain&text=", 422},                // no text
             {moment + "&kind=boos&text=x", 422},               // no kind
             {"moment=999999&kind=pain&text=x", 409},           // not a moment of the map
             {moment + "&kind=pain&text=" + std::string(MaxParticipantTextBytes + 1, 'a'), 422}})
    {
        INFO(bad.Body.substr(0, 60));
        httplib::Result r = c.Post(note.c_str(), headers, bad.Body, Form);
        REQUIRE(r);
        CHECK(r->status == bad.Status);
    }
    httplib::Result json = c.Post(note.c_str(), headers, "{\"text\":\"x\"}", "application/json");
    REQUIRE(json);
    CHECK(json->status == 400);
    httplib::Result huge = c.Post(note.c_str(), headers, moment + "&kind=pain&text=" + std::string(1 << 20, 'a'), Form);
    CHECK((!huge || huge->status == 413)); // refused before it is read whole
    CHECK(f.ParticipantNotes() == 0);

    for (int i = 0; i < MaxNotesPerMinute; i++)
    {
        httplib::Result r = c.Post(note.c_str(), headers, moment + "&kind=pain&text=nummer+" + std::to_string(i), Form);
        REQUIRE(r);
        CHECK(r->status == 303);
    }
    httplib::Result fast = c.Post(note.c_str(), headers, moment + "&kind=pain&text=te+snel", Form);
    REQUIRE(fast);
    CHECK(fast->status == 429);
    CHECK(Contains(fast->body, "te snel")); // the text is kept for later
    CHECK(f.ParticipantNotes() == (size_t)MaxNotesPerMinute);
}

TEST_CASE("invite server: a stopped invitation serves nothing, a new one has a new token", "[invite]")
{
    std::string first_url;
    {
        Fixture f;
        first_url = f.Server.Url();
        CHECK(first_url.size() > std::string("http://127.0.0.1:8080/").size() + 25);
        f.Server.Stop();
        CHECK_FALSE(f.Server.Running());
        httplib::Client c(f.Host, f.Port);
        c.set_connection_timeout(2);
        httplib::Result r = c.Get(f.Base.c_str());
        // Nothing answers, or another test's invitation took the freed port and knows no such token.
        CHECK((!r || r->status == 404));
    }
    Fixture g;
    CHECK(g.Server.Url() != first_url);
}

TEST_CASE("invite server: two invitations on one machine never share a port", "[invite]")
{
    // Two JourneyBoards (or two test processes) at once: each gets its own port, and an address
    // whose port is taken is refused with a message rather than shared.
    InviteServer a, b, c;
    REQUIRE(a.Start("127.0.0.1", 0, [] {}));
    REQUIRE(b.Start("127.0.0.1", 0, [] {}));
    CHECK(a.ShortAddress() != b.ShortAddress());
    const std::string& taken = a.ShortAddress();
    int port = std::stoi(taken.substr(taken.find(':') + 1));
    const Status refused = c.Start("127.0.0.1", port, [] {});
    CHECK_FALSE(refused);
    CHECK(Contains(refused.Message, "port"));
    CHECK(Contains(refused.MessageNl, "poort"));
    a.Stop();
    b.Stop();
}

TEST_CASE("invite: the QR code and the machine's addresses", "[invite]")
{
    QrCode qr;
    REQUIRE(MakeQrCode("http://192.168.100.200:8080/abcdefghijklmnopqrstuvwxyz/", &qr));
    CHECK(qr.Size >= 21);
    CHECK(qr.Dark.size() == (size_t)qr.Size * (size_t)qr.Size);
    // The finder pattern's corner modules are dark, the module inside its white ring is light.
    CHECK(qr.Dark[0] == 1);
    CHECK(qr.Dark[(size_t)qr.Size + 1] == 0);
    CHECK(QrTotalModules(qr) == qr.Size + 8);

    std::vector<NetAddress> addresses = ListNetAddresses();
    REQUIRE_FALSE(addresses.empty());
    CHECK(addresses.back().Loopback);
    const std::string chosen = DefaultInviteAddress(addresses);
    bool any_outside = false;
    for (const NetAddress& a : addresses)
        any_outside = any_outside || !a.Loopback;
    CHECK((any_outside ? chosen != "127.0.0.1" : chosen == "127.0.0.1"));
    CHECK(DefaultInviteAddress({{"lo", "127.0.0.1", true}}) == "127.0.0.1");
    CHECK(DefaultInviteAddress({{"wlan0", "10.0.0.7", false}, {"lo", "127.0.0.1", true}}) == "10.0.0.7");
}

TEST_CASE("invitation: notes, the inbox and dots go through the frame loop's tick into the map", "[invite]")
{
    Document doc = MakeExampleDocument();
    RoundId round;
    REQUIRE(StartVotingRound(doc, "Stemronde 1", NewRandomKey(), &round));
    const int budget = FindRound(doc, round)->DotsPerPerson;
    Invitation inv;
    REQUIRE(StartInviting(inv, "127.0.0.1", nullptr));
    int commits = 0;
    auto tick = [&] { InviteTick(inv, doc, 0, false, [&] { commits++; }); };
    tick(); // publishes the page's view
    const std::string& url = inv.Server.Url();
    const size_t colon = url.find(':', 7), slash = url.find('/', 7);
    const std::string base = url.substr(slash);
    httplib::Client c(url.substr(7, colon - 7), std::stoi(url.substr(colon + 1, slash - colon - 1)));
    c.set_read_timeout(10);

    // The "phone" runs on its own thread; this thread is the frame loop.
    auto with_phone = [&](const std::function<void()>& phone_actions) {
        std::atomic<bool> done{false};
        std::thread phone([&] {
            phone_actions();
            done = true;
        });
        while (!done)
        {
            tick();
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        phone.join();
        tick();
    };
    std::vector<int> statuses;
    std::string cookie, voted_page, first_note, held_location;
    const std::string moment = std::to_string(doc.Situations[0].Moments[3].Id.Value);
    with_phone([&] {
        httplib::Result page = c.Get(base.c_str());
        cookie = CookieOf(page);
        const std::string& html = page->body;
        size_t at = html.find("name=\"add\" value=\"");
        first_note = html.substr(at + 18, html.find('"', at + 18) - at - 18);
        httplib::Headers h = {{"Cookie", cookie}};
        for (int i = 0; i < budget + 1; i++) // one dot more than the budget
            statuses.push_back(c.Post((base + "vote").c_str(), h, "lang=nl&add=" + first_note, Form)->status);
        statuses.push_back(c.Post((base + "vote").c_str(), h, "lang=nl&remove=" + first_note, Form)->status);
        voted_page = c.Get(base.c_str(), h)->body;
        statuses.push_back(c.Post((base + "note").c_str(), h, "moment=" + moment + "&kind=pain&text=Direct+op+de+kaart", Form)->status);
    });
    inv.Inbox = true; // the facilitator switches to the inbox
    with_phone([&] {
        httplib::Headers h = {{"Cookie", cookie}};
        httplib::Result held = c.Post((base + "note").c_str(), h, "moment=" + moment + "&kind=chance&text=Eerst+in+de+inbox", Form);
        statuses.push_back(held->status);
        held_location = held->get_header_value("Location");
    });
    CHECK(held_location.find("m=held") != std::string::npos);

    std::vector<int> expected(budget, 303);
    expected.insert(expected.end(), {422, 303, 303, 303});
    CHECK(statuses == expected);
    const std::string voter = cookie.substr(cookie.find('=') + 1);
    CHECK(DotsUsed(doc, round, voter) == budget - 1);
    CHECK(NoteVotesBy(*FindNote(doc.Situations[0], NoteId{(uint32_t)std::stoul(first_note)}), round, voter) == budget - 1);
    CHECK(voted_page.find("Je hebt nog 1 van de " + std::to_string(budget) + " stippen.") != std::string::npos);
    const Note& added = doc.Situations[0].Notes.back();
    CHECK((added.Text == "Direct op de kaart" && added.FromParticipant));
    REQUIRE(inv.Held.Items().size() == 1);
    CHECK(inv.Held.Items()[0].Text == "Eerst in de inbox");
    const size_t before = doc.Situations[0].Notes.size();
    REQUIRE(AcceptHeldNote(inv, 0, doc));
    CHECK(doc.Situations[0].Notes.size() == before + 1);
    CHECK(doc.Situations[0].Notes.back().FromParticipant);
    CHECK(commits == budget + 1 + 1); // one step per frame with dots, one per note (here one dot a frame)
    StopInviting(inv);
    CHECK_FALSE(Inviting(inv));
}
