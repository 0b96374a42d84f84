// What the Facilitate menu's commands do (rows in commands/facilitate_commands.cpp): start or end
// a voting round, the timer panel, the laser, the spotlight. Each acts on the session shared by
// every window and on the main window's view.
#pragma once
#include "session/app_state.h"

// V: starts a round with the defaults ("Stemronde 2", pain points and opportunities, 3 dots per
// person), or ends the open one and shows its results. Each is one undo step.
void ToggleVotingRound(AppState& app);
// Shows the results of the last ended round again (or hides the shown ones).
void ToggleVoteResults(AppState& app);
// S: the selected moments (or notes' moments), else the phase under the mouse, stay lit and
// everything else dims; S again on the same target, or Escape, ends it.
void ToggleSpotlight(AppState& app);
// The tools' windows over the canvas: the running round's panel, a round's results, the timer.
void ShowFacilitationWindows(AppState& app);
