// The participants' page (issue #15): how what arrives reaches the map. The server's threads
// push submissions; the frame loop drains them, applies them to the document (or holds notes
// for the facilitator in inbox mode) and resolves each ticket; the handler that pushed waits
// for that outcome before it answers, so "sent" on a phone means it is on the map.
#pragma once
#include "ids.h"
#include "journey.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

constexpr size_t MaxQueuedSubmissions = 512; // beyond this the server answers "busy" at once
constexpr size_t MaxHeldNotes = 500;         // inbox mode: notes waiting for the facilitator

enum class SubmissionKind
{
    Note,
    AddDot,
    RemoveDot,
};

struct Submission
{
    uint64_t Ticket = 0;     // handed out by Push
    SubmissionKind Kind = SubmissionKind::Note;
    std::string Participant; // the anonymous cookie id (a voter id for dots)
    MomentId Moment;         // Note: the moment it goes on
    NoteKind Type = NoteKind::PainPoint; // Note: pain point or opportunity
    std::string Text;        // Note: checked UTF-8, at most MaxParticipantTextBytes
    NoteId Note;             // AddDot / RemoveDot
};

enum class SubmissionOutcome
{
    Pending,  // not applied yet
    Added,    // on the map (a note) or counted (a dot)
    Held,     // inbox mode: waiting for the facilitator
    Refused,  // the moment or note is gone, the round closed, the inbox is full
    TimedOut, // the frame loop did not answer in time (the app is busy or closing)
};

class SubmissionQueue
{
public:
    // Returns the ticket, or 0 when the queue is full or closed.
    uint64_t Push(Submission s);
    // Everything pushed so far, oldest first (the frame loop, once per frame).
    std::vector<Submission> Drain();
    bool Empty() const;
    // Wakes the handler waiting for `ticket`.
    void Resolve(uint64_t ticket, SubmissionOutcome outcome);
    // Blocks until the ticket is resolved or `timeout` passed; forgets the ticket either way.
    SubmissionOutcome Wait(uint64_t ticket, std::chrono::milliseconds timeout);
    // Refuses everything queued and every later push (the invitation ends).
    void Close();

private:
    mutable std::mutex Mutex;
    std::condition_variable Resolved;
    std::vector<Submission> Queue;
    std::unordered_map<uint64_t, SubmissionOutcome> Waiting; // ticket -> outcome, until its handler read it
    uint64_t NextTicket = 1;
    bool Closed = false;
};

// Inbox mode: notes held for the facilitator to accept or reject. Used by the frame loop only.
struct HeldNote
{
    MomentId Moment;
    NoteKind Kind = NoteKind::PainPoint;
    std::string Text;
};
class HeldNotes
{
public:
    bool Hold(HeldNote note); // false when MaxHeldNotes are waiting
    const std::vector<HeldNote>& Items() const { return Items_; }
    // Takes the note out of the inbox (to add it to the map, or to drop it).
    HeldNote Take(size_t index);
    void Clear() { Items_.clear(); }

private:
    std::vector<HeldNote> Items_;
};
