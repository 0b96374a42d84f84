// The recovery dialog: after a crash (or a kill, or a power cut) it lists the work the autosave
// kept (map name, time, counts) and restores the chosen version as an unsaved document.
// Declining keeps the files for later: File > Recover autosaved work opens it again.
#pragma once
#include "session/app_state.h"
#include "recovery.h"

#include <string>

// Scans `folder` for work left by a JourneyBoard that is not running any more. at_start: open
// only when there is something to offer (from the menu it opens anyway, saying so).
void OpenRecoveryDialog(AppState& app, const std::string& folder, bool at_start);
void ShowRecoveryDialog(AppState& app);
bool RecoveryDialogIsOpen(const AppState& app);

// Restores one version into the app: its content, unsaved, under the map's own path and name,
// continuing the autosave set. false (with the error dialog) when the file cannot be read.
bool RestoreRecoveryVersion(AppState& app, const RecoverySet& set, const RecoveryVersion& version);

// One version's line in the list: its time and counts (singular for one), or why it cannot be
// restored, or its size when it has no summary.
std::string RecoveryVersionLine(const RecoveryVersion& version);
