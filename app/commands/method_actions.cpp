#include "commands/method_actions.h"

#include "render/draw_map.h"
#include "edit.h"
#include "example.h"
#include "dialogs/file_dialogs.h"

void NewFromBlankFormat(AppState& app)
{
    app.Doc = MakeBlankDocument(IsDutch());
    ResetHistory(app.Undo, app.Doc);
    app.SavedSerial = app.Undo.CommittedSerial;
    app.Selected.Clear();
    app.Path.clear();
    app.DisplayName.clear();
    app.Dirty = false;
    app.DocumentSerial++;
    app.FileSchema = CurrentSchema;
    app.SituationIndex = 0;
    app.FitRequested = true;
    app.SelectedPersona = app.Doc.Personas.empty() ? PersonaId() : app.Doc.Personas[0].Id;
    app.StatusText = Tr("status.new_map");
}

bool CreateDesiredSituation(AppState& app)
{
    if (!CreateDesiredFromCurrent(app.Doc))
        return false;
    CommitEdit(app);
    app.Selected.Clear();
    app.SituationTabRequest = (int)app.Doc.Situations.size() - 1;
    app.FitRequested = true; // the whole new map, ready to be changed
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
    if (part == MapPart::PersonaCard && !app.Doc.Personas.empty())
    {
        const Persona* persona = FindPersona(app.Doc, app.SelectedPersona);
        return PersonaCardRect(persona ? *persona : app.Doc.Personas[0], layout);
    }
    return layout.Map;
}

void FrameMapPart(AppState& app, MapPart part)
{
    if (app.CanvasRect.Width() <= 0.0f)
        return;
    app.CanvasView = FitRect(MapPartRect(app, part), app.CanvasRect, 32.0f);
    app.FitRequested = false;
    app.ViewIsFit = false;
}
