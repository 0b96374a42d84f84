#include "json_extra.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "json_text.h"

#include <cstdlib>
#include <cstring>

// Whether a value can be written back exactly: every text valid UTF-8 (RapidJSON lets a lone
// "\udc00" escape through as invalid bytes) and no field name holding a NUL.
static bool Keepable(const rapidjson::Value& v)
{
    if (v.IsString())
        return IsValidUtf8(v.GetString(), v.GetStringLength());
    if (v.IsArray())
    {
        for (auto e = v.Begin(); e != v.End(); ++e)
            if (!Keepable(*e))
                return false;
        return true;
    }
    if (v.IsObject())
    {
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
            if (!Keepable(m->name) || std::memchr(m->name.GetString(), 0, m->name.GetStringLength()) || !Keepable(m->value))
                return false;
        return true;
    }
    return true;
}

static bool HasNumber(const rapidjson::Value& v)
{
    if (v.IsNumber())
        return true;
    if (v.IsArray())
        for (auto e = v.Begin(); e != v.End(); ++e)
            if (HasNumber(*e))
                return true;
    if (v.IsObject())
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
            if (HasNumber(m->value))
                return true;
    return false;
}

// What the second parse made of a number: its text, when it looks like one.
static bool IsNumberText(const rapidjson::Value* raw)
{
    if (!raw || !raw->IsString() || raw->GetStringLength() == 0 || raw->GetStringLength() > 400)
        return false;
    const char* s = raw->GetString();
    for (size_t i = 0; i < raw->GetStringLength(); i++)
        if (!std::strchr("-+.0123456789eE", s[i]) || s[i] == 0)
            return false;
    return true;
}

// `raw` is the same value from the second parse (numbers as text), or nullptr.
template <class Writer>
static void WriteKept(Writer& writer, const rapidjson::Value& v, const rapidjson::Value* raw)
{
    if (v.IsNumber() && IsNumberText(raw))
    {
        writer.RawValue(raw->GetString(), raw->GetStringLength(), rapidjson::kNumberType);
        return;
    }
    if (v.IsObject() && raw && raw->IsObject() && HasNumber(v))
    {
        writer.StartObject();
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
        {
            writer.Key(m->name.GetString(), m->name.GetStringLength());
            auto r = raw->FindMember(m->name);
            WriteKept(writer, m->value, r == raw->MemberEnd() ? nullptr : &r->value);
        }
        writer.EndObject();
        return;
    }
    if (v.IsArray() && raw && raw->IsArray() && raw->Size() == v.Size() && HasNumber(v))
    {
        writer.StartArray();
        for (rapidjson::SizeType i = 0; i < v.Size(); i++)
            WriteKept(writer, v[i], &(*raw)[i]);
        writer.EndArray();
        return;
    }
    v.Accept(writer);
}

NumbersAsWritten::NumbersAsWritten(const char* text, size_t size) : Text(text), Size(size) {}

NumbersAsWritten::~NumbersAsWritten() { delete Dom; }

const rapidjson::Value* NumbersAsWritten::At(const std::string& path)
{
    if (!Parsed)
    {
        Parsed = true;
        Dom = new rapidjson::Document();
        Dom->Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag>(Text, Size);
        if (Dom->HasParseError())
        {
            delete Dom;
            Dom = nullptr;
        }
    }
    if (!Dom)
        return nullptr;
    // "situations[0].moments[3].patient": names separated by dots, indexes in brackets.
    const rapidjson::Value* at = Dom;
    size_t i = 0;
    while (i < path.size())
    {
        if (path[i] == '.')
            i++;
        if (path[i] == '[')
        {
            const size_t close = path.find(']', i);
            if (close == std::string::npos || !at->IsArray())
                return nullptr;
            const size_t index = std::strtoul(path.c_str() + i + 1, nullptr, 10);
            if (index >= at->Size())
                return nullptr;
            at = &(*at)[(rapidjson::SizeType)index];
            i = close + 1;
            continue;
        }
        const size_t end = path.find_first_of(".[", i);
        const std::string name = path.substr(i, end == std::string::npos ? std::string::npos : end - i);
        if (!at->IsObject())
            return nullptr;
        auto m = at->FindMember(rapidjson::StringRef(name.data(), name.size()));
        if (m == at->MemberEnd())
            return nullptr;
        at = &m->value;
        i = end == std::string::npos ? path.size() : end;
    }
    return at;
}

std::string KeepUnknownFields(const rapidjson::Value& object, std::initializer_list<const char*> known, NumbersAsWritten* as_written,
                              const std::string& path)
{
    if (!object.IsObject())
        return std::string();
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    bool any = false;
    for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m)
    {
        const char* name = m->name.GetString();
        const size_t length = m->name.GetStringLength();
        if (std::memchr(name, 0, length) || !IsValidUtf8(name, length) || !Keepable(m->value))
            continue; // cannot be written back as it was: dropped rather than changed
        bool is_known = false;
        for (const char* k : known)
            if (std::strlen(k) == length && std::memcmp(k, name, length) == 0)
                is_known = true;
        if (is_known)
            continue;
        if (!any)
            writer.StartObject();
        any = true;
        writer.Key(name, (rapidjson::SizeType)length);
        const rapidjson::Value* raw = nullptr;
        if (as_written && HasNumber(m->value))
            if (const rapidjson::Value* raw_object = as_written->At(path); raw_object && raw_object->IsObject())
            {
                auto r = raw_object->FindMember(m->name);
                raw = r == raw_object->MemberEnd() ? nullptr : &r->value;
            }
        WriteKept(writer, m->value, raw);
    }
    if (!any)
        return std::string();
    writer.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

// Marks a number's text for UnmarkNumbersAsWritten: 0xFF never occurs in the UTF-8 the rest of
// the file is made of, so the mark cannot be mistaken for anyone's text.
static const char NumberMark = '\xFF';

// Emits one value through cereal's node API, so it is indented like the rest of the file. `raw`
// is the same value with numbers as their text (or nullptr).
static void WriteValue(cereal::JSONOutputArchive& ar, const rapidjson::Value& v, const rapidjson::Value* raw)
{
    if (v.IsObject())
    {
        ar.startNode();
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
        {
            ar.setNextName(m->name.GetString());
            const rapidjson::Value* r = nullptr;
            if (raw && raw->IsObject())
                if (auto found = raw->FindMember(m->name); found != raw->MemberEnd())
                    r = &found->value;
            WriteValue(ar, m->value, r);
        }
        ar.finishNode();
        return;
    }
    if (v.IsArray())
    {
        ar.startNode();
        ar.makeArray();
        const bool parallel = raw && raw->IsArray() && raw->Size() == v.Size();
        for (rapidjson::SizeType i = 0; i < v.Size(); i++)
            WriteValue(ar, v[i], parallel ? &(*raw)[i] : nullptr);
        ar.finishNode();
        return;
    }
    ar.writeName();
    if (v.IsNumber() && IsNumberText(raw))
        ar.saveValue(NumberMark + std::string(raw->GetString(), raw->GetStringLength()) + NumberMark);
    else if (v.IsNull())
        ar.saveValue(nullptr);
    else if (v.IsBool())
        ar.saveValue(v.GetBool());
    else if (v.IsString())
        ar.saveValue(std::string(v.GetString(), v.GetStringLength()));
    else if (v.IsUint64())
        ar.saveValue((uint64_t)v.GetUint64());
    else if (v.IsInt64())
        ar.saveValue((int64_t)v.GetInt64());
    else
        ar.saveValue(v.GetDouble());
}

void WriteUnknownFields(cereal::JSONOutputArchive& ar, const std::string& fields)
{
    if (fields.empty())
        return;
    rapidjson::Document dom;
    dom.Parse<rapidjson::kParseIterativeFlag>(fields.data(), fields.size());
    if (dom.HasParseError() || !dom.IsObject())
        return;
    // The kept text holds numbers as they were written in the file: read them as text too.
    rapidjson::Document raw;
    if (HasNumber(dom))
        raw.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag>(fields.data(), fields.size());
    const bool have_raw = !raw.HasParseError() && raw.IsObject();
    for (auto m = dom.MemberBegin(); m != dom.MemberEnd(); ++m)
    {
        ar.setNextName(m->name.GetString());
        const rapidjson::Value* r = nullptr;
        if (have_raw)
            if (auto found = raw.FindMember(m->name); found != raw.MemberEnd())
                r = &found->value;
        WriteValue(ar, m->value, r);
    }
}

std::string UnmarkNumbersAsWritten(std::string json)
{
    // In place: a large map's text is not copied (the export of a map at the size limits holds
    // it next to the picture).
    const std::string open = std::string("\"") + NumberMark, close = std::string(1, NumberMark) + "\"";
    size_t at = json.find(open);
    if (at == std::string::npos)
        return json;
    size_t write = at, done = at;
    while (at != std::string::npos)
    {
        const size_t end = json.find(close, at + open.size());
        if (end == std::string::npos)
            break;
        // The text before this number and the number itself, moved left over the marks removed so far.
        char* text = &json[0];
        std::memmove(text + write, text + done, at - done);
        write += at - done;
        const size_t number = end - at - open.size();
        std::memmove(text + write, text + at + open.size(), number);
        write += number;
        done = end + close.size();
        at = json.find(open, done);
    }
    json.erase(write, done - write);
    return json;
}
