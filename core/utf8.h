// UTF-8 decoding for text layout: one code point at a time, U+FFFD for a broken sequence.
#pragma once
#include <string_view>

inline unsigned DecodeUtf8(std::string_view text, size_t* i)
{
    const unsigned char c = (unsigned char)text[*i];
    const int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra < 0 || *i + (size_t)extra >= text.size())
    {
        (*i)++;
        return 0xFFFD;
    }
    unsigned cp = extra == 0 ? c : extra == 1 ? (c & 0x1Fu) : extra == 2 ? (c & 0x0Fu) : (c & 0x07u);
    (*i)++;
    for (int k = 0; k < extra; k++, (*i)++)
    {
        const unsigned char cc = (unsigned char)text[*i];
        if ((cc & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (cc & 0x3Fu);
    }
    return cp;
}
