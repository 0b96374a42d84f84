// Dot voting: which round is open, how many dots a note and a voter have, and the ranking of a
// round's results. The rounds live in Document::Rounds and their dots on the notes
// (Note::Votes); the edits that change them are in core/edit.h ([SECTION] voting).
#pragma once
#include "edit.h"
#include "journey.h"

#include <string>
#include <vector>

// The voter of the dots the facilitator clicks on the canvas, on behalf of the whole room.
constexpr const char* FacilitatorVoter = "facilitator";

// Default settings of a new round.
constexpr int DefaultDotsPerPerson = 3;
constexpr uint32_t DefaultRoundKinds = (1u << (int)NoteKind::PainPoint) | (1u << (int)NoteKind::Opportunity);

inline uint32_t KindBit(NoteKind kind) { return 1u << (int)kind; }
inline bool RoundAllowsKind(const VotingRound& round, NoteKind kind) { return (round.Kinds & KindBit(kind)) != 0; }
constexpr uint32_t AllKindsMask = (1u << (int)NoteKind::Count) - 1;

const VotingRound* FindRound(const Document& doc, RoundId id);
VotingRound* FindRound(Document& doc, RoundId id);
// The round taking dots now, or nullptr.
const VotingRound* OpenRound(const Document& doc);
// The number in the next round's default name ("Stemronde 2"): one more than the rounds so far.
int NextRoundNumber(const Document& doc);

// A voter id the loader accepts: 1..MaxVoterBytes of A-Z a-z 0-9 _ -.
bool IsValidVoterId(const std::string& voter);
// Opaque random text for round keys and participants' voter ids (32 hex digits).
std::string NewRandomKey();

// A note's dots in every round: what the bottleneck report ranks by.
int NoteVotes(const Note& note);
// A note's dots in one round.
int NoteVotes(const Note& note, RoundId round);
// One voter's dots on one note in one round.
int NoteVotesBy(const Note& note, RoundId round, const std::string& voter);
// Dots a voter has given in a round, over all notes of the map.
int DotsUsed(const Document& doc, RoundId round, const std::string& voter);
// Dots a voter may give in a round; -1 for no limit: the facilitator clicks for the whole room,
// so the round's dots per person is a reminder there, and a budget for each participant.
int VoterBudget(const VotingRound& round, const std::string& voter);
// All dots of a round (the live tally).
int RoundDots(const Document& doc, RoundId round);
// Different voters with dots in a round.
int RoundVoters(const Document& doc, RoundId round);

// Why a dot cannot be added; None when it can.
enum class VoteRefusal
{
    None,
    NoRound,        // the round does not exist
    RoundClosed,    // the round has ended
    NoNote,         // the note does not exist in that situation
    KindNotVoted,   // the round gives no dots to this kind of note
    BadVoter,       // not a valid voter id
    BudgetUsed,     // the voter has used all their dots
    TooMany,        // a limit of the file format (voters per note, dots per vote)
};
VoteRefusal CheckAddVote(const Document& doc, SituationIndex s, NoteId note, RoundId round, const std::string& voter);

// One line of a round's results.
struct RankedNote
{
    SituationIndex Situation = 0;
    NoteId Note;
    int Dots = 0;
    int Rank = 0; // 1 for the most dots; notes with equal dots share a rank (1, 2, 2, 4)
};
// The notes with dots in `round` (every round when `round` is invalid), most dots first; equal
// dots in map order (situation, then left to right, then top to bottom).
std::vector<RankedNote> RankRound(const Document& doc, RoundId round);
