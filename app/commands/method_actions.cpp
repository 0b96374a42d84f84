#include "commands/method_actions.h"

#include "render/draw_map.h"
#include "edit.h"
#include "example.h"
#include "dialogs/file_dialogs.h"

#include <imgui.h>
#include <imgui_internal.h> // FindWindowByName: where the method panels stand

#include <vector>

void NewFromBlankFormat(AppState& app)
{
    ReplaceDocument(app, MakeBlankDocument(IsDutch()), DocumentOrigin());
    SetStatusFormat(app, "status.new_map");
}

bool CreateDesiredSituation(AppState& app)
{
    Status why;
    if (!CreateDesiredFromCurrent(app.Session.Doc, &why))
    {
        ShowRefusal(app.MainView, why);
        return false;
    }
    CommitEdit(app.Session);
    app.MainView.Selected.Clear();
    app.MainView.SituationTabRequest = (int)app.Session.Doc.Situations.size() - 1;
    app.MainView.FitRequested = true; // the whole new map, ready to be changed
    SetStatusFormat(app, "status.desired_created");
    return true;
}

void ChooseLanguage(AppState& app, Language language)
{
    SetLanguage(language);
    RememberLanguage(app);
}

void LoadPrefsAndLanguage(AppState& app)
{
    app.Prefs = LoadSettings();
    if (app.Prefs.Language == "nl")
        SetLanguage(Language::Dutch);
    else if (app.Prefs.Language == "en")
        SetLanguage(Language::English);
    else
        SetLanguage(LanguageFromEnvironment());
}


Rect MapPartRect(const AppState& app, MapPart part)
{
    const MapLayout layout = ComputeLayout(CurrentSituation(app));
    if (part == MapPart::ScopeBand)
        return layout.TitleBand;
    if (part == MapPart::PersonaCard && !app.Session.Doc.Personas.empty())
    {
        const Persona* persona = FindPersona(app.Session.Doc, app.MainView.SelectedPersona);
        return PersonaCardRect(persona ? *persona : app.Session.Doc.Personas[0], layout);
    }
    return layout.Map;
}

void FrameMapPart(AppState& app, MapPart part) { app.MainView.FramePartPending = (int)part; }

void ApplyPanelFraming(AppState& app)
{
    ViewState& view = app.MainView;
    std::vector<Rect> panels;
    for (const char* name : {"###map_panel", "###persona_panel", "###guide"})
    {
        const ImGuiWindow* window = ImGui::FindWindowByName(name);
        if (window && window->Active && !window->Hidden)
            panels.push_back(Rect{{window->Pos.x, window->Pos.y}, {window->Pos.x + window->Size.x, window->Pos.y + window->Size.y}});
    }
    if (view.FramePartPending >= 0 && view.CanvasRect.Width() > 0.0f)
    {
        const Rect part = MapPartRect(app, (MapPart)view.FramePartPending);
        view.CanvasView = FitRect(part, FreeAreaBeside(view.CanvasRect, panels, part), 32.0f);
        view.FitRequested = false;
        view.ViewIsFit = false;
        view.FramedBesidePanel = !panels.empty();
    }
    else if (view.FramedBesidePanel && panels.empty())
    {
        view.FitRequested = true; // the panel that covered the rest of the map is gone
        view.FramedBesidePanel = false;
    }
    view.FramePartPending = -1;
}
