// A snapshot taken from the running app (F12 or the export dialog) without stalling the canvas:
// the picture is drawn a band of rows per frame on the app's GL context (progress in the status
// bar), then encoded and written on a worker thread. The job works on a copy of the document,
// so editing on while it runs changes nothing in the picture.
#pragma once
#include "session/app_state.h"
#include "export_options.h"

#include <string>

// Starts a snapshot with `settings` into `path`. The canvas view is taken from the app (for
// "what the canvas shows"). False, with the reason in the error dialog, when it cannot start.
bool StartSnapshot(AppState& app, const ExportSettings& settings, const std::string& path);
// F12: the whole map of the shown situation, with the export dialog's size, timestamped, into
// the snapshots folder beside the map (or the Pictures folder for an unsaved map).
bool RequestLiveSnapshot(AppState& app);
// Advances a running snapshot; call once a frame with the app's GL context current, outside
// the ImGui frame. Returns true while a snapshot is running (the loop should keep waking up).
bool StepSnapshot(AppState& app);
bool SnapshotRunning(const AppState& app);
// Waits for a running snapshot's file to be written (quitting the app, tests).
void FinishSnapshot(AppState& app);
