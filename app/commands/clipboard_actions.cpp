#include "commands/clipboard_actions.h"

#include "clipboard.h"
#include "text/i18n.h"
#include "commands/keys.h"
#include "layout.h"

#include <imgui.h>

#include <cstdio>

template <class Id>
static std::vector<Id> Sorted(const std::unordered_set<Id>& ids)
{
    std::vector<Id> out(ids.begin(), ids.end());
    std::sort(out.begin(), out.end());
    return out;
}

bool CopySelection(AppState& app)
{
    const std::string text = CopyToClipboardText(app.Doc, app.SituationIndex, Sorted(app.Selected.Moments), Sorted(app.Selected.Notes));
    if (text.empty())
    {
        app.StatusText = Tr("status.nothing_selected");
        return false;
    }
    ImGui::SetClipboardText(text.c_str());
    char status[200];
    std::snprintf(status, sizeof(status), Tr("status.copied"), (int)app.Selected.Moments.size(), (int)app.Selected.Notes.size());
    app.StatusText = status;
    return true;
}

bool CutSelection(AppState& app)
{
    if (!CopySelection(app))
        return false;
    bool changed = DeleteMoments(app.Doc, app.SituationIndex, Sorted(app.Selected.Moments));
    changed = DeleteNotes(app.Doc, app.SituationIndex, Sorted(app.Selected.Notes)) || changed;
    app.Selected.Clear();
    if (changed)
        CommitEdit(app);
    app.StatusText = Tr("status.cut");
    return changed;
}

bool PasteFromClipboard(AppState& app)
{
    const char* clipboard = ImGui::GetClipboardText();
    ClipboardItems items;
    Status status = ParseClipboardText(clipboard ? clipboard : "", &items);
    PastePlace place;
    if (status)
    {
        place.Selected = Sorted(app.Selected.Moments);
        const ImVec2 mouse_screen = ImGui::GetIO().MousePos;
        if (ImGui::IsMousePosValid(&mouse_screen) && app.CanvasRect.Contains({mouse_screen.x, mouse_screen.y}))
        {
            place.HasMouse = true;
            place.MouseWorld = ScreenToWorld(app.CanvasView, {mouse_screen.x, mouse_screen.y});
            const MapLayout layout = ComputeLayout(CurrentSituation(app));
            place.PhaseUnderMouse = HitTest(layout, place.MouseWorld, 0.0f).Phase;
        }
    }
    PasteResult pasted;
    if (status)
        status = PasteClipboardItems(app.Doc, app.SituationIndex, items, place, &pasted);
    if (!status)
    {
        app.ErrorText = status.Text(IsDutch());
        app.ErrorOffersSaveAs = false;
        return false;
    }
    app.Selected.Clear();
    app.Selected.Moments.insert(pasted.Moments.begin(), pasted.Moments.end());
    app.Selected.Notes.insert(pasted.Notes.begin(), pasted.Notes.end());
    CommitEdit(app);
    char text[200];
    std::snprintf(text, sizeof(text), Tr("status.pasted"), (int)pasted.Moments.size(), (int)pasted.Notes.size());
    app.StatusText = text;
    return true;
}

void HandleClipboardShortcuts(AppState& app)
{
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt)
        return;
    if (ImGui::IsKeyPressed(Key_C, false))
        CopySelection(app);
    if (ImGui::IsKeyPressed(Key_X, false))
        CutSelection(app);
    if (ImGui::IsKeyPressed(Key_V, false))
        PasteFromClipboard(app);
}
