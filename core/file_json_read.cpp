// Reading a parsed map (RapidJSON's DOM) into a Document, field by field, with the place of
// every problem in the message.
#include "file_json_read.h"

#include "file_json.h"

#include "json_extra.h"
#include "json_text.h"
#include "voting.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>
#include <unordered_set>

// [SECTION] Loading
// We walk RapidJSON's DOM by hand instead of using cereal's JSONInputArchive: cereal reports a
// wrong or missing field as an exception without saying where, and it allocates whatever a
// count in the file asks for. Walking the DOM ourselves gives messages a person can act on
// ("situations[0].moments[3].patient.score: 7 is outside -2..+2") and lets us check every count
// and length before allocating for it.

using JsonValue = rapidjson::Value;

// Keeps the fields of `v` not in `known` (see json_extra.h); never fails.
static bool Keep(JsonReader& r, const JsonValue& v, const std::string& path, std::initializer_list<const char*> known, std::string* out)
{
    *out = KeepUnknownFields(v, known, r.AsWritten, path);
    return true;
}

static bool Missing(JsonReader& r, const std::string& path, const char* key)
{
    const std::string en = std::string("the field \"") + key + "\" is missing";
    const std::string nl = std::string("het veld \"") + key + "\" ontbreekt";
    if (path.empty())
        return r.Fail(path, "This map is incomplete: " + en, "Deze kaart is onvolledig: " + nl);
    return r.Fail(path, en, nl);
}

const JsonValue* Find(const JsonValue& object, const char* key)
{
    auto it = object.FindMember(key);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

// An object whose field names are not repeated (which copy would count is anyone's guess).
bool ExpectObject(JsonReader& r, const JsonValue& v, const std::string& path)
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
        return WholeNumberFail(r, p, *v, 0, max);
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
    if (!v->IsInt() || v->GetInt() < min || v->GetInt() > max)
        return WholeNumberFail(r, p, *v, min, max);
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
    if (!ExpectObject(r, *v, p))
        return false;
    // "score": null or no "score" at all: not scored yet (file version 2 on; older files were
    // given their implied 0 by the migration).
    out->Score.reset();
    const JsonValue* score = Find(*v, "score");
    if (score && !score->IsNull())
    {
        float value = 0.0f;
        if (!ReadFloat(r, *v, p, "score", false, &value))
            return false;
        out->Score = value;
    }
    return ReadText(r, *v, p, "text", false, MaxTextBytes, &out->Text) && Keep(r, *v, p, {"score", "text"}, &out->UnknownFields);
}

static bool ReadPhase(JsonReader& r, const JsonValue& v, const std::string& p, Phase* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) && ReadText(r, v, p, "name", false, MaxTextBytes, &out->Name) &&
           ReadFloat(r, v, p, "width", false, &out->Width) &&
           ReadInt(r, v, p, "default_name", 0, PathwayPhaseCount - 1, &out->DefaultName) &&
           Keep(r, v, p, {"id", "name", "width", "default_name"}, &out->UnknownFields);
}

static bool ReadLane(JsonReader& r, const JsonValue& v, const std::string& p, Lane* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) &&
           ReadKey(r, v, p, "kind", true, ParseLaneKind, LaneKindKey, &out->Kind) &&
           ReadText(r, v, p, "title", false, MaxTextBytes, &out->Title) && ReadBool(r, v, p, "visible", &out->Visible) &&
           ReadFloat(r, v, p, "height", false, &out->Height) &&
           Keep(r, v, p, {"id", "kind", "title", "visible", "height"}, &out->UnknownFields);
}

static bool ReadCell(JsonReader& r, const JsonValue& v, const std::string& p, LaneText* out)
{
    return ReadId(r, v, p, "lane", true, &out->Lane.Value) && ReadText(r, v, p, "text", false, MaxTextBytes, &out->Text) &&
           Keep(r, v, p, {"lane", "text"}, &out->UnknownFields);
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
           ReadItems(r, v, p, "cells", MaxLanes, &out->Cells, ReadCell) && ReadId(r, v, p, "origin", false, &out->Origin.Value) &&
           Keep(r, v, p, {"id", "phase", "x", "title", "type", "channel", "actors", "description", "patient", "professional", "cells", "origin"},
                &out->UnknownFields);
}

// A voter id or a round key: short, plain letters, digits, _ and -.
static bool ReadVoterText(JsonReader& r, const JsonValue& v, const std::string& path, const char* key, bool required, std::string* out)
{
    if (!ReadText(r, v, path, key, required, MaxVoterBytes, out))
        return false;
    if ((required || !out->empty()) && !IsValidVoterId(*out))
        return r.Fail(Field(path, key), "\"" + Excerpt(*out) + "\" is not a voter or round key (letters, digits, _ and -)",
                      "\"" + Excerpt(*out) + "\" is geen stemmer- of rondesleutel (letters, cijfers, _ en -)");
    return true;
}

static bool ReadVote(JsonReader& r, const JsonValue& v, const std::string& p, Vote* out)
{
    int dots = 1;
    if (!ReadId(r, v, p, "round", true, &out->Round.Value) || !ReadVoterText(r, v, p, "voter", true, &out->Voter) ||
        !ReadInt(r, v, p, "dots", 1, MaxDotsPerVote, &dots))
        return false;
    out->Dots = dots;
    return Keep(r, v, p, {"round", "voter", "dots"}, &out->UnknownFields);
}

static bool ReadNote(JsonReader& r, const JsonValue& v, const std::string& p, Note* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) &&
           ReadKey(r, v, p, "kind", true, ParseNoteKind, NoteKindKey, &out->Kind) &&
           ReadText(r, v, p, "text", false, MaxTextBytes, &out->Text) && ReadId(r, v, p, "moment", false, &out->Moment.Value) &&
           ReadFloat(r, v, p, "x", false, &out->X) && ReadFloat(r, v, p, "y", false, &out->Y) &&
           ReadColor(r, v, p, "color", &out->Color) && ReadItems(r, v, p, "votes", MaxVotesPerNote, &out->Votes, ReadVote) &&
           ReadBool(r, v, p, "participant", &out->FromParticipant) &&
           Keep(r, v, p, {"id", "kind", "text", "moment", "x", "y", "color", "votes", "participant"}, &out->UnknownFields);
}

// "kinds": ["pain_point", "opportunity"]: the note kinds a round gives dots to.
static bool ReadRoundKinds(JsonReader& r, const JsonValue& v, const std::string& path, uint32_t* out)
{
    const JsonValue* kinds = nullptr;
    if (!ReadArray(r, v, path, "kinds", false, 16, &kinds))
        return false;
    if (!kinds)
        return true;
    const std::string p = Field(path, "kinds");
    uint32_t mask = 0;
    for (rapidjson::SizeType i = 0; i < kinds->Size(); i++)
    {
        const JsonValue& k = (*kinds)[i];
        NoteKind kind;
        if (!k.IsString())
            return WrongType(r, Item(p, i), "text", "tekst", k);
        if (!ParseNoteKind(std::string(k.GetString(), k.GetStringLength()), &kind))
            return r.Fail(Item(p, i), "\"" + Excerpt({k.GetString(), k.GetStringLength()}) + "\" is not one of: pain_point, opportunity",
                          "\"" + Excerpt({k.GetString(), k.GetStringLength()}) + "\" is niet een van: pain_point, opportunity");
        mask |= 1u << (int)kind;
    }
    *out = mask;
    return true;
}

static bool ReadRound(JsonReader& r, const JsonValue& v, const std::string& p, VotingRound* out)
{
    return ReadId(r, v, p, "id", true, &out->Id.Value) && ReadText(r, v, p, "name", false, MaxTextBytes, &out->Name) &&
           ReadVoterText(r, v, p, "key", false, &out->Key) && ReadRoundKinds(r, v, p, &out->Kinds) &&
           ReadInt(r, v, p, "dots_per_person", 1, MaxDotsPerPerson, &out->DotsPerPerson) &&
           ReadBool(r, v, p, "open", &out->Open) &&
           Keep(r, v, p, {"id", "name", "key", "kinds", "dots_per_person", "open"}, &out->UnknownFields);
}

static bool ReadSituation(JsonReader& r, const JsonValue& v, const std::string& p, Situation* out)
{
    return ReadKey(r, v, p, "kind", true, ParseSituationKind, SituationKindKey, &out->Kind) &&
           ReadText(r, v, p, "name", false, MaxTextBytes, &out->Name) &&
           ReadItems(r, v, p, "phases", MaxPhases, &out->Phases, ReadPhase) &&
           ReadItems(r, v, p, "lanes", MaxLanes, &out->Lanes, ReadLane) &&
           ReadItems(r, v, p, "moments", MaxMoments, &out->Moments, ReadMoment) &&
           ReadItems(r, v, p, "notes", MaxNotes, &out->Notes, ReadNote) &&
           Keep(r, v, p, {"kind", "name", "phases", "lanes", "moments", "notes"}, &out->UnknownFields);
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
           ReadFloat(r, v, p, "y", false, &out->Y) &&
           Keep(r, v, p, {"id", "name", "age", "based_on_real_person", "photo", "living_situation", "work", "diagnosis",
                    "other_conditions", "digital_skills", "health_literacy", "network", "goals", "needs", "frustrations",
                    "quote", "x", "y"},
                &out->UnknownFields);
}

// Everything below "schema" (already checked by the caller).
bool ReadDocument(JsonReader& r, const JsonValue& root, Document* doc)
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
    return ReadItems(r, root, "", "situations", MaxSituations, &doc->Situations, ReadSituation) &&
           ReadItems(r, root, "", "voting_rounds", MaxRounds, &doc->Rounds, ReadRound) &&
           ReadKey(r, root, "", "text_size", false, ParseMapTextSize, MapTextSizeKey, &doc->TextSize) &&
           Keep(r, root, "", {"schema", "title", "scope", "intended_outcome", "remark", "next_id", "personas", "situations", "voting_rounds",
                              "text_size"},
                &doc->UnknownFields);
}
