#include "laser_trail.h"

#include <algorithm>

void LaserSetOn(LaserTrail& laser, bool on)
{
    if (laser.On == on)
        return;
    laser.On = on;
    laser.HasHead = false; // switched on again: the dot appears where the pointer is next
}

void LaserPrune(LaserTrail& laser, double now)
{
    while (!laser.Points.empty() && now - laser.Points.front().Time >= LaserTrailSeconds)
        laser.Points.pop_front();
}

void LaserMoveTo(LaserTrail& laser, Vec2 pos_world, double now)
{
    if (laser.HasHead && laser.HeadWorld == pos_world)
        return;
    if (laser.HasHead)
        laser.Points.push_back({laser.HeadWorld, now});
    laser.HeadWorld = pos_world;
    laser.HasHead = true;
    while (laser.Points.size() > MaxLaserPoints)
        laser.Points.pop_front();
    LaserPrune(laser, now);
}

float LaserPointAlpha(const LaserPoint& point, double now)
{
    const double age = now - point.Time;
    return (float)std::clamp(1.0 - age / LaserTrailSeconds, 0.0, 1.0);
}

bool LaserNeedsFrames(const LaserTrail& laser, double now)
{
    return !laser.Points.empty() && now - laser.Points.back().Time < LaserTrailSeconds;
}
