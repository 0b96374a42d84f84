// The laser pointer: a red dot with a short trail that fades. Positions are kept in world units,
// so every view of the map (the editing window, the projector window) draws the pointer at the
// same place on the map. Pure logic on a clock the caller passes in; never saved.
#pragma once
#include "geom.h"

#include <deque>

constexpr double LaserTrailSeconds = 0.6; // a trail point fades out over this long
constexpr size_t MaxLaserPoints = 256;    // enough for the trail at any frame rate

struct LaserPoint
{
    Vec2 PosWorld;
    double Time = 0.0; // clock seconds when the pointer left this place
};

struct LaserTrail
{
    bool On = false;               // the dot is shown (K held, or switched on in the menu)
    bool HasHead = false;          // the pointer has been somewhere since it was switched on
    Vec2 HeadWorld;                // where the dot is: drawn at full strength, it does not fade
    std::deque<LaserPoint> Points; // where it was, oldest first: the fading trail
};

// Switches the dot on or off; when off, the trail still fades out.
void LaserSetOn(LaserTrail& laser, bool on);
// The pointer is at `pos_world` now: the place it leaves joins the trail.
void LaserMoveTo(LaserTrail& laser, Vec2 pos_world, double now);
// Forgets faded trail points.
void LaserPrune(LaserTrail& laser, double now);
// 1 for a point just left, falling to 0 when it is LaserTrailSeconds old.
float LaserPointAlpha(const LaserPoint& point, double now);
// Part of the trail is still fading: the frame loop keeps drawing until it has faded, then
// sleeps again (a resting dot needs no frames).
bool LaserNeedsFrames(const LaserTrail& laser, double now);
