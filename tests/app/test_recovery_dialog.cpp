// The recovery dialog's lines (issue #11): counts are singular for one, in both languages, and a
// version without a summary shows its size instead of counts it does not know.
#include "dialogs/recovery_dialog.h"
#include "text/i18n.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("recovery dialog lines say 1 pain point, 2 pain points", "[recovery][i18n]")
{
    const Language before = GetLanguage();
    RecoveryVersion v;
    v.Loads = v.Summarized = true;
    v.Counts.Situations = 1;
    v.Counts.Phases = 2;
    v.Counts.Moments = 1;
    v.Counts.PainPoints = 1;
    v.Counts.Opportunities = 3;
    SetLanguage(Language::English);
    std::string line = RecoveryVersionLine(v);
    CHECK(line.find("   1 situation, 2 phases, 1 moment, 1 pain point, 3 opportunities") != std::string::npos);
    SetLanguage(Language::Dutch);
    line = RecoveryVersionLine(v);
    CHECK(line.find("   1 situatie, 2 fasen, 1 moment, 1 knelpunt, 3 kansen") != std::string::npos);

    v.Counts.Opportunities = 1;
    v.Counts.PainPoints = 0;
    SetLanguage(Language::English);
    line = RecoveryVersionLine(v);
    CHECK(line.find("0 pain points, 1 opportunity") != std::string::npos);

    v.Summarized = false; // written without a summary: the size, counts come when restored
    v.Bytes = 61500000;
    line = RecoveryVersionLine(v);
    CHECK(line.find("61.5 MB") != std::string::npos);
    CHECK(line.find("pain point") == std::string::npos);

    v.Loads = false;
    line = RecoveryVersionLine(v);
    CHECK(line.find("cannot be read") != std::string::npos);
    SetLanguage(before);
}
