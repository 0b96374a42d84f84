// The inspector, the clipboard shortcuts, the help overlay and new maps, in real headless
// frames of the app driven through ImGui's input (mouse position, buttons, keys).
#include "app_test_helpers.h"
#include "edit.h"
#include "example.h"
#include "host/headless.h"
#include "text/i18n.h"
#include "input/keys.h"
#include "panels/inspector.h"
#include "actors.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <unistd.h>

using test::Frames;
using test::HeadlessApp;
using test::PressKey;

namespace
{
ImGuiWindow* WindowNamed(const char* part)
{
    ImGuiContext& g = *GImGui;
    for (ImGuiWindow* w : g.Windows)
        if (w->Active && std::strstr(w->Name, part))
            return w;
    return nullptr;
}

// Selects the moment and draws a frame: the inspector window that shows it (null when none).
ImGuiWindow* InspectMoment(AppState& app, MomentId id)
{
    app.MainView.Selected.Moments.insert(id);
    Frames(app);
    return WindowNamed("##inspector");
}

// Moves the mouse down the middle of `window` until the item `id` is hovered; false if never.
// Moves the mouse over a grid of points in `rect` until the item `id` is hovered.
bool HoverItemIn(AppState& app, ImRect rect, ImGuiID id)
{
    ImGuiIO& io = ImGui::GetIO();
    for (float y = rect.Min.y + 2.0f; y < rect.Max.y; y += 6.0f)
        for (float x = rect.Min.x + 2.0f; x < rect.Max.x; x += 10.0f)
        {
            io.MousePos = ImVec2(x, y);
            BuildHeadlessFrame(app);
            if (GImGui->HoveredId == id)
                return true;
        }
    return false;
}

bool HoverItem(AppState& app, ImGuiWindow* window, ImGuiID id)
{
    ImGuiIO& io = ImGui::GetIO();
    const float x = window->Rect().GetCenter().x;
    for (float y = window->Rect().Min.y + 2.0f; y < window->Rect().Max.y; y += 4.0f)
    {
        io.MousePos = ImVec2(x, y);
        Frames(app, 1);
        if (GImGui->HoveredId == id)
            return true;
    }
    return false;
}

void Click(AppState& app)
{
    ImGuiIO& io = ImGui::GetIO();
    io.MouseDown[0] = true;
    Frames(app, 1);
    io.MouseDown[0] = false;
    Frames(app, 2);
}

} // namespace

TEST_CASE("the inspector changes a moment's type through its combo, as one undo step", "[app][inspector]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const MomentId id = app.Session.Doc.Situations[0].Moments[0].Id;
    REQUIRE(app.Session.Doc.Situations[0].Moments[0].Type == InteractionType::FaceToFace);
    app.MainView.Selected.Moments.insert(id);
    Frames(app);
    // The canvas got narrower for the panel.
    CHECK(app.MainView.CanvasRect.Width() < 1920.0f - 300.0f);

    ImGuiWindow* panel = WindowNamed("##inspector");
    REQUIRE(panel);
    REQUIRE(HoverItem(app, panel, ImHashStr("##type", 0, panel->ID)));
    Click(app);
    ImGuiWindow* popup = WindowNamed("##Combo_");
    REQUIRE(popup);
    REQUIRE(HoverItem(app, popup, ImHashStr(InteractionTypeName(InteractionType::Phone), 0, popup->ID)));
    const size_t steps_before = app.Session.Undo.Undo.size();
    Click(app);

    CHECK(FindMoment(app.Session.Doc.Situations[0], id)->Type == InteractionType::Phone);
    CHECK(app.Session.Undo.Undo.size() == steps_before + 1);
    CHECK(app.Session.Dirty);
    REQUIRE(UndoEdit(app));
    CHECK(FindMoment(app.Session.Doc.Situations[0], id)->Type == InteractionType::FaceToFace);
    CHECK(app.Session.Undo.Undo.size() == steps_before);
}

TEST_CASE("the inspector edits a title live and records one step when the field is left", "[app][inspector]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const MomentId id = app.Session.Doc.Situations[0].Moments[1].Id;
    const std::string old_title = FindMoment(app.Session.Doc.Situations[0], id)->Title;
    ImGuiWindow* panel = InspectMoment(app, id);
    REQUIRE(panel);
    // The title field sits under PushID((int)MomentField::Title); until clicked it shows its
    // text wrapped in a "##view" button, then the editor takes the keyboard.
    int field = (int)MomentField::Title;
    const ImGuiID seed = ImHashData(&field, sizeof(int), panel->ID);
    const ImGuiID text_id = ImHashStr("##text", 0, seed);
    REQUIRE(HoverItem(app, panel, ImHashStr("##view", 0, text_id)));
    Click(app);
    Frames(app, 2);
    REQUIRE(ImGui::GetIO().WantTextInput);
    CHECK(GImGui->ActiveId == text_id);
    const size_t steps_before = app.Session.Undo.Undo.size();
    ImGuiIO& io = ImGui::GetIO();
    for (const char* c = "Belafspraak"; *c; c++)
    {
        io.AddInputCharacter((unsigned)*c);
        Frames(app, 1);
    }
    // Live on the map while typing, not yet an undo step.
    const std::string typed = FindMoment(app.Session.Doc.Situations[0], id)->Title;
    CHECK(typed.find("Belafspraak") != std::string::npos);
    CHECK(typed.size() == old_title.size() + std::strlen("Belafspraak"));
    CHECK(app.Session.Undo.Undo.size() == steps_before);
    // Click on the canvas: the field is left, one step is recorded.
    io.MousePos = ImVec2(app.MainView.CanvasRect.Min.x + 5.0f, app.MainView.CanvasRect.Max.y - 5.0f);
    Click(app);
    CHECK_FALSE(io.WantTextInput);
    CHECK(app.Session.Undo.Undo.size() == steps_before + 1);
    REQUIRE(UndoEdit(app));
    CHECK(FindMoment(app.Session.Doc.Situations[0], id)->Title == old_title);
}

TEST_CASE("Ctrl+C and Ctrl+V copy the selection and paste it selected, as one undo step", "[app][clipboard]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const Situation& s = app.Session.Doc.Situations[0];
    const size_t moments = s.Moments.size(), notes = s.Notes.size();
    const MomentId id = s.Moments[10].Id;
    int attached = 0;
    for (const Note& n : s.Notes)
        attached += n.Moment == id ? 1 : 0;
    app.MainView.Selected.Moments.insert(id);
    ImGui::GetIO().MousePos = ImVec2(-1.0f, -1.0f);
    PressKey(app, Key_C, true);
    const std::string clip = ImGui::GetClipboardText();
    CHECK(clip.find("journeyboard_clipboard") != std::string::npos);
    const size_t steps_before = app.Session.Undo.Undo.size();
    PressKey(app, Key_V, true);
    CHECK(app.Session.Doc.Situations[0].Moments.size() == moments + 1);
    CHECK(app.Session.Doc.Situations[0].Notes.size() == notes + attached);
    CHECK(app.Session.Undo.Undo.size() == steps_before + 1);
    // The pasted copy is selected, not the original.
    REQUIRE(app.MainView.Selected.Moments.size() == 1);
    CHECK(*app.MainView.Selected.Moments.begin() != id);
    CHECK((int)app.MainView.Selected.Notes.size() == attached);
    // Cut removes the copy again, as one more step.
    PressKey(app, Key_X, true);
    CHECK(app.Session.Doc.Situations[0].Moments.size() == moments);
    CHECK(app.Session.Doc.Situations[0].Notes.size() == notes);
    CHECK(app.Session.Undo.Undo.size() == steps_before + 2);
    CHECK(app.MainView.Selected.Empty());
}

TEST_CASE("pasting plain text is refused with a message in the UI language", "[app][clipboard]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const size_t moments = app.Session.Doc.Situations[0].Moments.size();
    ImGui::SetClipboardText("Knelpunt: te veel meldingen");
    SetLanguage(Language::Dutch);
    PressKey(app, Key_V, true);
    CHECK(app.Session.Doc.Situations[0].Moments.size() == moments);
    CHECK(app.ErrorText.find("klembord") != std::string::npos);
    CHECK_FALSE(app.Session.Dirty);
    SetLanguage(Language::English);
}

TEST_CASE("F1 shows the shortcut overlay and Escape closes it, Ctrl+I hides the inspector", "[app][help]")
{
    HeadlessApp h;
    AppState& app = h.App;
    CHECK_FALSE(app.MainView.HelpVisible);
    const int vertices_without = BuildHeadlessFrame(app);
    PressKey(app, Key_F1);
    CHECK(app.MainView.HelpVisible);
    CHECK(WindowNamed("##help") != nullptr);
    CHECK(BuildHeadlessFrame(app) > vertices_without);
    PressKey(app, Key_Escape);
    CHECK_FALSE(app.MainView.HelpVisible);
    PressKey(app, Key_F1);
    PressKey(app, Key_F1);
    CHECK_FALSE(app.MainView.HelpVisible);

    const float narrow = app.MainView.CanvasRect.Width();
    PressKey(app, Key_I, true);
    Frames(app);
    CHECK_FALSE(app.MainView.InspectorVisible);
    CHECK(app.MainView.CanvasRect.Width() > narrow + 300.0f);
}

TEST_CASE("Ctrl+N asks about unsaved changes, then starts a blank map", "[app][files]")
{
    HeadlessApp h;
    AppState& app = h.App;
    // A change: the guard must ask first.
    REQUIRE(SetMomentText(app.Session.Doc, 0, app.Session.Doc.Situations[0].Moments[0].Id, MomentField::Title, "Gewijzigd"));
    CommitEdit(app.Session);
    PressKey(app, Key_N, true);
    Frames(app);
    CHECK(app.UnsavedDialogOpen);
    CHECK(app.Session.Doc.Situations[0].Moments.size() > 0);
    ImGuiWindow* dialog = WindowNamed("##unsaved");
    REQUIRE(dialog);
    REQUIRE(HoverItemIn(app, dialog->Rect(), ImHashStr(Tr("dialog.discard"), 0, dialog->ID)));
    Click(app);
    CHECK(app.Session.Doc.Situations[0].Moments.empty());
    CHECK(app.Session.Doc.Situations[0].Phases.size() == MakeBlankDocument(false).Situations[0].Phases.size());
    CHECK(app.Session.Doc.Situations[0].Phases[0].Name == MakeBlankDocument(false).Situations[0].Phases[0].Name);
    CHECK(app.Session.Path.empty());
    CHECK_FALSE(app.Session.Dirty);
    CHECK_FALSE(CanUndo(app.Session.Undo));
}

TEST_CASE("saved and opened maps go on the recent list, a missing one is dropped with a message", "[app][files]")
{
    HeadlessApp h;
    AppState& app = h.App;
    char folder[] = "/tmp/jb-recent-XXXXXX";
    REQUIRE(mkdtemp(folder));
    const std::string first = std::string(folder) + "/eerste.cjm.json", second = std::string(folder) + "/tweede.cjm.json";
    REQUIRE(SaveDocumentAs(app, first));
    REQUIRE(SaveDocumentAs(app, second));
    REQUIRE(OpenDocumentFile(app, first));
    REQUIRE(app.Prefs.RecentFiles.size() == 2);
    CHECK(app.Prefs.RecentFiles[0] == first);
    CHECK(app.Prefs.RecentFiles[1] == second);
    std::remove(second.c_str());

    // File > Recent maps > tweede.cjm.json
    Frames(app);
    ImGuiWindow* main_window = WindowNamed("##journeyboard");
    REQUIRE(main_window);
    const ImGuiID menubar = ImHashStr("##menubar", 0, main_window->ID);
    REQUIRE(HoverItemIn(app, ImRect(0, 0, 300, 30), ImHashStr(Tr("menu.file"), 0, menubar)));
    Click(app);
    ImGuiWindow* file_menu = WindowNamed("##Menu_00");
    REQUIRE(file_menu);
    REQUIRE(HoverItem(app, file_menu, ImHashStr(Tr("menu.recent"), 0, file_menu->ID)));
    Frames(app, 3);
    ImGuiWindow* recent_menu = WindowNamed("##Menu_01");
    REQUIRE(recent_menu);
    const ImGuiID item_seed = ImHashStr(second.c_str(), 0, recent_menu->ID);
    REQUIRE(HoverItem(app, recent_menu, ImHashStr("tweede.cjm.json", 0, item_seed)));
    Click(app);
    CHECK(app.ErrorText.find("tweede.cjm.json") != std::string::npos);
    CHECK(app.ErrorText.find("no longer there") != std::string::npos);
    REQUIRE(app.Prefs.RecentFiles.size() == 1);
    CHECK(app.Prefs.RecentFiles[0] == first);
    CHECK(app.Session.Path == first); // the map that was open stays open
    std::remove(first.c_str());
    std::remove((first + ".bak").c_str());
    std::remove((second + ".bak").c_str());
    rmdir(folder);
}

TEST_CASE("with several moments selected the inspector sets what they share, in one step", "[app][inspector]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const Situation& s = app.Session.Doc.Situations[0];
    // Moments 1 and 4 of the example: one has the cardiologist among its actors, one not.
    const MomentId a = s.Moments[0].Id, b = s.Moments[3].Id;
    app.MainView.Selected.Moments = {a, b};
    Frames(app);
    ImGuiWindow* panel = WindowNamed("##inspector");
    REQUIRE(panel);
    int cardiologist = -1;
    for (int i = 0; i < StandardActorCount(); i++)
        if (std::string(StandardActorName(i, false)) == "cardiologist")
            cardiologist = i;
    REQUIRE(cardiologist >= 0);
    const ImGuiID seed = ImHashData(&cardiologist, sizeof(int), panel->ID);
    REQUIRE(HoverItemIn(app, panel->Rect(), ImHashStr("cardiologist", 0, seed)));
    const size_t steps_before = app.Session.Undo.Undo.size();
    Click(app);
    auto has = [&](MomentId id) {
        const Moment* m = FindMoment(app.Session.Doc.Situations[0], id);
        return std::count(m->Actors.begin(), m->Actors.end(), std::string("cardioloog")) +
               std::count(m->Actors.begin(), m->Actors.end(), std::string("cardiologist"));
    };
    // Mixed before: a click gives both the actor, once each.
    CHECK(has(a) == 1);
    CHECK(has(b) == 1);
    CHECK(app.Session.Undo.Undo.size() == steps_before + 1);
    Click(app); // and a second click takes it off both
    CHECK(has(a) == 0);
    CHECK(has(b) == 0);
    CHECK(app.Session.Undo.Undo.size() == steps_before + 2);
    // Everything else stayed.
    CHECK(FindMoment(app.Session.Doc.Situations[0], a)->Title == s.Moments[0].Title);
}

TEST_CASE("the inspector's score slider snaps to half steps and records one step on release", "[app][inspector]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const MomentId id = app.Session.Doc.Situations[0].Moments[4].Id;
    ImGuiWindow* panel = InspectMoment(app, id);
    REQUIRE(panel);
    const ImGuiID seed = ImHashStr("patient_score", 0, panel->ID);
    REQUIRE(HoverItemIn(app, panel->Rect(), ImHashStr("##score", 0, seed)));
    ImGuiIO& io = ImGui::GetIO();
    const size_t steps_before = app.Session.Undo.Undo.size();
    // Drag to the far right end: +2, through a few frames, then release.
    io.MouseDown[0] = true;
    Frames(app, 1);
    const float y = io.MousePos.y;
    for (float x = io.MousePos.x; x < panel->Rect().Max.x; x += 40.0f)
    {
        io.MousePos = ImVec2(x, y);
        Frames(app, 1);
        CHECK(app.Session.Undo.Undo.size() == steps_before); // nothing recorded while dragging
    }
    io.MousePos = ImVec2(panel->Rect().Max.x - 2.0f, y);
    Frames(app, 1);
    io.MouseDown[0] = false;
    Frames(app, 2);
    const std::optional<float> score = FindMoment(app.Session.Doc.Situations[0], id)->Patient.Score;
    CHECK(score == 2.0f);
    CHECK(app.Session.Undo.Undo.size() == steps_before + 1);
}

TEST_CASE("the inspector clears a score back to not scored, in one undo step", "[app][inspector]")
{
    HeadlessApp h;
    AppState& app = h.App;
    const MomentId id = app.Session.Doc.Situations[0].Moments[3].Id;
    REQUIRE(FindMoment(app.Session.Doc.Situations[0], id)->Professional.Score.has_value());
    ImGuiWindow* panel = InspectMoment(app, id);
    REQUIRE(panel);
    const ImGuiID seed = ImHashStr("professional_score", 0, panel->ID);
    REQUIRE(HoverItemIn(app, panel->Rect(), ImHashStr(Tr("inspector.clear_score"), 0, seed)));
    const size_t steps_before = app.Session.Undo.Undo.size();
    Click(app);
    Frames(app, 2);
    const Moment* m = FindMoment(app.Session.Doc.Situations[0], id);
    CHECK_FALSE(m->Professional.Score.has_value());
    CHECK(m->Patient.Score.has_value()); // the other curve keeps its score
    CHECK(app.Session.Undo.Undo.size() == steps_before + 1);
    // Not scored, the button is gone: nothing left to clear.
    CHECK_FALSE(HoverItemIn(app, panel->Rect(), ImHashStr(Tr("inspector.clear_score"), 0, seed)));
    REQUIRE(UndoEdit(app));
    CHECK(FindMoment(app.Session.Doc.Situations[0], id)->Professional.Score.has_value());
}

TEST_CASE("typing in the inspector and cancelling with Escape leaves no undo step", "[app][inspector]")
{
    HeadlessApp h;
    AppState& app = h.App;
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Escape] = Key_Escape; // as the GLFW backend maps it
    const MomentId id = app.Session.Doc.Situations[0].Moments[2].Id;
    const std::string old_channel = FindMoment(app.Session.Doc.Situations[0], id)->Channel;
    ImGuiWindow* panel = InspectMoment(app, id);
    REQUIRE(panel);
    int field = (int)MomentField::Channel;
    REQUIRE(HoverItem(app, panel, ImHashStr("##text", 0, ImHashData(&field, sizeof(int), panel->ID))));
    Click(app);
    REQUIRE(io.WantTextInput);
    const size_t steps_before = app.Session.Undo.Undo.size();
    for (const char* c = "xyz"; *c; c++)
    {
        io.AddInputCharacter((unsigned)*c);
        Frames(app, 1);
    }
    CHECK(FindMoment(app.Session.Doc.Situations[0], id)->Channel != old_channel);
    PressKey(app, Key_Escape);
    Frames(app, 2);
    CHECK_FALSE(io.WantTextInput);
    CHECK(FindMoment(app.Session.Doc.Situations[0], id)->Channel == old_channel);
    CHECK(app.Session.Undo.Undo.size() == steps_before);
}
