// The facilitator's countdown timer (Facilitate > Timer): presets and any length up to an hour,
// start, pause, resume, stop. Pure logic on a clock the caller passes in (seconds, e.g.
// glfwGetTime()), so tests drive it without waiting. Never saved, never part of undo.
#pragma once
#include <string>

constexpr int MaxTimerMinutes = 60;
constexpr int TimerPresetMinutes[] = {3, 5, 10, 15};

enum class TimerPhase
{
    Stopped, // nothing shown
    Running,
    Paused,
};

struct WorkshopTimer
{
    TimerPhase Phase = TimerPhase::Stopped;
    double LengthSeconds = 5 * 60.0; // what Start counts down from
    double EndsAt = 0.0;             // clock time when a running timer reaches zero
    double RemainingWhenPaused = 0.0;
};

// Starts counting down `minutes` (clamped to 1..MaxTimerMinutes) from `now`.
void StartTimer(WorkshopTimer& timer, int minutes, double now);
void PauseTimer(WorkshopTimer& timer, double now);  // only while running
void ResumeTimer(WorkshopTimer& timer, double now); // only while paused
void StopTimer(WorkshopTimer& timer);
// Seconds left, never below 0 (a running timer stays at 0 when its time is up).
double TimerRemaining(const WorkshopTimer& timer, double now);
bool TimerTimeIsUp(const WorkshopTimer& timer, double now);
// "04:59": minutes and seconds left, rounded up, so the display shows 05:00 at the start and
// 00:00 only when the time is really up.
std::string FormatTimer(const WorkshopTimer& timer, double now);
// Digits shown at `now`: once the time is up, one second lit and one dark (a calm flash, no
// sound).
bool TimerDigitsLit(const WorkshopTimer& timer, double now);
// Seconds until what the timer shows changes (next digit or flash), or -1 when it never does
// by itself (stopped or paused): the frame loop sleeps that long, so a running timer costs
// one frame a second.
double TimerSecondsUntilChange(const WorkshopTimer& timer, double now);
