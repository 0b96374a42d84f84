// The method's screens as real headless frames: the start screen, the guide and the two panels in
// both languages; new maps from the shipped formats; the desired situation with undo; the language
// chosen in the menu is remembered.
#include "edit.h"
#include "host/headless.h"
#include "text/i18n.h"
#include "commands/method_actions.h"
#include "dialogs/file_dialogs.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

static bool WindowShown(const char* name)
{
    ImGuiWindow* window = ImGui::FindWindowByName(name);
    return window && window->WasActive;
}

TEST_CASE("start screen, guide and panels draw in both languages", "[method]")
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    OpenExample(app);
    for (Language language : {Language::Dutch, Language::English})
    {
        SetLanguage(language);
        app.MainView.StartScreenOpen = true;
        const int map_only = (app.MainView.StartScreenOpen = false, BuildHeadlessFrame(app), BuildHeadlessFrame(app));
        app.MainView.StartScreenOpen = true;
        app.MainView.GuideOpen = app.MainView.MapPanelOpen = app.MainView.PersonaPanelOpen = true;
        BuildHeadlessFrame(app);
        const int with_panels = BuildHeadlessFrame(app);
        CHECK(with_panels > map_only + 2000); // the windows drew their text and widgets
        CHECK(WindowShown("###start_screen"));
        CHECK(WindowShown("###guide"));
        CHECK(WindowShown("###map_panel"));
        CHECK(WindowShown("###persona_panel"));
        app.MainView.GuideOpen = app.MainView.MapPanelOpen = app.MainView.PersonaPanelOpen = false;
    }
    // Escape closes the start screen; the example stays behind it.
    SetLanguage(Language::Dutch);
    app.MainView.StartScreenOpen = true;
    BuildHeadlessFrame(app);
    ImGui::GetIO().KeysDown[256] = true; // Key_Escape
    BuildHeadlessFrame(app);
    ImGui::GetIO().KeysDown[256] = false;
    BuildHeadlessFrame(app);
    CHECK_FALSE(app.MainView.StartScreenOpen);
    CHECK(app.Session.Doc.Situations.size() == 2);
    DestroyHeadlessContext(ctx);
}

TEST_CASE("new from the blank format follows the UI language, the example stays Dutch", "[method]")
{
    AppState app;
    SetLanguage(Language::English);
    NewFromBlankFormat(app);
    REQUIRE(app.Session.Doc.Situations.size() == 1);
    CHECK(app.Session.Doc.Situations[0].Phases[0].Name == "Symptoms");
    CHECK(app.Session.Doc.Personas.size() == 1);
    CHECK(app.MainView.SelectedPersona == app.Session.Doc.Personas[0].Id);
    CHECK_FALSE(app.Session.Dirty);
    CHECK(app.Session.Path.empty());
    SetLanguage(Language::Dutch);
    NewFromBlankFormat(app);
    CHECK(app.Session.Doc.Situations[0].Phases[0].Name == "Klachten");
    CHECK(app.Session.Doc.Situations[0].Phases[6].Name == "Stabiel en laatste levensfase");
    OpenExample(app);
    SetLanguage(Language::English);
    CHECK(app.Session.Doc.Situations[0].Phases[0].Name == "Klachten"); // map content is never translated
}

TEST_CASE("create desired situation from current: one undo step, its tab shown", "[method][desired]")
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1600.0f, 900.0f);
    SetLanguage(Language::Dutch);
    NewFromBlankFormat(app);
    MomentId first;
    REQUIRE(AddMoment(app.Session.Doc, 0, app.Session.Doc.Situations[0].Phases[1].Id, 100.0f, "Echo", &first));
    CommitEdit(app.Session);
    BuildHeadlessFrame(app);

    REQUIRE(CreateDesiredSituation(app));
    CHECK_FALSE(CreateDesiredSituation(app)); // only once
    BuildHeadlessFrame(app);
    BuildHeadlessFrame(app);
    CHECK(app.MainView.SituationIndex == 1); // the tab of the new desired situation is shown
    REQUIRE(app.Session.Doc.Situations.size() == 2);
    CHECK(app.Session.Doc.Situations[1].Moments.at(0).Origin == first);
    CHECK(app.Session.Doc.Situations[1].Moments[0].Id != first);

    REQUIRE(UndoEdit(app));
    CHECK(app.Session.Doc.Situations.size() == 1);
    BuildHeadlessFrame(app);
    CHECK(app.MainView.SituationIndex == 0);
    REQUIRE(UndoEdit(app));
    CHECK(app.Session.Doc.Situations[0].Moments.empty());
    REQUIRE(RedoEdit(app));
    REQUIRE(RedoEdit(app));
    CHECK(app.Session.Doc.Situations.size() == 2);
    DestroyHeadlessContext(ctx);
}

TEST_CASE("the language chosen in the menu is remembered over the locale", "[method][i18n]")
{
    char folder[] = "/tmp/jb-lang-XXXXXX";
    REQUIRE(mkdtemp(folder));
    setenv("XDG_CONFIG_HOME", folder, 1);
    setenv("LC_ALL", "", 1);
    setenv("LC_MESSAGES", "", 1);
    setenv("LANG", "nl_NL.UTF-8", 1);
    {
        AppState app;
        app.PersistSettings = true;
        LoadPrefsAndLanguage(app);
        CHECK(GetLanguage() == Language::Dutch); // nothing chosen yet: the locale
        ChooseLanguage(app, Language::English);
    }
    {
        AppState app;
        app.PersistSettings = true;
        LoadPrefsAndLanguage(app);
        CHECK(GetLanguage() == Language::English); // the choice, though LANG says Dutch
        RememberRecentFile(app, "/maps/kaart.cjm.json");
    }
    CHECK(LoadSettings().RecentFiles.at(0) == "/maps/kaart.cjm.json");
    unsetenv("XDG_CONFIG_HOME");
    setenv("LANG", "C", 1);
    SetLanguage(Language::English);
}
