// What a facilitator trips over (issue #12), through the app's own functions and real headless
// frames: undo says what it undid, in both languages and from the key as from the menu; the
// blank format's names and the status message follow the UI language; Save proposes a name from
// the title; a newly opened map starts on its current situation; multi-line boxes wrap.
#include "commands/command_table.h"
#include "input/keys.h"
#include "commands/method_actions.h"
#include "dialogs/file_dialogs.h"
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "host/headless.h"
#include "text/i18n.h"
#include "text/soft_wrap.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace
{
struct FrictionApp
{
    AppState App;
    HeadlessContext Ctx;
    explicit FrictionApp(Language language)
    {
        SetLanguage(language);
        Ctx = CreateHeadlessContext(App, 1600.0f, 1000.0f);
        OpenExample(App);
        for (int i = 0; i < 3; i++)
            BuildHeadlessFrame(App);
    }
    ~FrictionApp()
    {
        DestroyHeadlessContext(Ctx);
        SetLanguage(Language::English);
    }
};

void CtrlKey(AppState& app, int key)
{
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    io.KeysDown[key] = true;
    BuildHeadlessFrame(app);
    io.KeysDown[key] = false;
    io.KeyCtrl = false;
    BuildHeadlessFrame(app);
}

std::vector<MomentId> FirstMoments(const AppState& app, int n)
{
    std::vector<MomentId> ids;
    for (int i = 0; i < n; i++)
        ids.push_back(CurrentSituation(app).Moments[i].Id);
    return ids;
}
} // namespace

TEST_CASE("Undo and redo say what they did, from Ctrl+Z as from the menu, in both languages", "[app][frictions]")
{
    for (Language language : {Language::English, Language::Dutch})
    {
        FrictionApp h(language);
        AppState& app = h.App;
        REQUIRE(MoveMoments(app.Session.Doc, 0, FirstMoments(app, 3), 60.0f));
        CommitEdit(app.Session);
        REQUIRE(SetScore(app.Session.Doc, 0, CurrentSituation(app).Moments[4].Id, true, -2.0f));
        CommitEdit(app.Session);

        CtrlKey(app, Key_Z); // the key
        CHECK(app.StatusText == (language == Language::Dutch ? "Ongedaan: belevingsscore aangepast" : "Undone: change an experience score"));
        REQUIRE(RunCommand(app, "edit.undo")); // what the menu item and the palette run
        CHECK(app.StatusText == (language == Language::Dutch ? "Ongedaan: 3 momenten verplaatst" : "Undone: move 3 moments"));
        CtrlKey(app, Key_Y);
        CHECK(app.StatusText == (language == Language::Dutch ? "Opnieuw gedaan: 3 momenten verplaatst" : "Redone: move 3 moments"));

        // The message follows a change of language.
        ChooseLanguage(app, language == Language::Dutch ? Language::English : Language::Dutch);
        CHECK(app.StatusText == (language == Language::Dutch ? "Redone: move 3 moments" : "Opnieuw gedaan: 3 momenten verplaatst"));
    }
}

TEST_CASE("A blank map started in English speaks Dutch after switching, edited names stay", "[app][frictions]")
{
    FrictionApp h(Language::English);
    AppState& app = h.App;
    NewFromBlankFormat(app);
    BuildHeadlessFrame(app);
    const Situation& s = CurrentSituation(app);
    CHECK(std::string(PhaseTitle(s.Phases[0])) == "Symptoms");
    CHECK(std::string(LaneTitle(s.Lanes[0])) == "Interaction moments");
    CHECK(app.StatusText == "New map from the blank format");
    REQUIRE(RenamePhase(app.Session.Doc, 0, s.Phases[1].Id, "Cardiology outpatient clinic"));
    CommitEdit(app.Session);

    ChooseLanguage(app, Language::Dutch);
    BuildHeadlessFrame(app);
    CHECK(std::string(PhaseTitle(s.Phases[0])) == "Klachten");
    CHECK(std::string(PhaseTitle(s.Phases[1])) == "Cardiology outpatient clinic");
    CHECK(std::string(LaneTitle(s.Lanes[0])) == "Interactiemomenten");
    CHECK(std::string(SituationTitle(s)) == "Huidige situatie");
    CHECK(app.StatusText == "Nieuwe kaart van het lege format");
}

TEST_CASE("Save proposes a name from the map's title", "[app][frictions]")
{
    FrictionApp h(Language::Dutch);
    AppState& app = h.App;
    NewFromBlankFormat(app);
    const std::string home = std::getenv("HOME") ? std::getenv("HOME") : ".";
    REQUIRE(SetDocumentText(app.Session.Doc, DocumentField::Title, "Hartfalen thuis: ontslag"));
    CommitEdit(app.Session);
    CHECK(SuggestedSaveAsPath(app) == home + "/Hartfalen thuis- ontslag.cjm.json");
    REQUIRE(SetDocumentText(app.Session.Doc, DocumentField::Title, ""));
    CHECK(SuggestedSaveAsPath(app) == home + "/kaart.cjm.json");
}

TEST_CASE("A newly opened map starts on its current situation", "[app][frictions]")
{
    FrictionApp h(Language::Dutch);
    AppState& app = h.App;
    REQUIRE(app.Session.Doc.Situations.size() == 2);
    app.MainView.SituationTabRequest = 1; // the facilitator looks at the desired situation
    for (int i = 0; i < 3; i++)
        BuildHeadlessFrame(app);
    REQUIRE(app.MainView.SituationIndex == 1);
    OpenExample(app); // another map (the worked example again, as "new from example" does)
    for (int i = 0; i < 3; i++)
        BuildHeadlessFrame(app);
    CHECK(app.MainView.SituationIndex == 0);
}

TEST_CASE("Soft breaks wrap a text and come out again exactly", "[app][frictions]")
{
    // A line is full at 10 bytes here (a stand-in for the font's measure).
    const WrapAt ten = [](const char* b, const char* e) {
        const char* limit = e - b > 10 ? b + 10 : e;
        if (limit == e)
            return e;
        const char* space = limit;
        while (space > b && *space != ' ')
            space--;
        return space > b ? space : limit;
    };
    const std::string text = "De verpleegkundige belt  binnen een dag\nTerug";
    const std::string shown = InsertSoftBreaks(text, ten);
    CHECK(shown == "De \r\nverpleegku\r\nndige belt  \r\nbinnen een \r\ndag\nTerug");
    CHECK(RemoveSoftBreaks(shown) == text);
    // The cursor after "belt  " is at the start of the next shown line.
    const int real = (int)text.find("binnen");
    CHECK(ShownIndex(shown, real) == (int)shown.find("binnen"));
    CHECK(RealIndex(shown, (int)shown.find("binnen")) == real);
    CHECK(RealIndex(shown, (int)shown.size()) == (int)text.size());
    // A word longer than a line is cut, and still comes back whole.
    const std::string word = "Hartfalenverpleegkundige";
    CHECK(RemoveSoftBreaks(InsertSoftBreaks(word, ten)) == word);
    // Windows line ends in a stored text are plain line ends in the box.
    CHECK(RemoveSoftBreaks(InsertSoftBreaks("a\r\nb", ten)) == "a\nb");
}

TEST_CASE("Step 1 and step 2 frame their part beside the panel, closing it shows the whole map", "[app][frictions]")
{
    FrictionApp h(Language::Dutch);
    AppState& app = h.App;
    NewFromBlankFormat(app);
    for (int i = 0; i < 3; i++)
        BuildHeadlessFrame(app);
    const struct
    {
        bool ViewState::*Open;
        MapPart Part;
        const char* Window;
    } steps[] = {{&ViewState::MapPanelOpen, MapPart::ScopeBand, "###map_panel"},
                 {&ViewState::PersonaPanelOpen, MapPart::PersonaCard, "###persona_panel"}};
    for (const auto& step : steps)
    {
        app.MainView.*step.Open = true; // as Method > Step 1 / Step 2 do
        FrameMapPart(app, step.Part);
        for (int i = 0; i < 3; i++)
            BuildHeadlessFrame(app);
        const ImGuiWindow* panel = ImGui::FindWindowByName(step.Window);
        REQUIRE(panel);
        const Rect panel_screen{{panel->Pos.x, panel->Pos.y}, {panel->Pos.x + panel->Size.x, panel->Pos.y + panel->Size.y}};
        const Rect part_screen = WorldToScreen(app.MainView.CanvasView, MapPartRect(app, step.Part));
        CHECK_FALSE(part_screen.Overlaps(panel_screen));
        CHECK(part_screen.Min.x >= app.MainView.CanvasRect.Min.x - 1.0f);
        CHECK(part_screen.Max.x <= app.MainView.CanvasRect.Max.x + 1.0f);
        CHECK(part_screen.Min.y >= app.MainView.CanvasRect.Min.y - 1.0f);
        CHECK(part_screen.Max.y <= app.MainView.CanvasRect.Max.y + 1.0f);
        CHECK(part_screen.Width() > 200.0f); // framed, not a speck

        app.MainView.*step.Open = false; // the panel's close button
        for (int i = 0; i < 3; i++)
            BuildHeadlessFrame(app);
        CHECK(app.MainView.ViewIsFit);
        const MapLayout layout = ComputeLayout(CurrentSituation(app));
        const Rect card = WorldToScreen(app.MainView.CanvasView, MapPartRect(app, MapPart::PersonaCard));
        CHECK(card.Min.x >= app.MainView.CanvasRect.Min.x - 1.0f); // the persona card is not cut off
        CHECK(WorldToScreen(app.MainView.CanvasView, layout.Map).Max.x <= app.MainView.CanvasRect.Max.x + 1.0f);
    }
}
