#include "panels/map_panel.h"

#include "edit.h"
#include "text/i18n.h"
#include "commands/method_actions.h"
#include "panels/text_fields.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

void ShowMapPanel(AppState& app)
{
    if (!app.MainView.MapPanelOpen)
        return;
    PanelEdits& edits = app.MainView.Panels.MapPanel;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Over the canvas, right of where the persona panel opens and clear of the docked inspector.
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 620.0f, viewport->WorkPos.y + 110.0f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(540.0f, 520.0f), ImGuiCond_FirstUseEver);
    const std::string title = std::string(Tr("map_panel.title")) + "###map_panel";
    if (ImGui::Begin(title.c_str(), &app.MainView.MapPanelOpen, ImGuiWindowFlags_NoCollapse))
    {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(Tr("map_panel.intro"));
        ImGui::PopTextWrapPos();
        ImGui::Spacing();

        FieldLabel(app, Tr("header.title_label"), Tr("map_panel.hint_title"));
        std::string text = app.Session.Doc.Title;
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::InputTextWithHint("##title", Tr("map_panel.hint_title"), &text) &&
            SetDocumentText(app.Session.Doc, DocumentField::Title, text))
            edits.Changed();

        FieldLabel(app, Tr("header.scope"), Tr("map_panel.hint_scope"));
        text = app.Session.Doc.Scope;
        if (InputMultilineWithHint("##scope", Tr("map_panel.hint_scope"), &text, 4.0f) &&
            SetDocumentText(app.Session.Doc, DocumentField::Scope, text))
            edits.Changed();

        FieldLabel(app, Tr("header.outcome"), Tr("map_panel.hint_outcome"));
        text = app.Session.Doc.IntendedOutcome;
        if (InputMultilineWithHint("##outcome", Tr("map_panel.hint_outcome"), &text, 4.0f) &&
            SetDocumentText(app.Session.Doc, DocumentField::IntendedOutcome, text))
            edits.Changed();

        ImGui::Spacing();
        if (ImGui::Button(Tr("guide.show_band")))
            FrameMapPart(app, MapPart::ScopeBand);
    }
    ImGui::End();
    CommitWhenIdle(edits, app.Session);
}
