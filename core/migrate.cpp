#include "migrate.h"

#include "atomic_file.h"
#include "file_json.h"
#include "journey.h"

#include <algorithm>
#include <cstdint>

#include <sys/stat.h>

using JsonValue = rapidjson::Value;

static uint64_t MaxIdIn(const JsonValue& list)
{
    uint64_t max_id = 0;
    if (!list.IsArray())
        return 0;
    for (const JsonValue& item : list.GetArray())
        if (item.IsObject())
        {
            auto id = item.FindMember("id");
            if (id != item.MemberEnd() && id->value.IsUint64())
                max_id = std::max(max_id, (uint64_t)id->value.GetUint64());
        }
    return max_id;
}

static uint64_t MaxIdInDocument(const JsonValue& root)
{
    uint64_t max_id = 0;
    auto personas = root.FindMember("personas");
    if (personas != root.MemberEnd())
        max_id = std::max(max_id, MaxIdIn(personas->value));
    auto situations = root.FindMember("situations");
    if (situations == root.MemberEnd() || !situations->value.IsArray())
        return max_id;
    for (const JsonValue& s : situations->value.GetArray())
        if (s.IsObject())
            for (const char* list : {"phases", "lanes", "moments", "notes"})
            {
                auto items = s.FindMember(list);
                if (items != s.MemberEnd())
                    max_id = std::max(max_id, MaxIdIn(items->value));
            }
    return max_id;
}

// "patient_score" + "patient_text" -> "patient": {"score", "text"}.
static void NestExperience(JsonValue& moment, const char* key, const char* score_key, const char* text_key,
                           rapidjson::Document::AllocatorType& alloc)
{
    if (moment.HasMember(key))
        return; // already nested: leave the flat fields (if any) as unknown fields
    JsonValue experience(rapidjson::kObjectType);
    for (auto [flat, nested] : {std::pair{score_key, "score"}, std::pair{text_key, "text"}})
    {
        auto m = moment.FindMember(flat);
        if (m == moment.MemberEnd())
            continue;
        JsonValue value;
        value.CopyFrom(m->value, alloc);
        experience.AddMember(JsonValue(nested, alloc), value, alloc);
        moment.RemoveMember(flat);
    }
    if (experience.MemberCount() > 0)
        moment.AddMember(JsonValue(key, alloc), experience, alloc);
}

static void MigrateV0ToV1(rapidjson::Document& dom)
{
    auto& alloc = dom.GetAllocator();
    // Fresh lane ids above every id in the file, from the same counter the model uses.
    Document ids;
    const uint64_t max_id = MaxIdInDocument(dom);
    ids.NextId = (uint32_t)std::min<uint64_t>(max_id + 1, (uint64_t)MaxIdValue + 1);
    auto situations = dom.FindMember("situations");
    if (situations == dom.MemberEnd() || !situations->value.IsArray())
        return;
    for (JsonValue& s : situations->value.GetArray())
    {
        if (!s.IsObject())
            continue;
        if (!s.HasMember("lanes"))
        {
            JsonValue lanes(rapidjson::kArrayType);
            for (const Lane& lane : DefaultLanes(ids))
            {
                JsonValue l(rapidjson::kObjectType);
                l.AddMember("id", JsonValue((uint64_t)lane.Id.Value), alloc);
                l.AddMember("kind", JsonValue(LaneKindKey(lane.Kind), alloc), alloc);
                l.AddMember("visible", JsonValue(lane.Visible), alloc);
                lanes.PushBack(l, alloc);
            }
            s.AddMember("lanes", lanes, alloc);
        }
        auto moments = s.FindMember("moments");
        if (moments == s.MemberEnd() || !moments->value.IsArray())
            continue;
        for (JsonValue& m : moments->value.GetArray())
            if (m.IsObject())
            {
                NestExperience(m, "patient", "patient_score", "patient_text", alloc);
                NestExperience(m, "professional", "professional_score", "professional_text", alloc);
            }
    }
}

// Version 1 had no "not scored": a missing score was 0. Write that 0, so it stays a score.
static void ScoreImpliedZero(JsonValue& moment, const char* key, rapidjson::Document::AllocatorType& alloc)
{
    auto experience = moment.FindMember(key);
    if (experience == moment.MemberEnd())
    {
        JsonValue e(rapidjson::kObjectType);
        e.AddMember("score", JsonValue(0), alloc);
        moment.AddMember(JsonValue(key, alloc), e, alloc);
        return;
    }
    if (experience->value.IsObject() && !experience->value.HasMember("score"))
        experience->value.AddMember("score", JsonValue(0), alloc);
}

static void MigrateV1ToV2(rapidjson::Document& dom)
{
    auto& alloc = dom.GetAllocator();
    auto situations = dom.FindMember("situations");
    if (situations == dom.MemberEnd() || !situations->value.IsArray())
        return;
    for (JsonValue& s : situations->value.GetArray())
    {
        if (!s.IsObject())
            continue;
        auto moments = s.FindMember("moments");
        if (moments == s.MemberEnd() || !moments->value.IsArray())
            continue;
        for (JsonValue& m : moments->value.GetArray())
            if (m.IsObject())
            {
                ScoreImpliedZero(m, "patient", alloc);
                ScoreImpliedZero(m, "professional", alloc);
            }
    }
}

void MigrateToCurrent(rapidjson::Document& dom, int from)
{
    if (!dom.IsObject())
        return;
    if (from <= 0)
        MigrateV0ToV1(dom);
    if (from <= 1)
        MigrateV1ToV2(dom);
    // When CurrentSchema becomes 3: if (from <= 2) MigrateV2ToV3(dom); and so on.
}

std::string MigratedOriginalPath(const std::string& path, int file_schema)
{
    return path + ".schema" + std::to_string(file_schema) + ".bak";
}

Status KeepOriginalOfMigratedFile(const std::string& path, int file_schema)
{
    if (file_schema >= CurrentSchema)
        return Status::Success();
    const std::string keep = MigratedOriginalPath(path, file_schema);
    struct stat st;
    if (::stat(keep.c_str(), &st) == 0)
        return Status::Success(); // kept at an earlier save: that one is the true original
    std::string original;
    if (::stat(path.c_str(), &st) != 0)
        return Status::Success(); // nothing to keep (saved elsewhere, or removed meanwhile)
    Status read = ReadFileCapped(path, MaxMapFileBytes, &original);
    if (!read)
        return read;
    return WriteFileAtomic(keep, original, false);
}
