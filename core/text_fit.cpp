#include "text_fit.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

int WrappedLineCount(const std::string& text, float size, float width, bool bold, int max_lines, const TextMeasure& measure,
                     bool* cut)
{
    if (cut)
        *cut = false;
    if (text.empty() || width <= 0.0f)
        return 0;
    if (measure.Cache)
    {
        // The drawing's own cache and width: the lines are exactly those drawn.
        const std::vector<TextLine>& drawn = measure.Cache->Wrap(text, size, width, max_lines, bold);
        if (cut)
            *cut = !drawn.empty() && drawn.back().Ellipsis;
        return std::max(1, (int)drawn.size());
    }
    const GlyphAdvances* advances = bold ? measure.Bold : measure.Regular;
    if (!advances)
        return 1;
    // Thread-local scratch: measuring every text of a map allocates nothing once grown.
    static thread_local std::vector<TextLine> lines;
    // A little narrower than drawn: the fonts baked for a picture round advances slightly differently.
    WrapText(text, size, width * 0.98f, max_lines, *advances, measure.Hyph, &lines);
    if (cut)
        *cut = !lines.empty() && lines.back().Ellipsis;
    return std::max(1, (int)lines.size());
}

float CardHeightForText(const Moment& moment, const LayoutMetrics& m, const TextMeasure& measure, bool* cut)
{
    // As drawn: the type strip, the title (bold), the channel under it, a bottom padding.
    const float ts = m.TextScale;
    const float title_size = map_text::Body * ts * m.CardTitleScale, small = map_text::Small * ts;
    const float width = m.CardWidth - 2.0f * m.TextPadding;
    const int title = WrappedLineCount(moment.Title, title_size, width, true, std::max(1, m.Lines.CardTitle), measure, cut);
    const int channel = WrappedLineCount(moment.Channel, small, width, false, 2, measure);
    const float need = 36.0f * ts + (float)title * title_size + (channel > 0 ? 2.0f + (float)channel * small : 0.0f) + 10.0f;
    return std::max(m.CardHeight, need);
}

float NoteHeightForText(const Note& note, const LayoutMetrics& m, const TextMeasure& measure, bool* cut)
{
    // As drawn: the text inside the padding, clear of the phone mark of a participant's note.
    const float body = map_text::Body * m.TextScale;
    const float width = m.NoteWidth - 2.0f * m.TextPadding - (note.FromParticipant ? 14.0f : 0.0f);
    const int lines = WrappedLineCount(note.Text, body, width, false, std::max(1, m.Lines.Note), measure, cut);
    return std::max(m.NoteHeight, 8.0f + (float)lines * body + 10.0f);
}

void MeasureItemHeights(const Situation& situation, const LayoutMetrics& metrics, const TextMeasure& measure, ItemHeights* out)
{
    out->Cards.resize(situation.Moments.size());
    out->CardCut.resize(situation.Moments.size());
    out->Notes.resize(situation.Notes.size());
    out->NoteCut.resize(situation.Notes.size());
    bool cut = false;
    for (size_t i = 0; i < situation.Moments.size(); i++)
    {
        out->Cards[i] = CardHeightForText(situation.Moments[i], metrics, measure, &cut);
        out->CardCut[i] = cut ? 1 : 0;
    }
    for (size_t i = 0; i < situation.Notes.size(); i++)
    {
        out->Notes[i] = NoteHeightForText(situation.Notes[i], metrics, measure, &cut);
        out->NoteCut[i] = cut ? 1 : 0;
    }
}

namespace
{
// What the heights depend on besides the texts.
struct TextSignature
{
    float Values[10];
    TextSignature(const LayoutMetrics& m, const TextWrapCache& texts)
        : Values{m.CardWidth, m.CardHeight, m.NoteWidth, m.NoteHeight, m.TextScale, m.CardTitleScale,
                 m.TextPadding, (float)m.Lines.CardTitle, (float)m.Lines.Note, (float)texts.Language}
    {
    }
    bool Matches(const std::vector<float>& known) const
    {
        return known.size() == std::size(Values) && std::equal(known.begin(), known.end(), Values);
    }
};
} // namespace

bool MeasuredWith(const MeasuredTexts& measured, const TextWrapCache& texts, const Situation& situation, const LayoutMetrics& metrics)
{
    return measured.Shown == &situation && measured.Heights.Cards.size() == situation.Moments.size() &&
           measured.Heights.Notes.size() == situation.Notes.size() && TextSignature(metrics, texts).Matches(measured.Signature);
}

const ItemHeights& UpdateItemHeights(MeasuredTexts& measured, TextWrapCache& texts, const Situation& situation,
                                     const LayoutMetrics& m)
{
    measured.Shown = &situation;
    const size_t moments = situation.Moments.size(), notes = situation.Notes.size();
    TextMeasure measure;
    measure.Cache = &texts;
    ItemHeights& h = measured.Heights;
    const TextSignature signature(m, texts);
    bool changed = false;
    if (!signature.Matches(measured.Signature) || measured.Ends.size() != 2 * moments + notes)
    {
        // Another size, language or number of items: everything measured again (the wrap cache
        // still knows most of the texts).
        measured.Signature.assign(std::begin(signature.Values), std::end(signature.Values));
        MeasureItemHeights(situation, m, measure, &h);
        changed = true;
    }
    else
    {
        // Only the texts that changed are measured again.
        size_t at = 0, k = 0;
        const auto same = [&](const std::string& text) {
            const size_t end = measured.Ends[k++];
            const bool equal = end - at == text.size() && std::memcmp(measured.Pool.data() + at, text.data(), text.size()) == 0;
            at = end;
            return equal;
        };
        bool cut = false;
        for (size_t i = 0; i < moments; i++)
        {
            const Moment& moment = situation.Moments[i];
            const bool title = same(moment.Title), channel = same(moment.Channel);
            if (title && channel)
                continue;
            h.Cards[i] = CardHeightForText(moment, m, measure, &cut);
            h.CardCut[i] = cut ? 1 : 0;
            changed = true;
        }
        for (size_t i = 0; i < notes; i++)
        {
            const Note& note = situation.Notes[i];
            if (same(note.Text) && measured.NoteFlags[i] == (note.FromParticipant ? 1 : 0))
                continue;
            h.Notes[i] = NoteHeightForText(note, m, measure, &cut);
            h.NoteCut[i] = cut ? 1 : 0;
            changed = true;
        }
    }
    if (changed)
    {
        measured.Pool.clear();
        measured.Ends.clear();
        measured.NoteFlags.clear();
        const auto keep = [&](const std::string& text) {
            measured.Pool += text;
            measured.Ends.push_back((uint32_t)measured.Pool.size());
        };
        for (const Moment& moment : situation.Moments)
            keep(moment.Title), keep(moment.Channel);
        for (const Note& note : situation.Notes)
        {
            keep(note.Text);
            measured.NoteFlags.push_back(note.FromParticipant ? 1 : 0);
        }
    }
    return h;
}

LayoutMetrics MetricsAtTextSize(const LayoutMetrics& base, float scale)
{
    if (scale == 1.0f)
        return base;
    LayoutMetrics m = base;
    const float s = std::clamp(scale, 0.5f, 3.0f), g = std::sqrt(s);
    m.TextScale = base.TextScale * s;
    m.LaneLabelWidth = base.LaneLabelWidth * g;
    m.PhaseHeaderHeight = std::max(base.PhaseHeaderHeight * g, (map_text::Phase + map_text::Small) * m.TextScale + 24.0f);
    m.TitleBandHeight = base.TitleBandHeight * s;
    m.CardWidth = base.CardWidth * g;
    m.CardHeight = base.CardHeight * g;
    m.NoteWidth = base.NoteWidth * g;
    m.NoteHeight = base.NoteHeight * g;
    m.PersonaWidth = base.PersonaWidth * std::min(g, 1.2f);
    m.TextPadding = base.TextPadding * s;
    m.CellInset = base.CellInset * s;
    m.CurveLaneHeight = base.CurveLaneHeight * s;
    m.LaneHeightScale = base.LaneHeightScale * s;
    return m;
}

namespace
{
float BaseLaneHeight(const Lane& lane) { return lane.Height > 0.0f ? lane.Height : DefaultLaneHeight(lane.Kind); }

// The least height of a lane holding `lines` lines of body text (the drawing's paddings).
float TextLaneHeight(const Lane& lane, const LayoutMetrics& m, int lines)
{
    const float text = (float)lines * map_text::Body * m.TextScale;
    if (lane.Kind == LaneKind::PatientExperience || lane.Kind == LaneKind::ProfessionalExperience)
        return lines > 0 ? (text + 26.0f) / std::max(0.1f, 1.0f - m.CurveBandFraction) : 0.0f; // text sits under the curve band
    if (lane.Kind == LaneKind::Description || lane.Kind == LaneKind::Backstage || lane.Kind == LaneKind::Quote ||
        lane.Kind == LaneKind::Text)
        return lines > 0 ? m.LanePadding + text + 12.0f : 0.0f;
    return 0.0f;
}

// The text of `moment` shown in `lane`, or null.
const std::string* CellText(const Moment& moment, const Lane& lane)
{
    switch (lane.Kind)
    {
    case LaneKind::Description: return &moment.Description;
    case LaneKind::PatientExperience: return &moment.Patient.Text;
    case LaneKind::ProfessionalExperience: return &moment.Professional.Text;
    case LaneKind::Backstage:
    case LaneKind::Quote:
    case LaneKind::Text:
        for (const LaneText& cell : moment.Cells)
            if (cell.Lane == lane.Id)
                return &cell.Text;
        return nullptr;
    default: return nullptr;
    }
}
} // namespace

LayoutMetrics FitMetricsToText(const std::vector<const Situation*>& situations, const LayoutMetrics& base, float text_scale,
                               const TextMeasure& measure, int* cut_out, const TextLineLimits& limits)
{
    int cuts = 0;
    bool cut = false;
    LayoutMetrics m = base;
    m.Lines = limits;
    const float s = std::max(0.25f, text_scale);
    const float g = std::sqrt(s);
    m.TextScale = base.TextScale * s;
    const float ts = m.TextScale;
    m.LaneLabelWidth = base.LaneLabelWidth * g;
    // The phase name, and under it the Compare view's average changes.
    m.PhaseHeaderHeight = std::max(base.PhaseHeaderHeight, (map_text::Phase + map_text::Small) * m.TextScale + 48.0f);
    m.TitleBandHeight = base.TitleBandHeight * s;
    m.CardWidth = base.CardWidth * g;
    m.CardGap = base.CardGap; // the gap stays: the width goes to the text
    m.NoteWidth = base.NoteWidth * g;
    m.PersonaWidth = base.PersonaWidth * std::min(g, 1.2f); // its texts are few: they may wrap more
    m.CardHeight = base.CardHeight * g;
    m.NoteHeight = base.NoteHeight * g;

    m.TextPadding = base.TextPadding * s;
    m.CellInset = base.CellInset * s;
    const float body = map_text::Body * ts, small = map_text::Small * ts;
    const float card_text_w = m.CardWidth - 2.0f * m.TextPadding;
    const float note_text_w = m.NoteWidth - 2.0f * m.TextPadding;
    const float cell_text_w = m.CardWidth - 2.0f * m.CellInset;
    std::vector<int> lane_lines;
    for (const Situation* situation : situations)
    {
        for (const Moment& moment : situation->Moments)
        {
            // As drawn: the type strip, the title (bold), the channel under it, a bottom padding.
            const float tt = body * m.CardTitleScale;
            const int title = WrappedLineCount(moment.Title, tt, card_text_w, true, limits.CardTitle, measure, &cut);
            cuts += cut ? 1 : 0;
            const int channel = WrappedLineCount(moment.Channel, small, card_text_w, false, 2, measure);
            const float need = 36.0f * ts + (float)title * tt + (channel > 0 ? 2.0f + (float)channel * small : 0.0f) + 10.0f;
            m.CardHeight = std::max(m.CardHeight, need);
        }
        for (const Note& note : situation->Notes)
        {
            const float width = note_text_w - (note.FromParticipant ? 14.0f : 0.0f);
            const int lines = WrappedLineCount(note.Text, body, width, false, limits.Note, measure, &cut);
            cuts += cut ? 1 : 0;
            m.NoteHeight = std::max(m.NoteHeight, 8.0f + (float)lines * body + 10.0f);
        }
        lane_lines.resize(std::max(lane_lines.size(), situation->Lanes.size()), 0);
        for (size_t i = 0; i < situation->Lanes.size(); i++)
        {
            const Lane& lane = situation->Lanes[i];
            for (const Moment& moment : situation->Moments)
                if (const std::string* text = CellText(moment, lane))
                {
                    lane_lines[i] = std::max(lane_lines[i], WrappedLineCount(*text, body, cell_text_w, false, limits.Cell, measure, &cut));
                    cuts += cut ? 1 : 0;
                }
        }
    }
    // Every lane: its own height grown with the widths, or what its tallest text needs.
    const Situation* first = situations.empty() ? nullptr : situations.front();
    m.LaneHeights.assign(lane_lines.size(), 0.0f);
    for (size_t i = 0; first && i < first->Lanes.size(); i++)
        m.LaneHeights[i] = std::max(BaseLaneHeight(first->Lanes[i]) * g, TextLaneHeight(first->Lanes[i], m, lane_lines[i]));
    if (cut_out)
        *cut_out = cuts;
    return m;
}

namespace
{
struct Measured
{
    float Width = 0.0f, Height = 0.0f; // world units of the stack
};

Measured MeasureStack(const std::vector<const Situation*>& situations, const LayoutMetrics& m, float stack_gap,
                      const std::function<Rect(const MapLayout&)>& drawn_bounds, MapLayout* first_layout)
{
    Measured size;
    for (size_t i = 0; i < situations.size(); i++)
    {
        MapLayout layout = ComputeLayout(*situations[i], m);
        const Rect r = drawn_bounds(layout);
        size.Width = std::max(size.Width, r.Width());
        size.Height += r.Height() + (i > 0 ? stack_gap : 0.0f);
        if (i == 0 && first_layout)
            *first_layout = std::move(layout);
    }
    return size;
}

float ZoomFor(const Measured& size, Vec2 sheet)
{
    if (size.Width <= 0.0f || size.Height <= 0.0f)
        return 1.0f;
    return std::min(sheet.x / size.Width, sheet.y / size.Height);
}
} // namespace

PaperFit FitTextToPaper(const std::vector<const Situation*>& situations, const LayoutMetrics& base, Vec2 sheet, float least_body,
                        float stack_gap, const TextMeasure& measure, const std::function<Rect(const MapLayout&)>& drawn_bounds)
{
    PaperFit best;
    best.Metrics = base;
    // On the wall the titles carry the map: larger than the other text, read from furthest away.
    LayoutMetrics print = base;
    print.CardTitleScale = PrintCardTitleScale;
    print.CellInset = print.TextPadding * 0.5f; // a clear gutter between the lane texts of neighbouring moments
    print.CurveBandFraction = 0.5f;             // the experiences' texts need the room more than the curve
    size_t moments = 0;
    for (const Situation* situation : situations)
        moments += situation->Moments.size();
    if (situations.empty() || sheet.x <= 0.0f || sheet.y <= 0.0f)
        return best;
    if (moments > (size_t)MaxFittedMoments)
    {
        best.Zoom = ZoomFor(MeasureStack(situations, base, stack_gap, drawn_bounds, nullptr), sheet);
        best.BodySize = map_text::Body * base.TextScale * best.Zoom;
        return best;
    }
    // Larger text makes cards taller and wider: body text on the sheet first grows with the
    // scale (the width decides the zoom) and then shrinks (the height does). Take the first
    // scale that reaches `least_body` (the least growth of cards and lanes), else the top.
    for (int step = 0; step <= (int)std::lround((MaxPaperTextScale - 1.0f) * 10.0f); step++)
    {
        const float s = 1.0f + 0.1f * (float)step;
        PaperFit fit;
        fit.Metrics = FitMetricsToText(situations, print, s, measure, nullptr, PaperLineLimits);
        fit.Zoom = ZoomFor(MeasureStack(situations, fit.Metrics, stack_gap, drawn_bounds, nullptr), sheet);
        fit.BodySize = map_text::Body * fit.Metrics.TextScale * fit.Zoom;
        if (fit.BodySize > best.BodySize * 1.01f)
            best = std::move(fit);
        if (best.BodySize >= least_body)
            break;
    }

    // The width decided: lanes grow (the moments lane keeps its cards together) until the stack
    // fills the sheet's height, at most 1.6 times as tall.
    MapLayout layout;
    const Measured size = MeasureStack(situations, best.Metrics, stack_gap, drawn_bounds, &layout);
    const float spare = sheet.y / best.Zoom - size.Height; // world units
    float stretchable = 0.0f;
    for (const LaneRow& row : layout.Lanes)
        if (row.Kind != LaneKind::Moments)
            stretchable += row.Row.Height();
    if (spare > 1.0f && stretchable > 0.0f)
    {
        const float factor = std::min(1.6f, 1.0f + spare / (float)situations.size() / stretchable);
        const Situation& first = *situations.front();
        for (const LaneRow& row : layout.Lanes)
            for (size_t i = 0; i < first.Lanes.size() && i < best.Metrics.LaneHeights.size(); i++)
                if (first.Lanes[i].Id == row.Id && row.Kind != LaneKind::Moments)
                    best.Metrics.LaneHeights[i] = row.Row.Height() * factor;
        best.Zoom = ZoomFor(MeasureStack(situations, best.Metrics, stack_gap, drawn_bounds, nullptr), sheet);
        best.BodySize = map_text::Body * best.Metrics.TextScale * best.Zoom;
    }
    return best;
}
