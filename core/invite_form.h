// The participants' page (issue #15): what a request may carry, checked before anything else
// looks at it. Pure functions over bytes; the server in app/invite/ calls them from its threads.
#pragma once
#include "ids.h"
#include "journey.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

constexpr size_t MaxInviteBodyBytes = 8192;       // one form: a note of MaxParticipantTextBytes percent-encoded fits
constexpr size_t MaxParticipantTextBytes = 1000;  // one participant's note (UTF-8 bytes): a sticky, not an essay
constexpr size_t MaxFormFields = 16;              // our forms send at most five
constexpr size_t InviteTokenBytes = 16;           // 128 random bits in every address
constexpr size_t ParticipantIdBytes = 16;         // 128 random bits in each participant's cookie

// [SECTION] tokens
// Lower-case base32 (RFC 4648 alphabet, no padding): 16 bytes give 26 characters, easy for a QR
// code and safe in a path and a cookie.
std::string EncodeBase32(const unsigned char* bytes, size_t n);
// True when a equals b, in a time that depends only on the lengths (never on where they differ).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// [SECTION] routes
enum class InviteRoute
{
    NotFound, // anything without the right token, or an unknown page: 404 and nothing else
    Page,     // GET /TOKEN/
    Style,    // GET /TOKEN/style.css
    Note,     // POST /TOKEN/note
    Vote,     // POST /TOKEN/vote
};
// `path` is the request path without the query. The token segment is compared in constant time.
InviteRoute RouteInvitePath(std::string_view path, std::string_view method, std::string_view token);

// [SECTION] forms
struct FormField
{
    std::string Name;
    std::string Value;
};
enum class FormError
{
    None,
    TooLarge,      // over MaxInviteBodyBytes or MaxFormFields
    BadEncoding,   // a % not followed by two hex digits, or an empty field name
    BadUtf8,       // a name or value that is not well-formed UTF-8
    ControlChars,  // NUL or other control characters besides tab and line breaks
};
// application/x-www-form-urlencoded, strictly: '+' is a space, %XX must be two hex digits, every
// decoded name and value must be well-formed UTF-8 without control characters (tab, CR and LF
// are allowed in values). Nothing is repaired: a bad form is refused whole.
FormError DecodeForm(std::string_view body, std::vector<FormField>* out);
// The first value of `name`, or nullptr.
const std::string* FindField(const std::vector<FormField>& fields, std::string_view name);
// The query string of a URL, decoded the same way (e.g. "lang=en&sent=note"); bad ones give none.
std::vector<FormField> DecodeQuery(std::string_view query);

// [SECTION] what a participant sends
struct NoteForm
{
    MomentId Moment;
    NoteKind Kind = NoteKind::PainPoint;
    std::string Text; // trimmed, CRLF as LF, 1..MaxParticipantTextBytes bytes
};
enum class NoteFormError
{
    None,
    NoMoment,  // no moment chosen, or not a number
    NoKind,    // neither pain point nor opportunity
    NoText,    // empty after trimming
    TextTooLong,
};
NoteFormError ParseNoteForm(const std::vector<FormField>& fields, NoteForm* out);

struct VoteForm
{
    NoteId Note;
    bool Add = true; // false: take a dot back
};
// A vote form carries one pressed button: add=NOTE or remove=NOTE.
bool ParseVoteForm(const std::vector<FormField>& fields, VoteForm* out);

// [SECTION] cookies
// The participant id from a Cookie header ("a=b; jb_p=XXXX; c=d"), or empty. Only ids made of
// base32 characters of the right length count.
std::string ParticipantFromCookie(std::string_view cookie_header);
constexpr const char* ParticipantCookieName = "jb_p";
