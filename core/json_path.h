// The first-error collector of the map reader and validator, and how places in a file are named
// in messages ("situations[0].moments[3].x").
#pragma once
#include "result.h"

#include <cstddef>
#include <string>

// Collects the first error; every Read* returns false once it failed, so reading stops there.
class NumbersAsWritten; // json_extra.h

struct JsonReader
{
    Status Error; // the first problem found
    NumbersAsWritten* AsWritten = nullptr; // the file's text, so kept fields keep their numbers' text; may be null

    // path is where in the file ("situations[0].moments[3].x"); empty for the map as a whole,
    // then the message is a sentence of its own.
    bool Fail(const std::string& path, const std::string& en, const std::string& nl)
    {
        if (Error.Ok)
            Error = Status::Error(path.empty() ? Sentence(en) : path + ": " + en, path.empty() ? Sentence(nl) : path + ": " + nl);
        return false;
    }

    static std::string Sentence(std::string s)
    {
        if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
            s[0] = (char)(s[0] - 'a' + 'A');
        if (!s.empty() && s.back() != '.')
            s += '.';
        return s;
    }
};

inline std::string Field(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }
inline std::string Item(const std::string& path, size_t index) { return path + "[" + std::to_string(index) + "]"; }

// One or two situations (validate.cpp; the reader checks it before allocating).
bool CheckSituationCount(JsonReader& r, size_t count);
