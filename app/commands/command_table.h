// Every command of the app in one table: its id, its label in both languages (a string table
// key), its shortcut, when it is enabled and what it does. The menu bar, the keyboard, the F1
// overlay and the command palette (Ctrl+K) are all made from this table, so they cannot disagree.
//
// Adding a command is adding a row: write a function that adds your rows (see AddFileCommands in
// commands/app_commands.cpp for the pattern), call it from BuildCommandTable, and give the labels
// both languages in text/i18n.cpp. The tests check every row has both languages and that no two
// rows share a shortcut.
#pragma once
#include "session/app_state.h"

#include <string>
#include <vector>

// A key with the modifiers that must be held (exactly: Ctrl+S is not Ctrl+Shift+S).
struct KeyChord
{
    int Key = 0; // input/keys.h; 0: none
    bool Ctrl = false;
    bool Shift = false;
    bool IsSet() const { return Key != 0; }
    bool operator==(const KeyChord& o) const { return Key == o.Key && Ctrl == o.Ctrl && Shift == o.Shift; }
};
inline KeyChord Plain(int key) { return {key, false, false}; }
inline KeyChord Ctrl(int key) { return {key, true, false}; }
inline KeyChord CtrlShift(int key) { return {key, true, true}; }
inline KeyChord Shift(int key) { return {key, false, true}; }

// The F1 overlay's groups, in the order a facilitator meets them.
enum class HelpGroup
{
    None, // not listed
    View,
    Build,
    Edit,
    Files,
};

struct Command
{
    const char* Id = "";        // stable name ("file.save"): tests and code run commands by it
    const char* LabelKey = "";  // string table key: the menu item and the palette's line
    void (*Run)(AppState& app) = nullptr;
    const char* MenuKey = nullptr; // string table key of the menu it is in; nullptr: keys and palette only
    bool SeparatorBefore = false;  // in its menu
    KeyChord Keys;              // shown in the menu, the overlay and the palette
    KeyChord AltKeys;           // a second shortcut for the same command
    bool (*Enabled)(const AppState& app) = nullptr; // nullptr: always; checked for menus, keys and the palette alike
    bool (*Checked)(const AppState& app) = nullptr; // a toggle's check mark in the menu
    void (*ShowMenu)(AppState& app) = nullptr;      // a submenu its owner draws (recent maps) instead of an item
    HelpGroup Group = HelpGroup::None;
    const char* HelpKey = nullptr; // the overlay's line; nullptr: the label

    // Chained setters keep the rows short: Add(...).In("menu.file").Key(Ctrl(Key_S)).Help(...)
    Command& In(const char* menu_key, bool separator_before = false) { MenuKey = menu_key, SeparatorBefore = separator_before; return *this; }
    Command& Key(KeyChord keys, KeyChord alt = KeyChord()) { Keys = keys, AltKeys = alt; return *this; }
    Command& When(bool (*enabled)(const AppState&)) { Enabled = enabled; return *this; }
    Command& Check(bool (*checked)(const AppState&)) { Checked = checked; return *this; }
    Command& Help(HelpGroup group, const char* help_key = nullptr) { Group = group, HelpKey = help_key; return *this; }
};

struct CommandTable
{
    std::vector<Command> Rows;
    Command& Add(const char* id, const char* label_key, void (*run)(AppState&));
};

// The app's commands, built once.
const CommandTable& AppCommands();
CommandTable BuildCommandTable();
// Row builders, one per area (commands/app_commands.cpp).
void AddFileCommands(CommandTable& table);
void AddEditCommands(CommandTable& table);
void AddMethodCommands(CommandTable& table);
void AddViewCommands(CommandTable& table);
void AddLanguageCommands(CommandTable& table);
void AddInviteCommands(CommandTable& table); // invite/invite_commands.cpp: participants' phones
void AddSelectionCommands(CommandTable& table);
void AddFacilitateCommands(CommandTable& table); // commands/facilitate_commands.cpp
void AddPresentCommands(CommandTable& table); // present/present_commands.cpp
// commands/report_commands.cpp: File > Workshop report; View > Compare and the gap shading.
void AddReportCommands(CommandTable& table);
void AddCompareCommands(CommandTable& table);

const Command* FindCommand(const CommandTable& table, const std::string& id);
bool CommandEnabled(const Command& command, const AppState& app);
// Runs the command when it is enabled; false when it is not (or has nothing to run).
bool RunCommand(const Command& command, AppState& app);
bool RunCommand(AppState& app, const std::string& id);

// "Ctrl+Shift+S"; both shortcuts as "Ctrl+Y, Ctrl+Shift+Z"; empty without one.
std::string ShortcutText(const KeyChord& keys);
std::string ShortcutText(const Command& command);
// The menus in the menu bar, in order (string table keys).
std::vector<const char*> MenuKeys(const CommandTable& table);

// The palette's search: rows whose English or Dutch label contains every word of `query`
// (ignoring case), best first: a word starting a label word before one inside a word, then letters
// in order anywhere (so "svas" finds "Save As"). Rows without a Run function are left out.
std::vector<const Command*> MatchCommands(const CommandTable& table, const std::string& query);
