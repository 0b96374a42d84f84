// Anonymous participants, their rate limit and their dot budget.
#include "invite_limits.h"

// [SECTION] participants
bool ParticipantTable::Add(const std::string& id, double now_seconds)
{
    if (LastSeen.size() >= MaxParticipants || id.empty())
        return false;
    LastSeen[id] = now_seconds;
    return true;
}

void ParticipantTable::Touch(const std::string& id, double now_seconds)
{
    auto it = LastSeen.find(id);
    if (it != LastSeen.end() && now_seconds > it->second)
        it->second = now_seconds;
}

int ParticipantTable::ActiveCount(double now_seconds) const
{
    int n = 0;
    for (const auto& [id, seen] : LastSeen)
        if (now_seconds - seen <= ParticipantActiveSeconds)
            n++;
    return n;
}

// [SECTION] rate limit
bool RateLimiter::Allow(const std::string& participant, double now_seconds)
{
    std::deque<double>& times = Events[participant];
    while (!times.empty() && now_seconds - times.front() >= WindowSeconds)
        times.pop_front();
    if ((int)times.size() >= MaxEvents)
        return false;
    times.push_back(now_seconds);
    return true;
}

void RateLimiter::Refund(const std::string& participant)
{
    auto it = Events.find(participant);
    if (it != Events.end() && !it->second.empty())
        it->second.pop_back();
}

// [SECTION] dots
void DotLedger::StartRound(uint64_t round, int dots_per_voter)
{
    if (round == RoundKey && dots_per_voter == DotsPerVoter)
        return;
    RoundKey = round;
    DotsPerVoter = dots_per_voter < 0 ? 0 : dots_per_voter;
    Placed.clear();
}

int DotLedger::Used(const std::string& participant) const
{
    auto it = Placed.find(participant);
    if (it == Placed.end())
        return 0;
    int n = 0;
    for (const auto& [note, count] : it->second)
        n += count;
    return n;
}

int DotLedger::On(const std::string& participant, NoteId note) const
{
    auto it = Placed.find(participant);
    if (it == Placed.end())
        return 0;
    auto dot = it->second.find(note);
    return dot == it->second.end() ? 0 : dot->second;
}

bool DotLedger::Add(const std::string& participant, NoteId note)
{
    if (RoundKey == 0 || !note.IsValid() || Used(participant) >= DotsPerVoter)
        return false;
    Placed[participant][note]++;
    return true;
}

bool DotLedger::Remove(const std::string& participant, NoteId note)
{
    auto it = Placed.find(participant);
    if (it == Placed.end())
        return false;
    auto dot = it->second.find(note);
    if (dot == it->second.end() || dot->second <= 0)
        return false;
    if (--dot->second == 0)
        it->second.erase(dot);
    return true;
}
