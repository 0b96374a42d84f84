// The words a file-format message uses: what a value in the file is ("the text \"...\"", "a list
// [...]"), in English and Dutch, and why a number is refused.
#include "file_json_read.h"

#include "json_text.h"

#include <cmath>

using JsonValue = rapidjson::Value;

std::string DescribeEn(const JsonValue& v)
{
    switch (v.GetType())
    {
    case rapidjson::kNullType: return "nothing (null)";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return v.IsTrue() ? "true" : "false";
    case rapidjson::kObjectType: return "a group of fields {...}";
    case rapidjson::kArrayType: return "a list [...]";
    case rapidjson::kStringType: return "the text \"" + Excerpt({v.GetString(), v.GetStringLength()}) + "\"";
    case rapidjson::kNumberType: return "the number " + FormatNumber(v.GetDouble());
    }
    return "something else";
}

std::string DescribeNl(const JsonValue& v)
{
    switch (v.GetType())
    {
    case rapidjson::kNullType: return "niets (null)";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return v.IsTrue() ? "true" : "false";
    case rapidjson::kObjectType: return "een groep velden {...}";
    case rapidjson::kArrayType: return "een lijst [...]";
    case rapidjson::kStringType: return "de tekst \"" + Excerpt({v.GetString(), v.GetStringLength()}) + "\"";
    case rapidjson::kNumberType: return "het getal " + FormatNumber(v.GetDouble());
    }
    return "iets anders";
}

bool WrongType(JsonReader& r, const std::string& path, const char* expected_en, const char* expected_nl, const JsonValue& v)
{
    return r.Fail(path, std::string("expected ") + expected_en + ", found " + DescribeEn(v),
                  std::string("verwacht ") + expected_nl + ", gevonden: " + DescribeNl(v));
}

// Why the number `v` is not a whole number from min to max, in words that match what the file
// says: 12.5 is not whole, 12.0 is whole but written as a decimal, 2147483651 is too large.
bool WholeNumberFail(JsonReader& r, const std::string& p, const JsonValue& v, double min, double max)
{
    const double d = v.GetDouble();
    const std::string range = FormatNumber(min) + " to " + FormatNumber(max), range_nl = FormatNumber(min) + " tot " + FormatNumber(max);
    if (std::floor(d) != d)
        return r.Fail(p, FormatNumber(d) + " is not a whole number (allowed: " + range + ")",
                      FormatNumber(d) + " is geen geheel getal (toegestaan: " + range_nl + ")");
    if (d < min)
        return r.Fail(p, FormatNumber(d) + " is too small: it must be from " + range, FormatNumber(d) + " is te klein: het moet van " + range_nl + " zijn");
    if (d > max)
        return r.Fail(p, FormatNumber(d) + " is too large: it must be from " + range, FormatNumber(d) + " is te groot: het moet van " + range_nl + " zijn");
    return r.Fail(p, "the whole number " + FormatNumber(d) + " is written with a decimal point or an exponent (like " + FormatNumber(d) +
                         ".0); write it as " + FormatNumber(d),
                  "het gehele getal " + FormatNumber(d) + " is geschreven met een decimaalpunt of exponent (zoals " + FormatNumber(d) +
                      ".0); schrijf het als " + FormatNumber(d));
}
