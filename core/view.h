// The canvas view: how world units map to screen pixels. screen = OriginScreen + world * Zoom.
#pragma once
#include "geom.h"

#include <vector>

constexpr float MinZoom = 0.05f;
constexpr float MaxZoom = 8.0f;

struct View
{
    Vec2 OriginScreen; // screen position of the world origin (0, 0)
    float Zoom = 1.0f; // screen pixels per world unit
};

Vec2 WorldToScreen(const View& view, Vec2 p_world);
Vec2 ScreenToWorld(const View& view, Vec2 p_screen);
Rect WorldToScreen(const View& view, const Rect& r_world);
Rect ScreenToWorld(const View& view, const Rect& r_screen);

// Zoom to `zoom` (clamped) keeping the world point under `cursor_screen` where it is.
View ZoomAt(const View& view, Vec2 cursor_screen, float zoom);
// Move the view by a screen-space delta (a pan gesture).
View Pan(const View& view, Vec2 delta_screen);
// The view that shows all of `content_world` centred in `viewport_screen`, with a margin in pixels.
View FitRect(const Rect& content_world, const Rect& viewport_screen, float margin_screen);

// The part of `viewport_screen` left free by the panels floating over it, chosen so that
// `content_world` shows as large as possible there: for each panel over the viewport, the
// widest of the strips left, right, above or below it. The whole viewport when no panel covers it.
Rect FreeAreaBeside(const Rect& viewport_screen, const std::vector<Rect>& panels_screen, const Rect& content_world);
