// Checking what a participant's phone sends: tokens, routes, strict form decoding, cookies.
#include "invite_form.h"
#include "json_text.h"

#include <charconv>

namespace
{
constexpr char Base32Alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";

int HexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes one name or value; false on a broken escape.
bool PercentDecode(std::string_view s, std::string* out)
{
    out->clear();
    out->reserve(s.size());
    for (size_t i = 0; i < s.size(); i++)
    {
        char c = s[i];
        if (c == '+')
            out->push_back(' ');
        else if (c == '%')
        {
            if (i + 2 >= s.size())
                return false;
            int h = HexValue(s[i + 1]), l = HexValue(s[i + 2]);
            if (h < 0 || l < 0)
                return false;
            out->push_back((char)(h * 16 + l));
            i += 2;
        }
        else
            out->push_back(c);
    }
    return true;
}

// Control characters besides tab, CR and LF (and DEL) are refused; in names, none at all.
bool HasControlChars(const std::string& s, bool allow_breaks)
{
    for (unsigned char c : s)
    {
        if (c == 0x7F)
            return true;
        if (c < 0x20 && !(allow_breaks && (c == '\t' || c == '\n' || c == '\r')))
            return true;
    }
    return false;
}

bool ParseId(const std::string* text, uint32_t* out)
{
    if (!text || text->empty() || text->size() > 10)
        return false;
    uint32_t v = 0;
    auto r = std::from_chars(text->data(), text->data() + text->size(), v);
    if (r.ec != std::errc() || r.ptr != text->data() + text->size() || v == 0)
        return false;
    *out = v;
    return true;
}

bool IsBase32Char(char c) { return (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'); }
} // namespace

// [SECTION] tokens
std::string EncodeBase32(const unsigned char* bytes, size_t n)
{
    std::string out;
    uint32_t buffer = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++)
    {
        buffer = (buffer << 8) | bytes[i];
        bits += 8;
        while (bits >= 5)
        {
            out.push_back(Base32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.push_back(Base32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b)
{
    // Every byte of b is visited whatever a holds; a shorter a reads zeros instead.
    unsigned diff = (unsigned)(a.size() ^ b.size());
    for (size_t i = 0; i < b.size(); i++)
    {
        unsigned char x = i < a.size() ? (unsigned char)a[i] : 0;
        diff |= (unsigned)(x ^ (unsigned char)b[i]);
    }
    return diff == 0 && !b.empty();
}

// [SECTION] routes
InviteRoute RouteInvitePath(std::string_view path, std::string_view method, std::string_view token)
{
    if (path.size() < 2 || path[0] != '/')
        return InviteRoute::NotFound;
    std::string_view rest = path.substr(1);
    size_t slash = rest.find('/');
    std::string_view given = rest.substr(0, slash);
    // The comparison runs before anything else looks at the path, and costs the same for any
    // given token of any length.
    bool token_ok = ConstantTimeEquals(given, token);
    if (!token_ok || slash == std::string_view::npos)
        return InviteRoute::NotFound;
    std::string_view page = rest.substr(slash + 1);
    if (page.empty() && (method == "GET" || method == "HEAD"))
        return InviteRoute::Page;
    if (page == "style.css" && (method == "GET" || method == "HEAD"))
        return InviteRoute::Style;
    if (page == "note" && method == "POST")
        return InviteRoute::Note;
    if (page == "vote" && method == "POST")
        return InviteRoute::Vote;
    return InviteRoute::NotFound;
}

// [SECTION] forms
FormError DecodeForm(std::string_view body, std::vector<FormField>* out)
{
    out->clear();
    if (body.size() > MaxInviteBodyBytes)
        return FormError::TooLarge;
    if (body.empty())
        return FormError::None;
    size_t start = 0;
    while (start <= body.size())
    {
        size_t end = body.find('&', start);
        if (end == std::string_view::npos)
            end = body.size();
        std::string_view pair = body.substr(start, end - start);
        start = end + 1;
        if (pair.empty())
        {
            if (end == body.size())
                break;
            continue; // "a=1&&b=2" is what browsers never send, but it is harmless
        }
        if (out->size() >= MaxFormFields)
            return FormError::TooLarge;
        size_t eq = pair.find('=');
        FormField field;
        if (!PercentDecode(pair.substr(0, eq), &field.Name) ||
            (eq != std::string_view::npos && !PercentDecode(pair.substr(eq + 1), &field.Value)))
            return FormError::BadEncoding;
        if (field.Name.empty())
            return FormError::BadEncoding;
        if (!IsValidUtf8(field.Name.data(), field.Name.size()) || !IsValidUtf8(field.Value.data(), field.Value.size()))
            return FormError::BadUtf8;
        if (HasControlChars(field.Name, false) || HasControlChars(field.Value, true))
            return FormError::ControlChars;
        out->push_back(std::move(field));
        if (end == body.size())
            break;
    }
    return FormError::None;
}

const std::string* FindField(const std::vector<FormField>& fields, std::string_view name)
{
    for (const FormField& f : fields)
        if (f.Name == name)
            return &f.Value;
    return nullptr;
}

std::vector<FormField> DecodeQuery(std::string_view query)
{
    std::vector<FormField> fields;
    if (query.size() > 1024 || DecodeForm(query, &fields) != FormError::None)
        fields.clear();
    return fields;
}

// [SECTION] what a participant sends
NoteFormError ParseNoteForm(const std::vector<FormField>& fields, NoteForm* out)
{
    uint32_t moment = 0;
    if (!ParseId(FindField(fields, "moment"), &moment))
        return NoteFormError::NoMoment;
    const std::string* kind = FindField(fields, "kind");
    if (!kind || (*kind != "pain" && *kind != "chance"))
        return NoteFormError::NoKind;
    const std::string* raw = FindField(fields, "text");
    std::string text;
    if (raw)
    {
        text.reserve(raw->size());
        for (size_t i = 0; i < raw->size(); i++)
        {
            char c = (*raw)[i];
            if (c == '\r')
            {
                text.push_back('\n');
                if (i + 1 < raw->size() && (*raw)[i + 1] == '\n')
                    i++;
            }
            else
                text.push_back(c == '\t' ? ' ' : c);
        }
    }
    size_t first = text.find_first_not_of(" \n");
    if (first == std::string::npos)
        return NoteFormError::NoText;
    size_t last = text.find_last_not_of(" \n");
    text = text.substr(first, last - first + 1);
    if (text.size() > MaxParticipantTextBytes)
        return NoteFormError::TextTooLong;
    out->Moment.Value = moment;
    out->Kind = *kind == "pain" ? NoteKind::PainPoint : NoteKind::Opportunity;
    out->Text = std::move(text);
    return NoteFormError::None;
}

bool ParseVoteForm(const std::vector<FormField>& fields, VoteForm* out)
{
    uint32_t id = 0;
    if (ParseId(FindField(fields, "add"), &id))
        out->Add = true;
    else if (ParseId(FindField(fields, "remove"), &id))
        out->Add = false;
    else
        return false;
    out->Note.Value = id;
    return true;
}

// [SECTION] cookies
std::string ParticipantFromCookie(std::string_view header)
{
    const std::string_view name = ParticipantCookieName;
    const size_t id_chars = (ParticipantIdBytes * 8 + 4) / 5;
    size_t start = 0;
    while (start < header.size())
    {
        size_t end = header.find(';', start);
        if (end == std::string_view::npos)
            end = header.size();
        std::string_view item = header.substr(start, end - start);
        start = end + 1;
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        if (item.size() == name.size() + 1 + id_chars && item.substr(0, name.size()) == name && item[name.size()] == '=')
        {
            std::string_view value = item.substr(name.size() + 1);
            bool ok = true;
            for (char c : value)
                ok = ok && IsBase32Char(c);
            if (ok)
                return std::string(value);
        }
    }
    return {};
}
