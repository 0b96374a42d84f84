#include "panels/text_fields.h"

#include "file_json.h"

#include <imgui.h>
#include <imgui_stdlib.h>

void FieldLabel(const AppState& app, const char* label, const char* hint)
{
    ImGui::PushFont(app.MainView.Fonts.UiBold);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
    if (hint && ImGui::IsItemHovered())
    {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(hint);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

bool InputMultilineWithHint(const char* id, const char* hint, std::string* text, float lines)
{
    const float height = ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2.0f;
    const bool changed = ImGui::InputTextMultiline(id, text, ImVec2(-1.0f, height));
    if (text->empty() && !ImGui::IsItemActive() && hint)
    {
        // The explanation in the empty box, wrapped to its width, in the disabled-text colour.
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        ImDrawList* draw_list = ImGui::GetWindowDrawList();
        draw_list->PushClipRect(min, max, true);
        draw_list->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad.x, min.y + pad.y),
                           ImGui::GetColorU32(ImGuiCol_TextDisabled), hint, nullptr, max.x - min.x - 2.0f * pad.x);
        draw_list->PopClipRect();
    }
    return changed;
}

void PanelEdits::CommitWhenIdle(AppState& app)
{
    if (!Pending || ImGui::IsAnyItemActive())
        return;
    Pending = false;
    // Another gesture may have recorded the change already (it ended first): no empty undo step.
    if (SaveDocumentToString(app.Session.Doc) != SaveDocumentToString(app.Session.Undo.Committed))
        CommitEdit(app.Session);
}
