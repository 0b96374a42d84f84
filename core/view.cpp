#include "view.h"

#include <algorithm>

Vec2 WorldToScreen(const View& view, Vec2 p_world) { return view.OriginScreen + p_world * view.Zoom; }

Vec2 ScreenToWorld(const View& view, Vec2 p_screen) { return (p_screen - view.OriginScreen) * (1.0f / view.Zoom); }

Rect WorldToScreen(const View& view, const Rect& r_world)
{
    return {WorldToScreen(view, r_world.Min), WorldToScreen(view, r_world.Max)};
}

Rect ScreenToWorld(const View& view, const Rect& r_screen)
{
    return {ScreenToWorld(view, r_screen.Min), ScreenToWorld(view, r_screen.Max)};
}

View ZoomAt(const View& view, Vec2 cursor_screen, float zoom)
{
    // Map the cursor through the old view, then choose the new origin so it maps back to the same pixel.
    const Vec2 cursor_world = ScreenToWorld(view, cursor_screen);
    View next;
    next.Zoom = std::clamp(zoom, MinZoom, MaxZoom);
    next.OriginScreen = cursor_screen - cursor_world * next.Zoom;
    return next;
}

View Pan(const View& view, Vec2 delta_screen)
{
    View next = view;
    next.OriginScreen = view.OriginScreen + delta_screen;
    return next;
}

View FitRect(const Rect& content_world, const Rect& viewport_screen, float margin_screen)
{
    View view;
    const float avail_w = std::max(1.0f, viewport_screen.Width() - 2.0f * margin_screen);
    const float avail_h = std::max(1.0f, viewport_screen.Height() - 2.0f * margin_screen);
    const float content_w = std::max(1.0f, content_world.Width());
    const float content_h = std::max(1.0f, content_world.Height());
    view.Zoom = std::clamp(std::min(avail_w / content_w, avail_h / content_h), MinZoom, MaxZoom);
    view.OriginScreen = viewport_screen.Center() - content_world.Center() * view.Zoom;
    return view;
}

Rect FreeAreaBeside(const Rect& viewport_screen, const std::vector<Rect>& panels_screen, const Rect& content_world)
{
    // How large the content shows in an area (its fit zoom); areas too small to use count as 0.
    const float cw = std::max(content_world.Width(), 1.0f), ch = std::max(content_world.Height(), 1.0f);
    auto fit_zoom = [&](const Rect& r) {
        return r.Width() < 120.0f || r.Height() < 120.0f ? 0.0f : std::min(r.Width() / cw, r.Height() / ch);
    };
    Rect free = viewport_screen;
    for (const Rect& panel : panels_screen)
    {
        if (!panel.Overlaps(free))
            continue;
        const Rect strips[] = {
            {free.Min, {std::max(free.Min.x, panel.Min.x), free.Max.y}}, // left of it
            {{std::min(free.Max.x, panel.Max.x), free.Min.y}, free.Max},   // right of it
            {free.Min, {free.Max.x, std::max(free.Min.y, panel.Min.y)}}, // above it
            {{free.Min.x, std::min(free.Max.y, panel.Max.y)}, free.Max},   // below it
        };
        const Rect* best = nullptr;
        for (const Rect& strip : strips)
            if (!best || fit_zoom(strip) > fit_zoom(*best))
                best = &strip;
        if (fit_zoom(*best) > 0.0f)
            free = *best;
    }
    return free;
}
