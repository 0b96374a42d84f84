// The participants' page (issue #15): tokens, routes, strict forms, limits, the queue to the
// frame loop, and what the page shows of a map.
#include "edit.h"
#include "example.h"
#include "invite_form.h"
#include "invite_inbox.h"
#include "invite_limits.h"
#include "invite_page.h"

#include <catch2/catch.hpp>

#include <thread>

namespace
{
bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

FormError Decode(const std::string& body)
{
    std::vector<FormField> fields;
    return DecodeForm(body, &fields);
}

std::vector<FormField> Fields(const std::string& body)
{
    std::vector<FormField> fields;
    REQUIRE(DecodeForm(body, &fields) == FormError::None);
    return fields;
}

const std::string Token = "abcdefghijklmnopqrstuvwxyz";
} // namespace

TEST_CASE("invite: base32 tokens and the constant-time compare", "[invite]")
{
    const unsigned char foobar[] = {'f', 'o', 'o', 'b', 'a', 'r'};
    CHECK(EncodeBase32(foobar, 6) == "mzxw6ytboi"); // RFC 4648 test vector, lower case, no padding
    CHECK(EncodeBase32(foobar, 1) == "my");
    unsigned char random[InviteTokenBytes] = {0xff, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0x80};
    CHECK(EncodeBase32(random, InviteTokenBytes).size() == 26); // 128 bits in 26 characters

    CHECK(ConstantTimeEquals(Token, Token));
    CHECK_FALSE(ConstantTimeEquals("abcdefghijklmnopqrstuvwxyA", Token));
    CHECK_FALSE(ConstantTimeEquals("Abcdefghijklmnopqrstuvwxyz", Token));
    CHECK_FALSE(ConstantTimeEquals(Token.substr(0, 25), Token));
    CHECK_FALSE(ConstantTimeEquals(Token + "a", Token));
    CHECK_FALSE(ConstantTimeEquals("", Token));
    CHECK_FALSE(ConstantTimeEquals("", "")); // no token is never a match
}

TEST_CASE("invite: only the right token reaches a page, everything else is not found", "[invite]")
{
    CHECK(RouteInvitePath("/" + Token + "/", "GET", Token) == InviteRoute::Page);
    CHECK(RouteInvitePath("/" + Token + "/", "HEAD", Token) == InviteRoute::Page);
    CHECK(RouteInvitePath("/" + Token + "/style.css", "GET", Token) == InviteRoute::Style);
    CHECK(RouteInvitePath("/" + Token + "/note", "POST", Token) == InviteRoute::Note);
    CHECK(RouteInvitePath("/" + Token + "/vote", "POST", Token) == InviteRoute::Vote);

    CHECK(RouteInvitePath("/", "GET", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("", "GET", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("/" + Token, "GET", Token) == InviteRoute::NotFound); // no trailing slash
    CHECK(RouteInvitePath("/" + Token.substr(1) + "/", "GET", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("/" + Token + "x/", "GET", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("/wrongwrongwrongwrongwrong0/", "GET", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("/style.css", "GET", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("/" + Token + "/note", "GET", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("/" + Token + "/", "POST", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("/" + Token + "/../etc/passwd", "GET", Token) == InviteRoute::NotFound);
    CHECK(RouteInvitePath("/" + Token + "/", "GET", "") == InviteRoute::NotFound); // no token set: nothing
}

TEST_CASE("invite: forms are decoded strictly", "[invite]")
{
    std::vector<FormField> f = Fields("moment=12&kind=pain&text=Te+laat+gebeld%21+%C3%A9%0D%0Aok");
    REQUIRE(f.size() == 3);
    CHECK(f[2].Value == "Te laat gebeld! \xC3\xA9\r\nok");
    CHECK(*FindField(f, "kind") == "pain");
    CHECK(FindField(f, "nope") == nullptr);
    CHECK(Fields("").empty());
    CHECK(Fields("a=").at(0).Value.empty());
    CHECK(Fields("text=tab%09ok").at(0).Value == "tab\tok");

    CHECK(Decode("text=%") == FormError::BadEncoding);
    CHECK(Decode("text=%4") == FormError::BadEncoding);
    CHECK(Decode("text=%zz") == FormError::BadEncoding);
    CHECK(Decode("=value") == FormError::BadEncoding);
    CHECK(Decode("text=%C3%28") == FormError::BadUtf8);       // a lead byte without its continuation
    CHECK(Decode("text=%ED%A0%80") == FormError::BadUtf8);    // a UTF-16 surrogate
    CHECK(Decode("text=%C0%AF") == FormError::BadUtf8);       // an overlong '/'
    CHECK(Decode("text=%FF") == FormError::BadUtf8);
    CHECK(Decode("te%FFxt=a") == FormError::BadUtf8);         // names too
    CHECK(Decode("text=a%00b") == FormError::ControlChars);
    CHECK(Decode("text=a%1Bb") == FormError::ControlChars);   // escape
    CHECK(Decode("text=a%7Fb") == FormError::ControlChars);
    CHECK(Decode("te%0Axt=a") == FormError::ControlChars);    // no line break in a name
    CHECK(Decode("text=" + std::string(MaxInviteBodyBytes, 'a')) == FormError::TooLarge);
    std::string many;
    for (size_t i = 0; i <= MaxFormFields; i++)
        many += "a=1&";
    CHECK(Decode(many) == FormError::TooLarge);
    CHECK(DecodeQuery("lang=en&m=sent").size() == 2);
    CHECK(DecodeQuery("lang=%zz").empty());
}

TEST_CASE("invite: a note form needs a moment, a kind and a text of sensible length", "[invite]")
{
    NoteForm note;
    REQUIRE(ParseNoteForm(Fields("moment=12&kind=chance&text=%20%20Eerst+bellen%0D%0Adan+mailen%0D%0A%20"), &note) ==
            NoteFormError::None);
    CHECK(note.Moment.Value == 12);
    CHECK(note.Kind == NoteKind::Opportunity);
    CHECK(note.Text == "Eerst bellen\ndan mailen"); // trimmed, CRLF as LF
    CHECK(ParseNoteForm(Fields("moment=12&kind=pain&text=x"), &note) == NoteFormError::None);
    CHECK(note.Kind == NoteKind::PainPoint);

    CHECK(ParseNoteForm(Fields("kind=pain&text=x"), &note) == NoteFormError::NoMoment);
    CHECK(ParseNoteForm(Fields("moment=&kind=pain&text=x"), &note) == NoteFormError::NoMoment);
    CHECK(ParseNoteForm(Fields("moment=0&kind=pain&text=x"), &note) == NoteFormError::NoMoment);
    CHECK(ParseNoteForm(Fields("moment=12a&kind=pain&text=x"), &note) == NoteFormError::NoMoment);
    CHECK(ParseNoteForm(Fields("moment=-3&kind=pain&text=x"), &note) == NoteFormError::NoMoment);
    CHECK(ParseNoteForm(Fields("moment=99999999999&kind=pain&text=x"), &note) == NoteFormError::NoMoment);
    CHECK(ParseNoteForm(Fields("moment=12&kind=quote&text=x"), &note) == NoteFormError::NoKind);
    CHECK(ParseNoteForm(Fields("moment=12&kind=pain&text=+%0D%0A+"), &note) == NoteFormError::NoText);
    CHECK(ParseNoteForm(Fields("moment=12&kind=pain"), &note) == NoteFormError::NoText);
    CHECK(ParseNoteForm(Fields("moment=12&kind=pain&text=" + std::string(MaxParticipantTextBytes, 'a')), &note) ==
          NoteFormError::None);
    CHECK(ParseNoteForm(Fields("moment=12&kind=pain&text=" + std::string(MaxParticipantTextBytes + 1, 'a')), &note) ==
          NoteFormError::TextTooLong);

    VoteForm vote;
    REQUIRE(ParseVoteForm(Fields("lang=nl&add=41"), &vote));
    CHECK((vote.Add && vote.Note.Value == 41));
    REQUIRE(ParseVoteForm(Fields("remove=41"), &vote));
    CHECK_FALSE(vote.Add);
    CHECK_FALSE(ParseVoteForm(Fields("add=x"), &vote));
    CHECK_FALSE(ParseVoteForm(Fields("lang=nl"), &vote));
}

TEST_CASE("invite: the participant cookie is read only when it looks like one we hand out", "[invite]")
{
    const std::string id(26, 'k');
    CHECK(ParticipantFromCookie("jb_p=" + id) == id);
    CHECK(ParticipantFromCookie("theme=dark; jb_p=" + id + "; x=1") == id);
    CHECK(ParticipantFromCookie("jb_p=" + id.substr(1)).empty());
    CHECK(ParticipantFromCookie("jb_p=" + id + "k").empty());
    CHECK(ParticipantFromCookie("jb_p=" + std::string(26, 'K')).empty()); // upper case is not ours
    CHECK(ParticipantFromCookie("xjb_p=" + id).empty());
    CHECK(ParticipantFromCookie("").empty());
}

TEST_CASE("invite: each participant may send a few notes a minute", "[invite]")
{
    RateLimiter limit(MaxNotesPerMinute, 60.0);
    for (int i = 0; i < MaxNotesPerMinute; i++)
        CHECK(limit.Allow("a", 100.0 + i));
    CHECK_FALSE(limit.Allow("a", 110.0));
    CHECK(limit.Allow("b", 110.0)); // others are not held up
    CHECK_FALSE(limit.Allow("a", 159.9));
    CHECK(limit.Allow("a", 160.0)); // the first one left the window
    CHECK_FALSE(limit.Allow("a", 160.5));
    limit.Refund("a");
    CHECK(limit.Allow("a", 160.5));

    ParticipantTable people;
    CHECK(people.Add("p1", 0.0));
    CHECK(people.Add("p2", 200.0));
    CHECK(people.Known("p1"));
    CHECK_FALSE(people.Known("p3"));
    CHECK(people.ActiveCount(250.0) == 2);
    CHECK(people.ActiveCount(400.0) == 1); // p1 was last seen over five minutes ago
    people.Touch("p1", 399.0);
    CHECK(people.ActiveCount(400.0) == 2);
    for (size_t i = people.Size(); i < MaxParticipants; i++)
        REQUIRE(people.Add("x" + std::to_string(i), 0.0));
    CHECK_FALSE(people.Add("one-too-many", 0.0));
}

TEST_CASE("invite: dots are counted per participant within the round's budget", "[invite]")
{
    DotLedger dots;
    NoteId a{5}, b{6};
    CHECK_FALSE(dots.Add("p", a)); // no round open
    dots.StartRound(1, 3);
    CHECK(dots.Add("p", a));
    CHECK(dots.Add("p", a));
    CHECK(dots.Add("p", b));
    CHECK_FALSE(dots.Add("p", b)); // budget spent
    CHECK(dots.Add("q", b));
    CHECK(dots.Used("p") == 3);
    CHECK(dots.On("p", a) == 2);
    CHECK(dots.Remove("p", a));
    CHECK(dots.Add("p", b));
    CHECK(dots.On("p", b) == 2);
    CHECK_FALSE(dots.Remove("q", a));
    dots.StartRound(1, 3); // the same round again changes nothing
    CHECK(dots.Used("p") == 3);
    dots.StartRound(2, 5);
    CHECK(dots.Used("p") == 0);
    CHECK(dots.Budget() == 5);
}

TEST_CASE("invite: submissions wait for the frame loop's answer", "[invite]")
{
    SubmissionQueue queue;
    Submission s;
    s.Participant = "p";
    s.Text = "hallo";
    uint64_t t1 = queue.Push(s);
    uint64_t t2 = queue.Push(s);
    REQUIRE((t1 != 0 && t2 != 0 && t1 != t2));

    // The "frame loop" resolves both on another thread while the first handler waits.
    std::thread loop([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        for (const Submission& got : queue.Drain())
            queue.Resolve(got.Ticket, got.Ticket == t1 ? SubmissionOutcome::Added : SubmissionOutcome::Refused);
    });
    CHECK(queue.Wait(t1, std::chrono::seconds(10)) == SubmissionOutcome::Added);
    loop.join();
    CHECK(queue.Wait(t2, std::chrono::seconds(10)) == SubmissionOutcome::Refused);
    CHECK(queue.Empty());

    uint64_t t3 = queue.Push(s);
    CHECK(queue.Wait(t3, std::chrono::milliseconds(10)) == SubmissionOutcome::TimedOut);
    queue.Drain();
    queue.Resolve(t3, SubmissionOutcome::Added); // nobody waits any more: forgotten, no growth

    for (size_t i = 0; i < MaxQueuedSubmissions; i++)
        REQUIRE(queue.Push(s) != 0);
    CHECK(queue.Push(s) == 0); // full: the server answers "busy" at once
    queue.Close();
    CHECK(queue.Empty());
    CHECK(queue.Push(s) == 0);

    HeldNotes held;
    for (size_t i = 0; i < MaxHeldNotes; i++)
        REQUIRE(held.Hold({MomentId{1}, NoteKind::PainPoint, "x" + std::to_string(i)}));
    CHECK_FALSE(held.Hold({MomentId{1}, NoteKind::PainPoint, "over"}));
    CHECK(held.Take(1).Text == "x1");
    CHECK(held.Items().size() == MaxHeldNotes - 1);
}

TEST_CASE("invite: the page shows the title, phases and moment titles, never the persona or descriptions", "[invite]")
{
    const Document doc = MakeExampleDocument();
    InviteView view = MakeInviteView(doc, 0);
    CHECK(view.Title == doc.Title);
    REQUIRE(view.Phases.size() == doc.Situations[0].Phases.size());
    size_t moments = 0;
    for (const InvitePhase& p : view.Phases)
        moments += p.Moments.size();
    CHECK(moments == doc.Situations[0].Moments.size());

    PageRequest req;
    req.Base = "/" + Token + "/";
    const std::string html = RenderInvitePage(view, req);
    CHECK(Contains(html, HtmlEscape(doc.Title)));
    for (const Phase& p : doc.Situations[0].Phases)
        CHECK(Contains(html, HtmlEscape(p.Name)));
    for (const Moment& m : doc.Situations[0].Moments)
    {
        CHECK(Contains(html, HtmlEscape(m.Title)));
        CHECK(Contains(html, "value=\"" + std::to_string(m.Id.Value) + "\""));
    }
    // Nothing else of the map: persona fields, descriptions, experiences, cells, notes, scope.
    std::vector<std::string> secret;
    for (const Persona& p : doc.Personas)
        for (int f = 0; f < (int)PersonaField::Count; f++)
            secret.push_back(PersonaFieldText(p, (PersonaField)f));
    for (const Situation& s : doc.Situations)
    {
        for (const Moment& m : s.Moments)
        {
            secret.insert(secret.end(), {m.Description, m.Patient.Text, m.Professional.Text, m.Channel});
            for (const LaneText& c : m.Cells)
                secret.push_back(c.Text);
        }
        for (const Note& n : s.Notes)
            secret.push_back(n.Text);
    }
    secret.insert(secret.end(), {doc.Scope, doc.IntendedOutcome});
    // What the page may show; a secret that is part of it (a channel named in a moment's title,
    // "polikliniek") is no leak.
    std::string shown = doc.Title;
    for (const Situation& s : doc.Situations)
    {
        for (const Phase& p : s.Phases)
            shown += "\n" + p.Name;
        for (const Moment& m : s.Moments)
            shown += "\n" + m.Title;
    }
    int checked = 0;
    for (const std::string& text : secret)
        if (text.size() >= 8 && !Contains(shown, text)) // long enough not to be a common word
        {
            INFO(text);
            CHECK_FALSE(Contains(html, HtmlEscape(text)));
            CHECK_FALSE(Contains(html, text));
            checked++;
        }
    CHECK(checked > 40);
    CHECK_FALSE(Contains(html, "Bosman"));
    CHECK_FALSE(Contains(html, "<script"));
    CHECK_FALSE(Contains(html, "style=")); // the CSP allows no inline style
    CHECK(Contains(html, "<form method=\"post\" action=\"/" + Token + "/note\">"));
    CHECK(Contains(html, "Versturen"));
    CHECK(Contains(html, "<html lang=\"nl\">"));
    CHECK(Contains(html, "name=\"viewport\""));

    req.English = true;
    const std::string english = RenderInvitePage(view, req);
    CHECK(Contains(english, "Send"));
    CHECK_FALSE(Contains(english, "Versturen"));
    CHECK(Contains(english, "href=\"/" + Token + "/?lang=nl\""));

    const std::string desired = RenderInvitePage(MakeInviteView(doc, 1), req);
    CHECK(Contains(desired, HtmlEscape(doc.Situations[1].Moments[0].Title)));
    CHECK(MakeInviteView(doc, 7).Phases.empty());
}

TEST_CASE("invite: everything from the map or the participant is escaped", "[invite]")
{
    Document doc = MakeBlankDocument(true);
    const std::string evil = "<script>alert(\"x\")</script> & 'quote'";
    SetDocumentText(doc, DocumentField::Title, evil);
    REQUIRE(RenamePhase(doc, 0, doc.Situations[0].Phases[0].Id, evil));
    MomentId id;
    REQUIRE(AddMoment(doc, 0, doc.Situations[0].Phases[0].Id, 100.0f, evil, &id));
    InviteView view = MakeInviteView(doc, 0);
    view.Round = 3;
    view.DotsPerVoter = 2;
    view.VoteNotes.push_back({NoteId{77}, NoteKind::Opportunity, evil, evil});
    PageRequest req;
    req.Base = "/" + Token + "/";
    req.Draft = evil;
    req.Message = PageMessage::TooFast;
    req.DotsUsed = 2;
    req.MyDots[NoteId{77}] = 2;
    const std::string html = RenderInvitePage(view, req);
    CHECK_FALSE(Contains(html, "<script"));
    CHECK_FALSE(Contains(html, "'quote'"));
    CHECK(Contains(html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;"));
    CHECK(Contains(html, "Even wachten"));
    // The voting part: the budget, the dots placed, no more dots to add, one to take back.
    CHECK(Contains(html, "Je hebt nog 0 van de 2 stippen."));
    CHECK(Contains(html, "name=\"add\" value=\"77\" disabled"));
    CHECK(Contains(html, "name=\"remove\" value=\"77\""));
    CHECK(Contains(html, "\xE2\x97\x8F\xE2\x97\x8F</span>"));
}

TEST_CASE("invite: the answers' headers and the page address", "[invite]")
{
    bool csp = false;
    for (const auto& [name, value] : InviteSecurityHeaders())
        if (name == "Content-Security-Policy")
            csp = Contains(value, "default-src 'none'") && Contains(value, "form-action 'self'") && !Contains(value, "unsafe");
    CHECK(csp);
    CHECK(Contains(InviteStyleSheet(), "font:18px"));

    CHECK(PageQuery(true, PageMessage::NoteSent, MomentId{12}) == "?lang=en&m=sent&moment=12");
    PageRequest req;
    ParsePageQuery("lang=en&m=sent&moment=12", &req);
    CHECK(req.English);
    CHECK(req.Message == PageMessage::NoteSent);
    CHECK(req.Moment.Value == 12);
    PageRequest other;
    ParsePageQuery("lang=de&m=%3Cscript%3E&moment=1x", &other);
    CHECK_FALSE(other.English);
    CHECK(other.Message == PageMessage::None);
    CHECK_FALSE(other.Moment.IsValid());
}
