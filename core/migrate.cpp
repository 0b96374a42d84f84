#include "migrate.h"

#include "atomic_file.h"
#include "file_json.h"
#include "journey.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <sys/stat.h>

using JsonValue = rapidjson::Value;

static void IdsIn(const JsonValue& list, std::vector<uint64_t>* ids)
{
    if (!list.IsArray())
        return;
    for (const JsonValue& item : list.GetArray())
        if (item.IsObject())
        {
            auto id = item.FindMember("id");
            if (id != item.MemberEnd() && id->value.IsUint64())
                ids->push_back(id->value.GetUint64());
        }
}

// Every id the file uses (as far as it has the shape the version promises), sorted.
static std::vector<uint64_t> IdsInDocument(const JsonValue& root)
{
    std::vector<uint64_t> ids;
    auto personas = root.FindMember("personas");
    if (personas != root.MemberEnd())
        IdsIn(personas->value, &ids);
    auto situations = root.FindMember("situations");
    if (situations != root.MemberEnd() && situations->value.IsArray())
        for (const JsonValue& s : situations->value.GetArray())
            if (s.IsObject())
                for (const char* list : {"phases", "lanes", "moments", "notes"})
                {
                    auto items = s.FindMember(list);
                    if (items != s.MemberEnd())
                        IdsIn(items->value, &ids);
                }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// `count` ids for new items: above every id in use, or, when the file's ids reach the top of the
// range, the lowest ones it leaves free (ids only need to be unique). Fewer when none are left.
static std::vector<uint32_t> FreshIds(const std::vector<uint64_t>& used, size_t count)
{
    std::vector<uint32_t> fresh;
    const uint64_t above = used.empty() ? 1 : used.back() + 1;
    if (above + count - 1 <= MaxIdValue)
    {
        for (size_t i = 0; i < count; i++)
            fresh.push_back((uint32_t)(above + i));
        return fresh;
    }
    size_t next_used = 0;
    for (uint64_t candidate = 1; candidate <= MaxIdValue && fresh.size() < count; candidate++)
    {
        while (next_used < used.size() && used[next_used] < candidate)
            next_used++;
        if (next_used < used.size() && used[next_used] == candidate)
            continue;
        fresh.push_back((uint32_t)candidate);
    }
    return fresh;
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
    auto situations = dom.FindMember("situations");
    if (situations == dom.MemberEnd() || !situations->value.IsArray())
        return;
    // Fresh lane ids that no item of the file uses (the loader checks every id is unique).
    Document blank;
    const size_t lanes_per_situation = DefaultLanes(blank).size();
    size_t needed = 0;
    for (const JsonValue& s : situations->value.GetArray())
        if (s.IsObject() && !s.HasMember("lanes"))
            needed += lanes_per_situation;
    const std::vector<uint32_t> fresh = FreshIds(IdsInDocument(dom), needed);
    size_t next_fresh = 0;
    for (JsonValue& s : situations->value.GetArray())
    {
        if (!s.IsObject())
            continue;
        if (!s.HasMember("lanes"))
        {
            JsonValue lanes(rapidjson::kArrayType);
            for (const Lane& lane : DefaultLanes(blank))
            {
                if (next_fresh >= fresh.size())
                    break; // no ids left at all (a file of two billion items cannot be loaded anyway)
                JsonValue l(rapidjson::kObjectType);
                l.AddMember("id", JsonValue((uint64_t)fresh[next_fresh++]), alloc);
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
