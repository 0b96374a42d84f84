// Overlays of the map drawing: the shaded gap between the patient and the professional curve
// where their scores differ by 2 or more (every view), and the Compare view's marks (faded
// current faces, coloured arrows with the change, new and dropped moments, per-phase averages).
#include "render/draw_parts.h"

#include "compare.h"
#include "curve.h"
#include "render/draw_map.h"
#include "render/map_painter.h"
#include "render/theme.h"
#include "text/i18n.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace map_draw
{
namespace
{
constexpr ImU32 GapFill = IM_COL32(214, 64, 64, 46);   // a light red wash: look here
constexpr ImU32 Better = IM_COL32(46, 140, 60, 255);   // the change's arrow when it goes up
constexpr ImU32 Worse = IM_COL32(200, 40, 40, 255);    // ... and down
constexpr ImU32 Unchanged = IM_COL32(120, 120, 120, 255);

// The curve's y at world x, linear between the samples (sorted by x).
float SampleY(const std::vector<Vec2>& samples, float x)
{
    auto it = std::lower_bound(samples.begin(), samples.end(), x, [](const Vec2& s, float v) { return s.x < v; });
    if (it == samples.begin())
        return it->y;
    if (it == samples.end())
        return samples.back().y;
    const Vec2 a = *(it - 1), b = *it;
    return b.x > a.x ? a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x) : b.y;
}

std::string ChangeText(float change)
{
    char text[16];
    if (std::fabs(change - std::round(change)) < 1e-4f)
        std::snprintf(text, sizeof(text), "%+d", (int)std::lround(change));
    else
        std::snprintf(text, sizeof(text), "%+.1f", change);
    if (change == 0.0f)
        return "0";
    std::string s = text;
    if (s[0] == '-') // a real minus sign reads better than a hyphen
        s.replace(0, 1, "\xE2\x88\x92");
    return s;
}

void Badge(const Painter& p, const Rect& card, const char* text, ImU32 fill)
{
    const float w = p.TextWidth(text, SmallTextSize, true) + 16.0f;
    const Rect r = {{card.Max.x - w - 6.0f, card.Min.y - 16.0f}, {card.Max.x - 6.0f, card.Min.y + 12.0f}};
    p.FillRect(r, fill, 6.0f);
    p.Text(text, r.Min + Vec2(8.0f, 4.0f), SmallTextSize, IM_COL32_WHITE, 0.0f, {r.Min, r.Max}, true);
}
} // namespace

void CurvePointsAround(const MapLayout& layout, bool patient, size_t first, size_t last, std::vector<Vec2>* points_world)
{
    auto scored = [&](size_t i) { return patient ? layout.Moments[i].PatientScored : layout.Moments[i].ProfessionalScored; };
    size_t from = std::min(first, layout.Moments.size()), to = std::min(last, layout.Moments.size());
    for (int found = 0; from > 0 && found < 3;)
        found += scored(--from) ? 1 : 0;
    for (int found = 0; to < layout.Moments.size() && found < 3; to++)
        found += scored(to) ? 1 : 0;
    points_world->clear();
    for (size_t i = from; i < to; i++)
        if (scored(i))
            points_world->push_back(patient ? layout.Moments[i].PatientPoint : layout.Moments[i].ProfessionalPoint);
}

void DrawExperienceGaps(const Painter& p, const Situation& situation, const MapLayout& layout, size_t first, size_t last)
{
    if (layout.PatientCurveBand.Height() <= 0.0f || layout.ProfessionalCurveBand.Height() <= 0.0f || first >= last)
        return;
    // Kept between frames: drawing allocates nothing once they have grown.
    static thread_local std::vector<Vec2> points, patient, professional;
    static thread_local CurveScratch scratch;
    bool any = false;
    for (size_t i = first; i < last && !any; i++)
        if (const Moment* m = ModelMoment(situation, layout.Moments[i]))
            any = HasExperienceGap(*m);
    if (!any)
        return;
    const float step = 6.0f / p.ViewTransform.Zoom;
    // Only the visible stretch of each curve: sampling a whole stress-sized map every frame cost
    // a fifth of the frame.
    CurvePointsAround(layout, true, first, last, &points);
    patient.clear();
    SampleMonotoneCurve(points, step, &patient, &scratch);
    CurvePointsAround(layout, false, first, last, &points);
    professional.clear();
    SampleMonotoneCurve(points, step, &professional, &scratch);
    const float half = layout.Metrics.CardWidth * 0.5f + layout.Metrics.CardGap * 0.5f;
    for (size_t i = first; i < last; i++)
    {
        const MomentBox& box = layout.Moments[i];
        const Moment* m = ModelMoment(situation, box);
        if (!m || !HasExperienceGap(*m))
            continue;
        // Between the curves, across the moment's own column: quads from one curve to the other.
        const int strips = 12;
        for (int s = 0; s < strips; s++)
        {
            const float x0 = box.CenterX - half + 2.0f * half * s / strips, x1 = box.CenterX - half + 2.0f * half * (s + 1) / strips;
            p.DrawList->AddQuadFilled(p.ToScreen({x0, SampleY(patient, x0)}), p.ToScreen({x1, SampleY(patient, x1)}),
                                      p.ToScreen({x1, SampleY(professional, x1)}), p.ToScreen({x0, SampleY(professional, x0)}),
                                      GapFill);
        }
    }
}

void DrawCompareMarks(const Painter& p, const Situation&, const MapLayout& layout, const Comparison& comparison,
                      size_t first, size_t last)
{
    for (size_t i = first; i < last; i++)
    {
        const MomentBox& box = layout.Moments[i];
        const MomentComparison* c = comparison.FindDesired(box.Id);
        const bool dropped = !c && (c = comparison.FindDropped(box.Id)) != nullptr;
        if (!c)
            continue;
        if (dropped)
        {
            // Greyed out, as crossed off the map.
            p.FillRect(box.Card, IM_COL32(255, 255, 255, 170), 8.0f);
            p.DrawList->AddLine(p.ToScreen(box.Card.Min), p.ToScreen(box.Card.Max), IM_COL32(150, 150, 150, 200), std::max(1.0f, p.ToScreen(2.0f)));
            Badge(p, box.Card, Tr("compare.dropped"), IM_COL32(110, 110, 110, 255));
        }
        else if (c->Status == CompareStatus::New)
            Badge(p, box.Card, Tr("compare.new"), Better);
        for (int side = 0; side < 2; side++)
        {
            const bool patient = side == 0;
            const Rect& band = patient ? layout.PatientCurveBand : layout.ProfessionalCurveBand;
            if (band.Height() <= 0.0f)
                continue;
            const std::optional<float>& before = patient ? c->PatientBefore : c->ProfessionalBefore;
            const std::optional<float> change = patient ? c->PatientChange() : c->ProfessionalChange();
            const ImU32 outline = patient ? MapColors::PatientCurve : MapColors::ProfessionalCurve;
            if (!before || c->Status == CompareStatus::New)
                continue;
            // The current score, faded, a little left of the desired face.
            const Vec2 then = {box.CenterX - 46.0f, ScoreToY(band, *before)};
            const int first_vertex = p.DrawList->VtxBuffer.Size;
            DrawFace(p, then, *before, outline);
            for (int v = first_vertex; v < p.DrawList->VtxBuffer.Size; v++) // fade: a third of the alpha
                p.DrawList->VtxBuffer[v].col = (p.DrawList->VtxBuffer[v].col & 0x00FFFFFF) | (((p.DrawList->VtxBuffer[v].col >> 24) / 3) << 24);
            if (!change)
                continue;
            const Vec2 now = patient ? box.PatientPoint : box.ProfessionalPoint;
            const ImU32 color = *change > 0.0f ? Better : *change < 0.0f ? Worse : Unchanged;
            if (*change != 0.0f)
            {
                // An arrow from the old score to the new, beside the faces.
                const float x = box.CenterX - 23.0f, y0 = then.y, y1 = now.y + (*change > 0.0f ? FaceRadius * 0.6f : -FaceRadius * 0.6f);
                const float width = std::max(1.5f, p.ToScreen(4.0f));
                p.DrawList->AddLine(p.ToScreen({x, y0}), p.ToScreen({x, y1}), color, width);
                const float head = *change > 0.0f ? 12.0f : -12.0f;
                p.DrawList->AddTriangleFilled(p.ToScreen({x, y1 - head * 0.4f}), p.ToScreen({x - 9.0f, y1 + head * 0.6f}),
                                              p.ToScreen({x + 9.0f, y1 + head * 0.6f}), color);
            }
            const std::string text = ChangeText(*change);
            p.Text(text.c_str(), {box.CenterX + FaceRadius + 6.0f, now.y - 12.0f}, BodyTextSize, color, 0.0f,
                   {{box.CenterX, now.y - 30.0f}, {box.CenterX + 120.0f, now.y + 30.0f}}, true);
        }
    }
    // Per phase, the average change under its name.
    for (size_t i = 0; i < layout.Phases.size() && i < comparison.Phases.size(); i++)
    {
        const PhaseColumn& column = layout.Phases[i];
        const PhaseComparison& pc = comparison.Phases[i];
        if (pc.Desired != column.Id || !p.IsVisible(column.Header))
            continue;
        std::string line;
        auto part = [&](const char* key, const std::optional<float>& avg) {
            if (!avg)
                return;
            char text[96];
            std::snprintf(text, sizeof(text), Tr(key), ChangeText(std::round(*avg * 10.0f) / 10.0f).c_str());
            line += (line.empty() ? "" : "   ") + std::string(text);
        };
        part("compare.avg_patient", pc.PatientAverageChange);
        part("compare.avg_professional", pc.ProfessionalAverageChange);
        if (line.empty())
            continue;
        const Rect header = {column.Header.Min + Vec2(3, 3), column.Header.Max - Vec2(3, 3)};
        p.Text(line.c_str(), {header.Min.x + 14.0f, header.Max.y - SmallTextSize * p.TextScale - 4.0f}, SmallTextSize, MapColors::PhaseHeaderText, 0.0f,
               {header.Min + Vec2(12, 0), header.Max - Vec2(12, 0)}, true);
    }
}
} // namespace map_draw
