// [SECTION] Index
// - Text and number helpers (UTF-8 check, shortest floats)
// - Saving: cereal save() functions and SaveDocumentToString
// - Loading: syntax pre-checks, the DOM walk, ValidateDocument, LoadDocumentFromString/File

#include "file_json.h"

#include "atomic_file.h"
#include "json_safe.h" // before any other cereal include: it sets RapidJSON's safety macros
#include "png_meta.h"

#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <new>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <sys/stat.h>

using JsonValue = rapidjson::Value;

// [SECTION] Text and number helpers

// Length of the well-formed UTF-8 sequence at s (n bytes left), or 0 when it is not one:
// stray continuation bytes, overlong forms, UTF-16 surrogates and code points above U+10FFFF.
static size_t Utf8SequenceLength(const unsigned char* s, size_t n)
{
    const unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
    if (c < 0xE0)
        return cont(1) ? 2 : 0;
    if (c < 0xF0)
    {
        if (!cont(1) || !cont(2) || (c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c < 0xF5)
    {
        if (!cont(1) || !cont(2) || !cont(3) || (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

static bool IsValidUtf8(const char* s, size_t n)
{
    const unsigned char* p = (const unsigned char*)s;
    for (size_t i = 0; i < n;)
    {
        size_t len = Utf8SequenceLength(p + i, n - i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

// Valid UTF-8 without NUL, at most max_bytes, cut at a character boundary. Invalid bytes become
// U+FFFD. The saver uses it so a file we write always passes the loader's checks.
static std::string CleanText(std::string_view s, size_t max_bytes)
{
    std::string out;
    out.reserve(std::min(s.size(), max_bytes));
    const unsigned char* p = (const unsigned char*)s.data();
    for (size_t i = 0; i < s.size();)
    {
        size_t len = Utf8SequenceLength(p + i, s.size() - i);
        const char* piece = len ? s.data() + i : "\xEF\xBF\xBD";
        size_t piece_len = len ? len : 3;
        i += len ? len : 1;
        if (len == 1 && *piece == '\0')
            continue;
        if (out.size() + piece_len > max_bytes)
            break;
        out.append(piece, piece_len);
    }
    return out;
}

// A short excerpt of user text for a message: valid UTF-8, at most ~40 bytes.
static std::string Excerpt(std::string_view s)
{
    std::string out = CleanText(s, 40);
    return out.size() < s.size() ? out + "..." : out;
}

// For messages: whole numbers in plain digits ("1000000", not "1e+06"), others as the shortest
// decimal that reads back the same ("0.1", not "0.10000000149011612").
static std::string FormatNumber(double v)
{
    char buf[64];
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return std::to_string((long long)v);
    auto res = std::to_chars(buf, buf + sizeof(buf), v);
    return std::string(buf, res.ptr);
}

static std::string FormatFloat(float v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15f)
        return std::to_string((long long)v);
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof(buf), v);
    return std::string(buf, res.ptr);
}

// "-2..+2", "0..100000"
static std::string FormatRange(float lo, float hi)
{
    return FormatFloat(lo) + ".." + (lo < 0 && hi > 0 ? "+" : "") + FormatFloat(hi);
}

// Standard base64 (RFC 4648), no line breaks, '=' padding only at the end.
static bool IsBase64(const std::string& s)
{
    if (s.size() % 4 != 0)
        return false;
    size_t end = s.size();
    for (int pad = 0; pad < 2 && end > 0 && s[end - 1] == '='; pad++)
        end--;
    for (size_t i = 0; i < end; i++)
    {
        const char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return false;
    }
    return true;
}

// [SECTION] Saving
// cereal writes the JSON (named fields only, in the order below); these free functions are found
// by argument-dependent lookup because the model types live in the global namespace.

// Clamps a float into [lo, hi] (NaN becomes fallback) and returns the double whose shortest
// decimal is the float's shortest decimal, so the file shows "0.1" and reads back bit-exact.
static double JsonFloat(float v, float lo, float hi, float fallback = 0.0f)
{
    if (std::isnan(v))
        v = fallback;
    v = std::min(std::max(v, lo), hi);
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof(buf), v);
    double d = 0.0;
    std::from_chars(buf, res.ptr, d);
    return d;
}

static double JsonCoordinate(float v) { return JsonFloat(v, -MaxCoordinate, MaxCoordinate); }

static std::string JsonText(const std::string& s) { return CleanText(s, MaxTextBytes); }

static std::string JsonColor(uint32_t color)
{
    if (color == 0)
        return ""; // the kind's own colour
    char buf[8];
    std::snprintf(buf, sizeof(buf), "#%06X", (unsigned)(color & 0xFFFFFF));
    return buf;
}

template <class Archive>
static void save(Archive& ar, const Experience& e)
{
    ar(cereal::make_nvp("score", JsonFloat(e.Score, MinScore, MaxScore)), cereal::make_nvp("text", JsonText(e.Text)));
}

template <class Archive>
static void save(Archive& ar, const Phase& p)
{
    const float width = p.Width > 0.0f ? p.Width : 600.0f;
    ar(cereal::make_nvp("id", p.Id.Value), cereal::make_nvp("name", JsonText(p.Name)),
       cereal::make_nvp("width", JsonFloat(width, 0.0f, MaxExtent, 600.0f)));
}

template <class Archive>
static void save(Archive& ar, const Lane& l)
{
    ar(cereal::make_nvp("id", l.Id.Value), cereal::make_nvp("kind", std::string(LaneKindKey(l.Kind))),
       cereal::make_nvp("title", JsonText(l.Title)), cereal::make_nvp("visible", l.Visible),
       cereal::make_nvp("height", JsonFloat(l.Height, 0.0f, MaxExtent)));
}

template <class Archive>
static void save(Archive& ar, const LaneText& c)
{
    ar(cereal::make_nvp("lane", c.Lane.Value), cereal::make_nvp("text", JsonText(c.Text)));
}

template <class Archive>
static void save(Archive& ar, const Moment& m)
{
    std::vector<std::string> actors;
    actors.reserve(m.Actors.size());
    for (const std::string& a : m.Actors)
        actors.push_back(JsonText(a));
    ar(cereal::make_nvp("id", m.Id.Value), cereal::make_nvp("phase", m.Phase.Value),
       cereal::make_nvp("x", JsonCoordinate(m.X)), cereal::make_nvp("title", JsonText(m.Title)),
       cereal::make_nvp("type", std::string(InteractionTypeKey(m.Type))), cereal::make_nvp("channel", JsonText(m.Channel)),
       cereal::make_nvp("actors", actors), cereal::make_nvp("description", JsonText(m.Description)),
       cereal::make_nvp("patient", m.Patient), cereal::make_nvp("professional", m.Professional),
       cereal::make_nvp("cells", m.Cells), cereal::make_nvp("origin", m.Origin.Value));
}

template <class Archive>
static void save(Archive& ar, const Note& n)
{
    ar(cereal::make_nvp("id", n.Id.Value), cereal::make_nvp("kind", std::string(NoteKindKey(n.Kind))),
       cereal::make_nvp("text", JsonText(n.Text)), cereal::make_nvp("moment", n.Moment.Value),
       cereal::make_nvp("x", JsonCoordinate(n.X)), cereal::make_nvp("y", JsonCoordinate(n.Y)),
       cereal::make_nvp("color", JsonColor(n.Color)));
}

template <class Archive>
static void save(Archive& ar, const Situation& s)
{
    ar(cereal::make_nvp("kind", std::string(SituationKindKey(s.Kind))), cereal::make_nvp("name", JsonText(s.Name)),
       cereal::make_nvp("phases", s.Phases), cereal::make_nvp("lanes", s.Lanes), cereal::make_nvp("moments", s.Moments),
       cereal::make_nvp("notes", s.Notes));
}

template <class Archive>
static void save(Archive& ar, const Persona& p)
{
    // A photo the loader would refuse (only a bug makes one) is left out rather than making the
    // whole file unreadable.
    const bool photo_ok = p.Photo.size() <= MaxPhotoBytes && IsBase64(p.Photo);
    ar(cereal::make_nvp("id", p.Id.Value), cereal::make_nvp("name", JsonText(p.Name)),
       cereal::make_nvp("age", std::min(std::max(p.Age, 0), MaxAge)),
       cereal::make_nvp("based_on_real_person", p.BasedOnRealPerson),
       cereal::make_nvp("photo", photo_ok ? p.Photo : std::string()),
       cereal::make_nvp("living_situation", JsonText(p.LivingSituation)), cereal::make_nvp("work", JsonText(p.Work)),
       cereal::make_nvp("diagnosis", JsonText(p.Diagnosis)),
       cereal::make_nvp("other_conditions", JsonText(p.OtherConditions)),
       cereal::make_nvp("digital_skills", JsonText(p.DigitalSkills)),
       cereal::make_nvp("health_literacy", JsonText(p.HealthLiteracy)), cereal::make_nvp("network", JsonText(p.Network)),
       cereal::make_nvp("goals", JsonText(p.Goals)), cereal::make_nvp("needs", JsonText(p.Needs)),
       cereal::make_nvp("frustrations", JsonText(p.Frustrations)), cereal::make_nvp("quote", JsonText(p.Quote)),
       cereal::make_nvp("x", JsonCoordinate(p.X)), cereal::make_nvp("y", JsonCoordinate(p.Y)));
}

std::string SaveDocumentToString(const Document& doc)
{
    std::ostringstream stream;
    {
        // The archive writes the closing brace when it goes out of scope.
        cereal::JSONOutputArchive ar(stream);
        // Always the current schema: saving is how an old file is migrated forward.
        ar(cereal::make_nvp("schema", CurrentSchema), cereal::make_nvp("title", JsonText(doc.Title)),
           cereal::make_nvp("scope", JsonText(doc.Scope)),
           cereal::make_nvp("intended_outcome", JsonText(doc.IntendedOutcome)),
           cereal::make_nvp("remark", JsonText(doc.Remark)), cereal::make_nvp("next_id", doc.NextId),
           cereal::make_nvp("personas", doc.Personas), cereal::make_nvp("situations", doc.Situations));
    }
    stream << '\n';
    return stream.str();
}

Status SaveDocumentToFile(const std::string& path, const Document& doc)
{
    return WriteFileAtomic(path, SaveDocumentToString(doc), true);
}

// [SECTION] Loading
// We walk RapidJSON's DOM by hand instead of using cereal's JSONInputArchive: cereal reports a
// wrong or missing field as an exception without saying where, and it allocates whatever a
// count in the file asks for. Walking the DOM ourselves gives messages a person can act on
// ("situations[0].moments[3].patient.score: 7 is outside -2..+2") and lets us check every count
// and length before allocating for it.

// Collects the first error; every Read* returns false once it failed, so reading stops there.
struct JsonReader
{
    Status Error; // the first problem found

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

static std::string Field(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }
static std::string Item(const std::string& path, size_t index) { return path + "[" + std::to_string(index) + "]"; }

static std::string DescribeEn(const JsonValue& v)
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

static std::string DescribeNl(const JsonValue& v)
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

static bool WrongType(JsonReader& r, const std::string& path, const char* expected_en, const char* expected_nl, const JsonValue& v)
{
    return r.Fail(path, std::string("expected ") + expected_en + ", found " + DescribeEn(v),
                  std::string("verwacht ") + expected_nl + ", gevonden: " + DescribeNl(v));
}

static bool Missing(JsonReader& r, const std::string& path, const char* key)
{
    const std::string en = std::string("the field \"") + key + "\" is missing";
    const std::string nl = std::string("het veld \"") + key + "\" ontbreekt";
    if (path.empty())
        return r.Fail(path, "This map is incomplete: " + en, "Deze kaart is onvolledig: " + nl);
    return r.Fail(path, en, nl);
}

static const JsonValue* Find(const JsonValue& object, const char* key)
{
    auto it = object.FindMember(key);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

// An object whose field names are not repeated (which copy would count is anyone's guess).
static bool ExpectObject(JsonReader& r, const JsonValue& v, const std::string& path)
{
    if (!v.IsObject())
        return WrongType(r, path, "a group of fields {...}", "een groep velden {...}", v);
    std::unordered_set<std::string_view> keys;
    keys.reserve(v.MemberCount());
    for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
    {
        std::string_view key(m->name.GetString(), m->name.GetStringLength());
        if (!keys.insert(key).second)
            return r.Fail(path, "the field \"" + Excerpt(key) + "\" appears twice; keep only one",
                          "het veld \"" + Excerpt(key) + "\" staat er twee keer in; houd er één");
    }
    return true;
}

// A text value: at most max_bytes, valid UTF-8, no NUL.
static bool CheckText(JsonReader& r, const JsonValue& v, const std::string& p, size_t max_bytes, std::string* out)
{
    if (!v.IsString())
        return WrongType(r, p, "text", "tekst", v);
    const char* s = v.GetString();
    const size_t n = v.GetStringLength();
    if (n > max_bytes)
        return r.Fail(p, "the text is too long (" + std::to_string(n) + " bytes; at most " + std::to_string(max_bytes) + ")",
                      "de tekst is te lang (" + std::to_string(n) + " bytes; hoogstens " + std::to_string(max_bytes) + ")");
    // RapidJSON checks raw bytes, but lets a lone "\udc00" escape through as invalid UTF-8.
    if (!IsValidUtf8(s, n))
        return r.Fail(p, "the text is not valid UTF-8 (the file may be damaged or saved in another encoding)",
                      "de tekst is geen geldige UTF-8 (het bestand is mogelijk beschadigd of in een andere codering opgeslagen)");
    // Text goes to C string APIs (ImGui, fonts) that would silently cut it at a NUL.
    if (std::memchr(s, 0, n))
        return r.Fail(p, "the text contains a NUL character (\\u0000), which a map cannot hold",
                      "de tekst bevat een NUL-teken (\\u0000), dat een kaart niet kan bevatten");
    out->assign(s, n);
    return true;
}

static bool ReadText(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, bool required,
                     size_t max_bytes, std::string* out)
{
    const JsonValue* v = Find(object, key);
    if (!v)
        return required ? Missing(r, path, key) : true;
    return CheckText(r, *v, Field(path, key), max_bytes, out);
}

static bool ReadFloat(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, bool required, float* out)
{
    const JsonValue* v = Find(object, key);
    if (!v)
        return required ? Missing(r, path, key) : true;
    const std::string p = Field(path, key);
    if (!v->IsNumber())
        return WrongType(r, p, "a number", "een getal", *v);
    const double d = v->GetDouble();
    // The parser refuses NaN and Infinity already; this also keeps the float conversion defined.
    if (!std::isfinite(d) || std::fabs(d) > (double)FLT_MAX)
        return r.Fail(p, FormatNumber(d) + " is too large", FormatNumber(d) + " is te groot");
    *out = (float)d;
    return true;
}

// A whole number 0..max (ids and references: 0 means none where allowed).
static bool ReadUint(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, bool required,
                     uint32_t max, uint32_t* out)
{
    const JsonValue* v = Find(object, key);
    if (!v)
        return required ? Missing(r, path, key) : true;
    const std::string p = Field(path, key);
    if (!v->IsNumber())
        return WrongType(r, p, "a whole number", "een geheel getal", *v);
    if (!v->IsUint64() || v->GetUint64() > max)
        return r.Fail(p, FormatNumber(v->GetDouble()) + " is not a whole number from 0 to " + std::to_string(max),
                      FormatNumber(v->GetDouble()) + " is geen geheel getal van 0 tot " + std::to_string(max));
    *out = (uint32_t)v->GetUint64();
    return true;
}

static bool ReadId(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, bool required, uint32_t* out)
{
    return ReadUint(r, object, path, key, required, MaxIdValue, out);
}

static bool ReadInt(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, int min, int max, int* out)
{
    const JsonValue* v = Find(object, key);
    if (!v)
        return true;
    const std::string p = Field(path, key);
    if (!v->IsNumber())
        return WrongType(r, p, "a whole number", "een geheel getal", *v);
    const double d = v->GetDouble();
    if (!v->IsInt() || v->GetInt() < min || v->GetInt() > max)
        return r.Fail(p, FormatNumber(d) + " is not a whole number from " + std::to_string(min) + " to " + std::to_string(max),
                      FormatNumber(d) + " is geen geheel getal van " + std::to_string(min) + " tot " + std::to_string(max));
    *out = v->GetInt();
    return true;
}

static bool ReadBool(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, bool* out)
{
    const JsonValue* v = Find(object, key);
    if (!v)
        return true;
    if (!v->IsBool())
        return WrongType(r, Field(path, key), "true or false", "true of false", *v);
    *out = v->GetBool();
    return true;
}

// An enum written as its stable key, e.g. "face_to_face".
template <class E>
static bool ReadKey(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, bool required,
                    bool (*parse)(const std::string&, E*), const char* (*key_of)(E), E* out)
{
    const JsonValue* v = Find(object, key);
    if (!v)
        return required ? Missing(r, path, key) : true;
    const std::string p = Field(path, key);
    if (!v->IsString())
        return WrongType(r, p, "text", "tekst", *v);
    if (parse(std::string(v->GetString(), v->GetStringLength()), out))
        return true;
    std::string keys;
    for (int i = 0; i < (int)E::Count; i++)
        keys += (i ? ", " : "") + std::string(key_of((E)i));
    const std::string value = Excerpt({v->GetString(), v->GetStringLength()});
    return r.Fail(p, "\"" + value + "\" is not one of: " + keys, "\"" + value + "\" is niet een van: " + keys);
}

static bool ReadArray(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, bool required,
                      size_t max_count, const JsonValue** out)
{
    *out = nullptr;
    const JsonValue* v = Find(object, key);
    if (!v)
        return required ? Missing(r, path, key) : true;
    const std::string p = Field(path, key);
    if (!v->IsArray())
        return WrongType(r, p, "a list [...]", "een lijst [...]", *v);
    if (v->Size() > max_count)
        return r.Fail(p, "there are " + std::to_string(v->Size()) + " items; at most " + std::to_string(max_count) + " are allowed",
                      "er zijn " + std::to_string(v->Size()) + " items; hoogstens " + std::to_string(max_count) + " toegestaan");
    *out = v;
    return true;
}

// Reads a list of objects with read_one(reader, value, path, item); the count is checked first.
template <class T, class ReadOne>
static bool ReadItems(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, size_t max_count,
                      std::vector<T>* out, ReadOne read_one)
{
    const JsonValue* items = nullptr;
    if (!ReadArray(r, object, path, key, false, max_count, &items))
        return false;
    if (!items)
        return true;
    const std::string p = Field(path, key);
    out->resize(items->Size());
    for (rapidjson::SizeType i = 0; i < items->Size(); i++)
    {
        const std::string item_path = Item(p, i);
        if (!ExpectObject(r, (*items)[i], item_path) || !read_one(r, (*items)[i], item_path, &(*out)[i]))
            return false;
    }
    return true;
}

// "#RRGGBB", "" (the kind's own colour), or a number 0..0xFFFFFF.
static bool ReadColor(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, uint32_t* out)
{
    const JsonValue* v = Find(object, key);
    if (!v)
        return true;
    if (v->IsNumber())
        return ReadUint(r, object, path, key, false, 0xFFFFFF, out);
    const std::string p = Field(path, key);
    if (!v->IsString())
        return WrongType(r, p, "a colour like \"#FFD966\"", "een kleur zoals \"#FFD966\"", *v);
    const std::string s(v->GetString(), v->GetStringLength());
    if (s.empty())
    {
        *out = 0;
        return true;
    }
    uint32_t value = 0;
    if (s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), [](char c) { return std::isxdigit((unsigned char)c); }))
    {
        std::from_chars(s.data() + 1, s.data() + 7, value, 16);
        *out = value;
        return true;
    }
    return r.Fail(p, "\"" + Excerpt(s) + "\" is not a colour like \"#FFD966\"", "\"" + Excerpt(s) + "\" is geen kleur zoals \"#FFD966\"");
}

static bool ReadExperience(JsonReader& r, const JsonValue& object, const std::string& path, const char* key, Experience* out)
{
    const JsonValue* v = Find(object, key);
    if (!v)
        return true;
    const std::string p = Field(path, key);
    return ExpectObject(r, *v, p) && ReadFloat(r, *v, p, "score", false, &out->Score) &&
           ReadText(r, *v, p, "text", false, MaxTextBytes, &out->Text);
}

static bool ReadPhase(JsonReader& r, const JsonValue& v, const std::string& p, Phase* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) && ReadText(r, v, p, "name", false, MaxTextBytes, &out->Name) &&
           ReadFloat(r, v, p, "width", false, &out->Width);
}

static bool ReadLane(JsonReader& r, const JsonValue& v, const std::string& p, Lane* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) &&
           ReadKey(r, v, p, "kind", true, ParseLaneKind, LaneKindKey, &out->Kind) &&
           ReadText(r, v, p, "title", false, MaxTextBytes, &out->Title) && ReadBool(r, v, p, "visible", &out->Visible) &&
           ReadFloat(r, v, p, "height", false, &out->Height);
}

static bool ReadCell(JsonReader& r, const JsonValue& v, const std::string& p, LaneText* out)
{
    return ReadId(r, v, p, "lane", true, &out->Lane.Value) && ReadText(r, v, p, "text", false, MaxTextBytes, &out->Text);
}

static bool ReadActors(JsonReader& r, const JsonValue& v, const std::string& path, std::vector<std::string>* out)
{
    const JsonValue* actors = nullptr;
    if (!ReadArray(r, v, path, "actors", false, MaxActors, &actors))
        return false;
    if (!actors)
        return true;
    const std::string p = Field(path, "actors");
    out->resize(actors->Size());
    for (rapidjson::SizeType i = 0; i < actors->Size(); i++)
        if (!CheckText(r, (*actors)[i], Item(p, i), MaxTextBytes, &(*out)[i]))
            return false;
    return true;
}

static bool ReadMoment(JsonReader& r, const JsonValue& v, const std::string& p, Moment* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) && ReadId(r, v, p, "phase", true, &out->Phase.Value) &&
           ReadFloat(r, v, p, "x", false, &out->X) && ReadText(r, v, p, "title", false, MaxTextBytes, &out->Title) &&
           ReadKey(r, v, p, "type", false, ParseInteractionType, InteractionTypeKey, &out->Type) &&
           ReadText(r, v, p, "channel", false, MaxTextBytes, &out->Channel) && ReadActors(r, v, p, &out->Actors) &&
           ReadText(r, v, p, "description", false, MaxTextBytes, &out->Description) &&
           ReadExperience(r, v, p, "patient", &out->Patient) &&
           ReadExperience(r, v, p, "professional", &out->Professional) &&
           ReadItems(r, v, p, "cells", MaxLanes, &out->Cells, ReadCell) && ReadId(r, v, p, "origin", false, &out->Origin.Value);
}

static bool ReadNote(JsonReader& r, const JsonValue& v, const std::string& p, Note* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) &&
           ReadKey(r, v, p, "kind", true, ParseNoteKind, NoteKindKey, &out->Kind) &&
           ReadText(r, v, p, "text", false, MaxTextBytes, &out->Text) && ReadId(r, v, p, "moment", false, &out->Moment.Value) &&
           ReadFloat(r, v, p, "x", false, &out->X) && ReadFloat(r, v, p, "y", false, &out->Y) &&
           ReadColor(r, v, p, "color", &out->Color);
}

static bool ReadSituation(JsonReader& r, const JsonValue& v, const std::string& p, Situation* out)
{
    return ReadKey(r, v, p, "kind", true, ParseSituationKind, SituationKindKey, &out->Kind) &&
           ReadText(r, v, p, "name", false, MaxTextBytes, &out->Name) &&
           ReadItems(r, v, p, "phases", MaxPhases, &out->Phases, ReadPhase) &&
           ReadItems(r, v, p, "lanes", MaxLanes, &out->Lanes, ReadLane) &&
           ReadItems(r, v, p, "moments", MaxMoments, &out->Moments, ReadMoment) &&
           ReadItems(r, v, p, "notes", MaxNotes, &out->Notes, ReadNote);
}

static bool ReadPhoto(JsonReader& r, const JsonValue& v, const std::string& p, std::string* out)
{
    if (!ReadText(r, v, p, "photo", false, MaxPhotoBytes, out))
        return false;
    if (!IsBase64(*out))
        return r.Fail(Field(p, "photo"), "the photo is not base64 image data", "de foto is geen base64-afbeelding");
    return true;
}

static bool ReadPersona(JsonReader& r, const JsonValue& v, const std::string& p, Persona* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) && ReadText(r, v, p, "name", false, MaxTextBytes, &out->Name) &&
           ReadInt(r, v, p, "age", 0, MaxAge, &out->Age) && ReadBool(r, v, p, "based_on_real_person", &out->BasedOnRealPerson) &&
           ReadPhoto(r, v, p, &out->Photo) &&
           ReadText(r, v, p, "living_situation", false, MaxTextBytes, &out->LivingSituation) &&
           ReadText(r, v, p, "work", false, MaxTextBytes, &out->Work) &&
           ReadText(r, v, p, "diagnosis", false, MaxTextBytes, &out->Diagnosis) &&
           ReadText(r, v, p, "other_conditions", false, MaxTextBytes, &out->OtherConditions) &&
           ReadText(r, v, p, "digital_skills", false, MaxTextBytes, &out->DigitalSkills) &&
           ReadText(r, v, p, "health_literacy", false, MaxTextBytes, &out->HealthLiteracy) &&
           ReadText(r, v, p, "network", false, MaxTextBytes, &out->Network) &&
           ReadText(r, v, p, "goals", false, MaxTextBytes, &out->Goals) &&
           ReadText(r, v, p, "needs", false, MaxTextBytes, &out->Needs) &&
           ReadText(r, v, p, "frustrations", false, MaxTextBytes, &out->Frustrations) &&
           ReadText(r, v, p, "quote", false, MaxTextBytes, &out->Quote) && ReadFloat(r, v, p, "x", false, &out->X) &&
           ReadFloat(r, v, p, "y", false, &out->Y);
}

static bool CheckSituationCount(JsonReader& r, size_t count)
{
    if (count == 0)
        return r.Fail("situations", "the map has no situations; it needs at least the current situation",
                      "de kaart heeft geen situaties; er is minstens de huidige situatie nodig");
    if (count > MaxSituations)
        return r.Fail("situations",
                      "the map has " + std::to_string(count) + " situations; it can have at most 2 (current and desired)",
                      "de kaart heeft " + std::to_string(count) + " situaties; hoogstens 2 kunnen (huidige en gewenste)");
    return true;
}

// Everything below "schema" (already checked by the caller).
static bool ReadDocument(JsonReader& r, const JsonValue& root, Document* doc)
{
    if (!ReadText(r, root, "", "title", false, MaxTextBytes, &doc->Title) ||
        !ReadText(r, root, "", "scope", false, MaxTextBytes, &doc->Scope) ||
        !ReadText(r, root, "", "intended_outcome", false, MaxTextBytes, &doc->IntendedOutcome) ||
        !ReadText(r, root, "", "remark", false, MaxTextBytes, &doc->Remark) ||
        !ReadUint(r, root, "", "next_id", false, MaxIdValue + 1u, &doc->NextId) ||
        !ReadItems(r, root, "", "personas", MaxPersonas, &doc->Personas, ReadPersona))
        return false;
    const JsonValue* situations = nullptr;
    if (!ReadArray(r, root, "", "situations", true, SIZE_MAX, &situations) || !CheckSituationCount(r, situations->Size()))
        return false;
    return ReadItems(r, root, "", "situations", MaxSituations, &doc->Situations, ReadSituation);
}

// [SECTION] ValidateDocument

static bool CheckRange(JsonReader& r, const std::string& path, float v, float lo, float hi)
{
    if (v >= lo && v <= hi) // false for NaN too
        return true;
    return r.Fail(path, FormatFloat(v) + " is outside " + FormatRange(lo, hi), FormatFloat(v) + " ligt buiten " + FormatRange(lo, hi));
}

static bool CheckExtent(JsonReader& r, const std::string& path, float v, bool zero_allowed)
{
    if ((zero_allowed ? v >= 0.0f : v > 0.0f) && v <= MaxExtent)
        return true;
    const std::string lo_en = zero_allowed ? "at least 0" : "more than 0";
    const std::string lo_nl = zero_allowed ? "minstens 0" : "meer dan 0";
    return r.Fail(path, FormatFloat(v) + " is not a valid size: it must be " + lo_en + " and at most " + FormatFloat(MaxExtent),
                  FormatFloat(v) + " is geen geldige maat: die moet " + lo_nl + " en hoogstens " + FormatFloat(MaxExtent) + " zijn");
}

static bool CheckCount(JsonReader& r, const std::string& path, size_t count, size_t max)
{
    if (count <= max)
        return true;
    return r.Fail(path, "there are " + std::to_string(count) + " items; at most " + std::to_string(max) + " are allowed",
                  "er zijn " + std::to_string(count) + " items; hoogstens " + std::to_string(max) + " toegestaan");
}

// Where an id is used, to say which two things share one.
struct IdOwner
{
    const char* List; // "personas", "phases", "lanes", "moments", "notes"
    int Situation;    // -1 for personas
    size_t Index;
};

static std::string OwnerPath(const IdOwner& o)
{
    std::string list = o.Situation < 0 ? std::string(o.List) : Item("situations", (size_t)o.Situation) + "." + o.List;
    return Item(list, o.Index);
}

static bool CheckIdsAndReferences(JsonReader& r, const Document& doc)
{
    if (!CheckSituationCount(r, doc.Situations.size()) || !CheckCount(r, "personas", doc.Personas.size(), MaxPersonas))
        return false;
    for (size_t s = 0; s < doc.Situations.size(); s++)
    {
        // Other code reads Situations[0] as the current situation and [1] as the desired one.
        const SituationKind expected = s == 0 ? SituationKind::Current : SituationKind::Desired;
        if (doc.Situations[s].Kind != expected)
            return r.Fail(Field(Item("situations", s), "kind"),
                          std::string("the ") + (s == 0 ? "first" : "second") + " situation must be \"" + SituationKindKey(expected) +
                              "\" (a map has one current and at most one desired situation, in that order)",
                          std::string("de ") + (s == 0 ? "eerste" : "tweede") + " situatie moet \"" + SituationKindKey(expected) +
                              "\" zijn (een kaart heeft één huidige en hoogstens één gewenste situatie, in die volgorde)");
    }

    // Ids come from one counter (Document::NextId), so they are unique across all kinds.
    std::unordered_map<uint32_t, IdOwner> owners;
    uint32_t max_id = 0;
    auto claim = [&](uint32_t id, IdOwner owner) -> bool {
        const std::string path = OwnerPath(owner) + ".id";
        if (id == 0 || id > MaxIdValue)
            return r.Fail(path, std::to_string(id) + " is not a valid id (ids are whole numbers from 1 to " + std::to_string(MaxIdValue) + ")",
                          std::to_string(id) + " is geen geldig id (ids zijn gehele getallen van 1 tot " + std::to_string(MaxIdValue) + ")");
        auto inserted = owners.emplace(id, owner);
        if (!inserted.second)
            return r.Fail(path, std::to_string(id) + " is also the id of " + OwnerPath(inserted.first->second) + "; every id must be unique",
                          std::to_string(id) + " is ook het id van " + OwnerPath(inserted.first->second) + "; elk id moet uniek zijn");
        max_id = std::max(max_id, id);
        return true;
    };
    auto no_such = [&](const std::string& path, const char* what_en, const char* what_nl, uint32_t id, bool current) {
        return r.Fail(path, std::string("there is no ") + what_en + " with id " + std::to_string(id) + (current ? " in the current situation" : " in this situation"),
                      std::string("er is geen ") + what_nl + " met id " + std::to_string(id) + (current ? " in de huidige situatie" : " in deze situatie"));
    };

    for (size_t i = 0; i < doc.Personas.size(); i++)
    {
        const Persona& p = doc.Personas[i];
        const std::string path = Item("personas", i);
        if (!claim(p.Id.Value, {"personas", -1, i}))
            return false;
        if (p.Age < 0 || p.Age > MaxAge)
            return r.Fail(Field(path, "age"), std::to_string(p.Age) + " is outside 0.." + std::to_string(MaxAge) + " years",
                          std::to_string(p.Age) + " ligt buiten 0.." + std::to_string(MaxAge) + " jaar");
        if (!CheckRange(r, Field(path, "x"), p.X, -MaxCoordinate, MaxCoordinate) || !CheckRange(r, Field(path, "y"), p.Y, -MaxCoordinate, MaxCoordinate))
            return false;
        if (p.Photo.size() > MaxPhotoBytes)
            return r.Fail(Field(path, "photo"), "the photo is too large", "de foto is te groot");
    }

    // moment.origin points into the current situation, which is always situations[0].
    std::unordered_set<uint32_t> current_moments;
    for (const Moment& m : doc.Situations[0].Moments)
        current_moments.insert(m.Id.Value);

    for (size_t s = 0; s < doc.Situations.size(); s++)
    {
        const Situation& situation = doc.Situations[s];
        const std::string spath = Item("situations", s);
        if (!CheckCount(r, Field(spath, "phases"), situation.Phases.size(), MaxPhases) ||
            !CheckCount(r, Field(spath, "lanes"), situation.Lanes.size(), MaxLanes) ||
            !CheckCount(r, Field(spath, "moments"), situation.Moments.size(), MaxMoments) ||
            !CheckCount(r, Field(spath, "notes"), situation.Notes.size(), MaxNotes))
            return false;

        std::unordered_set<uint32_t> phases;
        for (size_t i = 0; i < situation.Phases.size(); i++)
        {
            const Phase& phase = situation.Phases[i];
            if (!claim(phase.Id.Value, {"phases", (int)s, i}) ||
                !CheckExtent(r, Field(Item(spath + ".phases", i), "width"), phase.Width, false))
                return false;
            phases.insert(phase.Id.Value);
        }

        std::unordered_map<uint32_t, LaneKind> lanes;
        for (size_t i = 0; i < situation.Lanes.size(); i++)
        {
            const Lane& lane = situation.Lanes[i];
            if (!claim(lane.Id.Value, {"lanes", (int)s, i}) ||
                !CheckExtent(r, Field(Item(spath + ".lanes", i), "height"), lane.Height, true))
                return false;
            lanes.emplace(lane.Id.Value, lane.Kind);
        }

        std::unordered_set<uint32_t> moments;
        for (size_t i = 0; i < situation.Moments.size(); i++)
        {
            const Moment& m = situation.Moments[i];
            const std::string path = Item(spath + ".moments", i);
            if (!claim(m.Id.Value, {"moments", (int)s, i}))
                return false;
            moments.insert(m.Id.Value);
            if (!phases.count(m.Phase.Value))
                return no_such(Field(path, "phase"), "phase", "fase", m.Phase.Value, false);
            if (!CheckRange(r, Field(path, "x"), m.X, -MaxCoordinate, MaxCoordinate) ||
                !CheckRange(r, path + ".patient.score", m.Patient.Score, MinScore, MaxScore) ||
                !CheckRange(r, path + ".professional.score", m.Professional.Score, MinScore, MaxScore) ||
                !CheckCount(r, Field(path, "actors"), m.Actors.size(), MaxActors) ||
                !CheckCount(r, Field(path, "cells"), m.Cells.size(), MaxLanes))
                return false;
            if (m.Origin.IsValid() && !current_moments.count(m.Origin.Value))
                return no_such(Field(path, "origin"), "moment", "moment", m.Origin.Value, true);
            std::unordered_set<uint32_t> cell_lanes;
            for (size_t c = 0; c < m.Cells.size(); c++)
            {
                const std::string cpath = Field(Item(Field(path, "cells"), c), "lane");
                const uint32_t lane_id = m.Cells[c].Lane.Value;
                auto lane = lanes.find(lane_id);
                if (lane == lanes.end())
                    return no_such(cpath, "lane", "baan", lane_id, false);
                if (lane->second != LaneKind::Backstage && lane->second != LaneKind::Quote && lane->second != LaneKind::Text)
                    return r.Fail(cpath, "lane " + std::to_string(lane_id) + " is a \"" + LaneKindKey(lane->second) +
                                             "\" lane; a moment's own texts belong in backstage, quote or text lanes",
                                  "baan " + std::to_string(lane_id) + " is een \"" + LaneKindKey(lane->second) +
                                      "\"-baan; eigen teksten van een moment horen in backstage-, quote- of text-banen");
                if (!cell_lanes.insert(lane_id).second)
                    return r.Fail(cpath, "this moment has two texts for lane " + std::to_string(lane_id) + "; keep one",
                                  "dit moment heeft twee teksten voor baan " + std::to_string(lane_id) + "; houd er één");
            }
        }

        for (size_t i = 0; i < situation.Notes.size(); i++)
        {
            const Note& n = situation.Notes[i];
            const std::string path = Item(spath + ".notes", i);
            if (!claim(n.Id.Value, {"notes", (int)s, i}))
                return false;
            if (n.Moment.IsValid() && !moments.count(n.Moment.Value))
                return no_such(Field(path, "moment"), "moment", "moment", n.Moment.Value, false);
            if (!CheckRange(r, Field(path, "x"), n.X, -MaxCoordinate, MaxCoordinate) ||
                !CheckRange(r, Field(path, "y"), n.Y, -MaxCoordinate, MaxCoordinate))
                return false;
            if (n.Color > 0xFFFFFF)
                return r.Fail(Field(path, "color"), "not a colour (0xRRGGBB)", "geen kleur (0xRRGGBB)");
        }
    }

    if (doc.NextId <= max_id || doc.NextId > MaxIdValue + 1u)
        return r.Fail("next_id", std::to_string(doc.NextId) + " is not above every id in use (the highest is " + std::to_string(max_id) + ")",
                      std::to_string(doc.NextId) + " ligt niet boven elk gebruikt id (het hoogste is " + std::to_string(max_id) + ")");
    return true;
}

Status ValidateDocument(const Document& doc)
{
    JsonReader r;
    CheckIdsAndReferences(r, doc);
    return r.Error;
}

// [SECTION] Syntax pre-checks and messages

// One cheap pass before parsing: nesting depth and number of values, outside strings. RapidJSON's
// iterative parser would survive a million '[' anyway, but this gives a clear message and bounds
// the memory the DOM takes (~16 bytes per value).
static Status CheckJsonShape(const char* s, size_t n)
{
    int depth = 0;
    size_t values = 1;
    bool in_string = false;
    for (size_t i = 0; i < n; i++)
    {
        const char c = s[i];
        if (in_string)
        {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{')
        {
            values++;
            if (++depth > MaxJsonDepth)
                return Status::Error("This file is not a JourneyBoard map: its lists and groups are nested more than " + std::to_string(MaxJsonDepth) + " levels deep.",
                                     "Dit bestand is geen JourneyBoard-kaart: de lijsten en groepen zijn meer dan " + std::to_string(MaxJsonDepth) + " niveaus diep genest.");
        }
        else if (c == ']' || c == '}')
            depth = depth > 0 ? depth - 1 : 0;
        else if (c == ',')
        {
            if (++values > MaxJsonValues)
                return Status::Error("This file holds too many values (more than " + std::to_string(MaxJsonValues) + ") to be a JourneyBoard map.",
                                     "Dit bestand bevat te veel waarden (meer dan " + std::to_string(MaxJsonValues) + ") voor een JourneyBoard-kaart.");
        }
    }
    return Status::Success();
}

static bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static Status SyntaxError(const char* s, size_t n, size_t offset, rapidjson::ParseErrorCode code)
{
    offset = std::min(offset, n);
    size_t line = 1, column = 1;
    for (size_t i = 0; i < offset; i++)
    {
        if (s[i] == '\n')
        {
            line++;
            column = 1;
        }
        else if (((unsigned char)s[i] & 0xC0) != 0x80) // count characters, not UTF-8 bytes
            column++;
    }
    size_t content_start = 0;
    while (content_start < n && IsJsonSpace(s[content_start]))
        content_start++;
    const std::string_view rest(s + offset, n - offset);
    auto starts = [&](const char* word) { return rest.compare(0, std::strlen(word), word) == 0; };

    const char* en = "the text is not valid JSON";
    const char* nl = "de tekst is geen geldige JSON";
    switch (code)
    {
    case rapidjson::kParseErrorDocumentRootNotSingular: en = "there is more text after the end of the map"; nl = "er staat nog tekst na het einde van de kaart"; break;
    case rapidjson::kParseErrorValueInvalid:
        if (starts("NaN") || starts("Inf") || starts("-Inf") || starts("nan") || starts("inf"))
            en = "a number is NaN or Infinity, which a map cannot hold", nl = "een getal is NaN of Infinity, dat kan een kaart niet bevatten";
        else if (offset == content_start)
            en = "it does not contain JSON text; is this the right file?", nl = "het bevat geen JSON-tekst; is dit het juiste bestand?";
        else
            en = "a value is not valid (text needs \"quotes\"; NaN and Infinity are not allowed)", nl = "een waarde is ongeldig (tekst hoort tussen \"aanhalingstekens\"; NaN en Infinity mogen niet)";
        break;
    case rapidjson::kParseErrorObjectMissName: en = "a field name is missing"; nl = "een veldnaam ontbreekt"; break;
    case rapidjson::kParseErrorObjectMissColon: en = "a ':' is missing after a field name"; nl = "een ':' ontbreekt na een veldnaam"; break;
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket: en = "a ',' or '}' is missing"; nl = "een ',' of '}' ontbreekt"; break;
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket: en = "a ',' or ']' is missing"; nl = "een ',' of ']' ontbreekt"; break;
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
    case rapidjson::kParseErrorStringEscapeInvalid:
        if (offset < n && (unsigned char)s[offset] < 0x20) // RapidJSON reports a raw line break in a text this way
            en = "a text runs on past the end of its line (a closing quotation mark may be missing)",
            nl = "een tekst loopt door na het einde van de regel (mogelijk ontbreekt een sluitend aanhalingsteken)";
        else
            en = "a text has an invalid \\ escape", nl = "een tekst heeft een ongeldige \\-code";
        break;
    case rapidjson::kParseErrorStringMissQuotationMark: en = "a closing quotation mark is missing"; nl = "een sluitend aanhalingsteken ontbreekt"; break;
    case rapidjson::kParseErrorStringInvalidEncoding: en = "a text is not valid UTF-8 (the file may be saved in another encoding)"; nl = "een tekst is geen geldige UTF-8 (het bestand is mogelijk in een andere codering opgeslagen)"; break;
    case rapidjson::kParseErrorNumberTooBig: en = "a number is too large"; nl = "een getal is te groot"; break;
    case rapidjson::kParseErrorNumberMissFraction:
    case rapidjson::kParseErrorNumberMissExponent: en = "a number is incomplete"; nl = "een getal is onvolledig"; break;
    default: break;
    }
    const bool cut_off = offset >= n && code != rapidjson::kParseErrorDocumentRootNotSingular;
    if (cut_off)
        en = "the file ends too early, as if it was cut off while saving or copying",
        nl = "het bestand houdt te vroeg op, alsof het tijdens opslaan of kopiëren is afgebroken";
    const std::string where_en = " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")";
    const std::string where_nl = " (regel " + std::to_string(line) + ", kolom " + std::to_string(column) + ")";
    return Status::Error(std::string("This file cannot be read as a JourneyBoard map: ") + en + where_en +
                             ". It may be damaged; if there is a backup copy (.bak) next to it, try opening that.",
                         std::string("Dit bestand is niet te lezen als JourneyBoard-kaart: ") + nl + where_nl +
                             ". Het is mogelijk beschadigd; staat er een reservekopie (.bak) naast, probeer die dan te openen.");
}

// [SECTION] Load

static bool CheckSchema(JsonReader& r, const JsonValue& root)
{
    const JsonValue* schema = Find(root, "schema");
    if (!schema)
        return r.Fail("", "This is not a JourneyBoard map: the field \"schema\" (the file version) is missing.",
                      "Dit is geen JourneyBoard-kaart: het veld \"schema\" (de bestandsversie) ontbreekt.");
    if (!schema->IsNumber())
        return WrongType(r, "schema", "a whole number", "een geheel getal", *schema);
    if (!schema->IsInt())
        return r.Fail("schema", FormatNumber(schema->GetDouble()) + " is not a file version (a whole number)",
                      FormatNumber(schema->GetDouble()) + " is geen bestandsversie (een geheel getal)");
    const int version = schema->GetInt();
    const std::string current = std::to_string(CurrentSchema);
    if (version > CurrentSchema)
        return r.Fail("", "This map was made by a newer JourneyBoard (file version " + std::to_string(version) +
                              "; this JourneyBoard reads version " + current + "). Update JourneyBoard to open it.",
                      "Deze kaart is gemaakt met een nieuwere JourneyBoard (bestandsversie " + std::to_string(version) +
                          "; deze JourneyBoard leest versie " + current + "). Werk JourneyBoard bij om hem te openen.");
    if (version < 1)
        return r.Fail("schema", std::to_string(version) + " is not a JourneyBoard file version (this JourneyBoard reads version " + current + ")",
                      std::to_string(version) + " is geen JourneyBoard-bestandsversie (deze JourneyBoard leest versie " + current + ")");
    return true;
}

static Status LoadImpl(const std::string& json, Document* out)
{
    const char* s = json.data();
    size_t n = json.size();
    if (n > MaxMapFileBytes)
        return Status::Error("This map is too large to open (more than " + std::to_string(MaxMapFileBytes >> 20) + " MB).",
                             "Deze kaart is te groot om te openen (meer dan " + std::to_string(MaxMapFileBytes >> 20) + " MB).");
    if (n >= 3 && std::memcmp(s, "\xEF\xBB\xBF", 3) == 0) // a UTF-8 byte order mark, as some editors write
        s += 3, n -= 3;
    const unsigned char b0 = n >= 2 ? (unsigned char)s[0] : 0, b1 = n >= 2 ? (unsigned char)s[1] : 0;
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
        return Status::Error("This file is saved as UTF-16; JourneyBoard maps are UTF-8. Save it again as UTF-8 in the program that changed it.",
                             "Dit bestand is opgeslagen als UTF-16; JourneyBoard-kaarten zijn UTF-8. Sla het opnieuw op als UTF-8 in het programma dat het wijzigde.");
    if (std::all_of(s, s + n, IsJsonSpace))
        return Status::Error("The file is empty: it holds no map. If there is a backup copy (.bak) next to it, try opening that.",
                             "Het bestand is leeg: er staat geen kaart in. Staat er een reservekopie (.bak) naast, probeer die dan te openen.");
    Status shape = CheckJsonShape(s, n);
    if (!shape)
        return shape;

    rapidjson::Document dom;
    dom.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(s, n);
    if (dom.HasParseError())
        return SyntaxError(s, n, dom.GetErrorOffset(), dom.GetParseError());

    JsonReader r;
    if (!dom.IsObject())
        return Status::Error("This is not a JourneyBoard map: the file holds " + DescribeEn(dom) + " instead of a group of fields {...}.",
                             "Dit is geen JourneyBoard-kaart: het bestand bevat " + DescribeNl(dom) + " in plaats van een groep velden {...}.");
    if (!ExpectObject(r, dom, ""))
        return r.Error;

    // The schema decides how to read everything else, so it is checked first.
    if (!CheckSchema(r, dom))
        return r.Error;
    // [migrations] When CurrentSchema becomes 2: for version < CurrentSchema, rewrite the DOM
    // forward one version at a time here (MigrateV1ToV2(dom), ...) before reading it, and let
    // the app keep a .bak of the original before the first save over it.

    Document doc; // fresh: *out changes only when everything below succeeded
    doc.Schema = CurrentSchema;
    doc.NextId = 1;
    if (!ReadDocument(r, dom, &doc))
        return r.Error;

    // NextId must be above every id; a file with a stale or missing next_id is fixed, not refused.
    uint32_t max_id = 0;
    for (const Persona& p : doc.Personas)
        max_id = std::max(max_id, p.Id.Value);
    for (const Situation& st : doc.Situations)
    {
        for (const Phase& x : st.Phases)
            max_id = std::max(max_id, x.Id.Value);
        for (const Lane& x : st.Lanes)
            max_id = std::max(max_id, x.Id.Value);
        for (const Moment& x : st.Moments)
            max_id = std::max(max_id, x.Id.Value);
        for (const Note& x : st.Notes)
            max_id = std::max(max_id, x.Id.Value);
    }
    doc.NextId = std::max(std::max(doc.NextId, 1u), max_id + 1u); // max_id <= MaxIdValue: no wrap

    Status valid = ValidateDocument(doc);
    if (!valid)
        return valid;
    *out = std::move(doc);
    return Status::Success();
}

Status LoadDocumentFromString(const std::string& json, Document* out)
{
    // The readers check every type before every Get*, so these catches are the last safety net:
    // whatever happens, a bad file is a message, never an abort.
    try
    {
        return LoadImpl(json, out);
    }
    catch (const JsonAssert& e)
    {
        return Status::Error(std::string("This file cannot be read as a JourneyBoard map: it failed an internal check (") + e.what() + "). It may be damaged.",
                             std::string("Dit bestand is niet te lezen als JourneyBoard-kaart: een interne controle faalde (") + e.what() + "). Het is mogelijk beschadigd.");
    }
    catch (const std::bad_alloc&)
    {
        return Status::Error("There is not enough memory to open this map. Close other programs and try again.",
                             "Er is niet genoeg geheugen om deze kaart te openen. Sluit andere programma's en probeer het opnieuw.");
    }
    catch (const std::exception& e)
    {
        return Status::Error(std::string("This map could not be opened (") + e.what() + ").",
                             std::string("Deze kaart kon niet worden geopend (") + e.what() + ").");
    }
}

// True when the file at `path` begins with the 8-byte PNG signature (false for anything unreadable:
// the normal reader then reports why).
static bool FileStartsWithPngSignature(const std::string& path)
{
    struct stat st;
    if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) // never open a pipe or a device here
        return false;
    FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return false;
    std::string head(8, '\0');
    const bool is_png = std::fread(&head[0], 1, 8, file) == 8 && HasPngSignature(head);
    std::fclose(file);
    return is_png;
}

Status LoadDocumentFromFile(const std::string& path, Document* out)
{
    // A snapshot .png carries the map in an iTXt chunk: read only that chunk, whatever the
    // size of the picture around it.
    if (FileStartsWithPngSignature(path))
    {
        std::string json;
        const Status status = ReadMapFromPngFile(path, MaxMapFileBytes, &json);
        if (!status)
            return Status::Error("\"" + path + "\": " + status.Message, "\"" + path + "\": " + status.MessageNl);
        return LoadDocumentFromString(json, out);
    }
    std::string bytes;
    Status read = ReadFileCapped(path, MaxMapFileBytes, &bytes);
    if (!read)
        return read;
    return LoadDocumentFromString(bytes, out);
}
