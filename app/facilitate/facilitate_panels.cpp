#include "facilitate/facilitate_panels.h"

#include "edit.h"
#include "text/i18n.h"
#include "voting.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace
{
// A note's text on one line, cut to fit a table cell.
std::string OneLine(const std::string& text, size_t max_bytes)
{
    std::string line;
    for (char c : text)
    {
        if (line.size() >= max_bytes && ((unsigned char)c & 0xC0) != 0x80)
        {
            line += "...";
            break;
        }
        line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    return line;
}

// Where a panel first opens: over the canvas's empty top-left corner (above the map when it is
// fitted, clear of the timer at the top right and of the inspector), or its lower-left corner.
void PlaceInCorner(bool top, float width)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 corner(viewport->WorkPos.x + 16.0f, top ? viewport->WorkPos.y + 72.0f : viewport->WorkPos.y + viewport->WorkSize.y - 48.0f);
    ImGui::SetNextWindowPos(corner, ImGuiCond_FirstUseEver, ImVec2(0.0f, top ? 0.0f : 1.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_FirstUseEver);
}
} // namespace

bool EndRoundAndShowResults(Document& doc, FacilitationState& tools)
{
    const VotingRound* open = OpenRound(doc);
    if (!open)
        return false;
    const RoundId id = open->Id;
    if (!EndVotingRound(doc, id))
        return false;
    tools.Voting.Results = id;
    return true;
}

bool ShowVotingPanel(Document& doc, FacilitationState& tools)
{
    const VotingRound* open = OpenRound(doc);
    if (!open || !tools.Voting.PanelOpen)
        return false;
    const RoundId id = open->Id;
    bool finished = false;
    PlaceInCorner(true, 380.0f);
    const std::string title = std::string(Tr("vote.panel_title")) + "###voting_panel";
    if (ImGui::Begin(title.c_str(), &tools.Voting.PanelOpen, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize))
    {
        ImGui::TextUnformatted(Tr("vote.name"));
        std::string name = open->Name;
        ImGui::SetNextItemWidth(340.0f);
        if (ImGui::InputText("##round_name", &name))
            SetRoundName(doc, id, name);
        finished |= ImGui::IsItemDeactivatedAfterEdit();

        const VotingRound* round = FindRound(doc, id);
        ImGui::TextUnformatted(Tr("vote.kinds"));
        for (NoteKind kind : {NoteKind::PainPoint, NoteKind::Opportunity})
        {
            bool on = RoundAllowsKind(*round, kind);
            if (ImGui::Checkbox(NoteKindName(kind), &on))
                finished |= SetRoundKinds(doc, id, on ? round->Kinds | KindBit(kind) : round->Kinds & ~KindBit(kind));
            round = FindRound(doc, id);
        }
        int dots = round->DotsPerPerson;
        ImGui::SetNextItemWidth(120.0f);
        if (ImGui::InputInt(Tr("vote.dots_per_person"), &dots, 1, 1))
            finished |= SetRoundDotsPerPerson(doc, id, dots);
        round = FindRound(doc, id);

        ImGui::Separator();
        ImGui::PushTextWrapPos(360.0f);
        char line[256];
        std::snprintf(line, sizeof(line), Tr("vote.reminder"), round->DotsPerPerson);
        ImGui::TextUnformatted(line);
        ImGui::TextDisabled("%s", Tr("vote.how"));
        ImGui::PopTextWrapPos();
        const std::vector<RankedNote> tally = RankRound(doc, id);
        std::snprintf(line, sizeof(line), Tr("vote.tally"), RoundDots(doc, id), (int)tally.size());
        ImGui::TextUnformatted(line);
        if (!tools.Voting.Message.empty())
            ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1.0f), "%s", tools.Voting.Message.c_str());
        if (ImGui::Button(Tr("vote.end")))
            finished |= EndRoundAndShowResults(doc, tools);
    }
    ImGui::End();
    return finished;
}

void ShowVoteResultsPanel(const Document& doc, FacilitationState& tools)
{
    const VotingRound* round = FindRound(doc, tools.Voting.Results);
    if (!round || round->Open)
        return;
    bool open = true;
    PlaceInCorner(true, 560.0f);
    const std::string title = std::string(Tr("vote.results_title")) + " - " + round->Name + "###vote_results";
    if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse))
    {
        if (doc.Rounds.size() > 1)
        {
            ImGui::SetNextItemWidth(300.0f);
            if (ImGui::BeginCombo(Tr("vote.pick_round"), round->Name.c_str()))
            {
                for (const VotingRound& r : doc.Rounds)
                    if (!r.Open && ImGui::Selectable(r.Name.c_str(), r.Id == round->Id))
                        tools.Voting.Results = r.Id;
                ImGui::EndCombo();
            }
        }
        const std::vector<RankedNote> ranked = RankRound(doc, round->Id);
        char line[256];
        std::snprintf(line, sizeof(line), Tr("vote.tally"), RoundDots(doc, round->Id), (int)ranked.size());
        ImGui::TextUnformatted(line);
        if (ranked.empty())
            ImGui::TextDisabled("%s", Tr("vote.no_dots"));
        else if (ImGui::BeginTable("##ranked", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                                   ImVec2(0.0f, std::min(420.0f, 40.0f + 30.0f * (float)ranked.size()))))
        {
            ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 30.0f);
            ImGui::TableSetupColumn(Tr("vote.dots"), ImGuiTableColumnFlags_WidthFixed, 60.0f);
            ImGui::TableSetupColumn(Tr("vote.note"), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn(Tr("vote.moment"), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableHeadersRow();
            for (const RankedNote& r : ranked)
            {
                const Situation& s = doc.Situations[r.Situation];
                const Note* note = FindNote(s, r.Note);
                const Moment* moment = note && note->Moment.IsValid() ? FindMoment(s, note->Moment) : nullptr;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::Text("%d", r.Rank);
                ImGui::TableNextColumn();
                ImGui::Text("%d", r.Dots);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(note ? OneLine(note->Text, 60).c_str() : "");
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(moment ? OneLine(moment->Title, 40).c_str() : "");
            }
            ImGui::EndTable();
        }
        ImGui::SetNextItemWidth(120.0f);
        ImGui::InputInt(Tr("vote.highlight_top"), &tools.Voting.HighlightTop, 1, 1);
        tools.Voting.HighlightTop = std::clamp(tools.Voting.HighlightTop, 0, 99);
        if (ImGui::Button(Tr("vote.hide_results")))
            open = false;
    }
    ImGui::End();
    if (!open)
        tools.Voting.Results = RoundId();
}

void ShowTimerPanel(FacilitationState& tools, double now)
{
    if (!tools.TimerPanelOpen)
        return;
    WorkshopTimer& timer = tools.Timer;
    PlaceInCorner(false, 360.0f);
    const std::string title = std::string(Tr("timer.panel_title")) + "###timer_panel";
    if (ImGui::Begin(title.c_str(), &tools.TimerPanelOpen, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize))
    {
        ImGui::TextUnformatted(Tr("timer.presets"));
        for (int minutes : TimerPresetMinutes)
        {
            char label[32];
            std::snprintf(label, sizeof(label), Tr("timer.minutes_button"), minutes);
            if (ImGui::Button(label, ImVec2(72.0f, 0.0f)))
                StartTimer(timer, minutes, now);
            ImGui::SameLine();
        }
        ImGui::NewLine();
        ImGui::SetNextItemWidth(120.0f);
        ImGui::InputInt(Tr("timer.length"), &tools.TimerCustomMinutes, 1, 5);
        tools.TimerCustomMinutes = std::clamp(tools.TimerCustomMinutes, 1, MaxTimerMinutes);
        ImGui::SameLine();
        if (ImGui::Button(Tr("timer.start")))
            StartTimer(timer, tools.TimerCustomMinutes, now);
        ImGui::Separator();
        if (timer.Phase == TimerPhase::Running && ImGui::Button(Tr("timer.pause")))
            PauseTimer(timer, now);
        else if (timer.Phase == TimerPhase::Paused && ImGui::Button(Tr("timer.resume")))
            ResumeTimer(timer, now);
        if (timer.Phase != TimerPhase::Stopped)
        {
            ImGui::SameLine();
            if (ImGui::Button(Tr("timer.stop")))
                StopTimer(timer);
            ImGui::SameLine();
            ImGui::TextUnformatted(FormatTimer(timer, now).c_str());
        }
    }
    ImGui::End();
}
