#include "canvas/canvas_menus.h"

#include "input/keyboard.h"

#include "edit.h"
#include "text/i18n.h"
#include "canvas/text_editor_overlay.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

static const char* const PhaseMenuId = "##phase_menu";
static const char* const LaneMenuId = "##lane_menu";
static const char* const DeletePhaseId = "##delete_phase";

void OpenPhaseMenu(Session& session, ViewState& view, PhaseId phase)
{
    view.Canvas.MenuPhase = phase;
    ImGui::OpenPopup(PhaseMenuId);
}

void OpenLaneMenu(Session& session, ViewState& view, LaneId lane)
{
    view.Canvas.MenuLane = lane;
    ImGui::OpenPopup(LaneMenuId);
}

static int MomentsInPhase(const Situation& s, PhaseId phase)
{
    return (int)std::count_if(s.Moments.begin(), s.Moments.end(), [&](const Moment& m) { return m.Phase == phase; });
}

static void AddPhaseAt(Session& session, ViewState& view, int index)
{
    PhaseId id;
    Status why;
    if (AddPhase(session.Doc, view.SituationIndex, index, Tr("canvas.new_phase"), &id, &why))
        OpenPhaseNameEditor(session, view, id, true); // adding and naming it are one undo step
    ShowRefusal(view, why);
}

static void ShowPhaseMenu(Session& session, ViewState& view)
{
    if (!ImGui::BeginPopup(PhaseMenuId))
        return;
    const Situation& s = ShownSituation(session, view);
    const PhaseId id = view.Canvas.MenuPhase;
    const int index = PhaseIndex(s, id);
    if (index < 0)
    {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextDisabled("%s", PhaseTitle(s.Phases[index]));
    ImGui::Separator();
    if (ImGui::MenuItem(Tr("canvas.rename_phase"), Tr("canvas.double_click")))
        OpenPhaseNameEditor(session, view, id, false);
    if (ImGui::MenuItem(Tr("canvas.add_phase_before")))
        AddPhaseAt(session, view, index);
    if (ImGui::MenuItem(Tr("canvas.add_phase_after")))
        AddPhaseAt(session, view, index + 1);
    ImGui::Separator();
    if (ImGui::MenuItem(Tr("canvas.delete_phase"), nullptr, false, s.Phases.size() > 1))
    {
        if (MomentsInPhase(s, id) > 0)
        {
            view.Canvas.ConfirmDeletePhase = id;
            view.Canvas.ConfirmDeleteRequested = true;
        }
        else if (DeletePhase(session.Doc, view.SituationIndex, id))
            CommitEdit(session);
    }
    ImGui::EndPopup();
}

static void ShowDeletePhaseQuestion(Session& session, ViewState& view)
{
    if (view.Canvas.ConfirmDeleteRequested)
    {
        ImGui::OpenPopup(DeletePhaseId);
        view.Canvas.ConfirmDeleteRequested = false;
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(DeletePhaseId, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar))
        return;
    const Situation& s = ShownSituation(session, view);
    const Phase* phase = FindPhase(s, view.Canvas.ConfirmDeletePhase);
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
        if (DeletePhase(session.Doc, view.SituationIndex, phase->Id))
            CommitEdit(session);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(Tr("dialog.cancel")) || EscapePressed())
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

static void ShowLaneMenu(Session& session, ViewState& view)
{
    if (!ImGui::BeginPopup(LaneMenuId))
        return;
    const Situation& s = ShownSituation(session, view);
    const Lane* clicked = FindLane(s, view.Canvas.MenuLane);
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
                SetLaneVisible(session.Doc, view.SituationIndex, lane.Id, !lane.Visible))
                CommitEdit(session);
            ImGui::PopID();
        }
    ImGui::Separator();
    if (ImGui::MenuItem(Tr("canvas.add_text_lane")))
    {
        LaneId id;
        Status why;
        if (AddTextLane(session.Doc, view.SituationIndex, Tr("canvas.new_lane"), &id, &why))
            OpenLaneTitleEditor(session, view, id, true);
        ShowRefusal(view, why);
    }
    if (clicked)
    {
        const LaneId id = clicked->Id;
        if (ImGui::MenuItem(Tr("canvas.rename_lane"), Tr("canvas.double_click")))
            OpenLaneTitleEditor(session, view, id, false);
        if (clicked->Kind == LaneKind::Text && ImGui::MenuItem(Tr("canvas.delete_lane")) && DeleteLane(session.Doc, view.SituationIndex, id))
            CommitEdit(session);
    }
    ImGui::EndPopup();
}

void ShowCanvasMenus(Session& session, ViewState& view)
{
    ShowPhaseMenu(session, view);
    ShowLaneMenu(session, view);
    ShowDeletePhaseQuestion(session, view);
}
