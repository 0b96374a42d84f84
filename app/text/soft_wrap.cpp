#include "text/soft_wrap.h"

static void AppendWrappedLine(const char* begin, const char* end, const WrapAt& wrap_at, std::string* out)
{
    const char* p = begin;
    while (p < end)
    {
        const char* q = wrap_at(p, end);
        if (q >= end || q == nullptr)
        {
            out->append(p, end);
            return;
        }
        if (q <= p) // not even one character fits: take one whole UTF-8 character
        {
            q = p + 1;
            while (q < end && ((unsigned char)*q & 0xC0) == 0x80)
                q++;
        }
        while (q < end && (*q == ' ' || *q == '\t')) // the blanks stay on the full line
            q++;
        out->append(p, q);
        if (q >= end)
            return;
        out->append("\r\n");
        p = q;
    }
}

std::string InsertSoftBreaks(const std::string& text, const WrapAt& wrap_at)
{
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    const char* p = text.data();
    const char* const end = p + text.size();
    while (true)
    {
        const char* line_end = p;
        while (line_end < end && *line_end != '\n' && *line_end != '\r')
            line_end++;
        AppendWrappedLine(p, line_end, wrap_at, &out);
        if (line_end >= end)
            break;
        out += '\n';
        p = line_end + ((line_end[0] == '\r' && line_end + 1 < end && line_end[1] == '\n') ? 2 : 1);
    }
    return out;
}

// A soft break is "\r\n"; its two bytes are not part of the text.
static bool IsSoftBreakAt(const std::string& shown, size_t i) { return shown[i] == '\r' && i + 1 < shown.size() && shown[i + 1] == '\n'; }

std::string RemoveSoftBreaks(const std::string& shown)
{
    std::string out;
    out.reserve(shown.size());
    for (size_t i = 0; i < shown.size(); i++)
    {
        if (IsSoftBreakAt(shown, i))
            i++; // skip both
        else if (shown[i] != '\r')
            out += shown[i];
    }
    return out;
}

int RealIndex(const std::string& shown, int shown_index)
{
    int real = 0;
    for (int i = 0; i < shown_index && i < (int)shown.size(); i++)
    {
        if (IsSoftBreakAt(shown, (size_t)i))
            i++;
        else if (shown[i] != '\r')
            real++;
    }
    return real;
}

int ShownIndex(const std::string& shown, int real_index)
{
    int real = 0;
    int i = 0;
    while (i < (int)shown.size())
    {
        if (IsSoftBreakAt(shown, (size_t)i))
        {
            i += 2; // a place at a soft break is at the start of the next line
            continue;
        }
        if (real == real_index)
            break;
        if (shown[i] != '\r')
            real++;
        i++;
    }
    return i;
}
