#include "layout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

float ScoreToY(const Rect& band, float score)
{
    const float mid = band.Center().y;
    return mid - std::clamp(score, -2.0f, 2.0f) / 2.0f * (band.Height() * 0.5f);
}

float YToScore(const Rect& band, float y)
{
    const float half = std::max(1.0f, band.Height() * 0.5f);
    return std::clamp((band.Center().y - y) / half * 2.0f, -2.0f, 2.0f);
}

const LaneRow* FindLaneRow(const MapLayout& layout, LaneKind kind)
{
    for (const LaneRow& row : layout.Lanes)
        if (row.Kind == kind)
            return &row;
    return nullptr;
}

const MomentBox* FindMomentBox(const MapLayout& layout, MomentId id)
{
    for (const MomentBox& box : layout.Moments)
        if (box.Id == id)
            return &box;
    return nullptr;
}

MapLayout ComputeLayout(const Situation& situation, const LayoutMetrics& metrics)
{
    MapLayout layout;
    layout.Metrics = metrics;
    const LayoutMetrics& m = metrics;

    // Moments per phase, in timeline order; cards keep a tidy least spacing and a phase grows to fit.
    std::unordered_map<PhaseId, std::vector<const Moment*>> by_phase;
    for (const Moment& moment : situation.Moments)
        by_phase[moment.Phase].push_back(&moment);
    for (auto& entry : by_phase)
        std::stable_sort(entry.second.begin(), entry.second.end(),
                         [](const Moment* a, const Moment* b) { return a->X < b->X; });

    // Notes attached to each moment, per kind: they stack under the moment in their lane.
    std::unordered_map<MomentId, int> stack_count[2];
    int most_stacked[2] = {0, 0};
    for (const Note& note : situation.Notes)
        if (note.Moment.IsValid() && FindMoment(situation, note.Moment))
        {
            int& n = stack_count[(int)note.Kind][note.Moment];
            n++;
            most_stacked[(int)note.Kind] = std::max(most_stacked[(int)note.Kind], n);
        }

    // Lane rows, top to bottom.
    float y = m.PhaseHeaderHeight;
    for (const Lane& lane : situation.Lanes)
    {
        if (!lane.Visible)
            continue;
        float height = lane.Height > 0.0f ? lane.Height : DefaultLaneHeight(lane.Kind);
        if (lane.Kind == LaneKind::PainPoints || lane.Kind == LaneKind::Opportunities)
        {
            const int n = most_stacked[lane.Kind == LaneKind::PainPoints ? 0 : 1];
            height = std::max(height, 2.0f * m.LanePadding + n * (m.NoteHeight + m.NoteGap) - m.NoteGap);
        }
        LaneRow row;
        row.Id = lane.Id;
        row.Kind = lane.Kind;
        row.Row = {{-m.LaneLabelWidth, y}, {0.0f, y + height}};
        row.Label = {{-m.LaneLabelWidth, y}, {0.0f, y + height}};
        layout.Lanes.push_back(row);
        y += height;
    }
    const float bottom = y;

    const LaneRow* moments_row = FindLaneRow(layout, LaneKind::Moments);
    const LaneRow* patient_row = FindLaneRow(layout, LaneKind::PatientExperience);
    const LaneRow* professional_row = FindLaneRow(layout, LaneKind::ProfessionalExperience);
    auto curve_band = [&](const LaneRow* row) {
        if (!row)
            return Rect();
        const float top = row->Row.Min.y + m.LanePadding + 18.0f;
        const float band_bottom = row->Row.Min.y + row->Row.Height() * m.CurveBandFraction;
        return Rect{{0.0f, top}, {0.0f, band_bottom}};
    };
    layout.PatientCurveBand = curve_band(patient_row);
    layout.ProfessionalCurveBand = curve_band(professional_row);
    const float card_top = moments_row ? moments_row->Row.Center().y - m.CardHeight * 0.5f : m.PhaseHeaderHeight;

    // Phase columns, left to right, and the moments in them.
    float x = 0.0f;
    for (const Phase& phase : situation.Phases)
    {
        std::vector<float> centers;
        auto it = by_phase.find(phase.Id);
        if (it != by_phase.end())
        {
            float least = m.CardWidth * 0.5f + m.CardGap * 0.5f;
            for (const Moment* moment : it->second)
            {
                const float c = std::max(moment->X, least);
                centers.push_back(c);
                least = c + m.CardWidth + m.CardGap;
            }
        }
        float width = std::max(phase.Width, m.CardWidth + m.CardGap);
        if (!centers.empty())
            width = std::max(width, centers.back() + m.CardWidth * 0.5f + m.CardGap * 0.5f);

        PhaseColumn column;
        column.Id = phase.Id;
        column.Header = {{x, 0.0f}, {x + width, m.PhaseHeaderHeight}};
        column.Column = {{x, 0.0f}, {x + width, bottom}};
        layout.Phases.push_back(column);

        for (size_t i = 0; i < centers.size(); i++)
        {
            const Moment* moment = it->second[i];
            MomentBox box;
            box.Id = moment->Id;
            box.Phase = phase.Id;
            box.CenterX = x + centers[i];
            box.Card = {{box.CenterX - m.CardWidth * 0.5f, card_top}, {box.CenterX + m.CardWidth * 0.5f, card_top + m.CardHeight}};
            box.PatientPoint = {box.CenterX, ScoreToY(layout.PatientCurveBand, moment->Patient.Score)};
            box.ProfessionalPoint = {box.CenterX, ScoreToY(layout.ProfessionalCurveBand, moment->Professional.Score)};
            layout.Moments.push_back(box);
        }
        x += width;
    }
    std::stable_sort(layout.Moments.begin(), layout.Moments.end(),
                     [](const MomentBox& a, const MomentBox& b) { return a.CenterX < b.CenterX; });

    for (LaneRow& row : layout.Lanes)
        row.Row.Max.x = x;
    layout.PatientCurveBand.Max.x = layout.ProfessionalCurveBand.Max.x = x;

    // Sticky notes: attached ones stack under their moment, free ones stay where they were put.
    std::unordered_map<MomentId, int> placed[2];
    for (const Note& note : situation.Notes)
    {
        const MomentBox* box = note.Moment.IsValid() ? FindMomentBox(layout, note.Moment) : nullptr;
        const LaneRow* row = FindLaneRow(layout, note.Kind == NoteKind::PainPoint ? LaneKind::PainPoints : LaneKind::Opportunities);
        NoteBox nb;
        nb.Id = note.Id;
        nb.Kind = note.Kind;
        if (box && row)
        {
            const int i = placed[(int)note.Kind][note.Moment]++;
            const float top = row->Row.Min.y + m.LanePadding + i * (m.NoteHeight + m.NoteGap);
            nb.Box = {{box->CenterX - m.NoteWidth * 0.5f, top}, {box->CenterX + m.NoteWidth * 0.5f, top + m.NoteHeight}};
        }
        else
        {
            nb.Box = {{note.X, note.Y}, {note.X + m.NoteWidth, note.Y + m.NoteHeight}};
        }
        layout.Notes.push_back(nb);
    }

    layout.TitleBand = {{-m.LaneLabelWidth, -m.TitleBandHeight - 24.0f}, {std::max(x, 600.0f), -24.0f}};
    layout.Map = {{-m.LaneLabelWidth, 0.0f}, {x, bottom}};
    layout.Bounds = layout.Map;
    layout.Bounds.Add(layout.TitleBand);
    for (const NoteBox& nb : layout.Notes)
        layout.Bounds.Add(nb.Box);
    return layout;
}

Hit HitTest(const MapLayout& layout, Vec2 p_world, float handle_radius_world)
{
    Hit hit;
    // Notes are drawn last, so they are hit first; the last drawn wins.
    for (auto it = layout.Notes.rbegin(); it != layout.Notes.rend(); ++it)
        if (it->Box.Contains(p_world))
        {
            hit.Kind = HitKind::Note;
            hit.Note = it->Id;
            return hit;
        }
    const float r2 = handle_radius_world * handle_radius_world;
    for (const MomentBox& box : layout.Moments)
    {
        const Vec2 dp = p_world - box.PatientPoint, dq = p_world - box.ProfessionalPoint;
        if (layout.PatientCurveBand.Height() > 0.0f && dp.x * dp.x + dp.y * dp.y <= r2)
        {
            hit.Kind = HitKind::PatientHandle;
            hit.Moment = box.Id;
            return hit;
        }
        if (layout.ProfessionalCurveBand.Height() > 0.0f && dq.x * dq.x + dq.y * dq.y <= r2)
        {
            hit.Kind = HitKind::ProfessionalHandle;
            hit.Moment = box.Id;
            return hit;
        }
    }
    for (const MomentBox& box : layout.Moments)
        if (box.Card.Contains(p_world))
        {
            hit.Kind = HitKind::Moment;
            hit.Moment = box.Id;
            hit.Phase = box.Phase;
            return hit;
        }
    for (const PhaseColumn& column : layout.Phases)
    {
        if (column.Header.Contains(p_world))
        {
            hit.Kind = HitKind::PhaseHeader;
            hit.Phase = column.Id;
            return hit;
        }
        if (column.Column.Contains(p_world))
            hit.Phase = column.Id;
    }
    for (const LaneRow& row : layout.Lanes)
        if (p_world.y >= row.Row.Min.y && p_world.y < row.Row.Max.y && p_world.x >= row.Label.Min.x && p_world.x < row.Row.Max.x)
        {
            hit.Kind = HitKind::Lane;
            hit.Lane = row.Id;
            return hit;
        }
    return hit;
}
