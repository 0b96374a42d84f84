#include "commands/clipboard_actions.h"

#include "clipboard.h"
#include "text/i18n.h"
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
    const std::string text = CopyToClipboardText(app.Session.Doc, app.MainView.SituationIndex, Sorted(app.MainView.Selected.Moments), Sorted(app.MainView.Selected.Notes));
    if (text.empty())
    {
        SetStatusKey(app, "status.nothing_selected");
        return false;
    }
    ImGui::SetClipboardText(text.c_str());
    SetStatusCounts(app, "status.copied", (int)app.MainView.Selected.Moments.size(), (int)app.MainView.Selected.Notes.size());
    return true;
}

bool CutSelection(AppState& app)
{
    if (!CopySelection(app))
        return false;
    bool changed = DeleteMoments(app.Session.Doc, app.MainView.SituationIndex, Sorted(app.MainView.Selected.Moments));
    changed = DeleteNotes(app.Session.Doc, app.MainView.SituationIndex, Sorted(app.MainView.Selected.Notes)) || changed;
    app.MainView.Selected.Clear();
    if (changed)
        CommitEdit(app.Session);
    SetStatusKey(app, "status.cut");
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
        place.Selected = Sorted(app.MainView.Selected.Moments);
        const ImVec2 mouse_screen = ImGui::GetIO().MousePos;
        if (ImGui::IsMousePosValid(&mouse_screen) && app.MainView.CanvasRect.Contains({mouse_screen.x, mouse_screen.y}))
        {
            place.HasMouse = true;
            place.MouseWorld = ScreenToWorld(app.MainView.CanvasView, {mouse_screen.x, mouse_screen.y});
            const MapLayout layout = ComputeLayout(CurrentSituation(app));
            place.PhaseUnderMouse = HitTest(layout, place.MouseWorld, 0.0f).Phase;
        }
    }
    PasteResult pasted;
    if (status)
        status = PasteClipboardItems(app.Session.Doc, app.MainView.SituationIndex, items, place, &pasted);
    if (!status)
    {
        app.ErrorText = status.Text(IsDutch());
        app.ErrorOffersSaveAs = false;
        return false;
    }
    app.MainView.Selected.Clear();
    app.MainView.Selected.Moments.insert(pasted.Moments.begin(), pasted.Moments.end());
    app.MainView.Selected.Notes.insert(pasted.Notes.begin(), pasted.Notes.end());
    CommitEdit(app.Session);
    SetStatusCounts(app, "status.pasted", (int)pasted.Moments.size(), (int)pasted.Notes.size());
    return true;
}
