#include "facilitate/facilitate_canvas.h"

#include "input/keyboard.h"
#include "edit.h"
#include "layout.h"
#include "text/i18n.h"
#include "voting.h"

#include <imgui.h>

#include <cstdio>

namespace
{
constexpr double LaserHoldSeconds = 0.5; // K held longer than this: the pointer goes when K is let go
constexpr double MessageSeconds = 4.0;

void SayWhyNoDot(FacilitationState& tools, VoteRefusal why, NoteKind kind, double now)
{
    char text[256] = "";
    if (why == VoteRefusal::KindNotVoted)
        std::snprintf(text, sizeof(text), Tr("vote.kind_not_voted"), NoteKindName(kind));
    else if (why == VoteRefusal::TooMany)
        std::snprintf(text, sizeof(text), "%s", Tr("vote.too_many"));
    tools.Voting.Message = text;
    tools.Voting.MessageUntil = now + MessageSeconds;
}
} // namespace

void LaserKeyPressed(Session& session, double now)
{
    FacilitationState& tools = session.Facilitate;
    tools.LaserKeyDownAt = now;
    tools.LaserLatched = !tools.Laser.On; // a tap toggles; a hold is undone when K is let go
    LaserSetOn(tools.Laser, tools.LaserLatched);
}

bool UpdateFacilitationInput(Session& session, ViewState& view, const Rect& canvas_screen, bool hovered, double now)
{
    FacilitationState& tools = session.Facilitate;
    const ImGuiIO& io = ImGui::GetIO();
    const Vec2 mouse_screen(io.MousePos.x, io.MousePos.y);
    const Vec2 mouse_world = ScreenToWorld(view.CanvasView, mouse_screen);

    // Laser: K held past a tap switches it off when let go.
    if (tools.LaserKeyDownAt >= 0.0 && !KeyDown(Key_K))
    {
        if (now - tools.LaserKeyDownAt > LaserHoldSeconds && tools.Laser.On)
        {
            tools.LaserLatched = false;
            LaserSetOn(tools.Laser, false);
        }
        tools.LaserKeyDownAt = -1.0;
    }
    if (tools.Laser.On && canvas_screen.Contains(mouse_screen))
        LaserMoveTo(tools.Laser, mouse_world, now);
    LaserPrune(tools.Laser, now);

    if (!tools.Voting.Message.empty() && now >= tools.Voting.MessageUntil)
        tools.Voting.Message.clear();

    // The spotlight ends when its moment or phase is gone (deleted, undone); Escape is a command.
    if (tools.Spotlight.IsSet())
    {
        Rect lit;
        const Situation& shown = ShownSituation(session, view);
        if (tools.SpotlightSituation == view.SituationIndex && !SpotlightRect(shown, CachedLayout(view.Layout, shown, view.Metrics), tools.Spotlight, &lit))
            tools.Spotlight = SpotlightTarget();
    }

    const VotingRound* open = OpenRound(session.Doc);
    if (!open)
        return false;
    const RoundId round = open->Id;
    if (!hovered || view.Canvas.Mode != CanvasMode::None || KeyDown(Key_Space))
        return false;
    const bool left = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    const bool right = ImGui::IsMouseReleased(ImGuiMouseButton_Right) && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Right] < 36.0f;
    if (!left && !right)
        return false;
    const Situation& situation = ShownSituation(session, view);
    const MapLayout& layout = CachedLayout(view.Layout, situation, view.Metrics);
    const Hit hit = HitTest(layout, mouse_world, 0.0f);
    if (hit.Kind != HitKind::Note)
        return false; // elsewhere the canvas works as always: select, pan, menus
    const Note* note = FindNote(situation, hit.Note);
    if (!note)
        return false;
    if (left)
    {
        const VoteRefusal why = CheckAddVote(session.Doc, view.SituationIndex, hit.Note, round, FacilitatorVoter);
        if (why == VoteRefusal::None && AddVote(session.Doc, view.SituationIndex, hit.Note, round, FacilitatorVoter))
            CommitEdit(session);
        else
            SayWhyNoDot(tools, why, note->Kind, now);
    }
    else if (RemoveVote(session.Doc, view.SituationIndex, hit.Note, round, FacilitatorVoter))
        CommitEdit(session);
    return true;
}

std::string FacilitationDumpFields(const Session& session, double now)
{
    const FacilitationState& tools = session.Facilitate;
    const VotingRound* open = OpenRound(session.Doc);
    const RoundId shown = open ? open->Id : tools.Voting.Results;
    std::string out = ",\"voting\":{\"open\":" + std::string(open ? "true" : "false");
    out += ",\"dots\":" + std::to_string(shown.IsValid() ? RoundDots(session.Doc, shown) : 0);
    out += ",\"results\":" + std::string(!open && tools.Voting.Results.IsValid() ? "true" : "false") + "}";
    out += ",\"facilitate\":{\"timer\":\"" + (tools.Timer.Phase == TimerPhase::Stopped ? std::string() : FormatTimer(tools.Timer, now)) + "\"";
    out += ",\"timer_paused\":" + std::string(tools.Timer.Phase == TimerPhase::Paused ? "true" : "false");
    out += ",\"laser\":" + std::string(tools.Laser.On ? "true" : "false");
    out += ",\"trail\":" + std::to_string(tools.Laser.Points.size());
    out += ",\"spotlight\":" + std::string(tools.Spotlight.IsSet() ? "true" : "false") + "}";
    return out;
}
