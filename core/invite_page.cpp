// The participants' page: the view of the map it may show, and its HTML in Dutch and English.
// core/ has no string table, so the page's few strings live here as Dutch/English pairs, like
// the messages in core/result.h.
#include "invite_page.h"
#include "invite_form.h"

#include <algorithm>
#include <charconv>
#include <string>

namespace
{
struct Words
{
    const char* Nl;
    const char* En;
};

// [SECTION] strings
constexpr Words Intro = {"Zet een knelpunt of een kans op de kaart. Je naam wordt niet gevraagd en niet bewaard.",
                         "Put a pain point or an opportunity on the map. Your name is not asked for and not stored."};
constexpr Words MomentLabel = {"Interactiemoment", "Interaction moment"};
constexpr Words ChooseMoment = {"Kies een moment", "Choose a moment"};
constexpr Words NoMoments = {"Er staan nog geen interactiemomenten op de kaart.", "The map has no interaction moments yet."};
constexpr Words KindLabel = {"Soort", "Kind"};
constexpr Words PainPoint = {"Knelpunt", "Pain point"};
constexpr Words Opportunity = {"Kans", "Opportunity"};
constexpr Words TextLabel = {"Je tekst", "Your text"};
constexpr Words Send = {"Versturen", "Send"};
constexpr Words Voting = {"Stippen zetten", "Place your dots"};
constexpr Words AddDot = {"+ stip", "+ dot"};
constexpr Words RemoveDot = {"− stip", "− dot"};
constexpr Words Untitled = {"(zonder titel)", "(untitled)"};
constexpr Words DefaultTitle = {"Customer Journey Map", "Customer journey map"};
constexpr Words Footer = {"JourneyBoard: alles blijft op de computer van de begeleider.",
                          "JourneyBoard: everything stays on the facilitator's computer."};
constexpr Words OtherLanguage = {"English", "Nederlands"};

Words MessageWords(PageMessage m)
{
    switch (m)
    {
    case PageMessage::NoteSent: return {"Verstuurd: je notitie staat op de kaart.", "Sent: your note is on the map."};
    case PageMessage::NoteHeld: return {"Verstuurd: de begeleider zet je notitie op de kaart.", "Sent: the facilitator will put your note on the map."};
    case PageMessage::DotPlaced: return {"Je stip staat erop.", "Your dot is placed."};
    case PageMessage::DotRemoved: return {"Je stip is teruggenomen.", "Your dot is taken back."};
    case PageMessage::NoMoment: return {"Kies een interactiemoment.", "Choose an interaction moment."};
    case PageMessage::NoKind: return {"Kies knelpunt of kans.", "Choose pain point or opportunity."};
    case PageMessage::NoText: return {"Typ eerst je tekst.", "Type your text first."};
    case PageMessage::TextTooLong: return {"Je tekst is te lang: maak hem korter.", "Your text is too long: make it shorter."};
    case PageMessage::TooFast: return {"Even wachten: je kunt zo weer iets versturen.", "Please wait a moment before sending again."};
    case PageMessage::NoDotsLeft: return {"Je stippen zijn op. Neem er een terug om te verplaatsen.", "You have no dots left. Take one back to move it."};
    case PageMessage::NoRound: return {"Er wordt nu niet gestemd.", "There is no voting round now."};
    case PageMessage::Busy: return {"Niet aangekomen: probeer het nog eens.", "Not received: please try again."};
    case PageMessage::BadForm: return {"Dit formulier kon niet worden gelezen. Laad de pagina opnieuw.", "This form could not be read. Reload the page."};
    case PageMessage::Ended: return {"De begeleider heeft de uitnodiging beëindigd.", "The facilitator has ended the invitation."};
    case PageMessage::None: break;
    }
    return {"", ""};
}

// Short names for the address (?m=...), one per message.
constexpr std::pair<PageMessage, const char*> MessageKeys[] = {
    {PageMessage::NoteSent, "sent"},      {PageMessage::NoteHeld, "held"},       {PageMessage::DotPlaced, "dot"},
    {PageMessage::DotRemoved, "undot"},   {PageMessage::NoMoment, "nomoment"},   {PageMessage::NoKind, "nokind"},
    {PageMessage::NoText, "notext"},      {PageMessage::TextTooLong, "toolong"}, {PageMessage::TooFast, "toofast"},
    {PageMessage::NoDotsLeft, "nodots"},  {PageMessage::NoRound, "noround"},     {PageMessage::Busy, "busy"},
    {PageMessage::BadForm, "badform"},    {PageMessage::Ended, "ended"},
};

bool IsGoodNews(PageMessage m)
{
    return m == PageMessage::NoteSent || m == PageMessage::NoteHeld || m == PageMessage::DotPlaced || m == PageMessage::DotRemoved;
}

struct Page
{
    std::string Html;
    bool English;
    const char* T(const Words& w) const { return English ? w.En : w.Nl; }
    Page& Raw(const std::string& s) { Html += s; return *this; }
    Page& Text(const std::string& s) { Html += HtmlEscape(s); return *this; }
    Page& Word(const Words& w) { Html += HtmlEscape(T(w)); return *this; }
};

void LanguageField(Page& p)
{
    p.Raw("<input type=\"hidden\" name=\"lang\" value=\"").Raw(p.English ? "en" : "nl").Raw("\">\n");
}

void NoteFormHtml(Page& p, const InviteView& view, const PageRequest& req)
{
    bool any = std::any_of(view.Phases.begin(), view.Phases.end(), [](const InvitePhase& ph) { return !ph.Moments.empty(); });
    if (!any)
    {
        p.Raw("<p class=\"empty\">").Word(NoMoments).Raw("</p>\n");
        return;
    }
    p.Raw("<form method=\"post\" action=\"").Text(req.Base + "note").Raw("\">\n");
    LanguageField(p);
    p.Raw("<label for=\"moment\">").Word(MomentLabel).Raw("</label>\n<select id=\"moment\" name=\"moment\" required>\n");
    p.Raw("<option value=\"\">").Word(ChooseMoment).Raw("</option>\n");
    for (const InvitePhase& phase : view.Phases)
    {
        p.Raw("<optgroup label=\"").Text(phase.Name).Raw(phase.Moments.empty() ? "\" disabled>\n" : "\">\n");
        for (const InviteMoment& m : phase.Moments)
        {
            p.Raw("<option value=\"").Raw(std::to_string(m.Id.Value)).Raw(m.Id == req.Moment ? "\" selected>" : "\">");
            if (m.Title.empty())
                p.Word(Untitled);
            else
                p.Text(m.Title);
            p.Raw("</option>\n");
        }
        p.Raw("</optgroup>\n");
    }
    p.Raw("</select>\n<fieldset><legend>").Word(KindLabel).Raw("</legend>\n");
    const bool pain = req.Kind == NoteKind::PainPoint;
    p.Raw("<label class=\"kind pain\"><input type=\"radio\" name=\"kind\" value=\"pain\"").Raw(pain ? " checked" : "")
        .Raw("> ").Word(PainPoint).Raw("</label>\n");
    p.Raw("<label class=\"kind chance\"><input type=\"radio\" name=\"kind\" value=\"chance\"").Raw(pain ? "" : " checked")
        .Raw("> ").Word(Opportunity).Raw("</label>\n</fieldset>\n");
    p.Raw("<label for=\"text\">").Word(TextLabel).Raw("</label>\n");
    p.Raw("<textarea id=\"text\" name=\"text\" rows=\"4\" maxlength=\"").Raw(std::to_string(MaxParticipantTextBytes / 2))
        .Raw("\" required>").Text(req.Draft).Raw("</textarea>\n");
    p.Raw("<button type=\"submit\">").Word(Send).Raw("</button>\n</form>\n");
}

void VoteFormHtml(Page& p, const InviteView& view, const PageRequest& req)
{
    if (view.Round == 0)
        return;
    p.Raw("<section class=\"votes\">\n<h2>").Word(Voting).Raw("</h2>\n<p class=\"budget\">");
    int left = std::max(0, view.DotsPerVoter - req.DotsUsed);
    if (p.English)
        p.Raw("You have " + std::to_string(left) + " of " + std::to_string(view.DotsPerVoter) + " dots left.");
    else
        p.Raw("Je hebt nog " + std::to_string(left) + " van de " + std::to_string(view.DotsPerVoter) + " stippen.");
    p.Raw("</p>\n<form method=\"post\" action=\"").Text(req.Base + "vote").Raw("\">\n");
    LanguageField(p);
    p.Raw("<ul>\n");
    for (const InviteVoteNote& n : view.VoteNotes)
    {
        auto mine = req.MyDots.find(n.Id);
        int dots = mine == req.MyDots.end() ? 0 : mine->second;
        const std::string id = std::to_string(n.Id.Value);
        p.Raw("<li><span class=\"tag ").Raw(n.Kind == NoteKind::PainPoint ? "pain\">" : "chance\">")
            .Word(n.Kind == NoteKind::PainPoint ? PainPoint : Opportunity).Raw("</span> ");
        if (!n.MomentTitle.empty())
            p.Raw("<span class=\"at\">").Text(n.MomentTitle).Raw("</span> ");
        p.Raw("<span class=\"note\">").Text(n.Text).Raw("</span>\n<span class=\"mine\">");
        for (int i = 0; i < std::min(dots, 20); i++)
            p.Raw("\xE2\x97\x8F"); // ●
        p.Raw("</span>\n<button name=\"add\" value=\"" + id + "\"" + (left == 0 ? " disabled" : "") + ">").Word(AddDot)
            .Raw("</button>\n");
        if (dots > 0)
            p.Raw("<button name=\"remove\" value=\"" + id + "\" class=\"back\">").Word(RemoveDot).Raw("</button>\n");
        p.Raw("</li>\n");
    }
    p.Raw("</ul>\n</form>\n</section>\n");
}
} // namespace

// [SECTION] the view of the map
InviteView MakeInviteView(const Document& doc, int s)
{
    InviteView view;
    view.Title = doc.Title;
    if (s < 0 || s >= (int)doc.Situations.size())
        return view;
    const Situation& sit = doc.Situations[(size_t)s];
    for (const Phase& phase : sit.Phases)
    {
        InvitePhase out;
        out.Name = phase.Name;
        std::vector<const Moment*> moments;
        for (const Moment& m : sit.Moments)
            if (m.Phase == phase.Id)
                moments.push_back(&m);
        std::stable_sort(moments.begin(), moments.end(), [](const Moment* a, const Moment* b) { return a->X < b->X; });
        for (const Moment* m : moments)
            out.Moments.push_back({m->Id, m->Title});
        view.Phases.push_back(std::move(out));
    }
    return view;
}

bool ViewHasMoment(const InviteView& view, MomentId id)
{
    for (const InvitePhase& phase : view.Phases)
        for (const InviteMoment& m : phase.Moments)
            if (m.Id == id)
                return true;
    return false;
}

bool ViewHasVoteNote(const InviteView& view, NoteId id)
{
    return std::any_of(view.VoteNotes.begin(), view.VoteNotes.end(), [&](const InviteVoteNote& n) { return n.Id == id; });
}

// [SECTION] HTML
std::string HtmlEscape(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text)
    {
        switch (c)
        {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.push_back(c);
        }
    }
    return out;
}

std::string RenderInvitePage(const InviteView& view, const PageRequest& req)
{
    Page p{{}, req.English};
    const std::string title = view.Title.empty() ? p.T(DefaultTitle) : view.Title;
    p.Html.reserve(4096);
    p.Raw("<!DOCTYPE html>\n<html lang=\"").Raw(req.English ? "en" : "nl").Raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
    p.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    p.Raw("<meta name=\"referrer\" content=\"no-referrer\">\n<title>").Text(title).Raw("</title>\n");
    p.Raw("<link rel=\"stylesheet\" href=\"").Text(req.Base + "style.css").Raw("\">\n</head>\n<body>\n");
    p.Raw("<nav><a href=\"").Text(req.Base + PageQuery(!req.English, PageMessage::None, req.Moment)).Raw("\" hreflang=\"")
        .Raw(req.English ? "nl" : "en").Raw("\">").Word(OtherLanguage).Raw("</a></nav>\n");
    p.Raw("<h1>").Text(title).Raw("</h1>\n");
    if (req.Message != PageMessage::None)
        p.Raw("<p class=\"msg ").Raw(IsGoodNews(req.Message) ? "ok" : "bad").Raw("\" role=\"status\">")
            .Word(MessageWords(req.Message)).Raw("</p>\n");
    p.Raw("<p class=\"intro\">").Word(Intro).Raw("</p>\n");
    NoteFormHtml(p, view, req);
    VoteFormHtml(p, view, req);
    p.Raw("<footer>").Word(Footer).Raw("</footer>\n</body>\n</html>\n");
    return p.Html;
}

const std::string& InviteStyleSheet()
{
    // Large type and full-width controls: readable and tappable on a phone without zooming.
    static const std::string css =
        "html{-webkit-text-size-adjust:100%}\n"
        "body{font:18px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:38rem;"
        "padding:1rem;color:#1d2430;background:#f7f7f4}\n"
        "nav{text-align:right}nav a{color:#225;font-size:1rem}\n"
        "h1{font-size:1.5rem;margin:.3rem 0 .6rem}h2{font-size:1.25rem;margin:1.6rem 0 .4rem}\n"
        "label,legend{display:block;font-weight:600;margin:1rem 0 .3rem}\n"
        "select,textarea,button{font:inherit;width:100%;box-sizing:border-box;border-radius:.5rem}\n"
        "select,textarea{padding:.6rem;border:2px solid #8a93a3;background:#fff}\n"
        "fieldset{border:0;padding:0;margin:0}\n"
        "label.kind{display:inline-block;font-weight:400;margin:.2rem .8rem .2rem 0;padding:.5rem .8rem;border-radius:.5rem}\n"
        "label.pain,.tag.pain{background:#ffd9d2}label.chance,.tag.chance{background:#d6f0d6}\n"
        "input[type=radio]{width:1.3rem;height:1.3rem;vertical-align:-.2rem}\n"
        "button{margin-top:1rem;padding:.8rem;border:0;background:#23507a;color:#fff;font-weight:600}\n"
        "button:disabled{background:#9aa4b1}button.back{background:#6b7280}\n"
        ".msg{padding:.7rem;border-radius:.5rem}.ok{background:#d6f0d6}.bad{background:#ffe1a8}\n"
        ".votes ul{list-style:none;padding:0}.votes li{background:#fff;border-radius:.5rem;padding:.7rem;margin:.6rem 0}\n"
        ".votes button{width:auto;margin:.5rem .5rem 0 0;padding:.5rem 1rem}\n"
        ".tag{font-size:.85rem;padding:.1rem .4rem;border-radius:.3rem}.at{color:#555;font-size:.9rem}\n"
        ".note{display:block;margin-top:.3rem}.mine{color:#23507a;font-size:1.3rem;letter-spacing:.1rem}\n"
        "footer{margin-top:2rem;color:#666;font-size:.85rem}\n";
    return css;
}

const std::vector<std::pair<std::string, std::string>>& InviteSecurityHeaders()
{
    static const std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Security-Policy",
         "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
        {"X-Frame-Options", "DENY"},
    };
    return headers;
}

std::string PageQuery(bool english, PageMessage message, MomentId moment)
{
    std::string q = english ? "?lang=en" : "?lang=nl";
    for (const auto& [m, key] : MessageKeys)
        if (m == message)
            q += std::string("&m=") + key;
    if (moment.IsValid())
        q += "&moment=" + std::to_string(moment.Value);
    return q;
}

void ParsePageQuery(const std::string& query, PageRequest* request)
{
    std::vector<FormField> fields = DecodeQuery(query);
    if (const std::string* lang = FindField(fields, "lang"))
        request->English = *lang == "en";
    if (const std::string* m = FindField(fields, "m"))
        for (const auto& [message, key] : MessageKeys)
            if (*m == key)
                request->Message = message;
    if (const std::string* moment = FindField(fields, "moment"))
    {
        uint32_t v = 0;
        auto r = std::from_chars(moment->data(), moment->data() + moment->size(), v);
        request->Moment.Value = r.ec == std::errc() && r.ptr == moment->data() + moment->size() ? v : 0;
    }
}
