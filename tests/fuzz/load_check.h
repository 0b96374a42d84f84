// The property the fuzzer checks on every input, shared with the replay test in
// tests/core/test_fuzz_replay.cpp so a crash file found once is checked by every build:
// - any bytes give a Status, never a crash, an abort, or a sanitizer report;
// - a refused input has a message in both languages and leaves the target document untouched;
// - an accepted map validates, and saving it gives a file that loads to the same bytes again;
// - bytes that start like a PNG go through the snapshot reader first (png_meta.h): a damaged
//   container is a message too, and the map inside must keep the property above.
#pragma once
#include "file_json.h"
#include "journey.h"
#include "png_meta.h"

#include <string>

// The loader and saver the property is checked on: the real ones, or (in the replay test) broken
// ones, to show the check catches each kind of fault.
struct LoadFunctions
{
    Status (*Load)(const std::string& json, Document* out) = LoadDocumentFromString;
    std::string (*Save)(const Document& doc) = SaveDocumentToString;
};

// How the loader answered the last checked input.
enum class LoadOutcome
{
    Refused,
    Accepted,
};

inline std::string CheckJsonLoadProperty(const std::string& bytes, const LoadFunctions& f, LoadOutcome* outcome);

// "" when the property holds, else what broke. `outcome` (may be null): refused or accepted.
inline std::string CheckLoadProperty(const std::string& bytes, const LoadFunctions& f = LoadFunctions(), LoadOutcome* outcome = nullptr)
{
    LoadOutcome ignored;
    if (!outcome)
        outcome = &ignored;
    *outcome = LoadOutcome::Refused;
    if (!HasPngSignature(bytes))
        return CheckJsonLoadProperty(bytes, f, outcome);
    PngInfo info;
    const Status read_info = ReadPngInfo(bytes, &info);
    if (!read_info.Ok && (read_info.Message.empty() || read_info.MessageNl.empty()))
        return "a PNG's chunks refused without a message";
    std::string json;
    Status error;
    if (!ExtractMapFromPng(bytes, &json, &error))
        return error.Message.empty() || error.MessageNl.empty() ? "a snapshot refused without a message" : std::string();
    if (read_info.Ok && !info.HasMap)
        return "the map was extracted from a PNG whose chunks say it has none";
    return CheckJsonLoadProperty(json, f, outcome);
}

inline std::string CheckJsonLoadProperty(const std::string& bytes, const LoadFunctions& f, LoadOutcome* outcome)
{
    Document doc;
    doc.Title = "sentinel";
    const std::string before = f.Save(doc);
    const Status st = f.Load(bytes, &doc);
    if (!st.Ok)
    {
        if (st.Message.empty() || st.MessageNl.empty())
            return "refused without a message";
        if (f.Save(doc) != before)
            return "a refused load changed the document: " + st.Message;
        return std::string();
    }
    *outcome = LoadOutcome::Accepted;
    const Status valid = ValidateDocument(doc);
    if (!valid.Ok)
        return "accepted a map that does not validate: " + valid.Message;
    const std::string saved = f.Save(doc);
    Document again;
    const Status reload = f.Load(saved, &again);
    if (!reload.Ok)
        return "what we saved does not load again: " + reload.Message;
    if (f.Save(again) != saved)
        return "saving what we loaded from our own save gives other bytes";
    return std::string();
}
