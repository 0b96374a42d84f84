#include "panels/guide_panel.h"

#include "text/i18n.h"
#include "commands/method_actions.h"

#include <imgui.h>

#include <string>

static void StepHeading(const AppState& app, const char* title_key, const char* text_key)
{
    ImGui::Spacing();
    ImGui::PushFont(app.MainView.Fonts.UiBold);
    ImGui::TextUnformatted(Tr(title_key));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(Tr(text_key));
    ImGui::PopTextWrapPos();
}

void ShowGuidePanel(AppState& app)
{
    if (!app.MainView.GuideOpen)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Over the canvas, clear of the docked inspector on the right.
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 600.0f, viewport->WorkPos.y + 70.0f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(480.0f, 720.0f), ImGuiCond_FirstUseEver);
    const std::string title = std::string(Tr("guide.title")) + "###guide";
    if (ImGui::Begin(title.c_str(), &app.MainView.GuideOpen, ImGuiWindowFlags_NoCollapse))
    {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", Tr("guide.intro"));
        ImGui::PopTextWrapPos();

        StepHeading(app, "guide.step1", "guide.step1_text");
        ImGui::PushID(1);
        if (ImGui::Button(Tr("guide.show_band")))
            FrameMapPart(app, MapPart::ScopeBand);
        ImGui::SameLine();
        if (ImGui::Button(Tr("guide.open_map_panel")))
        {
            app.MainView.MapPanelOpen = true;
            FrameMapPart(app, MapPart::ScopeBand);
        }
        ImGui::PopID();
        ImGui::Separator();

        StepHeading(app, "guide.step2", "guide.step2_text");
        ImGui::PushID(2);
        if (ImGui::Button(Tr("guide.show_persona")))
            FrameMapPart(app, MapPart::PersonaCard);
        ImGui::SameLine();
        if (ImGui::Button(Tr("guide.open_persona_panel")))
        {
            app.MainView.PersonaPanelOpen = true;
            FrameMapPart(app, MapPart::PersonaCard);
        }
        ImGui::PopID();
        ImGui::Separator();

        StepHeading(app, "guide.step3", "guide.step3_text");
        ImGui::PushID(3);
        if (ImGui::Button(Tr("guide.show_map")))
        {
            if (app.MainView.SituationIndex != 0)
                app.MainView.SituationTabRequest = 0;
            FrameMapPart(app, MapPart::Journey);
        }
        ImGui::PopID();
        ImGui::Separator();

        StepHeading(app, "guide.tip", "guide.tip_text");
        ImGui::PushID(4);
        const bool has_desired = app.Session.Doc.Situations.size() > 1;
        if (!has_desired && ImGui::Button(Tr("menu.create_desired")))
            CreateDesiredSituation(app);
        if (has_desired)
        {
            ImGui::TextDisabled("%s", Tr("guide.desired_exists"));
            if (ImGui::Button(Tr("guide.go_desired")))
            {
                app.MainView.SituationTabRequest = 1;
                app.MainView.FitRequested = true;
            }
        }
        ImGui::PopID();
    }
    ImGui::End();
}
