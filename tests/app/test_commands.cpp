// The command table: every command speaks both languages, no two share a shortcut, the palette
// finds commands by Dutch and English letters, and a command does the same from its key, its
// menu row and the palette (real headless frames).
#include "app_test_helpers.h"

#include "commands/command_table.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

namespace
{
std::vector<std::string> Ids(const std::vector<const Command*>& commands)
{
    std::vector<std::string> ids;
    for (const Command* c : commands)
        ids.push_back(c->Id);
    return ids;
}
bool Has(const std::vector<const Command*>& commands, const std::string& id)
{
    for (const Command* c : commands)
        if (id == c->Id)
            return true;
    return false;
}
} // namespace

TEST_CASE("every command has a label, menu and help line in both languages", "[commands][i18n]")
{
    const CommandTable& table = AppCommands();
    REQUIRE(table.Rows.size() >= 30);
    std::set<std::string> ids;
    for (const Command& c : table.Rows)
    {
        INFO(c.Id);
        CHECK(ids.insert(c.Id).second); // ids are unique
        CHECK(HasString(c.LabelKey));
        CHECK(std::string(TrIn(Language::English, c.LabelKey)).size() > 0);
        CHECK(std::string(TrIn(Language::Dutch, c.LabelKey)).size() > 0);
        if (c.MenuKey)
            CHECK(HasString(c.MenuKey));
        if (c.HelpKey)
            CHECK(HasString(c.HelpKey));
        CHECK((c.Run != nullptr || c.ShowMenu != nullptr)); // every row does something
        // A shortcut nobody can read about is a shortcut nobody knows: keyed commands are in F1.
        if (c.Keys.IsSet())
            CHECK(c.Group != HelpGroup::None);
    }
}

TEST_CASE("no two commands share a shortcut", "[commands]")
{
    std::vector<std::pair<KeyChord, std::string>> seen;
    for (const Command& c : AppCommands().Rows)
        for (const KeyChord& chord : {c.Keys, c.AltKeys})
        {
            if (!chord.IsSet())
                continue;
            for (const auto& other : seen)
            {
                INFO(c.Id << " and " << other.second << " both use " << ShortcutText(chord));
                CHECK(!(other.first == chord));
            }
            seen.push_back({chord, c.Id});
        }
    CHECK(seen.size() >= 25);
}

TEST_CASE("the Edit menu comes after File and holds undo, the clipboard and the selection, as in every desktop app", "[commands]")
{
    const std::vector<const char*> menus = MenuKeys(AppCommands());
    REQUIRE(menus.size() >= 3);
    CHECK(std::string(menus[0]) == "menu.file");
    CHECK(std::string(menus[1]) == "menu.edit");
    CHECK(std::string(TrIn(Language::Dutch, "menu.edit")) == "Bewerken");
    for (const char* id : {"edit.undo", "edit.redo", "edit.cut", "edit.copy", "edit.paste", "canvas.duplicate", "canvas.delete", "canvas.select_all"})
    {
        INFO(id);
        const Command* c = FindCommand(AppCommands(), id);
        REQUIRE(c);
        REQUIRE(c->MenuKey);
        CHECK(std::string(c->MenuKey) == "menu.edit");
    }
}

TEST_CASE("shortcut texts read as the menus show them", "[commands]")
{
    CHECK(ShortcutText(*FindCommand(AppCommands(), "file.save_as")) == "Ctrl+Shift+S");
    CHECK(ShortcutText(*FindCommand(AppCommands(), "edit.redo")) == "Ctrl+Y, Ctrl+Shift+Z");
    CHECK(ShortcutText(*FindCommand(AppCommands(), "view.fit")) == "Shift+1");
    CHECK(ShortcutText(*FindCommand(AppCommands(), "view.help")) == "F1");
    CHECK(ShortcutText(*FindCommand(AppCommands(), "file.start_screen")).empty());
}

TEST_CASE("the palette's search finds commands by Dutch and by English letters", "[commands][palette]")
{
    const CommandTable& table = AppCommands();
    // English and Dutch words for the same command, whatever the UI language is.
    test::LanguageGuard language;
    for (Language ui : {Language::English, Language::Dutch})
    {
        SetLanguage(ui);
        CHECK(Ids(MatchCommands(table, "undo")).front() == "edit.undo");
        CHECK(Ids(MatchCommands(table, "ongedaan")).front() == "edit.undo");
        CHECK(Ids(MatchCommands(table, "save as")).front() == "file.save_as");
        CHECK(Ids(MatchCommands(table, "opslaan als")).front() == "file.save_as");
        CHECK(Ids(MatchCommands(table, "KNELPUNT")).front() == "canvas.new_pain_point");
        CHECK(Has(MatchCommands(table, "neder"), "language.dutch"));
        CHECK(Has(MatchCommands(table, "persona"), "method.persona_panel"));
    }
    // A word starting a label word ranks before the same letters inside a word.
    const std::vector<std::string> op = Ids(MatchCommands(table, "op"));
    REQUIRE(op.size() >= 2);
    CHECK((op.front() == "file.open" || op.front() == "file.save" || op.front() == "file.save_as" || op.front() == "canvas.new_opportunity" ||
           op.front() == "edit.redo"));
    // Letters in order anywhere: a few letters are enough.
    CHECK(Has(MatchCommands(table, "hkt"), "view.fit")); // "Hele KaarT tonen"
    // Nothing matches nonsense; an empty search lists every runnable command, no submenus.
    CHECK(MatchCommands(table, "xqzj").empty());
    const std::vector<const Command*> all = MatchCommands(table, "");
    CHECK(!Has(all, "file.recent"));
    CHECK(all.size() == table.Rows.size() - 1);
}

TEST_CASE("undo from its key, its menu row and the palette does the same, status included", "[commands][app]")
{
    test::HeadlessApp h;
    AppState& app = h.App;
    const size_t moments = app.Session.Doc.Situations[0].Moments.size();
    auto delete_first_moment = [&] {
        app.MainView.Selected.Clear();
        app.MainView.Selected.Moments.insert(app.Session.Doc.Situations[0].Moments[0].Id);
        test::PressKey(app, Key_Delete);
        REQUIRE(app.Session.Doc.Situations[0].Moments.size() == moments - 1);
        app.StatusText.clear();
    };

    delete_first_moment();
    test::PressKey(app, Key_Z, true); // the key
    CHECK(app.Session.Doc.Situations[0].Moments.size() == moments);
    CHECK(app.StatusText == "Undone: delete a moment"); // says what it undid (issue #12)

    delete_first_moment();
    CHECK(RunCommand(app, "edit.undo")); // what the menu row runs
    CHECK(app.Session.Doc.Situations[0].Moments.size() == moments);
    CHECK(app.StatusText == "Undone: delete a moment"); // says what it undid (issue #12)
    CHECK(!RunCommand(app, "edit.undo") == !CanUndo(app.Session.Undo)); // disabled when there is nothing to undo

    delete_first_moment();
    test::PressKey(app, Key_K, true); // the palette
    REQUIRE(app.MainView.Palette.Open);
    test::Type(app, "ongedaan");
    test::PressKey(app, Key_Enter);
    CHECK(!app.MainView.Palette.Open);
    CHECK(app.Session.Doc.Situations[0].Moments.size() == moments);
    CHECK(app.StatusText == "Undone: delete a moment"); // says what it undid (issue #12)
}

TEST_CASE("the palette runs what is typed in either language, Escape closes it without running", "[commands][palette][app]")
{
    test::HeadlessApp h(Language::Dutch);
    AppState& app = h.App;
    REQUIRE(app.MainView.InspectorVisible);

    // English words in the Dutch UI.
    test::PressKey(app, Key_K, true);
    REQUIRE(app.MainView.Palette.Open);
    CHECK(ImGui::GetIO().WantTextInput); // the search box has the keyboard: typed letters are not shortcuts
    test::Type(app, "inspector");
    test::PressKey(app, Key_Enter);
    CHECK(!app.MainView.Palette.Open);
    CHECK(!app.MainView.InspectorVisible);

    // Dutch words, the arrow moves the choice: "eigenschap" matches only the inspector.
    test::PressKey(app, Key_K, true);
    test::Type(app, "eigenschap");
    CHECK(MatchCommands(AppCommands(), app.MainView.Palette.Query).size() == 1);
    test::PressKey(app, Key_Enter);
    CHECK(app.MainView.InspectorVisible);

    // Letters typed into the palette are not shortcuts: N and O (key and character, as a real
    // keyboard gives them) make no notes.
    const size_t notes = app.Session.Doc.Situations[0].Notes.size();
    test::PressKey(app, Key_K, true);
    for (int key : {Key_N, Key_O})
    {
        ImGui::GetIO().KeysDown[key] = true;
        ImGui::GetIO().AddInputCharacter((unsigned)(key - Key_A + 'a'));
        test::Frames(app, 1);
        ImGui::GetIO().KeysDown[key] = false;
        test::Frames(app, 1);
    }
    CHECK(std::string(app.MainView.Palette.Query) == "no");
    CHECK(app.Session.Doc.Situations[0].Notes.size() == notes);
    test::PressKey(app, Key_Escape);
    CHECK(!app.MainView.Palette.Open);
    CHECK(app.MainView.InspectorVisible);
    CHECK(app.Session.Doc.Situations[0].Notes.size() == notes);
}
