// The participants' page (issue #15): who is a participant (a random cookie, nothing else), how
// often each may send, and how many dots each may spend. Time is passed in (seconds on a steady
// clock) so the tests need no clock. Not thread-safe: the server guards them with its mutex.
#pragma once
#include "ids.h"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>

constexpr int MaxNotesPerMinute = 6;          // per participant: a person types slower than that
constexpr size_t MaxParticipants = 2000;      // cookies handed out per invitation
constexpr double ParticipantActiveSeconds = 300; // "connected": seen in the last five minutes

// Participants are anonymous: an id from a cookie the server handed out, and when it was last seen.
class ParticipantTable
{
public:
    // Registers a new id (random, made by the caller). False when the table is full.
    bool Add(const std::string& id, double now_seconds);
    bool Known(const std::string& id) const { return LastSeen.count(id) != 0; }
    void Touch(const std::string& id, double now_seconds);
    // Participants seen within ParticipantActiveSeconds.
    int ActiveCount(double now_seconds) const;
    size_t Size() const { return LastSeen.size(); }

private:
    std::unordered_map<std::string, double> LastSeen; // participant id -> seconds
};

// At most `max_events` per participant within any `window_seconds`.
class RateLimiter
{
public:
    explicit RateLimiter(int max_events = MaxNotesPerMinute, double window_seconds = 60.0)
        : MaxEvents(max_events), WindowSeconds(window_seconds) {}
    // True (and counted) when the participant may send now.
    bool Allow(const std::string& participant, double now_seconds);
    // Takes back the last counted event (the submission was refused later, e.g. a deleted moment).
    void Refund(const std::string& participant);

private:
    int MaxEvents;
    double WindowSeconds;
    std::unordered_map<std::string, std::deque<double>> Events; // bounded by ParticipantTable's cap
};

// The dots each participant has placed in the open voting round, so the page can show them and
// refuse a dot over the budget before it reaches the map. A new round starts empty.
class DotLedger
{
public:
    // A different round (or budget) clears every participant's dots.
    void StartRound(uint64_t round, int dots_per_voter);
    uint64_t Round() const { return RoundKey; }
    int Budget() const { return DotsPerVoter; }
    int Used(const std::string& participant) const;
    int On(const std::string& participant, NoteId note) const; // this participant's dots on one note
    // Places one dot; false when the budget is spent or no round is open.
    bool Add(const std::string& participant, NoteId note);
    // Takes one dot back; false when there was none on that note.
    bool Remove(const std::string& participant, NoteId note);

private:
    uint64_t RoundKey = 0; // 0: no round open
    int DotsPerVoter = 0;
    std::unordered_map<std::string, std::unordered_map<NoteId, int>> Placed;
};
