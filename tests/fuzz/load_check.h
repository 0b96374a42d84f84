// The property the fuzzer checks on every input, shared with the replay test in
// tests/core/test_fuzz_replay.cpp so a crash file found once is checked by every build:
// - any bytes give a Status, never a crash, an abort, or a sanitizer report;
// - a refused input has a message in both languages and leaves the target document untouched;
// - an accepted map validates, and saving it gives a file that loads to the same bytes again.
#pragma once
#include "file_json.h"
#include "journey.h"

#include <string>

// "" when the property holds, else what broke.
inline std::string CheckLoadProperty(const std::string& bytes)
{
    Document doc;
    doc.Title = "sentinel";
    const std::string before = SaveDocumentToString(doc);
    const Status st = LoadDocumentFromString(bytes, &doc);
    if (!st.Ok)
    {
        if (st.Message.empty() || st.MessageNl.empty())
            return "refused without a message";
        if (SaveDocumentToString(doc) != before)
            return "a refused load changed the document: " + st.Message;
        return std::string();
    }
    const Status valid = ValidateDocument(doc);
    if (!valid.Ok)
        return "accepted a map that does not validate: " + valid.Message;
    const std::string saved = SaveDocumentToString(doc);
    Document again;
    const Status reload = LoadDocumentFromString(saved, &again);
    if (!reload.Ok)
        return "what we saved does not load again: " + reload.Message;
    if (SaveDocumentToString(again) != saved)
        return "saving what we loaded from our own save gives other bytes";
    return std::string();
}
