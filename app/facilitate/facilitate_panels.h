// The small windows of the facilitation tools: the running voting round's settings and live
// tally, a round's results, and the timer's controls. They change the document only through
// core/edit.h and return true when an edit is finished (one undo step for the caller to record).
#pragma once
#include "session/facilitation_state.h"
#include "journey.h"

// While a round is open: its name, the kinds of notes that get dots, dots per person (a reminder
// for the room, each participant's budget on their own device), the live tally, End round.
bool ShowVotingPanel(Document& doc, FacilitationState& tools);
// The shown round's notes ranked by dots; Hide closes it. Any earlier round can be picked.
void ShowVoteResultsPanel(const Document& doc, FacilitationState& tools);
// Presets, a length of choice up to an hour, start / pause / resume / stop.
void ShowTimerPanel(FacilitationState& tools, double now);

// Ends the open round and shows its results; false when no round was open.
bool EndRoundAndShowResults(Document& doc, FacilitationState& tools);
