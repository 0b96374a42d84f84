// Forward compatibility: fields of a map this JourneyBoard does not know (written by a newer
// version, or added by another tool) are kept per object as raw JSON and written back on save,
// so opening and saving a map never silently drops someone else's data.
#pragma once
#include "json_safe.h"

#include <initializer_list>
#include <string>

// The file's text, parsed a second time with every number kept as the text it was written in
// (RapidJSON's DOM keeps only a double, and 0.30000000000000004 would come back changed). The
// second parse happens only when a kept field holds a number, and at most once per file.
class NumbersAsWritten
{
public:
    NumbersAsWritten(const char* text, size_t size);
    ~NumbersAsWritten();
    NumbersAsWritten(const NumbersAsWritten&) = delete;
    NumbersAsWritten& operator=(const NumbersAsWritten&) = delete;
    // The value at `path` ("situations[0].moments[3].patient", "" for the root) as written in the
    // file, or nullptr when the file has nothing there (e.g. a part a migration made).
    const rapidjson::Value* At(const std::string& path);

private:
    const char* Text;
    size_t Size;
    bool Parsed = false;
    rapidjson::Document* Dom = nullptr;
};

// The members of `object` whose names are not in `known`, as one compact JSON object text
// ("{\"layer\":3}"), or "" when there are none. A field that could not be written back exactly
// (a name holding a NUL, or text that is not valid UTF-8 anywhere inside) is dropped. Numbers keep
// the text they had in the file when `as_written` can find the object at `path`.
std::string KeepUnknownFields(const rapidjson::Value& object, std::initializer_list<const char*> known,
                              NumbersAsWritten* as_written = nullptr, const std::string& path = std::string());

// SaveDocumentToString's last step: WriteUnknownFields writes a number kept as text as a marked
// string (cereal has no way to write raw text); this turns those back into the numbers as written.
std::string UnmarkNumbersAsWritten(std::string json);

// Writes the members kept by KeepUnknownFields into the object cereal is writing now, after the
// known fields. Text that is not a JSON object (only a bug makes it) is ignored.
void WriteUnknownFields(cereal::JSONOutputArchive& ar, const std::string& fields);
