// The dialogs around files: errors, the desktop's file dialog (zenity) with the in-app path
// prompt as fallback (Open / Save As), the unsaved-changes guard, new maps and recent files.
#pragma once
#include "session/app_state.h"

void RequestSaveAs(AppState& app);
std::string SuggestedSaveAsPath(const AppState& app); // what Save As proposes (see file_dialogs.cpp)
void RequestOpen(AppState& app, const std::string& path = std::string()); // empty path: ask for one
void RequestQuit(AppState& app);
void RequestSave(AppState& app);
void RequestNew(AppState& app); // a blank map, after the unsaved-changes guard
void RequestNewExample(AppState& app); // the worked example, after the unsaved-changes guard
void ShowFileDialogs(AppState& app);
// The File menu's list of recently opened and saved maps.
void ShowRecentFilesMenu(AppState& app);
// Remembers `path` at the top of the recent files (and saves the settings in the real app).
void RememberRecentFile(AppState& app, const std::string& path);
// Remembers the UI language chosen in the menu for the next start.
void RememberLanguage(AppState& app);
