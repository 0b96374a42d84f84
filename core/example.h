// The two documents JourneyBoard ships: the blank CJM format and the worked example.
// The files in assets/maps/ are generated from these, so the code is the single source.
#pragma once
#include "journey.h"

// The blank CJM format: one current situation with the seven phases of the heart-failure
// pathway and the default lanes, no moments or notes, and one empty persona card (the persona format).
// dutch: phase names in Dutch (Klachten, Diagnose, ...), else in English.
Document MakeBlankDocument(bool dutch);

// The worked example of DOMAIN.md (persona Jan Bosman, current and desired situation), in Dutch:
// map content is the users' language, the English UI shows the same content.
Document MakeExampleDocument();
