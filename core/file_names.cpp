#include "file_names.h"

#include <cstring>

static bool EndsWith(const std::string& s, const char* tail)
{
    const size_t n = std::strlen(tail);
    if (s.size() < n)
        return false;
    for (size_t i = 0; i < n; i++)
    {
        char a = s[s.size() - n + i], b = tail[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

std::string MapFileNameFromTitle(const std::string& title, const std::string& fallback)
{
    std::string name;
    for (char c : title)
    {
        const unsigned char u = (unsigned char)c;
        const bool forbidden = u < 0x20 || u == 0x7F || std::strchr("/\\:*?\"<>|", c) != nullptr;
        name += forbidden ? (u < 0x20 ? ' ' : '-') : c;
    }
    // Ends: no spaces (invisible in a file window) and no dots (hidden files, "name..cjm.json").
    const size_t first = name.find_first_not_of(" .");
    name = first == std::string::npos ? std::string() : name.substr(first, name.find_last_not_of(" .") - first + 1);
    const size_t max_bytes = 80;
    if (name.size() > max_bytes)
    {
        size_t cut = max_bytes;
        while (cut > 0 && ((unsigned char)name[cut] & 0xC0) == 0x80) // not inside a UTF-8 character
            cut--;
        name.resize(cut);
        const size_t last = name.find_last_not_of(" .");
        name.resize(last == std::string::npos ? 0 : last + 1);
    }
    if (name.empty())
        name = fallback;
    return WithMapExtension(name);
}

std::string WithMapExtension(const std::string& path)
{
    if (path.empty() || path.back() == '/' || EndsWith(path, MapFileExtension))
        return path;
    if (EndsWith(path, ".cjm"))
        return path + ".json";
    return path + MapFileExtension;
}
