// A generated map far bigger than any workshop makes: the benchmark measures with it and
// `journeyboard_bench --write-stress FILE` writes it so anyone can open it in the app.
#pragma once
#include "journey.h"

struct StressMapSize
{
    int Phases = 12;
    int Moments = 5000; // spread evenly over the phases, both experience curves scored
    int Notes = 10000;  // pain points and opportunities with text; a few free, the rest attached
};

// Deterministic: the same size always gives the same document (ids, texts, scores).
Document MakeStressDocument(const StressMapSize& size = StressMapSize());
