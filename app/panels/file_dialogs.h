// The dialogs around files: errors, the in-app path prompt (Open / Save As) and the
// unsaved-changes guard.
#pragma once
#include "app_state.h"

void RequestSaveAs(AppState& app);
void RequestOpen(AppState& app, const std::string& path = std::string()); // empty path: ask for one
void RequestQuit(AppState& app);
void RequestSave(AppState& app);
void ShowFileDialogs(AppState& app);
