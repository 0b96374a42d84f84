#include "workshop_timer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

void StartTimer(WorkshopTimer& timer, int minutes, double now)
{
    timer.LengthSeconds = 60.0 * std::clamp(minutes, 1, MaxTimerMinutes);
    timer.EndsAt = now + timer.LengthSeconds;
    timer.Phase = TimerPhase::Running;
}

void PauseTimer(WorkshopTimer& timer, double now)
{
    if (timer.Phase != TimerPhase::Running)
        return;
    timer.RemainingWhenPaused = TimerRemaining(timer, now);
    timer.Phase = TimerPhase::Paused;
}

void ResumeTimer(WorkshopTimer& timer, double now)
{
    if (timer.Phase != TimerPhase::Paused)
        return;
    timer.EndsAt = now + timer.RemainingWhenPaused;
    timer.Phase = TimerPhase::Running;
}

void StopTimer(WorkshopTimer& timer) { timer.Phase = TimerPhase::Stopped; }

double TimerRemaining(const WorkshopTimer& timer, double now)
{
    switch (timer.Phase)
    {
    case TimerPhase::Running: return std::max(0.0, timer.EndsAt - now);
    case TimerPhase::Paused: return timer.RemainingWhenPaused;
    case TimerPhase::Stopped: break;
    }
    return 0.0;
}

bool TimerTimeIsUp(const WorkshopTimer& timer, double now)
{
    return timer.Phase == TimerPhase::Running && now >= timer.EndsAt;
}

std::string FormatTimer(const WorkshopTimer& timer, double now)
{
    const int seconds = (int)std::ceil(TimerRemaining(timer, now) - 1e-9);
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%02d:%02d", seconds / 60, seconds % 60);
    return buf;
}

bool TimerDigitsLit(const WorkshopTimer& timer, double now)
{
    if (!TimerTimeIsUp(timer, now))
        return true;
    // One second lit, one second dark: calm, and one frame a second like the countdown.
    const double since = now - timer.EndsAt;
    return std::fmod(since, 2.0) < 1.0;
}

double TimerSecondsUntilChange(const WorkshopTimer& timer, double now)
{
    if (timer.Phase != TimerPhase::Running)
        return -1.0;
    const double left = timer.EndsAt - now;
    if (left > 0.0)
    {
        // The display shows the remaining time rounded up: it changes at each whole second left.
        const double next = left - std::floor(left);
        return next > 0.0 ? next : 1.0;
    }
    const double since = now - timer.EndsAt;
    return 1.0 - std::fmod(since, 1.0);
}
