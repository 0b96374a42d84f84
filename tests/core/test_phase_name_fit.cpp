// Phase names stay whole in their headers where they can: two lines on screen, a smaller size on
// paper (text scaled up), "…" only as a last resort.
#include "phase_name_fit.h"

#include <catch2/catch.hpp>

TEST_CASE("a phase name that fits its header keeps its size and one line", "[layout][phase]")
{
    const PhaseNameFit fit = FitPhaseName(28.0f, 150.0f, 200.0f, 78.0f, 1.0f);
    CHECK(fit.Size == 28.0f);
    CHECK(fit.Lines == 1);
}

TEST_CASE("on screen a phase name too wide for its header goes on two lines at full size", "[layout][phase]")
{
    // "Stable and last phase of life" in a one-moment phase: about 1.4 widths long.
    const PhaseNameFit fit = FitPhaseName(28.0f, 280.0f, 200.0f, 78.0f, 1.0f);
    CHECK(fit.Size == 28.0f);
    CHECK(fit.Lines == 2);
}

TEST_CASE("on paper, where two lines do not fit the header's height, the name is set smaller", "[layout][phase]")
{
    // Text scale 1.5: two lines of 28 would need 105 units of a 78 unit header.
    const PhaseNameFit slightly = FitPhaseName(28.0f, 220.0f, 200.0f, 78.0f, 1.5f);
    CHECK(slightly.Lines == 1);
    CHECK(slightly.Size == Approx(28.0f * 200.0f / 220.0f));
    // Much too wide: two smaller lines keep it larger than one line would.
    const PhaseNameFit much = FitPhaseName(28.0f, 340.0f, 200.0f, 78.0f, 1.5f);
    CHECK(much.Lines == 2);
    CHECK(much.Size == Approx(78.0f / (2.0f * 1.25f * 1.5f)));
    CHECK(much.Size > 28.0f * 200.0f / 340.0f);
}

TEST_CASE("a phase name that fits neither way is set at 60 % and ends in an ellipsis", "[layout][phase]")
{
    const PhaseNameFit fit = FitPhaseName(28.0f, 900.0f, 200.0f, 78.0f, 1.5f);
    CHECK(fit.Lines == 1);
    CHECK(fit.Size == Approx(28.0f * 0.6f));
}
