// Step 2 of the method: the persona format. Several personas per map; every field with its
// explanation, a photo from a PNG or JPEG file, the fictional / real-person marker; add, edit and
// delete, each one undo step.
#pragma once
#include "session/app_state.h"

void ShowPersonaPanel(AppState& app);
// Loads the photo at `path` into the persona (one undo step). On failure the persona is unchanged
// and *message says why, in the UI language; on success it says how large the stored photo is.
bool LoadPersonaPhoto(AppState& app, PersonaId id, const std::string& path, std::string* message);
