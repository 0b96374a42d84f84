// The participants' page (issue #15): what it may show of the map, and its HTML.
// The page shows the map's title, the phases and the moment titles, and during a voting round
// the notes that can get dots. Never the persona, descriptions, scores, file names or anything
// else: InviteView is the only thing the server knows about the map, made on the frame loop.
#pragma once
#include "ids.h"
#include "journey.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct InviteMoment
{
    MomentId Id;
    std::string Title;
};

struct InvitePhase
{
    std::string Name;
    std::vector<InviteMoment> Moments; // left to right
};

struct InviteVoteNote
{
    NoteId Id;
    NoteKind Kind = NoteKind::PainPoint;
    std::string Text;
    std::string MomentTitle; // the moment it is on; empty for a free note
};

struct InviteView
{
    std::string Title;
    std::vector<InvitePhase> Phases;
    uint64_t Round = 0;    // the open voting round; 0 when none is open
    int DotsPerVoter = 0;  // each participant's dots in that round
    std::vector<InviteVoteNote> VoteNotes; // the notes that can get dots
    bool English = false;  // the page's default language: the app's
};

// The title, the phases and the moment titles of situation `s` (0 current, 1 desired), and
// nothing else. Moments in phase order, left to right.
InviteView MakeInviteView(const Document& doc, int s);
// True when `id` is a moment the view offers (a participant cannot aim at anything else).
bool ViewHasMoment(const InviteView& view, MomentId id);
bool ViewHasVoteNote(const InviteView& view, NoteId id);

// What the page says above the form after a request.
enum class PageMessage
{
    None,
    NoteSent,    // on the map
    NoteHeld,    // in the facilitator's inbox
    DotPlaced,
    DotRemoved,
    NoMoment,    // no moment chosen, or the moment is gone
    NoKind,
    NoText,
    TextTooLong,
    TooFast,     // the rate limit
    NoDotsLeft,
    NoRound,     // voting is not open (any more)
    Busy,        // the app did not answer in time
    BadForm,     // broken encoding, invalid UTF-8, control characters, too large
    Ended,       // the invitation is ending
};

// One request's state of the page.
struct PageRequest
{
    bool English = false;
    PageMessage Message = PageMessage::None;
    std::string Base;        // "/TOKEN/": every link and form goes below it
    MomentId Moment;         // the moment to preselect (the last one used)
    NoteKind Kind = NoteKind::PainPoint;
    std::string Draft;       // the text to put back in the box after an error
    int DotsUsed = 0;        // this participant's dots in the open round
    std::unordered_map<NoteId, int> MyDots; // this participant's dots per note
};

// The whole page: escaped, in Dutch or English, a plain HTML form (no script), for a phone.
std::string RenderInvitePage(const InviteView& view, const PageRequest& request);
// The page's style sheet (served at /TOKEN/style.css: the CSP allows no inline style).
const std::string& InviteStyleSheet();
// Headers every answer carries, 404s included: a strict Content-Security-Policy, no referrer
// (the token is in the address), no caching, no framing, no type sniffing.
const std::vector<std::pair<std::string, std::string>>& InviteSecurityHeaders();
// &, <, >, " and ' as entities.
std::string HtmlEscape(const std::string& text);
// The address's query for a language and a message, e.g. "?lang=en&m=sent&moment=12".
std::string PageQuery(bool english, PageMessage message, MomentId moment);
// Reads that query back (unknown messages are None).
void ParsePageQuery(const std::string& query, PageRequest* request);
