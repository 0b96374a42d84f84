// The rows of the command table: the File, Method, View and Language menus, and the keys that act
// on the canvas's selection. Order here is order in the menus and in the F1 overlay.
#include "commands/command_table.h"

#include "canvas/selection_actions.h"
#include "commands/clipboard_actions.h"
#include "commands/method_actions.h"
#include "dialogs/file_dialogs.h"
#include "dialogs/recovery_dialog.h"
#include "export/snapshot_job.h"
#include "input/keys.h"
#include "recovery.h"
#include "render/im_convert.h"
#include "text/change_text.h"
#include "text/i18n.h"

#include <imgui.h>

namespace
{
// Between gestures, with no in-place editor open: a drag computes from its start, so the document
// must not change under it.
bool CanvasIdle(const AppState& app)
{
    const CanvasState& c = app.MainView.Canvas;
    // The Compare view is read-only: nothing to add, select or delete there.
    return c.Mode == CanvasMode::None && !c.Editor.IsOpen() && !app.MainView.CompareShown;
}

// Cut, copy, duplicate and delete act on the selection: greyed in the menu without one.
bool HasSelection(const AppState& app) { return !app.MainView.Selected.Empty(); }
bool CanvasIdleWithSelection(const AppState& app) { return CanvasIdle(app) && HasSelection(app); }

void TogglePanel(AppState& app, bool ViewState::*open, MapPart part)
{
    app.MainView.*open = !(app.MainView.*open);
    if (app.MainView.*open)
        FrameMapPart(app, part);
}
} // namespace

void AddFileCommands(CommandTable& t)
{
    const char* menu = "menu.file";
    t.Add("file.new", "menu.new", [](AppState& app) { RequestNew(app); }).In(menu).Key(Ctrl(Key_N)).Help(HelpGroup::Files, "help.new");
    t.Add("file.new_example", "menu.new_example", [](AppState& app) { RequestNewExample(app); }).In(menu);
    t.Add("file.start_screen", "menu.start_screen", [](AppState& app) { app.MainView.StartScreenOpen = true; }).In(menu);
    t.Add("file.open", "menu.open", [](AppState& app) { RequestOpen(app); }).In(menu, true).Key(Ctrl(Key_O)).Help(HelpGroup::Files, "help.open");
    t.Add("file.recent", "menu.recent", nullptr).In(menu).ShowMenu = ShowRecentFilesMenu;
    t.Add("file.save", "menu.save", [](AppState& app) { RequestSave(app); }).In(menu).Key(Ctrl(Key_S)).Help(HelpGroup::Files, "help.save");
    t.Add("file.save_as", "menu.save_as", [](AppState& app) { RequestSaveAs(app); })
        .In(menu).Key(CtrlShift(Key_S)).Help(HelpGroup::Files, "help.save_as");
    t.Add("file.recover", "menu.recover", [](AppState& app) { OpenRecoveryDialog(app, RecoveryFolder(), false); }).In(menu);
    t.Add("file.export", "menu.export", [](AppState& app) { app.ExportDialogOpen = true; })
        .In(menu, true).Key(Ctrl(Key_E)).Help(HelpGroup::Files, "help.export");
    AddReportCommands(t);
    t.Add("file.snapshot", "menu.snapshot", [](AppState& app) { RequestLiveSnapshot(app); })
        .In(menu).Key(Plain(Key_F12)).When([](const AppState& app) { return !SnapshotRunning(app); }).Help(HelpGroup::View, "help.snapshot");
    t.Add("file.quit", "menu.quit", [](AppState& app) { RequestQuit(app); }).In(menu, true).Key(Ctrl(Key_Q)).Help(HelpGroup::Files, "help.quit");
}

void AddEditCommands(CommandTable& t)
{
    const char* menu = "menu.edit";
    // Undo and redo say what they did: "Undone: move 3 moments" / "Ongedaan: 3 momenten verplaatst".
    t.Add("edit.undo", "menu.undo", [](AppState& app) {
        ChangeLabel undone;
        if (UndoEdit(app, &undone))
            SetStatus(app, [undone] { return UndoneText(undone); });
    })
        .In(menu).Key(Ctrl(Key_Z)).Help(HelpGroup::Edit, "help.undo")
        .When([](const AppState& app) { return CanUndo(app.Session.Undo) && CanvasIdle(app); });
    t.Add("edit.redo", "menu.redo", [](AppState& app) {
        ChangeLabel redone;
        if (RedoEdit(app, &redone))
            SetStatus(app, [redone] { return RedoneText(redone); });
    })
        .In(menu).Key(Ctrl(Key_Y), CtrlShift(Key_Z)).Help(HelpGroup::Edit, "help.redo")
        .When([](const AppState& app) { return CanRedo(app.Session.Undo) && CanvasIdle(app); });
    t.Add("edit.cut", "help.cut", [](AppState& app) { CutSelection(app); })
        .In(menu, true).Key(Ctrl(Key_X)).When(CanvasIdleWithSelection).Help(HelpGroup::Edit);
    t.Add("edit.copy", "help.copy", [](AppState& app) { CopySelection(app); }).In(menu).Key(Ctrl(Key_C)).When(HasSelection).Help(HelpGroup::Edit);
    t.Add("edit.paste", "help.paste", [](AppState& app) { PasteFromClipboard(app); })
        .In(menu).Key(Ctrl(Key_V)).When([](const AppState& app) { return !app.MainView.CompareShown; }).Help(HelpGroup::Edit);
    t.Add("canvas.duplicate", "help.duplicate", [](AppState& app) { DuplicateSelection(app.Session, app.MainView); })
        .In(menu, true).Key(Ctrl(Key_D)).When(CanvasIdleWithSelection).Help(HelpGroup::Build);
    t.Add("canvas.delete", "help.delete", [](AppState& app) { DeleteSelection(app.Session, app.MainView); })
        .In(menu).Key(Plain(Key_Delete), Plain(Key_Backspace)).When(CanvasIdleWithSelection).Help(HelpGroup::Build);
    t.Add("canvas.select_all", "help.select_all", [](AppState& app) { SelectAll(app.Session, app.MainView); })
        .In(menu, true).Key(Ctrl(Key_A)).When(CanvasIdle).Help(HelpGroup::Build);
}

void AddMethodCommands(CommandTable& t)
{
    const char* menu = "menu.method";
    t.Add("method.guide", "menu.guide", [](AppState& app) { app.MainView.GuideOpen = !app.MainView.GuideOpen; })
        .In(menu).Check([](const AppState& app) { return app.MainView.GuideOpen; });
    t.Add("method.map_panel", "menu.map_panel", [](AppState& app) { TogglePanel(app, &ViewState::MapPanelOpen, MapPart::ScopeBand); })
        .In(menu, true).Check([](const AppState& app) { return app.MainView.MapPanelOpen; });
    t.Add("method.persona_panel", "menu.persona_panel", [](AppState& app) { TogglePanel(app, &ViewState::PersonaPanelOpen, MapPart::PersonaCard); })
        .In(menu).Check([](const AppState& app) { return app.MainView.PersonaPanelOpen; });
    t.Add("method.create_desired", "menu.create_desired", [](AppState& app) { CreateDesiredSituation(app); })
        .In(menu).When([](const AppState& app) { return app.Session.Doc.Situations.size() == 1; });
}

void AddViewCommands(CommandTable& t)
{
    const char* menu = "menu.view";
    t.Add("view.fit", "menu.fit", [](AppState& app) { app.MainView.FitRequested = true; }).In(menu).Key(Shift(Key_1)).Help(HelpGroup::View, "help.fit");
    t.Add("view.zoom_100", "menu.zoom_100", [](AppState& app) { app.MainView.ZoomResetRequested = true; })
        .In(menu).Key(Ctrl(Key_0)).Help(HelpGroup::View, "help.zoom_100");
    t.Add("view.fullscreen", "menu.fullscreen", [](AppState& app) { app.FullscreenToggleRequested = true; })
        .In(menu).Key(Plain(Key_F11)).Help(HelpGroup::View, "help.fullscreen");
    t.Add("view.inspector", "menu.inspector", [](AppState& app) { app.MainView.InspectorVisible = !app.MainView.InspectorVisible; })
        .In(menu, true).Key(Ctrl(Key_I)).Check([](const AppState& app) { return app.MainView.InspectorVisible; }).Help(HelpGroup::View, "help.inspector");
    t.Add("view.help", "menu.help", [](AppState& app) { app.MainView.HelpVisible = !app.MainView.HelpVisible; })
        .In(menu).Key(Plain(Key_F1)).Check([](const AppState& app) { return app.MainView.HelpVisible; }).Help(HelpGroup::View, "help.help");
    t.Add("view.palette", "menu.palette", [](AppState& app) { OpenCommandPalette(app.MainView); })
        .In(menu).Key(Ctrl(Key_K)).Help(HelpGroup::View, "help.palette");
    AddCompareCommands(t);
}

void AddLanguageCommands(CommandTable& t)
{
    const char* menu = "menu.language";
    t.Add("language.english", "menu.english", [](AppState& app) { ChooseLanguage(app, Language::English); })
        .In(menu).Check([](const AppState&) { return GetLanguage() == Language::English; });
    t.Add("language.dutch", "menu.dutch", [](AppState& app) { ChooseLanguage(app, Language::Dutch); })
        .In(menu).Check([](const AppState&) { return GetLanguage() == Language::Dutch; });
}

void AddSelectionCommands(CommandTable& t)
{
    t.Add("canvas.new_pain_point", "help.new_pain_point",
          [](AppState& app) { AddNoteAtMouse(app.Session, app.MainView, NoteKind::PainPoint, ToVec2(ImGui::GetIO().MousePos)); })
        .Key(Plain(Key_N)).When(CanvasIdle).Help(HelpGroup::Build);
    t.Add("canvas.new_opportunity", "help.new_opportunity",
          [](AppState& app) { AddNoteAtMouse(app.Session, app.MainView, NoteKind::Opportunity, ToVec2(ImGui::GetIO().MousePos)); })
        .Key(Plain(Key_O)).When(CanvasIdle).Help(HelpGroup::Build);
    t.Add("canvas.clear_selection", "cmd.clear_selection", [](AppState& app) {
              if (app.Session.Facilitate.Spotlight.IsSet()) // the spotlight goes first
                  app.Session.Facilitate.Spotlight = SpotlightTarget();
              else
                  app.MainView.Selected.Clear();
          })
        .Key(Plain(Key_Escape)).When(CanvasIdle).Help(HelpGroup::Build, "help.escape");
}
