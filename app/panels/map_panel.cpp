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

        // The map's text size: one undo step per choice.
        FieldLabel(app, Tr("map_panel.text_size"), Tr("map_panel.hint_text_size"));
        static const char* const size_keys[] = {"map_panel.text_size_normal", "map_panel.text_size_large",
                                                "map_panel.text_size_extra_large"};
        for (int i = 0; i < (int)MapTextSize::Count; i++)
        {
            if (i > 0)
                ImGui::SameLine();
            if (ImGui::RadioButton(Tr(size_keys[i]), app.Session.Doc.TextSize == (MapTextSize)i) &&
                SetMapTextSize(app.Session.Doc, (MapTextSize)i))
            {
                edits.Changed();
                CommitIfFinished(edits, app.Session, true);
            }
        }

        ImGui::Spacing();
        if (ImGui::Button(Tr("guide.show_band")))
            FrameMapPart(app, MapPart::ScopeBand);
    }
    ImGui::End();
    CommitWhenIdle(edits, app.Session);
}
