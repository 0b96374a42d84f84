// Autosave: while there are unsaved changes, every Settings.AutosaveSeconds (JB_AUTOSAVE_SECONDS
// overrides it, for tests) and when the window loses focus, the document is written into the
// recovery folder (core/recovery.h). Serializing happens on the main thread (a few ms for a
// workshop map); writing, syncing and pruning on a worker thread, so the canvas never waits for
// the disk. A clean close removes the document's autosaves; a crash leaves them for the
// recovery dialog.
#pragma once
#include "session/app_state.h"

#include <string>

// Starts the session's worker (it stops when the session goes, writing what it has). interval_seconds <= 0 turns the timer off (focus loss still autosaves).
// wake (may be null) is called from the worker after each write, to wake a sleeping event loop.
void AutosaveBegin(AppState& app, int interval_seconds, const std::string& folder, void (*wake)() = nullptr);

// Once per loop iteration: notices a replaced document (the old one was closed cleanly: its
// autosaves go), a saved one (its autosaves go, the file holds the work), and autosaves when due
// or when focus_lost. Reports the worker's results in the status bar.
void AutosaveTick(AppState& app, double now_seconds, bool focus_lost);

// Seconds until the next autosave is due (for glfwWaitEventsTimeout), or a negative number when
// none is pending.
double AutosaveSecondsUntilDue(const AppState& app, double now_seconds);

// The document just restored from `key` continues that set (its versions stay until it is saved
// or closed); later autosaves are numbered after its newest version.
void AutosaveAdopt(const AppState& app, const std::string& key);

// Waits for the worker to finish what it has. clean: the user closed the app knowingly, so this
// document's autosaves are removed.
void AutosaveEnd(AppState& app, bool clean);

// For tests: blocks until the worker has written everything submitted so far.
void AutosaveFlushForTesting(const AppState& app);
std::string AutosaveCurrentKey(const AppState& app);
