#include "compare.h"

#include <cmath>
#include <unordered_map>

bool HasExperienceGap(const Moment& moment)
{
    return moment.Patient.Score && moment.Professional.Score &&
           std::fabs(*moment.Patient.Score - *moment.Professional.Score) >= ExperienceGapThreshold;
}

static std::optional<float> Change(const std::optional<float>& before, const std::optional<float>& after)
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

std::optional<float> MomentComparison::PatientChange() const
{
    return Status == CompareStatus::Kept ? Change(PatientBefore, PatientAfter) : std::nullopt;
}

std::optional<float> MomentComparison::ProfessionalChange() const
{
    return Status == CompareStatus::Kept ? Change(ProfessionalBefore, ProfessionalAfter) : std::nullopt;
}

const MomentComparison* Comparison::FindDesired(MomentId desired) const
{
    for (const MomentComparison& m : Moments)
        if (m.Status != CompareStatus::Dropped && m.Desired == desired)
            return &m;
    return nullptr;
}

const MomentComparison* Comparison::FindDropped(MomentId current) const
{
    for (const MomentComparison& m : Moments)
        if (m.Status == CompareStatus::Dropped && m.Current == current)
            return &m;
    return nullptr;
}

// The desired phase a current phase matches: the same name (phases are copied with the
// situation and usually keep it), else the one at the same place, else the last one.
static PhaseId MatchingDesiredPhase(const Situation& current, const Situation& desired, PhaseId current_phase)
{
    if (desired.Phases.empty())
        return PhaseId();
    const Phase* phase = FindPhase(current, current_phase);
    if (phase)
        for (const Phase& p : desired.Phases)
            if (p.Name == phase->Name)
                return p.Id;
    const int index = PhaseIndex(current, current_phase);
    if (index >= 0 && index < (int)desired.Phases.size())
        return desired.Phases[(size_t)index].Id;
    return desired.Phases.back().Id;
}

Comparison CompareSituations(const Document& doc)
{
    Comparison result;
    if (doc.Situations.size() < 2)
        return result;
    const Situation& current = doc.Situations[0];
    const Situation& desired = doc.Situations[1];
    result.Available = true;

    std::unordered_map<uint32_t, int> copies; // current moment id -> desired moments copied from it
    for (const Moment& m : desired.Moments)
        if (m.Origin.IsValid() && FindMoment(current, m.Origin))
            copies[m.Origin.Value]++;
    std::unordered_map<uint32_t, int> seen;
    for (const Moment& m : desired.Moments)
    {
        MomentComparison c;
        c.Desired = m.Id;
        c.Phase = m.Phase;
        c.PatientAfter = m.Patient.Score;
        c.ProfessionalAfter = m.Professional.Score;
        const Moment* origin = m.Origin.IsValid() ? FindMoment(current, m.Origin) : nullptr;
        if (origin)
        {
            c.Status = CompareStatus::Kept;
            c.Current = origin->Id;
            c.PatientBefore = origin->Patient.Score;
            c.ProfessionalBefore = origin->Professional.Score;
            c.CopyIndex = seen[origin->Id.Value]++;
            c.CopyCount = copies[origin->Id.Value];
        }
        else
            c.Status = CompareStatus::New;
        result.Moments.push_back(c);
    }
    for (const Moment& m : current.Moments)
    {
        if (copies.count(m.Id.Value))
            continue;
        MomentComparison c;
        c.Status = CompareStatus::Dropped;
        c.Current = m.Id;
        c.Phase = MatchingDesiredPhase(current, desired, m.Phase);
        c.PatientBefore = m.Patient.Score;
        c.ProfessionalBefore = m.Professional.Score;
        result.Moments.push_back(c);
    }

    for (const Phase& phase : desired.Phases)
    {
        PhaseComparison pc;
        pc.Desired = phase.Id;
        for (const Phase& p : current.Phases)
            if (MatchingDesiredPhase(current, desired, p.Id) == phase.Id)
            {
                pc.Current = p.Id;
                break;
            }
        float patient_sum = 0.0f, professional_sum = 0.0f;
        int patient_n = 0, professional_n = 0;
        for (const MomentComparison& c : result.Moments)
        {
            if (c.Phase != phase.Id)
                continue;
            pc.Kept += c.Status == CompareStatus::Kept;
            pc.New += c.Status == CompareStatus::New;
            pc.Dropped += c.Status == CompareStatus::Dropped;
            if (auto d = c.PatientChange())
                patient_sum += *d, patient_n++;
            if (auto d = c.ProfessionalChange())
                professional_sum += *d, professional_n++;
        }
        if (patient_n)
            pc.PatientAverageChange = patient_sum / (float)patient_n;
        if (professional_n)
            pc.ProfessionalAverageChange = professional_sum / (float)professional_n;
        result.Phases.push_back(pc);
    }
    return result;
}

Situation MakeCompareSituation(const Document& doc, const Comparison& comparison)
{
    if (doc.Situations.size() < 2)
        return Situation();
    const Situation& current = doc.Situations[0];
    Situation shown = doc.Situations[1];
    for (const MomentComparison& c : comparison.Moments)
    {
        if (c.Status != CompareStatus::Dropped || !FindPhase(shown, c.Phase))
            continue;
        const Moment* original = FindMoment(current, c.Current);
        if (!original)
            continue;
        Moment ghost = *original;
        ghost.Phase = c.Phase;
        ghost.Patient.Score.reset();
        ghost.Professional.Score.reset();
        ghost.Origin = MomentId();
        shown.Moments.push_back(std::move(ghost));
    }
    return shown;
}
