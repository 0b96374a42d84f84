#include "panels/file_dialogs.h"

#include "i18n.h"

#include <imgui.h>

#include <cstring>

static void SetPathBuffer(AppState& app, const std::string& path)
{
    std::strncpy(app.PathBuffer, path.c_str(), sizeof(app.PathBuffer) - 1);
    app.PathBuffer[sizeof(app.PathBuffer) - 1] = 0;
}

void RequestSaveAs(AppState& app)
{
    SetPathBuffer(app, DefaultSavePath(app));
    app.PathPromptIsSave = true;
    app.PathPromptOpen = true;
}

void RequestSave(AppState& app)
{
    if (app.Path.empty())
        RequestSaveAs(app);
    else
        SaveDocumentAs(app, app.Path);
}

// Runs the pending action once the unsaved changes are dealt with.
static void RunPending(AppState& app)
{
    const PendingAction action = app.Pending;
    app.Pending = PendingAction::None;
    if (action == PendingAction::Quit)
        app.QuitNow = true;
    else if (action == PendingAction::OpenPath)
    {
        if (app.PendingPath.empty())
        {
            SetPathBuffer(app, app.Path.empty() ? DefaultSavePath(app) : app.Path);
            app.PathPromptIsSave = false;
            app.PathPromptOpen = true;
        }
        else
            OpenDocumentFile(app, app.PendingPath);
    }
}

static void Guard(AppState& app, PendingAction action, const std::string& path)
{
    app.Pending = action;
    app.PendingPath = path;
    if (app.Dirty)
        app.UnsavedDialogOpen = true;
    else
        RunPending(app);
}

void RequestOpen(AppState& app, const std::string& path) { Guard(app, PendingAction::OpenPath, path); }
void RequestQuit(AppState& app) { Guard(app, PendingAction::Quit, std::string()); }

void ShowFileDialogs(AppState& app)
{
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    const float wrap = ImGui::GetFontSize() * 32.0f;

    if (app.UnsavedDialogOpen && !ImGui::IsPopupOpen("##unsaved"))
        ImGui::OpenPopup("##unsaved");
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("##unsaved", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar))
    {
        ImGui::TextUnformatted(Tr("dialog.unsaved_title"));
        ImGui::Separator();
        ImGui::PushTextWrapPos(wrap);
        ImGui::TextUnformatted(Tr("dialog.unsaved_text"));
        ImGui::PopTextWrapPos();
        if (ImGui::Button(Tr("dialog.save")))
        {
            app.UnsavedDialogOpen = false;
            ImGui::CloseCurrentPopup();
            if (app.Path.empty())
                RequestSaveAs(app); // the pending action runs after a successful Save As
            else if (SaveDocumentAs(app, app.Path))
                RunPending(app);
            else
                app.Pending = PendingAction::None;
        }
        ImGui::SameLine();
        if (ImGui::Button(Tr("dialog.discard")))
        {
            app.UnsavedDialogOpen = false;
            ImGui::CloseCurrentPopup();
            RunPending(app);
        }
        ImGui::SameLine();
        if (ImGui::Button(Tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        {
            app.UnsavedDialogOpen = false;
            app.Pending = PendingAction::None;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (app.PathPromptOpen && !ImGui::IsPopupOpen("##path"))
        ImGui::OpenPopup("##path");
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("##path", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar))
    {
        ImGui::TextUnformatted(Tr(app.PathPromptIsSave ? "dialog.save_path" : "dialog.open_path"));
        ImGui::Separator();
        if (ImGui::IsWindowAppearing())
            ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(wrap * 1.4f);
        const bool entered = ImGui::InputTextWithHint("##pathinput", Tr("dialog.path_hint"), app.PathBuffer, sizeof(app.PathBuffer),
                                                      ImGuiInputTextFlags_EnterReturnsTrue);
        if (entered || ImGui::Button(Tr("dialog.ok")))
        {
            app.PathPromptOpen = false;
            ImGui::CloseCurrentPopup();
            const std::string path = app.PathBuffer;
            if (app.PathPromptIsSave)
            {
                if (SaveDocumentAs(app, path) && app.Pending != PendingAction::None)
                    RunPending(app);
                else
                    app.Pending = PendingAction::None;
            }
            else
                OpenDocumentFile(app, path);
        }
        ImGui::SameLine();
        if (ImGui::Button(Tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        {
            app.PathPromptOpen = false;
            app.Pending = PendingAction::None;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (!app.ErrorText.empty() && !ImGui::IsPopupOpen("##error"))
        ImGui::OpenPopup("##error");
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("##error", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar))
    {
        ImGui::TextUnformatted(Tr("dialog.error"));
        ImGui::Separator();
        ImGui::PushTextWrapPos(wrap);
        ImGui::TextUnformatted(app.ErrorText.c_str());
        ImGui::PopTextWrapPos();
        if (app.ErrorOffersSaveAs && ImGui::Button(Tr("menu.save_as")))
        {
            app.ErrorText.clear();
            ImGui::CloseCurrentPopup();
            RequestSaveAs(app);
        }
        if (app.ErrorOffersSaveAs)
            ImGui::SameLine();
        if (ImGui::Button(Tr("dialog.ok")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)))
        {
            app.ErrorText.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}
