// How a phase name is set in its header: at full size on one line when it fits; else smaller on
// one line or on two lines, whichever keeps it larger (never below 60 %); only a name that fits
// neither way ends in "…". Pure arithmetic on measured widths, so screen, projector and print
// decide alike.
#pragma once

struct PhaseNameFit
{
    float Size = 0.0f; // world font size (before the text scale)
    int Lines = 1;
};

// `size`: the name's full world size; `name_width`: its one-line width at that size (world,
// text scale included); `width`, `height`: the header's room for it (world); `text_scale`: the
// map's text scale.
PhaseNameFit FitPhaseName(float size, float name_width, float width, float height, float text_scale);
