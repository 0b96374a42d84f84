#include "dialogs/recovery_dialog.h"
#include "input/keyboard.h"
#include "paths.h"

#include "session/autosave.h"
#include "file_json.h"
#include "text/i18n.h"
#include "migrate.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace
{
std::string SetName(const RecoverySet& set)
{
    if (!set.Lock.Name.empty())
        return set.Lock.Name;
    if (!set.Lock.Path.empty())
        return BaseName(set.Lock.Path);
    if (!set.Versions.empty() && !set.Versions[0].Title.empty())
        return set.Versions[0].Title;
    return Tr("status.untitled");
}

std::string FormatTime(int64_t seconds)
{
    const time_t t = (time_t)seconds;
    char text[64];
    std::strftime(text, sizeof(text), "%Y-%m-%d %H:%M:%S", std::localtime(&t));
    return text;
}

} // namespace

std::string RecoveryVersionLine(const RecoveryVersion& v)
{
    char line[512];
    if (!v.Loads)
        std::snprintf(line, sizeof(line), "%s  %s", FormatTime(v.Time).c_str(), Tr("recovery.damaged"));
    else if (!v.Summarized) // an autosave without its summary: its counts are known only when restored
        std::snprintf(line, sizeof(line), Tr("recovery.version_unread"), FormatTime(v.Time).c_str(), (double)v.Bytes / 1e6);
    else
    {
        // "1 pain point", "2 pain points": singular for one.
        auto count = [](int n, const char* one, const char* many) { return std::to_string(n) + " " + Tr(n == 1 ? one : many); };
        const DocumentCounts& c = v.Counts;
        return FormatTime(v.Time) + "   " + count(c.Situations, "recovery.situation", "recovery.situations") + ", " +
               count(c.Phases, "recovery.phase", "recovery.phases") + ", " + count(c.Moments, "recovery.moment", "recovery.moments") +
               ", " + count(c.PainPoints, "recovery.pain_point", "recovery.pain_points") + ", " +
               count(c.Opportunities, "recovery.opportunity", "recovery.opportunities");
    }
    return line;
}

void OpenRecoveryDialog(AppState& app, const std::string& folder, bool at_start)
{
    RecoveryDialogState& dialog = app.Recovery;
    dialog = RecoveryDialogState();
    dialog.Folder = folder;
    dialog.Sets = FindRecoverableSets(folder);
    dialog.Open = !at_start || !dialog.Sets.empty();
}

bool RecoveryDialogIsOpen(const AppState& app) { return app.Recovery.Open; }

bool RestoreRecoveryVersion(AppState& app, const RecoverySet& set, const RecoveryVersion& version)
{
    Document doc;
    const Status loaded = LoadDocumentFromFile(version.File, &doc);
    if (!loaded)
    {
        app.ErrorText = loaded.Text(IsDutch());
        app.ErrorOffersSaveAs = false;
        return false;
    }
    DocumentOrigin origin;
    origin.Path = set.Lock.Path;
    origin.DisplayName = set.Lock.Name.empty() ? (set.Lock.Path.empty() ? std::string() : BaseName(set.Lock.Path)) : set.Lock.Name;
    origin.Restored = true; // restored work is not in any map file yet
    // Saving goes to the map's own file: keep its version rules (read-only when newer, the
    // original kept when older), as if it had been opened.
    Document on_disk;
    if (!origin.Path.empty() && LoadDocumentFromFile(origin.Path, &on_disk))
        origin.FileSchema = on_disk.Schema;
    ReplaceDocument(app, std::move(doc), origin);
    AutosaveAdopt(app, set.Key);
    SetStatusFormat(app, "recovery.restored", FormatTime(version.Time));
    return true;
}

void ShowRecoveryDialog(AppState& app)
{
    RecoveryDialogState& dialog = app.Recovery;
    if (!dialog.Open)
        return;
    // One modal at a time: errors and the unsaved-changes question go first.
    if (!ImGui::IsPopupOpen("##recovery"))
    {
        if (!app.ErrorText.empty() || !app.NoticeText.empty() || app.UnsavedDialogOpen || app.PathPromptOpen ||
            ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
            return;
        ImGui::OpenPopup("##recovery");
    }
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em * 46.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("##recovery", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;

    ImGui::TextUnformatted(Tr("recovery.title"));
    ImGui::Separator();
    ImGui::PushTextWrapPos(em * 44.0f);
    ImGui::TextUnformatted(Tr(dialog.Sets.empty() ? "recovery.nothing" : "recovery.intro"));
    ImGui::PopTextWrapPos();
    bool close = false;

    if (!dialog.Sets.empty())
    {
        // As tall as the list, up to 16 lines; it scrolls beyond that.
        int lines = 0;
        for (const RecoverySet& set : dialog.Sets)
            lines += 1 + (int)set.Versions.size();
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float height = std::min(em * 16.0f, lines * line + dialog.Sets.size() * ImGui::GetStyle().ItemSpacing.y +
                                                      ImGui::GetStyle().WindowPadding.y * 2.0f + line * 0.5f);
        ImGui::BeginChild("##sets", ImVec2(em * 44.0f, height), true);
        for (int s = 0; s < (int)dialog.Sets.size(); s++)
        {
            const RecoverySet& set = dialog.Sets[s];
            ImGui::PushID(s);
            ImGui::TextUnformatted(SetName(set).c_str());
            ImGui::SameLine();
            ImGui::TextDisabled("%s", set.Lock.Path.empty() ? Tr("recovery.never_saved") : set.Lock.Path.c_str());
            for (int v = 0; v < (int)set.Versions.size(); v++)
            {
                const RecoveryVersion& version = set.Versions[v];
                ImGui::PushID(v);
                const bool selected = s == dialog.SelectedSet && v == dialog.SelectedVersion;
                ImGui::Indent();
                if (ImGui::Selectable(RecoveryVersionLine(version).c_str(), selected, version.Loads ? 0 : ImGuiSelectableFlags_Disabled))
                {
                    dialog.SelectedSet = s;
                    dialog.SelectedVersion = v;
                    dialog.ConfirmDiscard = false;
                }
                ImGui::Unindent();
                ImGui::PopID();
            }
            ImGui::Spacing();
            ImGui::PopID();
        }
        ImGui::EndChild();

        const RecoverySet& set = dialog.Sets[dialog.SelectedSet];
        const RecoveryVersion& version = set.Versions[dialog.SelectedVersion];
        const bool can_restore = version.Loads && !app.Session.Dirty;
        if (app.Session.Dirty)
            ImGui::TextDisabled("%s", Tr("recovery.save_first"));
        if (!can_restore)
            ImGui::BeginDisabled();
        // Enter restores the selected (at first: the newest) version.
        const bool restore = ImGui::Button(Tr("recovery.restore")) || (can_restore && EnterPressed(false));
        if (restore && RestoreRecoveryVersion(app, set, version))
            close = true;
        if (!can_restore)
            ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(Tr("recovery.later")) || EscapePressed())
            close = true;
        ImGui::SameLine();
        if (ImGui::Button(Tr(dialog.ConfirmDiscard ? "recovery.discard_confirm" : "recovery.discard")))
        {
            if (!dialog.ConfirmDiscard)
                dialog.ConfirmDiscard = true;
            else
            {
                RemoveRecoverySet(dialog.Folder, set.Key);
                dialog.Sets.erase(dialog.Sets.begin() + dialog.SelectedSet);
                dialog.SelectedSet = dialog.SelectedVersion = 0;
                dialog.ConfirmDiscard = false;
                close = dialog.Sets.empty();
            }
        }
    }
    else if (ImGui::Button(Tr("dialog.ok")) || EscapePressed())
        close = true;

    if (close || !app.ErrorText.empty())
    {
        dialog.Open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}
