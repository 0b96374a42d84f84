#include "paths.h"

std::string BaseName(const std::string& path)
{
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string FolderOf(const std::string& path)
{
    const size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string ShortenMiddle(const std::string& text, size_t max_chars)
{
    // Byte offsets where characters start (continuation bytes are 10xxxxxx).
    size_t chars = 0;
    for (unsigned char c : text)
        chars += (c & 0xC0) != 0x80;
    if (chars <= max_chars)
        return text;
    const size_t keep = max_chars > 1 ? max_chars - 1 : 0; // one for the ellipsis
    const size_t head_chars = keep / 2, tail_chars = keep - head_chars;
    size_t head_end = 0;
    for (size_t n = 0; head_end < text.size(); head_end++)
        if (((unsigned char)text[head_end] & 0xC0) != 0x80 && n++ == head_chars)
            break;
    size_t tail_begin = text.size();
    for (size_t n = 0; tail_begin > 0 && n < tail_chars;)
        if (((unsigned char)text[--tail_begin] & 0xC0) != 0x80)
            n++;
    return text.substr(0, head_end) + "\xE2\x80\xA6" + text.substr(tail_begin);
}
