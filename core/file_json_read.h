// The DOM walk of the map loader (file_json_read.cpp), used by file_json_load.cpp.
#pragma once
#include "journey.h"
#include "json_path.h"
#include "json_safe.h"

#include <string>

// The loader's cheap pass before parsing: nesting depth and number of values (file_json_load.cpp).
// The saver runs it on what it wrote, so a save never writes what the loader would refuse.
#include "result.h"
#include <cstddef>
Status CheckJsonShape(const char* s, size_t n);

// "a list [...]", "the number 42": what a value is, for messages.
std::string DescribeEn(const rapidjson::Value& v);
std::string DescribeNl(const rapidjson::Value& v);
const rapidjson::Value* Find(const rapidjson::Value& object, const char* key); // nullptr when absent
// An object whose field names are not repeated.
bool ExpectObject(JsonReader& r, const rapidjson::Value& v, const std::string& path);
bool WrongType(JsonReader& r, const std::string& path, const char* expected_en, const char* expected_nl, const rapidjson::Value& v);
// Fails with why the number `v` is not a whole number from min to max (not whole, written as a
// decimal, too small, too large).
bool WholeNumberFail(JsonReader& r, const std::string& p, const rapidjson::Value& v, double min, double max);
// Everything below "schema" (checked by the caller). Fields this version does not know are kept
// in the UnknownFields of the object they were found in.
bool ReadDocument(JsonReader& r, const rapidjson::Value& root, Document* doc);
