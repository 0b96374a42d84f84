// Ctrl+C / Ctrl+X / Ctrl+V of the selected moments and notes through the system clipboard
// (JSON text, see core/clipboard.h), so items travel within and between JourneyBoard windows.
#pragma once
#include "session/app_state.h"

bool CopySelection(AppState& app);       // false when nothing is selected
bool CutSelection(AppState& app);        // copy, then delete as one undo step
bool PasteFromClipboard(AppState& app);  // false (and a message) when the clipboard is not ours
