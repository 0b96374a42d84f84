// What the facilitation tools hold between frames: the timer, the laser pointer, the spotlight
// and how a voting round is shown. One per app, shared by every window that shows the map (the
// editing window, presentation mode, the projector window). Never saved, never part of undo:
// only the votes themselves are in the document (core/voting.h). Times are seconds on the
// app's monotonic clock (glfwGetTime), passed in so headless tests can move it by hand.
#pragma once
#include "ids.h"
#include "laser_trail.h"
#include "spotlight.h"
#include "workshop_timer.h"

#include <string>

struct VotingShow
{
    bool PanelOpen = true;  // the round's small settings panel while it runs
    RoundId Results;        // the round whose results are shown (panel and highlights); none: hidden
    int HighlightTop = 3;   // notes ranked this high or better are highlighted on the map
    std::string Message;    // why the last click gave no dot (e.g. a kind this round skips)
    double MessageUntil = 0.0; // clock seconds: the message disappears then
};

struct FacilitationState
{
    WorkshopTimer Timer;
    bool TimerPanelOpen = false; // presets, a length of choice, start/pause/resume/stop
    int TimerCustomMinutes = 20; // the length-of-choice field

    LaserTrail Laser;
    bool LaserLatched = false;    // switched on by a tap of K or from the menu (else shown while K is held)
    double LaserKeyDownAt = -1.0; // when K went down; -1 when it is up

    SpotlightTarget Spotlight;   // nothing set: no spotlight
    int SpotlightSituation = 0;  // the situation the target belongs to

    VotingShow Voting;
};
