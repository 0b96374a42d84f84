#include "layout.h"

#include <algorithm>
#include <cmath>
#include <cstring>
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
    const int i = layout.MomentBoxIndex.Find(id.Value);
    return i < 0 ? nullptr : &layout.Moments[(size_t)i];
}

bool MomentTextCell(const MapLayout& layout, const MomentBox& box, const LaneRow& row, Rect* out)
{
    const LayoutMetrics& m = layout.Metrics;
    Rect cell = {{box.CenterX - m.CardWidth * 0.5f + m.CellInset, row.Row.Min.y + m.LanePadding},
                 {box.CenterX + m.CardWidth * 0.5f - m.CellInset, row.Row.Max.y - 8.0f}};
    switch (row.Kind)
    {
    case LaneKind::Description:
    case LaneKind::Backstage:
    case LaneKind::Quote:
    case LaneKind::Text: break;
    case LaneKind::PatientExperience:
    case LaneKind::ProfessionalExperience:
        if (m.PresentLanes)
            return false;
        cell.Min.y = row.Row.Min.y + row.Row.Height() * m.CurveBandFraction + 14.0f;
        break;
    default: return false;
    }
    *out = cell;
    return true;
}

const MomentBox* MomentAtTextCell(const MapLayout& layout, const LaneRow& row, Vec2 p_world)
{
    for (const MomentBox& box : layout.Moments)
    {
        Rect cell;
        if (MomentTextCell(layout, box, row, &cell) && cell.Contains(p_world))
            return &box;
    }
    return nullptr;
}

const Moment* ModelMoment(const Situation& situation, const MomentBox& box)
{
    if (box.ModelIndex >= 0 && box.ModelIndex < (int)situation.Moments.size() && situation.Moments[(size_t)box.ModelIndex].Id == box.Id)
        return &situation.Moments[(size_t)box.ModelIndex];
    return FindMoment(situation, box.Id);
}

const Note* ModelNote(const Situation& situation, const NoteBox& box)
{
    if (box.ModelIndex >= 0 && box.ModelIndex < (int)situation.Notes.size() && situation.Notes[(size_t)box.ModelIndex].Id == box.Id)
        return &situation.Notes[(size_t)box.ModelIndex];
    return FindNote(situation, box.Id);
}

void MomentRangeInX(const MapLayout& layout, float min_x, float max_x, size_t* first, size_t* last)
{
    // Cards all have the same width, so a card reaches into the range when its centre is within
    // half a card of it; the boxes are sorted by centre.
    const float half = layout.Metrics.CardWidth * 0.5f;
    const auto begin = std::lower_bound(layout.Moments.begin(), layout.Moments.end(), min_x - half,
                                        [](const MomentBox& b, float x) { return b.CenterX < x; });
    const auto end = std::upper_bound(begin, layout.Moments.end(), max_x + half,
                                      [](float x, const MomentBox& b) { return x < b.CenterX; });
    *first = (size_t)(begin - layout.Moments.begin());
    *last = (size_t)(end - layout.Moments.begin());
}

void AttachedNoteRangeInX(const MapLayout& layout, float min_x, float max_x, size_t* first, size_t* last)
{
    const auto attached_end = layout.Notes.begin() + layout.FirstFreeNote;
    const float width = layout.Metrics.NoteWidth;
    const auto begin = std::lower_bound(layout.Notes.begin(), attached_end, min_x - width,
                                        [](const NoteBox& b, float x) { return b.Box.Min.x < x; });
    const auto end = std::upper_bound(begin, attached_end, max_x, [](float x, const NoteBox& b) { return x < b.Box.Min.x; });
    *first = (size_t)(begin - layout.Notes.begin());
    *last = (size_t)(end - layout.Notes.begin());
}

namespace
{
bool IsPresentedLane(LaneKind kind)
{
    return kind == LaneKind::Moments || kind == LaneKind::PatientExperience || kind == LaneKind::ProfessionalExperience ||
           kind == LaneKind::PainPoints || kind == LaneKind::Opportunities;
}
} // namespace

LayoutMetrics PresentationMetrics()
{
    // At about 1:1 on a 1080-pixel screen: text 1.5 times the editing size (titles and notes
    // 34.5, the smallest text 27), cards three title lines high, notes four lines, curve lanes
    // low enough that a phase with two notes stacked under one moment still fits.
    LayoutMetrics m;
    m.TextScale = 1.5f;
    m.PresentLanes = true;
    m.LaneLabelWidth = 300.0f;
    m.PhaseHeaderHeight = 84.0f;
    m.CardWidth = 330.0f;
    m.CardHeight = 190.0f;
    m.CardGap = 20.0f;
    m.NoteWidth = 320.0f;
    m.NoteHeight = 152.0f;
    m.NoteGap = 10.0f;
    m.LanePadding = 12.0f;
    m.CurveLaneHeight = 130.0f;
    m.CurveBandFraction = 0.9f;
    return m;
}

MapLayout ComputeLayout(const Situation& situation, const LayoutMetrics& metrics, const ItemHeights* heights)
{
    MapLayout layout;
    layout.Metrics = metrics;
    const LayoutMetrics& m = metrics;
    const size_t moment_count = situation.Moments.size();
    const size_t note_count = situation.Notes.size();

    // Index maps first: every lookup below is by id, and big maps have thousands of them.
    IdIndex model_index;
    model_index.Reset(moment_count);
    for (size_t i = 0; i < moment_count; i++)
        model_index.Insert(situation.Moments[i].Id.Value, (int)i); // the first one wins, as FindMoment
    IdIndex phase_index;
    phase_index.Reset(situation.Phases.size());
    for (size_t i = 0; i < situation.Phases.size(); i++)
        phase_index.Insert(situation.Phases[i].Id.Value, (int)i);

    // Moments per phase, in timeline order; cards keep a tidy least spacing and a phase grows to fit.
    std::vector<std::vector<int>> by_phase(situation.Phases.size());
    for (size_t i = 0; i < moment_count; i++)
    {
        const int phase = phase_index.Find(situation.Moments[i].Phase.Value);
        if (phase >= 0)
            by_phase[(size_t)phase].push_back((int)i);
    }
    const auto by_x = [&](int a, int b) { return situation.Moments[(size_t)a].X < situation.Moments[(size_t)b].X; };
    for (std::vector<int>& list : by_phase)
        if (!std::is_sorted(list.begin(), list.end(), by_x)) // usually they are: skip the sort's buffer
            std::stable_sort(list.begin(), list.end(), by_x);

    // Each card's and note's height: the metrics' own, or grown for its text.
    const bool card_heights = heights && heights->Cards.size() == moment_count && heights->CardCut.size() == moment_count;
    const bool note_heights = heights && heights->Notes.size() == note_count && heights->NoteCut.size() == note_count;
    const auto card_height = [&](size_t i) { return card_heights ? std::max(m.CardHeight, heights->Cards[i]) : m.CardHeight; };
    const auto note_height = [&](size_t i) { return note_heights ? std::max(m.NoteHeight, heights->Notes[i]) : m.NoteHeight; };
    float tallest_card = m.CardHeight;
    for (size_t i = 0; card_heights && i < moment_count; i++)
        tallest_card = std::max(tallest_card, card_height(i));

    // Notes attached to each moment, per kind: they stack under the moment in their lane.
    std::vector<int> note_moment(note_count, -1); // model index of each note's moment
    std::vector<float> stack_height[2] = {std::vector<float>(moment_count, 0.0f), std::vector<float>(moment_count, 0.0f)};
    float most_stacked[2] = {0.0f, 0.0f}; // the highest stack of notes (gaps included) of each kind
    for (size_t i = 0; i < note_count; i++)
    {
        const Note& note = situation.Notes[i];
        if (!note.Moment.IsValid())
            continue;
        const int model = model_index.Find(note.Moment.Value);
        if (model < 0)
            continue;
        note_moment[i] = model;
        float& stack = stack_height[(int)note.Kind][(size_t)model];
        stack += (stack > 0.0f ? m.NoteGap : 0.0f) + note_height(i);
        most_stacked[(int)note.Kind] = std::max(most_stacked[(int)note.Kind], stack);
    }

    // Lane rows, top to bottom.
    float y = m.PhaseHeaderHeight;
    float card_offset = m.LanePadding; // the top of the cards below the top of the moments lane
    for (size_t lane_index = 0; lane_index < situation.Lanes.size(); lane_index++)
    {
        const Lane& lane = situation.Lanes[lane_index];
        if (!lane.Visible || (m.PresentLanes && !IsPresentedLane(lane.Kind)))
            continue;
        float height = (lane.Height > 0.0f ? lane.Height : DefaultLaneHeight(lane.Kind)) * m.LaneHeightScale;
        if (m.PresentLanes)
        {
            const bool curve = lane.Kind == LaneKind::PatientExperience || lane.Kind == LaneKind::ProfessionalExperience;
            height = curve ? m.CurveLaneHeight : lane.Kind == LaneKind::Moments ? m.CardHeight + 2.0f * m.LanePadding : 0.0f;
        }
        if (lane.Kind == LaneKind::PainPoints || lane.Kind == LaneKind::Opportunities)
        {
            // Presenting, an empty notes lane still keeps a note's height: the room sees it is empty.
            const float stack = std::max(most_stacked[lane.Kind == LaneKind::PainPoints ? 0 : 1], m.PresentLanes ? m.NoteHeight : 0.0f);
            height = std::max(height, 2.0f * m.LanePadding + stack);
        }
        if (lane.Kind == LaneKind::Moments) // cards taller than the lane (grown for their text) make it grow
            height = std::max(height, m.CardHeight + 2.0f * m.LanePadding);
        if (lane_index < m.LaneHeights.size())
            height = std::max(height, m.LaneHeights[lane_index]);
        if (lane.Kind == LaneKind::Moments)
        {
            // Cards of the standard height sit in the middle of the lane; taller ones grow down from
            // the same top, and the lane grows to hold the tallest.
            card_offset = (height - m.CardHeight) * 0.5f;
            height = std::max(height, card_offset + tallest_card + m.LanePadding);
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
    const float card_top = moments_row ? moments_row->Row.Min.y + card_offset : m.PhaseHeaderHeight;

    // Phase columns, left to right, and the moments in them.
    layout.Moments.reserve(moment_count);
    std::vector<float> centers;
    float x = 0.0f;
    for (size_t p = 0; p < situation.Phases.size(); p++)
    {
        const Phase& phase = situation.Phases[p];
        const std::vector<int>& list = by_phase[p];
        centers.clear();
        float least = m.CardWidth * 0.5f + m.CardGap * 0.5f;
        for (int i : list)
        {
            const float c = std::max(situation.Moments[(size_t)i].X, least);
            centers.push_back(c);
            least = c + m.CardWidth + m.CardGap;
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
            const Moment& moment = situation.Moments[(size_t)list[i]];
            MomentBox box;
            box.Id = moment.Id;
            box.ModelIndex = list[i];
            box.Phase = phase.Id;
            box.CenterX = x + centers[i];
            box.Card = {{box.CenterX - m.CardWidth * 0.5f, card_top},
                        {box.CenterX + m.CardWidth * 0.5f, card_top + card_height((size_t)list[i])}};
            box.TitleCut = card_heights && heights->CardCut[(size_t)list[i]] != 0;
            // A moment not scored yet keeps its handle on the neutral line, where dragging scores it.
            box.PatientScored = moment.Patient.Score.has_value();
            box.ProfessionalScored = moment.Professional.Score.has_value();
            box.PatientPoint = {box.CenterX, ScoreToY(layout.PatientCurveBand, moment.Patient.Score.value_or(0.0f))};
            box.ProfessionalPoint = {box.CenterX, ScoreToY(layout.ProfessionalCurveBand, moment.Professional.Score.value_or(0.0f))};
            layout.Moments.push_back(box);
        }
        x += width;
    }
    // Phases are laid out left to right and centres grow within a phase: already sorted, unless
    // a phase is narrower than zero width, which the stable sort keeps honest.
    const auto by_center = [](const MomentBox& a, const MomentBox& b) { return a.CenterX < b.CenterX; };
    if (!std::is_sorted(layout.Moments.begin(), layout.Moments.end(), by_center))
        std::stable_sort(layout.Moments.begin(), layout.Moments.end(), by_center);
    std::vector<int> box_of_model(moment_count, -1);
    layout.MomentBoxIndex.Reset(layout.Moments.size());
    for (size_t i = 0; i < layout.Moments.size(); i++)
    {
        box_of_model[(size_t)layout.Moments[i].ModelIndex] = (int)i;
        layout.MomentBoxIndex.Insert(layout.Moments[i].Id.Value, (int)i);
    }

    for (LaneRow& row : layout.Lanes)
        row.Row.Max.x = x;
    layout.PatientCurveBand.Max.x = layout.ProfessionalCurveBand.Max.x = x;

    // Sticky notes: attached ones stack under their moment (in document order), free ones stay
    // where they were put. Attached notes come first, in the order of their moments' boxes.
    const LaneRow* note_rows[2] = {FindLaneRow(layout, LaneKind::PainPoints), FindLaneRow(layout, LaneKind::Opportunities)};
    std::vector<int> note_box(note_count, -1); // box index of each attached note's moment
    std::vector<int> per_box(layout.Moments.size() + 1, 0);
    for (size_t i = 0; i < note_count; i++)
    {
        const int model = note_moment[i];
        const int box = model >= 0 ? box_of_model[(size_t)model] : -1;
        if (box >= 0 && note_rows[(int)situation.Notes[i].Kind])
        {
            note_box[i] = box;
            per_box[(size_t)box + 1]++;
        }
    }
    for (size_t b = 1; b < per_box.size(); b++)
        per_box[b] += per_box[b - 1]; // per_box[b]: where box b's notes start
    const int attached = per_box.back();
    layout.Notes.resize(note_count);
    layout.FirstFreeNote = attached;
    std::vector<float> placed[2] = {std::vector<float>(layout.Moments.size(), 0.0f), std::vector<float>(layout.Moments.size(), 0.0f)};
    int next_free = attached;
    for (size_t i = 0; i < note_count; i++)
    {
        const Note& note = situation.Notes[i];
        NoteBox nb;
        nb.Id = note.Id;
        nb.ModelIndex = (int)i;
        nb.Kind = note.Kind;
        nb.TextCut = note_heights && heights->NoteCut[i] != 0;
        const float h = note_height(i);
        const int box = note_box[i];
        if (box >= 0)
        {
            const MomentBox& mb = layout.Moments[(size_t)box];
            const LaneRow* row = note_rows[(int)note.Kind];
            float& stack = placed[(int)note.Kind][(size_t)box];
            const float top = row->Row.Min.y + m.LanePadding + stack;
            stack += h + m.NoteGap;
            nb.Box = {{mb.CenterX - m.NoteWidth * 0.5f, top}, {mb.CenterX + m.NoteWidth * 0.5f, top + h}};
            layout.Notes[(size_t)per_box[(size_t)box]++] = nb;
        }
        else
        {
            nb.Box = {{note.X, note.Y}, {note.X + m.NoteWidth, note.Y + h}};
            layout.FreeNotesByX.push_back(next_free);
            layout.Notes[(size_t)next_free++] = nb;
        }
    }
    std::stable_sort(layout.FreeNotesByX.begin(), layout.FreeNotesByX.end(),
                     [&](int a, int b) { return layout.Notes[(size_t)a].Box.Min.x < layout.Notes[(size_t)b].Box.Min.x; });

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
    // Notes are drawn last, so they are hit first; the last drawn wins: free notes from the end,
    // then the attached ones near p (they never overlap each other).
    for (size_t i = layout.Notes.size(); i > (size_t)layout.FirstFreeNote; i--)
        if (layout.Notes[i - 1].Box.Contains(p_world))
        {
            hit.Kind = HitKind::Note;
            hit.Note = layout.Notes[i - 1].Id;
            return hit;
        }
    size_t first = 0, last = 0;
    AttachedNoteRangeInX(layout, p_world.x, p_world.x, &first, &last);
    for (size_t i = last; i > first; i--)
        if (layout.Notes[i - 1].Box.Contains(p_world))
        {
            hit.Kind = HitKind::Note;
            hit.Note = layout.Notes[i - 1].Id;
            return hit;
        }
    const float r2 = handle_radius_world * handle_radius_world;
    MomentRangeInX(layout, p_world.x - handle_radius_world, p_world.x + handle_radius_world, &first, &last);
    for (size_t i = first; i < last; i++)
    {
        const MomentBox& box = layout.Moments[i];
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
    MomentRangeInX(layout, p_world.x, p_world.x, &first, &last);
    for (size_t i = first; i < last; i++)
    {
        const MomentBox& box = layout.Moments[i];
        if (box.Card.Contains(p_world))
        {
            hit.Kind = HitKind::Moment;
            hit.Moment = box.Id;
            hit.Phase = box.Phase;
            return hit;
        }
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
