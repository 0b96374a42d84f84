#include "dialogs/file_dialogs.h"
#include "input/keyboard.h"
#include "paths.h"

#include "example.h"
#include "file_names.h"
#include "text/i18n.h"
#include "commands/method_actions.h"

#include <imgui.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

static void SetPathBuffer(AppState& app, const std::string& path)
{
    std::strncpy(app.PathBuffer, path.c_str(), sizeof(app.PathBuffer) - 1);
    app.PathBuffer[sizeof(app.PathBuffer) - 1] = 0;
}


// Where Save As proposes to save: next to the map when that folder can take it; else (the folder
// was deleted, is read-only, or the path is too long) the home folder, so one Enter works.
// A read-only map (from a newer JourneyBoard) gets a new name: its own file is not replaced.
std::string SuggestedSaveAsPath(const AppState& app)
{
    std::string path = DefaultSavePath(app.Session);
    std::string folder = FolderOf(path);
    std::string name = BaseName(path);
    if (name.size() > 200)
        name = name.substr(0, 180) + ".cjm.json";
    if (IsReadOnly(app.Session))
    {
        const size_t ext = name.find(".cjm.json");
        name = (ext == std::string::npos ? name : name.substr(0, ext)) + "-" + Tr("dialog.copy_suffix") + ".cjm.json";
    }
    struct stat st;
    if (folder.size() + name.size() + 1 >= PATH_MAX || ::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) ||
        ::access(folder.c_str(), W_OK) != 0)
    {
        const char* home = std::getenv("HOME");
        folder = home && home[0] ? home : ".";
    }
    return folder + "/" + name;
}

// The desktop's dialog when it can be shown, else the in-app prompt.
static void AskForPath(AppState& app, bool save, const std::string& start_path)
{
    if (app.Chooser.Running())
        return; // one dialog at a time
    if (StartFileChooser(app.Chooser, save, start_path, Tr(save ? "dialog.save_path" : "dialog.open_path")))
        return;
    SetPathBuffer(app, start_path);
    app.PathPromptIsSave = save;
    app.PathPromptOpen = true;
}

void RequestSaveAs(AppState& app) { AskForPath(app, true, SuggestedSaveAsPath(app)); }

void RequestSave(AppState& app)
{
    if (app.Session.Path.empty())
        RequestSaveAs(app);
    else
        SaveDocumentAs(app, app.Session.Path);
}

// Runs the pending action once the unsaved changes are dealt with.
static void RunPending(AppState& app)
{
    const PendingAction action = app.Pending;
    app.Pending = PendingAction::None;
    if (action == PendingAction::Quit)
    {
        StopFileChooser(app.Chooser);
        app.QuitNow = true;
    }
    else if (action == PendingAction::NewMap)
        NewFromBlankFormat(app);
    else if (action == PendingAction::NewExample)
        OpenExample(app);
    else if (action == PendingAction::OpenPath)
    {
        if (app.PendingPath.empty())
            AskForPath(app, false, app.Session.Path.empty() ? DefaultSavePath(app.Session) : app.Session.Path);
        else
            OpenDocumentFile(app, app.PendingPath);
    }
}

static void Guard(AppState& app, PendingAction action, const std::string& path)
{
    app.Pending = action;
    app.PendingPath = path;
    if (app.Session.Dirty)
        app.UnsavedDialogOpen = true;
    else
        RunPending(app);
}

void RequestOpen(AppState& app, const std::string& path) { Guard(app, PendingAction::OpenPath, path); }
void RequestNew(AppState& app) { Guard(app, PendingAction::NewMap, std::string()); }
void RequestQuit(AppState& app) { Guard(app, PendingAction::Quit, std::string()); }
void RequestNewExample(AppState& app) { Guard(app, PendingAction::NewExample, std::string()); }

// The desktop dialog's answer, picked up once per frame.
static void PollChooser(AppState& app)
{
    if (!app.Chooser.Running())
        return;
    std::string path;
    const bool save = app.Chooser.IsSave;
    switch (PollFileChooser(app.Chooser, &path))
    {
    case ChooserState::Running: return;
    case ChooserState::Chosen:
        if (save)
        {
            if (SaveDocumentAs(app, WithMapExtension(path)) && app.Pending != PendingAction::None)
                RunPending(app);
            else
                app.Pending = PendingAction::None;
        }
        else
            OpenDocumentFile(app, path);
        return;
    case ChooserState::Cancelled: app.Pending = PendingAction::None; return;
    case ChooserState::Failed:
        // No desktop dialog after all: ask in the app instead.
        SetPathBuffer(app, save ? DefaultSavePath(app.Session) : (app.Session.Path.empty() ? DefaultSavePath(app.Session) : app.Session.Path));
        app.PathPromptIsSave = save;
        app.PathPromptOpen = true;
        return;
    }
}

// While the desktop dialog is open the map stays visible, with a band saying where to look.
static void ShowChooserNotice(AppState& app)
{
    if (!app.Chooser.Running())
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Low on the screen: the desktop places its file window over the middle.
    ImGui::SetNextWindowPos(ImVec2(viewport->GetCenter().x, viewport->WorkPos.y + viewport->WorkSize.y - ImGui::GetFrameHeight() * 2.0f),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::Begin("##chooser_notice", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PushFont(app.MainView.Fonts.CanvasBold[2]);
    ImGui::TextUnformatted(Tr(app.Chooser.IsSave ? "dialog.chooser_save_open" : "dialog.chooser_open_open"));
    ImGui::PopFont();
    ImGui::TextUnformatted(Tr("dialog.chooser_hint"));
    if (ImGui::Button(Tr("dialog.cancel")))
    {
        StopFileChooser(app.Chooser);
        app.Pending = PendingAction::None;
    }
    ImGui::End();
}

static std::string AbsolutePath(const std::string& path)
{
    if (path.empty() || path[0] == '/')
        return path;
    char cwd[4096];
    return getcwd(cwd, sizeof(cwd)) ? std::string(cwd) + "/" + path : path;
}

void RememberRecentFile(AppState& app, const std::string& path)
{
    AddRecentFile(app.Prefs, AbsolutePath(path));
    if (app.PersistSettings)
        SaveSettings(app.Prefs); // a settings file that cannot be written is not worth a dialog
}

void RememberLanguage(AppState& app)
{
    RetranslateStatus(app);
    app.Prefs.Language = IsDutch() ? "nl" : "en";
    if (app.PersistSettings)
        SaveSettings(app.Prefs);
}

void ShowRecentFilesMenu(AppState& app)
{
    if (!ImGui::BeginMenu(Tr("menu.recent"), !app.Prefs.RecentFiles.empty()))
        return;
    std::string chosen;
    for (const std::string& path : app.Prefs.RecentFiles)
    {
        // Shortened in the middle: a path can be any length, the menu must stay on the screen.
        const std::string name = ShortenMiddle(BaseName(path), 60);
        ImGui::PushID(path.c_str());
        if (ImGui::MenuItem(name.c_str(), ShortenMiddle(path, 80).c_str()))
            chosen = path;
        ImGui::PopID();
    }
    ImGui::EndMenu();
    if (chosen.empty())
        return;
    struct stat st;
    if (stat(chosen.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
    {
        // Moved, renamed or on a stick that is gone: say so and forget it.
        char text[4400];
        std::snprintf(text, sizeof(text), Tr("dialog.recent_missing"), chosen.c_str());
        app.ErrorText = text;
        app.ErrorOffersSaveAs = false;
        auto& files = app.Prefs.RecentFiles;
        files.erase(std::remove(files.begin(), files.end(), chosen), files.end());
        if (app.PersistSettings)
            SaveSettings(app.Prefs);
        return;
    }
    RequestOpen(app, chosen);
}

// Opens the centred modal `id` while `want_open`, and draws its title and, when given, its wrapped
// body text. True while it is open: the caller adds the buttons and calls ImGui::EndPopup().
static bool BeginCenteredModal(const char* id, bool want_open, const char* title, const char* body)
{
    if (want_open && !ImGui::IsPopupOpen(id))
        ImGui::OpenPopup(id);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar))
        return false;
    ImGui::TextUnformatted(title);
    ImGui::Separator();
    if (body)
    {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
        ImGui::TextUnformatted(body);
        ImGui::PopTextWrapPos();
    }
    return true;
}

// A dialog's Cancel button (or Escape): closes it, and the action that waited on it is dropped.
static void CancelButton(AppState& app, bool* open)
{
    ImGui::SameLine();
    if (ImGui::Button(Tr("dialog.cancel")) || EscapePressed())
    {
        *open = false;
        app.Pending = PendingAction::None;
        ImGui::CloseCurrentPopup();
    }
}

// Saves to `path`; the action that waited for the save runs after a successful one, else it is dropped.
static void SaveThenRunPending(AppState& app, const std::string& path)
{
    if (SaveDocumentAs(app, path) && app.Pending != PendingAction::None)
        RunPending(app);
    else
        app.Pending = PendingAction::None;
}

void ShowFileDialogs(AppState& app)
{
    PollChooser(app);
    ShowChooserNotice(app);

    const float wrap = ImGui::GetFontSize() * 32.0f;

    if (BeginCenteredModal("##unsaved", app.UnsavedDialogOpen, Tr("dialog.unsaved_title"), Tr("dialog.unsaved_text")))
    {
        // Enter is the default button (Save), Escape cancels, as in every desktop app.
        const bool enter = EnterOrKeypadEnterPressed();
        if (ImGui::IsWindowAppearing())
            ImGui::SetKeyboardFocusHere(); // the Save button shows it is the default
        if (ImGui::Button(Tr("dialog.save")) || enter)
        {
            app.UnsavedDialogOpen = false;
            ImGui::CloseCurrentPopup();
            if (app.Session.Path.empty())
                RequestSaveAs(app); // the pending action runs after a successful Save As
            else
                SaveThenRunPending(app, app.Session.Path);
        }
        ImGui::SameLine();
        if (ImGui::Button(Tr("dialog.discard")))
        {
            app.UnsavedDialogOpen = false;
            ImGui::CloseCurrentPopup();
            RunPending(app);
        }
        CancelButton(app, &app.UnsavedDialogOpen);
        ImGui::EndPopup();
    }

    if (BeginCenteredModal("##path", app.PathPromptOpen, Tr(app.PathPromptIsSave ? "dialog.save_path" : "dialog.open_path"), nullptr))
    {
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
                SaveThenRunPending(app, WithMapExtension(path));
            }
            else
                OpenDocumentFile(app, path);
        }
        CancelButton(app, &app.PathPromptOpen);
        ImGui::EndPopup();
    }

    // Information that is not an error (a map opened read-only): after any error, one at a time.
    if (BeginCenteredModal("##notice", !app.NoticeText.empty() && app.ErrorText.empty(), Tr("dialog.notice"), app.NoticeText.c_str()))
    {
        if (ImGui::Button(Tr("dialog.ok")) || EnterPressed())
        {
            app.NoticeText.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (!app.MainView.Refusal && app.ErrorText.empty())
    {
        app.ErrorText = app.MainView.Refusal.Text(IsDutch());
        app.ErrorOffersSaveAs = false;
    }
    app.MainView.Refusal = Status();
    if (BeginCenteredModal("##error", !app.ErrorText.empty(), Tr("dialog.error"), app.ErrorText.c_str()))
    {
        if (app.ErrorOffersSaveAs && ImGui::Button(Tr("menu.save_as")))
        {
            app.ErrorText.clear();
            ImGui::CloseCurrentPopup();
            RequestSaveAs(app);
        }
        if (app.ErrorOffersSaveAs)
            ImGui::SameLine();
        if (ImGui::Button(Tr("dialog.ok")) || EnterPressed())
        {
            app.ErrorText.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}
