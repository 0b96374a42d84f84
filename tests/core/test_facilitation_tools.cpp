// The timer and the laser pointer's trail (on a clock the test moves by hand) and the spotlight.
#include "example.h"
#include "laser_trail.h"
#include "spotlight.h"
#include "workshop_timer.h"

#include <catch2/catch.hpp>

#include <cmath>

TEST_CASE("timer: counts down, pauses, resumes and stops", "[timer]")
{
    WorkshopTimer timer;
    CHECK(TimerSecondsUntilChange(timer, 0.0) < 0.0); // stopped: no frames needed
    StartTimer(timer, 5, 100.0);
    CHECK(timer.Phase == TimerPhase::Running);
    CHECK(FormatTimer(timer, 100.0) == "05:00");
    CHECK(FormatTimer(timer, 100.2) == "05:00"); // rounded up: 4:59.8 left
    CHECK(FormatTimer(timer, 101.0) == "04:59");
    CHECK(TimerSecondsUntilChange(timer, 100.2) == Approx(0.8));
    CHECK(FormatTimer(timer, 100.0 + 61.5) == "03:59");

    PauseTimer(timer, 130.0);
    CHECK(timer.Phase == TimerPhase::Paused);
    CHECK(FormatTimer(timer, 500.0) == "04:30"); // paused: the clock goes on, the timer does not
    CHECK(TimerSecondsUntilChange(timer, 500.0) < 0.0);
    ResumeTimer(timer, 1000.0);
    CHECK(FormatTimer(timer, 1000.0) == "04:30");
    CHECK(FormatTimer(timer, 1010.0) == "04:20");
    CHECK_FALSE(TimerTimeIsUp(timer, 1269.9));
    CHECK(TimerTimeIsUp(timer, 1270.0));
    CHECK(FormatTimer(timer, 1300.0) == "00:00");
    StopTimer(timer);
    CHECK(timer.Phase == TimerPhase::Stopped);
    CHECK(TimerRemaining(timer, 1300.0) == 0.0);
}

TEST_CASE("timer: any length from 1 to 60 minutes", "[timer]")
{
    WorkshopTimer timer;
    StartTimer(timer, 0, 0.0);
    CHECK(FormatTimer(timer, 0.0) == "01:00");
    StartTimer(timer, 90, 0.0);
    CHECK(FormatTimer(timer, 0.0) == "60:00");
    StartTimer(timer, 17, 0.0);
    CHECK(FormatTimer(timer, 0.0) == "17:00");
    ResumeTimer(timer, 5.0); // not paused: nothing changes
    CHECK(FormatTimer(timer, 5.0) == "16:55");
}

TEST_CASE("timer: when time is up the digits flash, one second lit and one dark", "[timer]")
{
    WorkshopTimer timer;
    StartTimer(timer, 3, 0.0);
    CHECK(TimerDigitsLit(timer, 179.9));
    CHECK(TimerDigitsLit(timer, 180.2));
    CHECK_FALSE(TimerDigitsLit(timer, 181.2));
    CHECK(TimerDigitsLit(timer, 182.1));
    CHECK(TimerSecondsUntilChange(timer, 180.2) == Approx(0.8));
    CHECK(TimerSecondsUntilChange(timer, 181.7) == Approx(0.3));
    // Never more than one frame a second while counting or flashing (the next change is at a
    // whole second), and never a wait longer than a second either.
    for (double t = 0.0; t < 200.0; t += 0.37)
    {
        const double wait = TimerSecondsUntilChange(timer, t);
        CHECK(wait > 0.0);
        CHECK(wait <= 1.0);
        const double at = t + wait; // the timer started at 0: changes fall on whole seconds
        CHECK(std::fabs(at - std::round(at)) < 1e-6);
    }
    CHECK(TimerSecondsUntilChange(timer, 10.0) == Approx(1.0));
}

TEST_CASE("laser: the trail fades and then needs no more frames", "[laser]")
{
    LaserTrail laser;
    LaserSetOn(laser, true);
    CHECK_FALSE(LaserNeedsFrames(laser, 0.0));
    LaserMoveTo(laser, Vec2(10, 10), 0.0);
    CHECK(laser.HasHead);
    CHECK_FALSE(LaserNeedsFrames(laser, 0.0)); // only the dot: nothing fades
    LaserMoveTo(laser, Vec2(20, 10), 0.1);
    LaserMoveTo(laser, Vec2(30, 10), 0.2);
    LaserMoveTo(laser, Vec2(30, 10), 0.3); // resting: no new point
    REQUIRE(laser.Points.size() == 2);
    CHECK(laser.HeadWorld == Vec2(30, 10));
    CHECK(LaserPointAlpha(laser.Points[0], 0.1) == Approx(1.0f));
    CHECK(LaserPointAlpha(laser.Points[0], 0.1 + LaserTrailSeconds / 2) == Approx(0.5f));
    CHECK(LaserNeedsFrames(laser, 0.5));
    CHECK_FALSE(LaserNeedsFrames(laser, 0.2 + LaserTrailSeconds));
    LaserPrune(laser, 0.2 + LaserTrailSeconds);
    CHECK(laser.Points.empty());

    // Switched off while moving: the dot goes at once, the trail fades out.
    LaserMoveTo(laser, Vec2(40, 10), 1.0);
    LaserSetOn(laser, false);
    CHECK_FALSE(laser.HasHead);
    CHECK(LaserNeedsFrames(laser, 1.1));
    CHECK_FALSE(LaserNeedsFrames(laser, 1.0 + LaserTrailSeconds));
}

TEST_CASE("laser: a long fast drag keeps a bounded trail", "[laser]")
{
    LaserTrail laser;
    LaserSetOn(laser, true);
    for (int i = 0; i < 5000; i++)
        LaserMoveTo(laser, Vec2((float)i, 0.0f), i * 0.0001);
    CHECK(laser.Points.size() <= MaxLaserPoints);
    CHECK(laser.HeadWorld == Vec2(4999.0f, 0.0f));
}

TEST_CASE("spotlight: a moment's column or a whole phase stays lit", "[spotlight]")
{
    const Document doc = MakeExampleDocument();
    const Situation& s = doc.Situations[0];
    const MapLayout layout = ComputeLayout(s);
    const MomentBox& box = layout.Moments[3];
    SpotlightTarget target;
    target.Moments = {box.Id};
    Rect lit;
    REQUIRE(SpotlightRect(s, layout, target, &lit));
    CHECK(lit.Min.x <= box.Card.Min.x);
    CHECK(lit.Max.x >= box.Card.Max.x);
    CHECK(lit.Min.y == layout.Map.Min.y);
    CHECK(lit.Max.y == layout.Map.Max.y);
    // The neighbours stay outside.
    CHECK(lit.Max.x < layout.Moments[4].Card.Center().x);
    CHECK(lit.Min.x > layout.Moments[2].Card.Center().x);

    // A note attached to the moment lights the same column.
    SpotlightTarget by_note;
    for (const Note& n : s.Notes)
        if (n.Moment == box.Id)
            by_note.Notes = {n.Id};
    if (!by_note.Notes.empty())
    {
        Rect lit_by_note;
        REQUIRE(SpotlightRect(s, layout, by_note, &lit_by_note));
        CHECK(lit_by_note.Min.x == lit.Min.x);
        CHECK(lit_by_note.Max.x == lit.Max.x);
    }

    SpotlightTarget phase;
    phase.Phase = s.Phases[2].Id;
    Rect lit_phase;
    REQUIRE(SpotlightRect(s, layout, phase, &lit_phase));
    CHECK(lit_phase.Min.x == layout.Phases[2].Column.Min.x);
    CHECK(lit_phase.Max.x == layout.Phases[2].Column.Max.x);

    // Gone from the map: nothing to light.
    SpotlightTarget gone;
    gone.Moments = {MomentId{999999}};
    CHECK_FALSE(SpotlightRect(s, layout, gone, &lit));
}
