// The comparison of the desired situation with the current one: which desired moment came from
// which current moment (Moment::Origin), what changed in the experience scores, what is new and
// what was dropped, and the average change per phase. Pure data; the Compare view, its export and
// the workshop report draw from it.
#pragma once
#include "journey.h"

#include <optional>
#include <string>
#include <vector>

// Where patient and professional differ this much or more on a moment, the map shades the band
// between their curves: often where a bottleneck is.
constexpr float ExperienceGapThreshold = 2.0f;
// True when both are scored and differ by ExperienceGapThreshold or more.
bool HasExperienceGap(const Moment& moment);

enum class CompareStatus
{
    Kept,    // a desired moment copied from a current one (its scores may or may not have changed)
    New,     // a desired moment with no current moment behind it
    Dropped, // a current moment no desired moment came from
};

struct MomentComparison
{
    CompareStatus Status = CompareStatus::Kept;
    MomentId Desired;       // invalid when Dropped
    MomentId Current;       // invalid when New
    PhaseId Phase;          // the desired phase it shows in (for Dropped: see PhaseComparison)
    int CopyIndex = 0;      // 0, 1, ...: which copy of its current moment this is (in desired order)
    int CopyCount = 1;      // how many desired moments came from the same current moment
    std::optional<float> PatientBefore, PatientAfter;           // current and desired scores
    std::optional<float> ProfessionalBefore, ProfessionalAfter;
    // After minus before, when both are scored (a Kept moment); empty otherwise.
    std::optional<float> PatientChange() const;
    std::optional<float> ProfessionalChange() const;
};

struct PhaseComparison
{
    PhaseId Desired;         // the desired situation's phase
    PhaseId Current;         // the current phase it matches (same name, else same place); may be invalid
    int Kept = 0, New = 0, Dropped = 0;
    // The average change over the phase's Kept moments that are scored before and after; empty
    // when there is none.
    std::optional<float> PatientAverageChange, ProfessionalAverageChange;
};

struct Comparison
{
    bool Available = false; // false when the document has no desired situation
    // Desired moments in the desired situation's order, then the dropped current moments in the
    // current situation's order.
    std::vector<MomentComparison> Moments;
    std::vector<PhaseComparison> Phases; // the desired situation's phases, left to right
    const MomentComparison* FindDesired(MomentId desired) const;
    const MomentComparison* FindDropped(MomentId current) const;
};

Comparison CompareSituations(const Document& doc);

// The situation the Compare view draws: the desired situation, plus every dropped current moment
// placed in its matching desired phase at its current position, without scores (so the desired
// curves never pass through a dropped moment; the view draws its faded current faces from the
// Comparison). Notes are the desired situation's. Ids stay those of the document (they are unique
// across both situations), so the layout and hit-testing work as for any situation.
// An empty situation when the document has no desired situation.
Situation MakeCompareSituation(const Document& doc, const Comparison& comparison);
