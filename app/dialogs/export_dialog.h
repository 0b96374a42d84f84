// The export dialog (File > Export picture, Ctrl+E): which situation, whole map or the current
// view, paper size and dpi or a scale of the screen, and the file; the pixel size is shown
// before exporting. The snapshot itself runs as a job (app/snapshot_job.h).
#pragma once
#include "session/app_state.h"

void ShowExportDialog(AppState& app);
