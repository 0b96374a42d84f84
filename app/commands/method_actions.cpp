#include "commands/method_actions.h"

#include "render/draw_map.h"
#include "edit.h"
#include "example.h"
#include "dialogs/file_dialogs.h"

void NewFromBlankFormat(AppState& app)
{
    ReplaceDocument(app, MakeBlankDocument(IsDutch()), DocumentOrigin());
    app.StatusText = Tr("status.new_map");
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
    app.StatusText = Tr("status.desired_created");
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

void FrameMapPart(AppState& app, MapPart part)
{
    if (app.MainView.CanvasRect.Width() <= 0.0f)
        return;
    app.MainView.CanvasView = FitRect(MapPartRect(app, part), app.MainView.CanvasRect, 32.0f);
    app.MainView.FitRequested = false;
    app.MainView.ViewIsFit = false;
}
