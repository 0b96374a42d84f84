#include "canvas/canvas_menus.h"

#include "edit.h"
#include "text/i18n.h"
#include "canvas/text_editor_overlay.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

static const char* const PhaseMenuId = "##phase_menu";
static const char* const LaneMenuId = "##lane_menu";
static const char* const DeletePhaseId = "##delete_phase";

void OpenPhaseMenu(AppState& app, PhaseId phase)
{
    app.Canvas.MenuPhase = phase;
    ImGui::OpenPopup(PhaseMenuId);
}

void OpenLaneMenu(AppState& app, LaneId lane)
{
    app.Canvas.MenuLane = lane;
    ImGui::OpenPopup(LaneMenuId);
}

static int MomentsInPhase(const Situation& s, PhaseId phase)
{
    return (int)std::count_if(s.Moments.begin(), s.Moments.end(), [&](const Moment& m) { return m.Phase == phase; });
}

static void AddPhaseAt(AppState& app, int index)
{
    PhaseId id;
    if (AddPhase(app.Doc, app.SituationIndex, index, Tr("canvas.new_phase"), &id))
        OpenPhaseNameEditor(app, id, true); // adding and naming it are one undo step
}

static void ShowPhaseMenu(AppState& app)
{
    if (!ImGui::BeginPopup(PhaseMenuId))
        return;
    const Situation& s = CurrentSituation(app);
    const PhaseId id = app.Canvas.MenuPhase;
    const int index = PhaseIndex(s, id);
    if (index < 0)
    {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextDisabled("%s", s.Phases[index].Name.c_str());
    ImGui::Separator();
    if (ImGui::MenuItem(Tr("canvas.rename_phase"), Tr("canvas.double_click")))
        OpenPhaseNameEditor(app, id, false);
    if (ImGui::MenuItem(Tr("canvas.add_phase_before")))
        AddPhaseAt(app, index);
    if (ImGui::MenuItem(Tr("canvas.add_phase_after")))
        AddPhaseAt(app, index + 1);
    ImGui::Separator();
    if (ImGui::MenuItem(Tr("canvas.delete_phase"), nullptr, false, s.Phases.size() > 1))
    {
        if (MomentsInPhase(s, id) > 0)
        {
            app.Canvas.ConfirmDeletePhase = id;
            app.Canvas.ConfirmDeleteRequested = true;
        }
        else if (DeletePhase(app.Doc, app.SituationIndex, id))
            CommitEdit(app);
    }
    ImGui::EndPopup();
}

static void ShowDeletePhaseQuestion(AppState& app)
{
    if (app.Canvas.ConfirmDeleteRequested)
    {
        ImGui::OpenPopup(DeletePhaseId);
        app.Canvas.ConfirmDeleteRequested = false;
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(DeletePhaseId, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar))
        return;
    const Situation& s = CurrentSituation(app);
    const Phase* phase = FindPhase(s, app.Canvas.ConfirmDeletePhase);
    if (!phase)
    {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    char text[600];
    std::snprintf(text, sizeof(text), Tr("canvas.delete_phase_question"), phase->Name.c_str(), MomentsInPhase(s, phase->Id));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(Tr("canvas.delete")))
    {
        if (DeletePhase(app.Doc, app.SituationIndex, phase->Id))
            CommitEdit(app);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(Tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

static void ShowLaneMenu(AppState& app)
{
    if (!ImGui::BeginPopup(LaneMenuId))
        return;
    const Situation& s = CurrentSituation(app);
    const Lane* clicked = FindLane(s, app.Canvas.MenuLane);
    if (clicked)
    {
        ImGui::TextDisabled("%s", LaneTitle(*clicked));
        ImGui::Separator();
    }
    // The optional lanes of the method: tick to show.
    for (const Lane& lane : s.Lanes)
        if (lane.Kind == LaneKind::Backstage || lane.Kind == LaneKind::Quote)
        {
            ImGui::PushID((int)lane.Id.Value);
            if (ImGui::MenuItem(LaneTitle(lane), nullptr, lane.Visible) &&
                SetLaneVisible(app.Doc, app.SituationIndex, lane.Id, !lane.Visible))
                CommitEdit(app);
            ImGui::PopID();
        }
    ImGui::Separator();
    if (ImGui::MenuItem(Tr("canvas.add_text_lane")))
    {
        LaneId id;
        if (AddTextLane(app.Doc, app.SituationIndex, Tr("canvas.new_lane"), &id))
            OpenLaneTitleEditor(app, id, true);
    }
    if (clicked)
    {
        const LaneId id = clicked->Id;
        if (ImGui::MenuItem(Tr("canvas.rename_lane"), Tr("canvas.double_click")))
            OpenLaneTitleEditor(app, id, false);
        if (clicked->Kind == LaneKind::Text && ImGui::MenuItem(Tr("canvas.delete_lane")) && DeleteLane(app.Doc, app.SituationIndex, id))
            CommitEdit(app);
    }
    ImGui::EndPopup();
}

void ShowCanvasMenus(AppState& app)
{
    ShowPhaseMenu(app);
    ShowLaneMenu(app);
    ShowDeletePhaseQuestion(app);
}
