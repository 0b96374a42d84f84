// The queue between the participants' server threads and the frame loop.
#include "invite_inbox.h"

#include <cassert>

uint64_t SubmissionQueue::Push(Submission s)
{
    std::lock_guard<std::mutex> lock(Mutex);
    if (Closed || Queue.size() >= MaxQueuedSubmissions || Waiting.size() >= MaxQueuedSubmissions * 2)
        return 0;
    s.Ticket = NextTicket++;
    Waiting[s.Ticket] = SubmissionOutcome::Pending;
    Queue.push_back(std::move(s));
    return Queue.back().Ticket;
}

std::vector<Submission> SubmissionQueue::Drain()
{
    std::lock_guard<std::mutex> lock(Mutex);
    std::vector<Submission> out;
    out.swap(Queue);
    return out;
}

bool SubmissionQueue::Empty() const
{
    std::lock_guard<std::mutex> lock(Mutex);
    return Queue.empty();
}

void SubmissionQueue::Resolve(uint64_t ticket, SubmissionOutcome outcome)
{
    assert(outcome != SubmissionOutcome::Pending);
    {
        std::lock_guard<std::mutex> lock(Mutex);
        auto it = Waiting.find(ticket);
        if (it == Waiting.end()) // its handler gave up waiting
            return;
        it->second = outcome;
    }
    Resolved.notify_all();
}

SubmissionOutcome SubmissionQueue::Wait(uint64_t ticket, std::chrono::milliseconds timeout)
{
    std::unique_lock<std::mutex> lock(Mutex);
    auto it = Waiting.find(ticket);
    if (it == Waiting.end())
        return SubmissionOutcome::Refused;
    Resolved.wait_for(lock, timeout, [&] { return Waiting[ticket] != SubmissionOutcome::Pending; });
    SubmissionOutcome outcome = Waiting[ticket];
    Waiting.erase(ticket);
    return outcome == SubmissionOutcome::Pending ? SubmissionOutcome::TimedOut : outcome;
}

void SubmissionQueue::Close()
{
    {
        std::lock_guard<std::mutex> lock(Mutex);
        Closed = true;
        for (const Submission& s : Queue)
            Waiting[s.Ticket] = SubmissionOutcome::Refused;
        Queue.clear();
    }
    Resolved.notify_all();
}

bool HeldNotes::Hold(HeldNote note)
{
    if (Items_.size() >= MaxHeldNotes)
        return false;
    Items_.push_back(std::move(note));
    return true;
}

HeldNote HeldNotes::Take(size_t index)
{
    assert(index < Items_.size());
    HeldNote note = std::move(Items_[index]);
    Items_.erase(Items_.begin() + (ptrdiff_t)index);
    return note;
}
