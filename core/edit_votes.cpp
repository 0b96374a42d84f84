// Edits of dot voting: rounds and the dots on notes. The rounds live in Document::Rounds, their
// dots on the notes (Note::Votes).
#include "edit_internal.h"
#include "voting.h"

#include <algorithm>

bool StartVotingRound(Document& doc, const std::string& name, const std::string& key, RoundId* out_id, Status* why)
{
    if (OpenRound(doc) || doc.Rounds.size() >= MaxRounds || RefuseWithoutIds(doc, 1, why))
        return false;
    VotingRound round;
    round.Id = NewId<RoundId>(doc);
    round.Name = ClampText(name);
    round.Key = IsValidVoterId(key) ? key : std::string(); // same alphabet as voter ids
    round.Kinds = DefaultRoundKinds;
    round.DotsPerPerson = DefaultDotsPerPerson;
    round.Open = true;
    doc.Rounds.push_back(round);
    if (out_id)
        *out_id = round.Id;
    return true;
}

bool EndVotingRound(Document& doc, RoundId id)
{
    VotingRound* round = FindRound(doc, id);
    if (!round || !round->Open)
        return false;
    round->Open = false;
    return true;
}

bool SetRoundName(Document& doc, RoundId id, const std::string& name)
{
    VotingRound* round = FindRound(doc, id);
    const std::string clamped = ClampText(name);
    if (!round || round->Name == clamped)
        return false;
    round->Name = clamped;
    return true;
}

bool SetRoundKinds(Document& doc, RoundId id, uint32_t kinds)
{
    VotingRound* round = FindRound(doc, id);
    kinds &= AllKindsMask;
    if (!round || kinds == 0 || round->Kinds == kinds)
        return false;
    round->Kinds = kinds;
    return true;
}

bool SetRoundDotsPerPerson(Document& doc, RoundId id, int dots)
{
    VotingRound* round = FindRound(doc, id);
    dots = std::clamp(dots, 1, MaxDotsPerPerson);
    if (!round || round->DotsPerPerson == dots)
        return false;
    round->DotsPerPerson = dots;
    return true;
}

bool DeleteVotingRound(Document& doc, RoundId id)
{
    auto it = std::find_if(doc.Rounds.begin(), doc.Rounds.end(), [&](const VotingRound& r) { return r.Id == id; });
    if (it == doc.Rounds.end())
        return false;
    doc.Rounds.erase(it);
    for (Situation& s : doc.Situations)
        for (Note& note : s.Notes)
            note.Votes.erase(std::remove_if(note.Votes.begin(), note.Votes.end(), [&](const Vote& v) { return v.Round == id; }),
                             note.Votes.end());
    return true;
}

bool AddVote(Document& doc, SituationIndex s, NoteId note_id, RoundId round, const std::string& voter)
{
    if (CheckAddVote(doc, s, note_id, round, voter) != VoteRefusal::None)
        return false;
    Note* note = FindNote(doc.Situations[s], note_id);
    for (Vote& v : note->Votes)
        if (v.Round == round && v.Voter == voter)
        {
            v.Dots++;
            return true;
        }
    Vote vote;
    vote.Round = round;
    vote.Voter = voter;
    vote.Dots = 1;
    note->Votes.push_back(vote);
    return true;
}

bool RemoveVote(Document& doc, SituationIndex s, NoteId note_id, RoundId round, const std::string& voter)
{
    Situation* sit = GetSituation(doc, s);
    Note* note = sit ? FindNote(*sit, note_id) : nullptr;
    if (!note)
        return false;
    for (size_t i = 0; i < note->Votes.size(); i++)
    {
        Vote& v = note->Votes[i];
        if (v.Round != round || v.Voter != voter)
            continue;
        if (--v.Dots <= 0)
            note->Votes.erase(note->Votes.begin() + (ptrdiff_t)i);
        return true;
    }
    return false;
}
