// The Facilitate menu's rows: dot voting, the timer, the laser pointer and the spotlight
// (app/facilitate). Order here is order in the menu. In the F1 overlay they join the existing
// groups (voting under building the map, timer, laser and spotlight under looking around): a
// fifth group does not fit 1080 lines at the overlay's type size.
#include "commands/command_table.h"

#include "facilitate/facilitate_actions.h"
#include "facilitate/facilitate_canvas.h"
#include "facilitate/facilitate_panels.h"
#include "input/keys.h"
#include "text/i18n.h"
#include "voting.h"

#include <imgui.h>

namespace
{
bool RoundIsOpen(const AppState& app) { return OpenRound(app.Session.Doc) != nullptr; }

bool HasEndedRound(const AppState& app)
{
    for (const VotingRound& round : app.Session.Doc.Rounds)
        if (!round.Open)
            return true;
    return false;
}

bool TimerShown(const AppState& app) { return app.Session.Facilitate.Timer.Phase != TimerPhase::Stopped; }

// Dots change the document: not while a drag or the in-place editor is under way.
bool CanvasIdle(const AppState& app)
{
    const CanvasState& c = app.MainView.Canvas;
    return c.Mode == CanvasMode::None && !c.Editor.IsOpen();
}

template <int Minutes>
void StartPreset(AppState& app)
{
    StartTimer(app.Session.Facilitate.Timer, Minutes, ImGui::GetTime());
}
} // namespace

void AddFacilitateCommands(CommandTable& t)
{
    const char* menu = "menu.facilitate";
    t.Add("facilitate.vote", "cmd.vote", ToggleVotingRound)
        .In(menu).Key(Plain(Key_V)).When(CanvasIdle).Check(RoundIsOpen).Help(HelpGroup::Build, "help.vote");
    t.Add("facilitate.end_round", "cmd.end_round",
          [](AppState& app) {
              if (EndRoundAndShowResults(app.Session.Doc, app.Session.Facilitate))
              {
                  CommitEdit(app.Session);
                  SetStatusKey(app, "vote.status_ended");
              }
          })
        .Key(Plain(Key_Enter))
        .When([](const AppState& app) { return RoundIsOpen(app) && CanvasIdle(app); })
        .Help(HelpGroup::Build, "help.end_round");
    t.Add("facilitate.vote_panel", "cmd.vote_panel",
          [](AppState& app) { app.Session.Facilitate.Voting.PanelOpen = !app.Session.Facilitate.Voting.PanelOpen; })
        .In(menu).When(RoundIsOpen).Check([](const AppState& app) { return RoundIsOpen(app) && app.Session.Facilitate.Voting.PanelOpen; });
    t.Add("facilitate.vote_results", "cmd.vote_results", ToggleVoteResults)
        .In(menu).When(HasEndedRound).Check([](const AppState& app) { return app.Session.Facilitate.Voting.Results.IsValid(); });

    t.Add("facilitate.timer", "cmd.timer", [](AppState& app) { app.Session.Facilitate.TimerPanelOpen = !app.Session.Facilitate.TimerPanelOpen; })
        .In(menu, true).Key(Plain(Key_T)).Check([](const AppState& app) { return app.Session.Facilitate.TimerPanelOpen; })
        .Help(HelpGroup::View, "help.timer");
    t.Add("facilitate.timer_3", "cmd.timer_3", StartPreset<3>).In(menu);
    t.Add("facilitate.timer_5", "cmd.timer_5", StartPreset<5>).In(menu);
    t.Add("facilitate.timer_10", "cmd.timer_10", StartPreset<10>).In(menu);
    t.Add("facilitate.timer_15", "cmd.timer_15", StartPreset<15>).In(menu);
    t.Add("facilitate.timer_pause", "cmd.timer_pause",
          [](AppState& app) {
              WorkshopTimer& timer = app.Session.Facilitate.Timer;
              if (timer.Phase == TimerPhase::Running)
                  PauseTimer(timer, ImGui::GetTime());
              else
                  ResumeTimer(timer, ImGui::GetTime());
          })
        .In(menu).When(TimerShown);
    t.Add("facilitate.timer_stop", "cmd.timer_stop", [](AppState& app) { StopTimer(app.Session.Facilitate.Timer); }).In(menu).When(TimerShown);

    t.Add("facilitate.laser", "cmd.laser", [](AppState& app) { LaserKeyPressed(app.Session, ImGui::GetTime()); })
        .In(menu, true).Key(Plain(Key_K)).Check([](const AppState& app) { return app.Session.Facilitate.Laser.On; })
        .Help(HelpGroup::View, "help.laser");
    t.Add("facilitate.spotlight", "cmd.spotlight", ToggleSpotlight)
        .In(menu).Key(Plain(Key_S)).When(CanvasIdle).Check([](const AppState& app) { return app.Session.Facilitate.Spotlight.IsSet(); })
        .Help(HelpGroup::View, "help.spotlight");
}
