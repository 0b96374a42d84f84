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

MapLayout ComputeLayout(const Situation& situation, const LayoutMetrics& metrics)
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

    // Notes attached to each moment, per kind: they stack under the moment in their lane.
    std::vector<int> note_moment(note_count, -1); // model index of each note's moment
    std::vector<int> stack_count[2] = {std::vector<int>(moment_count, 0), std::vector<int>(moment_count, 0)};
    int most_stacked[2] = {0, 0};
    for (size_t i = 0; i < note_count; i++)
    {
        const Note& note = situation.Notes[i];
        if (!note.Moment.IsValid())
            continue;
        const int model = model_index.Find(note.Moment.Value);
        if (model < 0)
            continue;
        note_moment[i] = model;
        const int n = ++stack_count[(int)note.Kind][(size_t)model];
        most_stacked[(int)note.Kind] = std::max(most_stacked[(int)note.Kind], n);
    }

    // Lane rows, top to bottom.
    float y = m.PhaseHeaderHeight;
    for (size_t lane_index = 0; lane_index < situation.Lanes.size(); lane_index++)
    {
        const Lane& lane = situation.Lanes[lane_index];
        if (!lane.Visible || (m.PresentLanes && !IsPresentedLane(lane.Kind)))
            continue;
        float height = lane.Height > 0.0f ? lane.Height : DefaultLaneHeight(lane.Kind);
        if (m.PresentLanes)
        {
            const bool curve = lane.Kind == LaneKind::PatientExperience || lane.Kind == LaneKind::ProfessionalExperience;
            height = curve ? m.CurveLaneHeight : lane.Kind == LaneKind::Moments ? m.CardHeight + 2.0f * m.LanePadding : 0.0f;
        }
        if (lane.Kind == LaneKind::PainPoints || lane.Kind == LaneKind::Opportunities)
        {
            // Presenting, an empty notes lane still keeps a note's height: the room sees it is empty.
            const int n = std::max(most_stacked[lane.Kind == LaneKind::PainPoints ? 0 : 1], m.PresentLanes ? 1 : 0);
            height = std::max(height, 2.0f * m.LanePadding + n * (m.NoteHeight + m.NoteGap) - m.NoteGap);
        }
        if (lane.Kind == LaneKind::Moments) // cards taller than the lane (grown for their text) make it grow
            height = std::max(height, m.CardHeight + 2.0f * m.LanePadding);
        if (lane_index < m.LaneHeights.size())
            height = std::max(height, m.LaneHeights[lane_index]);
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
            box.Card = {{box.CenterX - m.CardWidth * 0.5f, card_top}, {box.CenterX + m.CardWidth * 0.5f, card_top + m.CardHeight}};
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
    std::vector<int> placed[2] = {std::vector<int>(layout.Moments.size(), 0), std::vector<int>(layout.Moments.size(), 0)};
    int next_free = attached;
    for (size_t i = 0; i < note_count; i++)
    {
        const Note& note = situation.Notes[i];
        NoteBox nb;
        nb.Id = note.Id;
        nb.ModelIndex = (int)i;
        nb.Kind = note.Kind;
        const int box = note_box[i];
        if (box >= 0)
        {
            const MomentBox& mb = layout.Moments[(size_t)box];
            const LaneRow* row = note_rows[(int)note.Kind];
            const int stack = placed[(int)note.Kind][(size_t)box]++;
            const float top = row->Row.Min.y + m.LanePadding + stack * (m.NoteHeight + m.NoteGap);
            nb.Box = {{mb.CenterX - m.NoteWidth * 0.5f, top}, {mb.CenterX + m.NoteWidth * 0.5f, top + m.NoteHeight}};
            layout.Notes[(size_t)per_box[(size_t)box]++] = nb;
        }
        else
        {
            nb.Box = {{note.X, note.Y}, {note.X + m.NoteWidth, note.Y + m.NoteHeight}};
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

namespace
{
uint32_t FloatBits(float v)
{
    uint32_t bits;
    std::memcpy(&bits, &v, sizeof(bits));
    return bits;
}

// A score's bits, or a NaN pattern no stored score has (scores are finite) when not scored.
uint32_t ScoreBits(const std::optional<float>& score) { return score ? FloatBits(*score) : 0x7FC0DEADu; }

// Calls put(word) for everything ComputeLayout reads, flattened. Keep in step with ComputeLayout.
template <class Put>
void VisitLayoutInputs(const Situation& s, const LayoutMetrics& m, Put&& put)
{
    const float metrics[] = {m.LaneLabelWidth, m.PhaseHeaderHeight, m.TitleBandHeight, m.CardWidth, m.CardHeight, m.CardGap,
                             m.NoteWidth, m.NoteHeight, m.NoteGap, m.LanePadding, m.CurveBandFraction, m.PersonaWidth,
                             m.TextScale, m.CardTitleScale, m.TextPadding, m.CellInset, m.PresentLanes ? 1.0f : 0.0f, m.CurveLaneHeight};
    for (float v : metrics)
        put(FloatBits(v));
    put((uint32_t)m.LaneHeights.size());
    for (float v : m.LaneHeights)
        put(FloatBits(v));
    put((uint32_t)s.Phases.size());
    for (const Phase& p : s.Phases)
        put(p.Id.Value), put(FloatBits(p.Width));
    put((uint32_t)s.Lanes.size());
    for (const Lane& l : s.Lanes)
        put(l.Id.Value), put((uint32_t)l.Kind), put(l.Visible ? 1u : 0u), put(FloatBits(l.Height));
    put((uint32_t)s.Moments.size());
    for (const Moment& mo : s.Moments)
        put(mo.Id.Value), put(mo.Phase.Value), put(FloatBits(mo.X)), put(ScoreBits(mo.Patient.Score)), put(ScoreBits(mo.Professional.Score));
    put((uint32_t)s.Notes.size());
    for (const Note& n : s.Notes)
        put(n.Id.Value), put((uint32_t)n.Kind), put(n.Moment.Value), put(FloatBits(n.X)), put(FloatBits(n.Y));
}
} // namespace

const MapLayout& CachedLayout(LayoutCache& cache, const Situation& situation, const LayoutMetrics& metrics)
{
    // Compare in place first (no copy): most frames change nothing.
    if (cache.Valid)
    {
        const std::vector<uint32_t>& key = cache.Key;
        size_t at = 0;
        bool same = true;
        VisitLayoutInputs(situation, metrics, [&](uint32_t word) {
            same = same && at < key.size() && key[at] == word;
            at++;
        });
        if (same && at == key.size())
            return cache.Layout;
    }
    cache.Key.clear();
    VisitLayoutInputs(situation, metrics, [&](uint32_t word) { cache.Key.push_back(word); });
    cache.Layout = ComputeLayout(situation, metrics);
    cache.Valid = true;
    cache.Computations++;
    return cache.Layout;
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
