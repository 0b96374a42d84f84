// The emotion curve: a smooth interpolation through the moment scores that never overshoots
// (monotone cubic, Fritsch-Carlson), so a curve between -1 and -2 never dips below -2.
#pragma once
#include "geom.h"

#include <vector>

// Appends samples of the curve through `points_world` (sorted by x, at least one point) to `out`.
// `step_x` is the largest x distance between samples; the points themselves are always included.
void SampleMonotoneCurve(const std::vector<Vec2>& points, float step_x, std::vector<Vec2>* out);

// Working memory of the sampler, kept by a caller that samples every frame so it allocates nothing.
struct CurveScratch
{
    std::vector<float> Secant, Tangent;
};
void SampleMonotoneCurve(const std::vector<Vec2>& points, float step_x, std::vector<Vec2>* out, CurveScratch* scratch);
