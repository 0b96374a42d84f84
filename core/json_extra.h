// Forward compatibility: fields of a map this JourneyBoard does not know (written by a newer
// version, or added by another tool) are kept per object as raw JSON and written back on save,
// so opening and saving a map never silently drops someone else's data.
#pragma once
#include "json_safe.h"

#include <initializer_list>
#include <string>

// The members of `object` whose names are not in `known`, as one compact JSON object text
// ("{\"layer\":3}"), or "" when there are none. A field that could not be written back exactly
// (a name holding a NUL, or text that is not valid UTF-8 anywhere inside) is dropped.
std::string KeepUnknownFields(const rapidjson::Value& object, std::initializer_list<const char*> known);

// Writes the members kept by KeepUnknownFields into the object cereal is writing now, after the
// known fields. Text that is not a JSON object (only a bug makes it) is ignored.
void WriteUnknownFields(cereal::JSONOutputArchive& ar, const std::string& fields);
