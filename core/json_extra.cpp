#include "json_extra.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "json_text.h"

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

std::string KeepUnknownFields(const rapidjson::Value& object, std::initializer_list<const char*> known)
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
        m->value.Accept(writer);
    }
    if (!any)
        return std::string();
    writer.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

// Emits one value through cereal's node API, so it is indented like the rest of the file.
static void WriteValue(cereal::JSONOutputArchive& ar, const rapidjson::Value& v)
{
    if (v.IsObject())
    {
        ar.startNode();
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
        {
            ar.setNextName(m->name.GetString());
            WriteValue(ar, m->value);
        }
        ar.finishNode();
        return;
    }
    if (v.IsArray())
    {
        ar.startNode();
        ar.makeArray();
        for (auto e = v.Begin(); e != v.End(); ++e)
            WriteValue(ar, *e);
        ar.finishNode();
        return;
    }
    ar.writeName();
    if (v.IsNull())
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
    for (auto m = dom.MemberBegin(); m != dom.MemberEnd(); ++m)
    {
        ar.setNextName(m->name.GetString());
        WriteValue(ar, m->value);
    }
}
