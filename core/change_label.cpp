#include "change_label.h"

#include <algorithm>
#include <unordered_map>

namespace
{
// Counts of what changed, gathered over the whole document; the label is the first non-zero
// count in ChangeKind order (added and deleted elements first, then moves, then texts).
struct Tally
{
    int Counts[(int)ChangeKind::Count] = {};
    void Add(ChangeKind kind, int n = 1) { Counts[(int)kind] += n; }
};

bool SameCells(const std::vector<LaneText>& a, const std::vector<LaneText>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); i++)
        if (a[i].Lane != b[i].Lane || a[i].Text != b[i].Text || a[i].UnknownFields != b[i].UnknownFields)
            return false;
    return true;
}

bool SameMomentTexts(const Moment& a, const Moment& b)
{
    return a.Title == b.Title && a.Type == b.Type && a.Channel == b.Channel && a.Actors == b.Actors &&
           a.Description == b.Description && a.Patient.Text == b.Patient.Text && a.Professional.Text == b.Professional.Text &&
           SameCells(a.Cells, b.Cells) && a.Origin == b.Origin && a.UnknownFields == b.UnknownFields;
}

void CompareMoments(const Moment& a, const Moment& b, Tally& t)
{
    if (a.Phase != b.Phase || a.X != b.X)
        t.Add(ChangeKind::MoveMoments);
    if (a.Patient.Score != b.Patient.Score || a.Professional.Score != b.Professional.Score)
        t.Add(ChangeKind::SetScores);
    if (!SameMomentTexts(a, b))
        t.Add(ChangeKind::EditMoments);
}

bool SameVotes(const std::vector<Vote>& a, const std::vector<Vote>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); i++)
        if (a[i].Round != b[i].Round || a[i].Voter != b[i].Voter || a[i].Dots != b[i].Dots || a[i].UnknownFields != b[i].UnknownFields)
            return false;
    return true;
}

bool SameRounds(const std::vector<VotingRound>& a, const std::vector<VotingRound>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); i++)
        if (a[i].Id != b[i].Id || a[i].Name != b[i].Name || a[i].Key != b[i].Key || a[i].Kinds != b[i].Kinds ||
            a[i].DotsPerPerson != b[i].DotsPerPerson || a[i].Open != b[i].Open || a[i].UnknownFields != b[i].UnknownFields)
            return false;
    return true;
}

void CompareNotes(const Note& a, const Note& b, Tally& t)
{
    if (!SameVotes(a.Votes, b.Votes))
        t.Add(ChangeKind::SetVotes);
    if (a.Moment != b.Moment || a.X != b.X || a.Y != b.Y)
        t.Add(ChangeKind::MoveNotes);
    if (a.Text != b.Text || a.Kind != b.Kind || a.Color != b.Color || a.UnknownFields != b.UnknownFields)
        t.Add(ChangeKind::EditNotes);
}

void ComparePhases(const Phase& a, const Phase& b, Tally& t)
{
    if (a.Name != b.Name || a.DefaultName != b.DefaultName)
        t.Add(ChangeKind::RenamePhases);
    if (a.Width != b.Width)
        t.Add(ChangeKind::ResizePhases);
}

// Matches elements of two lists by id: the same index first (the usual case, no map built),
// else through an index of `before`. Calls compare(a, b) for pairs, and counts the rest as
// added or deleted.
template <class T, class CompareFn>
void MatchById(const std::vector<T>& before, const std::vector<T>& after, ChangeKind added, ChangeKind deleted,
               Tally& t, CompareFn compare, bool* order_changed = nullptr)
{
    bool same_order = before.size() == after.size();
    for (size_t i = 0; same_order && i < before.size(); i++)
        same_order = before[i].Id == after[i].Id;
    if (same_order)
    {
        for (size_t i = 0; i < before.size(); i++)
            compare(before[i], after[i], t);
        return;
    }
    std::unordered_map<uint32_t, size_t> index;
    index.reserve(before.size());
    for (size_t i = 0; i < before.size(); i++)
        index.emplace(before[i].Id.Value, i);
    size_t matched = 0;
    size_t last_index = 0;
    bool in_order = true;
    for (const T& b : after)
    {
        auto it = index.find(b.Id.Value);
        if (it == index.end())
        {
            t.Add(added);
            continue;
        }
        matched++;
        if (matched > 1 && it->second < last_index)
            in_order = false;
        last_index = it->second;
        compare(before[it->second], b, t);
    }
    t.Add(deleted, (int)(before.size() - matched));
    if (order_changed && !in_order)
        *order_changed = true;
}

bool SamePersona(const Persona& a, const Persona& b)
{
    return a.Name == b.Name && a.Age == b.Age && a.BasedOnRealPerson == b.BasedOnRealPerson && a.Photo == b.Photo &&
           a.LivingSituation == b.LivingSituation && a.Work == b.Work && a.Diagnosis == b.Diagnosis &&
           a.OtherConditions == b.OtherConditions && a.DigitalSkills == b.DigitalSkills && a.HealthLiteracy == b.HealthLiteracy &&
           a.Network == b.Network && a.Goals == b.Goals && a.Needs == b.Needs && a.Frustrations == b.Frustrations &&
           a.Quote == b.Quote && a.X == b.X && a.Y == b.Y && a.UnknownFields == b.UnknownFields;
}

bool SameLanes(const std::vector<Lane>& a, const std::vector<Lane>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); i++)
        if (a[i].Id != b[i].Id || a[i].Kind != b[i].Kind || a[i].Title != b[i].Title || a[i].Visible != b[i].Visible ||
            a[i].Height != b[i].Height || a[i].UnknownFields != b[i].UnknownFields)
            return false;
    return true;
}
} // namespace

ChangeLabel DescribeChange(const Document& before, const Document& after)
{
    Tally t;
    if (before.Situations.size() < after.Situations.size())
        t.Add(ChangeKind::AddSituation);
    else if (before.Situations.size() > after.Situations.size())
        t.Add(ChangeKind::DeleteSituation);
    if (before.Title != after.Title || before.Scope != after.Scope || before.IntendedOutcome != after.IntendedOutcome ||
        before.Remark != after.Remark || before.TextSize != after.TextSize)
        t.Add(ChangeKind::EditMap);
    MatchById(before.Personas, after.Personas, ChangeKind::AddPersonas, ChangeKind::DeletePersonas, t,
              [](const Persona& a, const Persona& b, Tally& tally) {
                  if (!SamePersona(a, b))
                      tally.Add(ChangeKind::EditPersonas);
              });
    if (!SameRounds(before.Rounds, after.Rounds))
        t.Add(ChangeKind::EditRounds);
    const size_t shared = std::min(before.Situations.size(), after.Situations.size());
    for (size_t s = 0; s < shared; s++)
    {
        const Situation& a = before.Situations[s];
        const Situation& b = after.Situations[s];
        bool phases_reordered = false;
        MatchById(a.Phases, b.Phases, ChangeKind::AddPhases, ChangeKind::DeletePhases, t, ComparePhases, &phases_reordered);
        if (phases_reordered)
            t.Add(ChangeKind::MovePhases);
        if (!SameLanes(a.Lanes, b.Lanes) || a.Name != b.Name)
            t.Add(ChangeKind::EditLanes);
        MatchById(a.Moments, b.Moments, ChangeKind::AddMoments, ChangeKind::DeleteMoments, t, CompareMoments);
        MatchById(a.Notes, b.Notes, ChangeKind::AddNotes, ChangeKind::DeleteNotes, t, CompareNotes);
    }
    // Deleting a phase takes its moments and their notes along: the phase tells the story.
    // Moments added or deleted likewise take their notes along.
    for (int k = (int)ChangeKind::AddSituation; k < (int)ChangeKind::Count; k++)
        if (t.Counts[k] > 0)
        {
            const ChangeKind kind = (ChangeKind)k;
            const bool single = kind == ChangeKind::AddSituation || kind == ChangeKind::DeleteSituation ||
                                kind == ChangeKind::EditMap || kind == ChangeKind::EditLanes || kind == ChangeKind::MovePhases ||
                                kind == ChangeKind::EditRounds;
            return {kind, single ? 1 : t.Counts[k]};
        }
    if (before.UnknownFields != after.UnknownFields || before.NextId != after.NextId || before.Schema != after.Schema)
        return {ChangeKind::Edit, 1};
    return {};
}

const char* ChangeKindKey(ChangeKind kind)
{
    static const char* const keys[] = {"none",          "edit",         "add_situation", "delete_situation", "add_phases",
                                       "delete_phases", "add_moments",  "delete_moments", "add_notes",       "delete_notes",
                                       "add_personas",  "delete_personas", "move_phases", "rename_phases",   "resize_phases",
                                       "move_moments",  "move_notes",   "set_scores",    "edit_moments",     "edit_notes",
                                       "edit_lanes",    "edit_map",     "edit_personas", "set_votes",        "edit_rounds"};
    static_assert(sizeof(keys) / sizeof(keys[0]) == (size_t)ChangeKind::Count, "one key per kind");
    const int i = (int)kind;
    return i >= 0 && i < (int)ChangeKind::Count ? keys[i] : "edit";
}
