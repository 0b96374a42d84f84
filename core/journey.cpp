#include "journey.h"

#include <cstdio>

template <class Vec, class IdT>
static auto FindById(Vec& items, IdT id) -> decltype(&items[0])
{
    for (auto& item : items)
        if (item.Id == id)
            return &item;
    return nullptr;
}

Phase* FindPhase(Situation& s, PhaseId id) { return FindById(s.Phases, id); }
const Phase* FindPhase(const Situation& s, PhaseId id) { return FindById(s.Phases, id); }
Moment* FindMoment(Situation& s, MomentId id) { return FindById(s.Moments, id); }
const Moment* FindMoment(const Situation& s, MomentId id) { return FindById(s.Moments, id); }
Note* FindNote(Situation& s, NoteId id) { return FindById(s.Notes, id); }
const Note* FindNote(const Situation& s, NoteId id) { return FindById(s.Notes, id); }
const Lane* FindLane(const Situation& s, LaneId id) { return FindById(s.Lanes, id); }

int PhaseIndex(const Situation& s, PhaseId id)
{
    for (size_t i = 0; i < s.Phases.size(); i++)
        if (s.Phases[i].Id == id)
            return (int)i;
    return -1;
}

float DefaultLaneHeight(LaneKind kind)
{
    switch (kind)
    {
    case LaneKind::Moments: return 190.0f;
    case LaneKind::Description: return 200.0f;
    case LaneKind::PatientExperience: return 300.0f;
    case LaneKind::ProfessionalExperience: return 300.0f;
    case LaneKind::PainPoints: return 160.0f;
    case LaneKind::Opportunities: return 160.0f;
    case LaneKind::Backstage: return 130.0f;
    case LaneKind::Quote: return 110.0f;
    case LaneKind::Text: return 110.0f;
    case LaneKind::Count: break;
    }
    return 120.0f;
}

std::vector<Lane> DefaultLanes(Document& doc)
{
    std::vector<Lane> lanes;
    const LaneKind kinds[] = {LaneKind::Moments, LaneKind::Description, LaneKind::PatientExperience,
                              LaneKind::ProfessionalExperience, LaneKind::PainPoints, LaneKind::Opportunities,
                              LaneKind::Backstage, LaneKind::Quote};
    for (LaneKind kind : kinds)
    {
        Lane lane;
        lane.Id = NewId<LaneId>(doc);
        lane.Kind = kind;
        lane.Visible = kind != LaneKind::Backstage && kind != LaneKind::Quote;
        lanes.push_back(lane);
    }
    return lanes;
}

DocumentCounts CountDocument(const Document& doc)
{
    DocumentCounts c;
    c.Situations = (int)doc.Situations.size();
    c.Personas = (int)doc.Personas.size();
    // Phases are the pathway's columns: the desired situation repeats the current one's, so only the
    // current situation (or the first, if none is marked current) is counted. Moments and notes are summed.
    const Situation* phase_source = doc.Situations.empty() ? nullptr : &doc.Situations[0];
    for (const Situation& s : doc.Situations)
        if (s.Kind == SituationKind::Current)
        {
            phase_source = &s;
            break;
        }
    if (phase_source)
        c.Phases = (int)phase_source->Phases.size();
    for (const Situation& s : doc.Situations)
    {
        c.Moments += (int)s.Moments.size();
        for (const Note& n : s.Notes)
        {
            (n.Kind == NoteKind::PainPoint ? c.PainPoints : c.Opportunities)++;
            for (const Vote& v : n.Votes)
                c.Votes += v.Dots;
        }
    }
    return c;
}

std::string FormatCounts(const DocumentCounts& c)
{
    auto count = [](int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
    std::string text = count(c.Situations, "situation", "situations") + ", " + count(c.Phases, "phase", "phases") + ", " +
                       count(c.Moments, "moment", "moments") + ", " + count(c.PainPoints, "pain point", "pain points") + ", " +
                       count(c.Opportunities, "opportunity", "opportunities") + ", " + count(c.Personas, "persona", "personas");
    if (c.Votes > 0) // maps without votes keep the line they always had
        text += ", " + count(c.Votes, "vote", "votes");
    return text;
}

static const char* const InteractionTypeKeys[] = {"face_to_face", "phone", "online_consult", "appointment",
                                                   "decision", "home_measurement", "alert", "other"};
static const char* const NoteKindKeys[] = {"pain_point", "opportunity"};
static const char* const LaneKindKeys[] = {"moments", "description", "patient_experience",
                                            "professional_experience", "pain_points", "opportunities",
                                            "backstage", "quote", "text"};
static const char* const SituationKindKeys[] = {"current", "desired"};
static const char* const MapTextSizeKeys[] = {"normal", "large", "extra_large"};
static_assert(sizeof(MapTextSizeKeys) / sizeof(MapTextSizeKeys[0]) == (size_t)MapTextSize::Count, "");

static_assert(sizeof(InteractionTypeKeys) / sizeof(InteractionTypeKeys[0]) == (size_t)InteractionType::Count, "");
static_assert(sizeof(NoteKindKeys) / sizeof(NoteKindKeys[0]) == (size_t)NoteKind::Count, "");
static_assert(sizeof(LaneKindKeys) / sizeof(LaneKindKeys[0]) == (size_t)LaneKind::Count, "");
static_assert(sizeof(SituationKindKeys) / sizeof(SituationKindKeys[0]) == (size_t)SituationKind::Count, "");

const char* InteractionTypeKey(InteractionType t) { return InteractionTypeKeys[(int)t]; }
const char* NoteKindKey(NoteKind k) { return NoteKindKeys[(int)k]; }
const char* LaneKindKey(LaneKind k) { return LaneKindKeys[(int)k]; }
const char* SituationKindKey(SituationKind k) { return SituationKindKeys[(int)k]; }

template <class E, size_t N>
static bool ParseKey(const char* const (&keys)[N], const std::string& key, E* out)
{
    for (size_t i = 0; i < N; i++)
        if (key == keys[i])
        {
            *out = (E)i;
            return true;
        }
    return false;
}

bool ParseInteractionType(const std::string& key, InteractionType* out) { return ParseKey(InteractionTypeKeys, key, out); }
bool ParseNoteKind(const std::string& key, NoteKind* out) { return ParseKey(NoteKindKeys, key, out); }
bool ParseLaneKind(const std::string& key, LaneKind* out) { return ParseKey(LaneKindKeys, key, out); }
bool ParseSituationKind(const std::string& key, SituationKind* out) { return ParseKey(SituationKindKeys, key, out); }
const char* MapTextSizeKey(MapTextSize s) { return MapTextSizeKeys[(int)s]; }
bool ParseMapTextSize(const std::string& key, MapTextSize* out) { return ParseKey(MapTextSizeKeys, key, out); }

float TextSizeScale(MapTextSize size)
{
    switch (size)
    {
    case MapTextSize::Large: return 1.3f;
    case MapTextSize::ExtraLarge: return 1.6f;
    default: return 1.0f;
    }
}
