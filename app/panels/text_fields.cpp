#include "panels/text_fields.h"

#include "text/soft_wrap.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace
{
struct WrapContext
{
    ImFont* Font;
    float Scale;
    float Width; // pixels a line may take
    const char* WrapEnd(const char* begin, const char* end) const { return Font->CalcWordWrapPositionA(Scale, begin, end, Width); }
};

// After every edit the box's text is wrapped again, the cursor kept at the same place in the text.
int ReflowOnEdit(ImGuiInputTextCallbackData* data)
{
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit)
        return 0;
    const WrapContext* wrap = static_cast<const WrapContext*>(data->UserData);
    const std::string shown(data->Buf, (size_t)data->BufTextLen);
    const int cursor = RealIndex(shown, data->CursorPos);
    const std::string reflowed =
        InsertSoftBreaks(RemoveSoftBreaks(shown), [wrap](const char* b, const char* e) { return wrap->WrapEnd(b, e); });
    if (reflowed == shown)
        return 0;
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, reflowed.data(), reflowed.data() + reflowed.size());
    data->CursorPos = data->SelectionStart = data->SelectionEnd = ShownIndex(reflowed, cursor);
    return 0;
}
} // namespace

bool InputTextWrapped(const char* id, std::string* text, ImVec2 size)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const float box_width = size.x > 0.0f ? size.x : ImGui::GetContentRegionAvail().x + (size.x < 0.0f ? size.x : 0.0f);
    // Room for the frame's padding, a scrollbar and a trailing blank, so no line scrolls sideways.
    WrapContext wrap{ImGui::GetFont(), ImGui::GetFontSize() / ImGui::GetFont()->FontSize,
                     box_width - style.FramePadding.x * 2.0f - style.ScrollbarSize - ImGui::GetFontSize() * 0.5f};
    if (wrap.Width < ImGui::GetFontSize())
        wrap.Width = ImGui::GetFontSize();
    std::string shown = InsertSoftBreaks(*text, [&wrap](const char* b, const char* e) { return wrap.WrapEnd(b, e); });
    if (!ImGui::InputTextMultiline(id, &shown, size, ImGuiInputTextFlags_CallbackEdit, ReflowOnEdit, &wrap))
        return false;
    std::string typed = RemoveSoftBreaks(shown);
    if (typed == *text)
        return false;
    *text = std::move(typed);
    return true;
}

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
    const bool changed = InputTextWrapped(id, text, ImVec2(-1.0f, height));
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

void CommitWhenIdle(PanelEdits& edits, Session& session) { CommitIfFinished(edits, session, !ImGui::IsAnyItemActive()); }

void CommitIfFinished(PanelEdits& edits, Session& session, bool finished)
{
    if (!finished || !edits.Pending)
        return;
    edits.Pending = false;
    CommitEditIfChanged(session);
}

namespace
{
int ResizeString(ImGuiInputTextCallbackData* data)
{
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize)
    {
        std::string* s = (std::string*)data->UserData;
        s->resize((size_t)data->BufTextLen);
        data->Buf = s->data();
    }
    return 0;
}
} // namespace

// A text field editing *text; true when the text changed this frame.
bool InputWrappedText(PanelsState& panels, const char* id, std::string* text, float lines, const char* hint)
{
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    if (lines <= 1.0f)
    {
        ImGui::SetNextItemWidth(-FLT_MIN);
        return hint ? ImGui::InputTextWithHint(id, hint, text->data(), text->capacity() + 1, flags, ResizeString, text)
                    : ImGui::InputText(id, text->data(), text->capacity() + 1, flags, ResizeString, text);
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiID field_id = ImGui::GetID(id);
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap_width = width - style.FramePadding.x * 2.0f;
    const ImVec2 text_size = ImGui::CalcTextSize(text->c_str(), nullptr, false, wrap_width);
    const float height = std::max(ImGui::GetTextLineHeight() * lines, text_size.y) + style.FramePadding.y * 2.0f;
    if (panels.EditingText != field_id)
    {
        // Shown wrapped, as the room reads it; a click starts typing.
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const ImVec2 max(min.x + width, min.y + height);
        ImGui::PushID(id);
        if (ImGui::InvisibleButton("##view", ImVec2(width, height)))
        {
            panels.EditingText = field_id;
            panels.FocusFrames = 2;
        }
        ImGui::PopID();
        const bool hovered = ImGui::IsItemHovered();
        ImDrawList* draw_list = ImGui::GetWindowDrawList();
        draw_list->AddRectFilled(min, max, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), style.FrameRounding);
        draw_list->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
        draw_list->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                           ImGui::GetColorU32(ImGuiCol_Text), text->c_str(), nullptr, wrap_width);
        if (hovered)
            ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        return false;
    }
    if (panels.FocusFrames > 0)
    {
        ImGui::SetKeyboardFocusHere();
        panels.FocusFrames--;
    }
    const bool changed = ImGui::InputTextMultiline(id, text->data(), text->capacity() + 1, ImVec2(-FLT_MIN, height), flags, ResizeString, text);
    if (ImGui::IsItemActive())
        panels.FocusFrames = 0;
    else if (panels.FocusFrames == 0)
        panels.EditingText = 0; // left: back to the wrapped view
    return changed;
}
