#include "present_plan.h"

#include <algorithm>
#include <cmath>

PresentPlanOptions PresentOptionsFor(const LayoutMetrics& metrics, Vec2 screen_size, bool moment_steps)
{
    PresentPlanOptions o;
    o.ScreenSize = screen_size;
    // The drawing's sizes at text scale 1: titles and notes 23, the smallest text (type chips,
    // channel, score numbers) 18.
    o.LargeTextWorld = 23.0f * metrics.TextScale;
    o.SmallTextWorld = 18.0f * metrics.TextScale;
    o.MomentSteps = moment_steps;
    return o;
}

float LegibleZoom(const PresentPlanOptions& o)
{
    return std::max(o.LeastLargePixels / o.LargeTextWorld, o.LeastSmallPixels / o.SmallTextWorld);
}

namespace
{
// Splits phase column [x0, x1] into ranges no wider than `width`, cutting between cards.
void SplitPhase(const MapLayout& layout, const PhaseColumn& column, float width, std::vector<std::pair<float, float>>* parts)
{
    parts->clear();
    const float x0 = column.Column.Min.x, x1 = column.Column.Max.x;
    if (x1 - x0 <= width)
    {
        parts->push_back({x0, x1});
        return;
    }
    const float half_gap = layout.Metrics.CardGap * 0.5f;
    float start = x0;
    float last_end = x0; // right edge (with half a gap) of the last card placed in this part
    bool any = false;
    for (const MomentBox& box : layout.Moments)
    {
        if (box.Phase.Value != column.Id.Value)
            continue;
        const float card_end = box.Card.Max.x + half_gap;
        if (any && card_end - start > width)
        {
            parts->push_back({start, last_end});
            start = box.Card.Min.x - half_gap;
        }
        last_end = card_end;
        any = true;
    }
    if (!any)
    {
        // No cards to cut between: equal parts.
        const int n = (int)std::ceil((x1 - x0) / width);
        for (int i = 0; i < n; i++)
            parts->push_back({x0 + (x1 - x0) * (float)i / (float)n, x0 + (x1 - x0) * (float)(i + 1) / (float)n});
        return;
    }
    parts->push_back({start, std::min(x1, std::max(last_end, start + width))});
}
} // namespace

std::vector<PresentStep> PlanPresentation(const MapLayout& layout, const Rect& overview_world, const PresentPlanOptions& o)
{
    std::vector<PresentStep> plan;
    const Vec2 screen = o.ScreenSize;
    PresentStep overview;
    overview.Kind = PresentStepKind::Overview;
    overview.Focus = overview_world;
    overview.ViewTransform = FitRect(overview_world, {{0.0f, 0.0f}, screen}, o.MarginScreen * 3.0f);
    plan.push_back(overview);

    // Every phase step shows the headers down to the last lane, filling the screen height, but
    // never below the zoom at which the text is legible.
    const float height = std::max(1.0f, layout.Map.Max.y);
    const float zoom = std::max((screen.y - 2.0f * o.MarginScreen) / height, LegibleZoom(o));
    const float labels_screen = layout.Metrics.LaneLabelWidth * zoom;
    const float width = std::max(layout.Metrics.CardWidth + layout.Metrics.CardGap, (screen.x - labels_screen - o.MarginScreen) / zoom);
    const float top_screen = height * zoom < screen.y ? (screen.y - height * zoom) * 0.5f : o.MarginScreen;
    std::vector<std::pair<float, float>> parts;
    for (size_t p = 0; p < layout.Phases.size(); p++)
    {
        SplitPhase(layout, layout.Phases[p], width, &parts);
        for (size_t part = 0; part < parts.size(); part++)
        {
            PresentStep step;
            step.Kind = PresentStepKind::Phase;
            step.Phase = (int)p;
            step.Part = (int)part;
            step.Parts = (int)parts.size();
            step.Focus = {{parts[part].first, 0.0f}, {parts[part].second, height}};
            step.ViewTransform.Zoom = zoom;
            // Left-aligned after the lane names: the first phase's own lane titles sit exactly
            // where the frozen ones are drawn.
            step.ViewTransform.OriginScreen = {labels_screen - parts[part].first * zoom, top_screen};
            plan.push_back(step);
            if (!o.MomentSteps)
                continue;
            for (const MomentBox& box : layout.Moments)
            {
                if (box.Phase.Value != layout.Phases[p].Id.Value || box.CenterX < parts[part].first || box.CenterX > parts[part].second)
                    continue;
                PresentStep moment = step;
                moment.Kind = PresentStepKind::Moment;
                moment.Moment = box.Id;
                moment.Focus = {{box.Card.Min.x, 0.0f}, {box.Card.Max.x, height}};
                plan.push_back(moment);
            }
        }
    }
    return plan;
}

int FirstStepOfPhase(const std::vector<PresentStep>& plan, int phase)
{
    for (size_t i = 0; i < plan.size(); i++)
        if (plan[i].Kind == PresentStepKind::Phase && plan[i].Phase == phase)
            return (int)i;
    return -1;
}

int MatchingStep(const std::vector<PresentStep>& plan, const PresentStep& step)
{
    if (step.Kind == PresentStepKind::Overview || plan.empty())
        return 0;
    int best = -1;
    for (size_t i = 0; i < plan.size(); i++)
    {
        const PresentStep& s = plan[i];
        if (s.Kind != step.Kind || s.Phase != step.Phase)
            continue;
        if (step.Kind == PresentStepKind::Moment && s.Moment == step.Moment)
            return (int)i;
        if (step.Kind == PresentStepKind::Phase && s.Part == std::min(step.Part, s.Parts - 1))
            return (int)i;
    }
    if (best < 0)
    {
        // The phase is gone or changed shape: its first step, or the last phase's.
        int last_phase = 0;
        for (const PresentStep& s : plan)
            last_phase = std::max(last_phase, s.Phase);
        best = FirstStepOfPhase(plan, std::min(step.Phase, last_phase));
    }
    return std::max(best, 0);
}

float EaseInOut(float t)
{
    t = std::clamp(t, 0.0f, 1.0f);
    return t < 0.5f ? 4.0f * t * t * t : 1.0f - std::pow(-2.0f * t + 2.0f, 3.0f) * 0.5f;
}

View BlendViews(const View& from, const View& to, Vec2 center_screen, float t)
{
    if (t <= 0.0f)
        return from;
    if (t >= 1.0f)
        return to;
    const Vec2 from_world = ScreenToWorld(from, center_screen), to_world = ScreenToWorld(to, center_screen);
    View v;
    v.Zoom = from.Zoom * std::pow(to.Zoom / from.Zoom, t);
    const Vec2 center_world = from_world + (to_world - from_world) * t;
    v.OriginScreen = center_screen - center_world * v.Zoom;
    return v;
}
