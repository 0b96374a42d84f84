#include "facilitate/facilitate_actions.h"

#include "edit.h"
#include "facilitate/facilitate_panels.h"
#include "text/i18n.h"
#include "voting.h"

#include <imgui.h>

#include <cstdio>

void ToggleVotingRound(AppState& app)
{
    Session& session = app.Session;
    FacilitationState& tools = session.Facilitate;
    if (OpenRound(session.Doc))
    {
        if (EndRoundAndShowResults(session.Doc, tools))
        {
            CommitEdit(session);
            SetStatusKey(app, "vote.status_ended");
        }
        return;
    }
    char name[128];
    std::snprintf(name, sizeof(name), Tr("vote.default_name"), NextRoundNumber(session.Doc));
    RoundId id;
    if (!StartVotingRound(session.Doc, name, NewRandomKey(), &id))
        return;
    CommitEdit(session);
    tools.Voting.Results = RoundId();
    tools.Voting.PanelOpen = true;
    tools.Voting.Message.clear();
    SetStatusKey(app, "vote.status_started");
}

void ToggleVoteResults(AppState& app)
{
    FacilitationState& tools = app.Session.Facilitate;
    if (tools.Voting.Results.IsValid())
    {
        tools.Voting.Results = RoundId();
        return;
    }
    for (auto it = app.Session.Doc.Rounds.rbegin(); it != app.Session.Doc.Rounds.rend(); ++it)
        if (!it->Open)
        {
            tools.Voting.Results = it->Id;
            return;
        }
}

void ToggleSpotlight(AppState& app)
{
    FacilitationState& tools = app.Session.Facilitate;
    ViewState& view = app.MainView;
    SpotlightTarget target;
    target.Moments.assign(view.Selected.Moments.begin(), view.Selected.Moments.end());
    target.Notes.assign(view.Selected.Notes.begin(), view.Selected.Notes.end());
    const Situation& situation = ShownSituation(app.Session, view);
    const MapLayout& layout = CachedLayout(view.Layout, situation, view.Metrics);
    if (!target.IsSet())
    {
        // Nothing selected: the phase under the mouse.
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const Vec2 mouse_world = ScreenToWorld(view.CanvasView, Vec2(mouse.x, mouse.y));
        for (const PhaseColumn& column : layout.Phases)
            if (mouse_world.x >= column.Column.Min.x && mouse_world.x < column.Column.Max.x)
                target.Phase = column.Id;
    }
    Rect lit;
    if (!SpotlightRect(situation, layout, target, &lit))
    {
        SetStatusKey(app, "spotlight.nothing");
        return;
    }
    const bool same = tools.Spotlight.IsSet() && tools.SpotlightSituation == view.SituationIndex &&
                      tools.Spotlight.Moments == target.Moments && tools.Spotlight.Notes == target.Notes &&
                      tools.Spotlight.Phase == target.Phase;
    tools.Spotlight = same ? SpotlightTarget() : target;
    tools.SpotlightSituation = view.SituationIndex;
    if (same)
        SetStatus(app, [] { return std::string(); });
    else
        SetStatusKey(app, "spotlight.on");
}

void ShowFacilitationWindows(AppState& app)
{
    Session& session = app.Session;
    if (ShowVotingPanel(session.Doc, session.Facilitate))
        CommitEdit(session);
    ShowVoteResultsPanel(session.Doc, session.Facilitate);
    ShowTimerPanel(session.Facilitate, ImGui::GetTime());
}
