// The layout cache: the layout's inputs compared in place each frame, and the cards' and notes'
// texts measured again only when they changed.
#include "layout.h"
#include "text_fit.h"
#include "text_wrap.h"

#include <cstring>

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
void VisitLayoutInputs(const Situation& s, const LayoutMetrics& m, const ItemHeights* h, Put&& put)
{
    const float metrics[] = {m.LaneLabelWidth, m.PhaseHeaderHeight, m.TitleBandHeight, m.CardWidth, m.CardHeight, m.CardGap,
                             m.NoteWidth, m.NoteHeight, m.NoteGap, m.LanePadding, m.CurveBandFraction, m.PersonaWidth,
                             m.TextScale, m.CardTitleScale, m.TextPadding, m.CellInset, m.PresentLanes ? 1.0f : 0.0f, m.CurveLaneHeight, m.LaneHeightScale};
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
    put((uint32_t)m.Lines.CardTitle), put((uint32_t)m.Lines.Note), put((uint32_t)m.Lines.Cell);
    put(h ? 1u : 0u);
    if (!h)
        return;
    put((uint32_t)h->Cards.size()), put((uint32_t)h->CardCut.size()), put((uint32_t)h->Notes.size()), put((uint32_t)h->NoteCut.size());
    for (size_t i = 0; i < h->Cards.size(); i++)
        put(FloatBits(h->Cards[i]) ^ (i < h->CardCut.size() && h->CardCut[i] ? 1u : 0u)); // the cut flag in the lowest bit
    for (size_t i = 0; i < h->Notes.size(); i++)
        put(FloatBits(h->Notes[i]) ^ (i < h->NoteCut.size() && h->NoteCut[i] ? 1u : 0u));
}
} // namespace

const MapLayout& CachedLayout(LayoutCache& cache, const Situation& situation, const LayoutMetrics& metrics)
{
    const ItemHeights* heights = nullptr;
    if (cache.Texts && cache.Texts->HasAdvances())
    {
        if (cache.TextsFrame == 0 || cache.TextsFrame != cache.TextsCheckedFrame ||
            !MeasuredWith(cache.Measured, *cache.Texts, situation, metrics))
            UpdateItemHeights(cache.Measured, *cache.Texts, situation, metrics);
        cache.TextsCheckedFrame = cache.TextsFrame;
        heights = &cache.Measured.Heights;
    }
    // Compare in place first (no copy): most frames change nothing.
    if (cache.Valid)
    {
        const std::vector<uint32_t>& key = cache.Key;
        size_t at = 0;
        bool same = true;
        VisitLayoutInputs(situation, metrics, heights, [&](uint32_t word) {
            same = same && at < key.size() && key[at] == word;
            at++;
        });
        if (same && at == key.size())
            return cache.Layout;
    }
    cache.Key.clear();
    VisitLayoutInputs(situation, metrics, heights, [&](uint32_t word) { cache.Key.push_back(word); });
    cache.Layout = ComputeLayout(situation, metrics, heights);
    cache.Valid = true;
    cache.Computations++;
    return cache.Layout;
}

