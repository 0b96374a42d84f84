#include "voting.h"

#include "file_json.h"
#include "layout.h"

#include <algorithm>
#include <random>
#include <unordered_map>
#include <unordered_set>

const VotingRound* FindRound(const Document& doc, RoundId id)
{
    for (const VotingRound& round : doc.Rounds)
        if (round.Id == id)
            return &round;
    return nullptr;
}

VotingRound* FindRound(Document& doc, RoundId id)
{
    return const_cast<VotingRound*>(FindRound(static_cast<const Document&>(doc), id));
}

const VotingRound* OpenRound(const Document& doc)
{
    for (const VotingRound& round : doc.Rounds)
        if (round.Open)
            return &round;
    return nullptr;
}

int NextRoundNumber(const Document& doc) { return (int)doc.Rounds.size() + 1; }

bool IsValidVoterId(const std::string& voter)
{
    if (voter.empty() || voter.size() > MaxVoterBytes)
        return false;
    return std::all_of(voter.begin(), voter.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

std::string NewRandomKey()
{
    // Not a secret, only unlikely to repeat: random_device seeds a generator once per key.
    std::random_device device;
    std::mt19937_64 generator(((uint64_t)device() << 32) ^ device());
    static const char digits[] = "0123456789abcdef";
    std::string key;
    for (int part = 0; part < 2; part++)
    {
        uint64_t bits = generator();
        for (int i = 0; i < 16; i++, bits >>= 4)
            key += digits[bits & 0xF];
    }
    return key;
}

int NoteVotes(const Note& note)
{
    int dots = 0;
    for (const Vote& v : note.Votes)
        dots += v.Dots;
    return dots;
}

int NoteVotes(const Note& note, RoundId round)
{
    int dots = 0;
    for (const Vote& v : note.Votes)
        if (v.Round == round)
            dots += v.Dots;
    return dots;
}

int NoteVotesBy(const Note& note, RoundId round, const std::string& voter)
{
    for (const Vote& v : note.Votes)
        if (v.Round == round && v.Voter == voter)
            return v.Dots;
    return 0;
}

int DotsUsed(const Document& doc, RoundId round, const std::string& voter)
{
    int dots = 0;
    for (const Situation& s : doc.Situations)
        for (const Note& note : s.Notes)
            dots += NoteVotesBy(note, round, voter);
    return dots;
}

int VoterBudget(const VotingRound& round, const std::string& voter)
{
    return voter == FacilitatorVoter ? -1 : round.DotsPerPerson;
}

int RoundDots(const Document& doc, RoundId round)
{
    int dots = 0;
    for (const Situation& s : doc.Situations)
        for (const Note& note : s.Notes)
            dots += NoteVotes(note, round);
    return dots;
}

int RoundVoters(const Document& doc, RoundId round)
{
    std::unordered_set<std::string> voters;
    for (const Situation& s : doc.Situations)
        for (const Note& note : s.Notes)
            for (const Vote& v : note.Votes)
                if (v.Round == round && v.Dots > 0)
                    voters.insert(v.Voter);
    return (int)voters.size();
}

VoteRefusal CheckAddVote(const Document& doc, SituationIndex s, NoteId note_id, RoundId round_id, const std::string& voter)
{
    const VotingRound* round = FindRound(doc, round_id);
    if (!round)
        return VoteRefusal::NoRound;
    if (!round->Open)
        return VoteRefusal::RoundClosed;
    if (s < 0 || s >= (int)doc.Situations.size())
        return VoteRefusal::NoNote;
    const Note* note = FindNote(doc.Situations[s], note_id);
    if (!note)
        return VoteRefusal::NoNote;
    if (!RoundAllowsKind(*round, note->Kind))
        return VoteRefusal::KindNotVoted;
    if (!IsValidVoterId(voter))
        return VoteRefusal::BadVoter;
    const int budget = VoterBudget(*round, voter);
    if (budget >= 0 && DotsUsed(doc, round_id, voter) >= budget)
        return VoteRefusal::BudgetUsed;
    const int mine = NoteVotesBy(*note, round_id, voter);
    if (mine >= MaxDotsPerVote || (mine == 0 && note->Votes.size() >= MaxVotesPerNote))
        return VoteRefusal::TooMany;
    return VoteRefusal::None;
}

std::vector<RankedNote> RankRound(const Document& doc, RoundId round)
{
    struct Entry
    {
        RankedNote Line;
        float X = 0.0f, Y = 0.0f; // world units, the note's top-left as drawn
    };
    std::vector<Entry> entries;
    for (size_t s = 0; s < doc.Situations.size(); s++)
    {
        const Situation& situation = doc.Situations[s];
        bool any = false;
        for (const Note& note : situation.Notes)
            any = any || (round.IsValid() ? NoteVotes(note, round) : NoteVotes(note)) > 0;
        if (!any)
            continue;
        // Map order for equal dots: where the room sees the notes.
        const MapLayout layout = ComputeLayout(situation);
        std::unordered_map<NoteId, Vec2> place;
        for (const NoteBox& box : layout.Notes)
            place[box.Id] = box.Box.Min;
        for (const Note& note : situation.Notes)
        {
            const int dots = round.IsValid() ? NoteVotes(note, round) : NoteVotes(note);
            if (dots <= 0)
                continue;
            Entry e;
            e.Line.Situation = (SituationIndex)s;
            e.Line.Note = note.Id;
            e.Line.Dots = dots;
            auto it = place.find(note.Id);
            if (it != place.end())
                e.X = it->second.x, e.Y = it->second.y;
            entries.push_back(e);
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.Line.Dots != b.Line.Dots)
            return a.Line.Dots > b.Line.Dots;
        if (a.Line.Situation != b.Line.Situation)
            return a.Line.Situation < b.Line.Situation;
        if (a.X != b.X)
            return a.X < b.X;
        return a.Y < b.Y;
    });
    std::vector<RankedNote> ranked;
    ranked.reserve(entries.size());
    for (size_t i = 0; i < entries.size(); i++)
    {
        RankedNote line = entries[i].Line;
        line.Rank = (i > 0 && line.Dots == ranked.back().Dots) ? ranked.back().Rank : (int)i + 1;
        ranked.push_back(line);
    }
    return ranked;
}
