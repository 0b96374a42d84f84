#include "phase_name_fit.h"

#include <algorithm>

PhaseNameFit FitPhaseName(float size, float name_width, float width, float height, float text_scale)
{
    PhaseNameFit fit;
    fit.Size = size;
    if (name_width <= width || name_width <= 0.0f || width <= 0.0f)
        return fit;
    const float least = size * 0.6f;
    const float one_line_size = size * width / name_width;
    // Two lines of text take about 2.5 times the font size; they hold a name up to 1.8 widths
    // long (words do not fill a line to its end).
    const float two_line_size = std::min(size, height / (2.0f * 1.25f * std::max(0.01f, text_scale)));
    const bool two_lines_hold = name_width * two_line_size / size <= 1.8f * width;
    if (two_lines_hold && two_line_size > one_line_size && two_line_size >= least)
    {
        fit.Size = two_line_size;
        fit.Lines = 2;
    }
    else
        fit.Size = std::max(least, one_line_size);
    return fit;
}
