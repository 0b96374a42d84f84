// Text and number helpers shared by the map reader and writer: UTF-8 checks, shortest floats,
// excerpts for messages.
#include "json_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>


// Length of the well-formed UTF-8 sequence at s (n bytes left), or 0 when it is not one:
// stray continuation bytes, overlong forms, UTF-16 surrogates and code points above U+10FFFF.
size_t Utf8SequenceLength(const unsigned char* s, size_t n)
{
    const unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
    if (c < 0xE0)
        return cont(1) ? 2 : 0;
    if (c < 0xF0)
    {
        if (!cont(1) || !cont(2) || (c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c < 0xF5)
    {
        if (!cont(1) || !cont(2) || !cont(3) || (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

bool IsValidUtf8(const char* s, size_t n)
{
    const unsigned char* p = (const unsigned char*)s;
    for (size_t i = 0; i < n;)
    {
        size_t len = Utf8SequenceLength(p + i, n - i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

// Valid UTF-8 without NUL, at most max_bytes, cut at a character boundary. Invalid bytes become
// U+FFFD. The saver uses it so a file we write always passes the loader's checks.
std::string CleanText(std::string_view s, size_t max_bytes)
{
    std::string out;
    out.reserve(std::min(s.size(), max_bytes));
    const unsigned char* p = (const unsigned char*)s.data();
    for (size_t i = 0; i < s.size();)
    {
        size_t len = Utf8SequenceLength(p + i, s.size() - i);
        const char* piece = len ? s.data() + i : "\xEF\xBF\xBD";
        size_t piece_len = len ? len : 3;
        i += len ? len : 1;
        if (len == 1 && *piece == '\0')
            continue;
        if (out.size() + piece_len > max_bytes)
            break;
        out.append(piece, piece_len);
    }
    return out;
}

// A short excerpt of user text for a message: valid UTF-8, at most ~40 bytes, on one line.
std::string Excerpt(std::string_view s)
{
    std::string out = CleanText(s, 40);
    return OneLine(out.size() < s.size() ? out + "..." : out);
}

// Code points that change how a terminal or a text view shows what follows: C0 and C1 controls,
// DEL, line and paragraph separators, and the bidirectional controls (which can make text read
// backwards, e.g. U+202E).
static bool ShownEscaped(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string OneLine(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    const unsigned char* p = (const unsigned char*)s.data();
    char buf[16];
    for (size_t i = 0; i < s.size();)
    {
        const size_t len = Utf8SequenceLength(p + i, s.size() - i);
        if (len == 0)
        {
            std::snprintf(buf, sizeof(buf), "\\x%02X", p[i]);
            out += buf;
            i++;
            continue;
        }
        uint32_t cp = len == 1 ? p[i] : (p[i] & (0xFF >> (len + 1)));
        for (size_t k = 1; k < len; k++)
            cp = (cp << 6) | (p[i + k] & 0x3F);
        if (!ShownEscaped(cp))
            out.append(s.data() + i, len);
        else if (cp == '\n')
            out += "\\n";
        else if (cp == '\r')
            out += "\\r";
        else if (cp == '\t')
            out += "\\t";
        else
        {
            std::snprintf(buf, sizeof(buf), cp < 0x100 ? "\\x%02X" : "\\u%04X", (unsigned)cp);
            out += buf;
        }
        i += len;
    }
    return out;
}

// For messages: whole numbers in plain digits ("1000000", not "1e+06"), others as the shortest
// decimal that reads back the same ("0.1", not "0.10000000149011612").
std::string FormatNumber(double v)
{
    char buf[64];
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return std::to_string((long long)v);
    auto res = std::to_chars(buf, buf + sizeof(buf), v);
    return std::string(buf, res.ptr);
}

std::string FormatFloat(float v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15f)
        return std::to_string((long long)v);
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof(buf), v);
    return std::string(buf, res.ptr);
}

// "-2..+2", "0..100000"
std::string FormatRange(float lo, float hi)
{
    return FormatFloat(lo) + ".." + (lo < 0 && hi > 0 ? "+" : "") + FormatFloat(hi);
}

// Standard base64 (RFC 4648), no line breaks, '=' padding only at the end.
bool IsBase64(const std::string& s)
{
    if (s.size() % 4 != 0)
        return false;
    size_t end = s.size();
    for (int pad = 0; pad < 2 && end > 0 && s[end - 1] == '='; pad++)
        end--;
    for (size_t i = 0; i < end; i++)
    {
        const char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return false;
    }
    return true;
}
