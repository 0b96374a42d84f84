// Small value types for positions. The coordinate space is in each variable's name
// (mouse_world, card_min_screen), never in the type: one Vec2 serves every space.
#pragma once
#include <algorithm>

struct Vec2
{
    float x = 0.0f, y = 0.0f;
    Vec2() = default;
    Vec2(float x_, float y_) : x(x_), y(y_) {}
    Vec2 operator+(Vec2 o) const { return {x + o.x, y + o.y}; }
    Vec2 operator-(Vec2 o) const { return {x - o.x, y - o.y}; }
    Vec2 operator*(float s) const { return {x * s, y * s}; }
    bool operator==(Vec2 o) const { return x == o.x && y == o.y; }
};

struct Rect
{
    Vec2 Min, Max;
    float Width() const { return Max.x - Min.x; }
    float Height() const { return Max.y - Min.y; }
    Vec2 Center() const { return {(Min.x + Max.x) * 0.5f, (Min.y + Max.y) * 0.5f}; }
    Rect operator+(Vec2 d) const { return {Min + d, Max + d}; }
    bool Contains(Vec2 p) const { return p.x >= Min.x && p.x < Max.x && p.y >= Min.y && p.y < Max.y; }
    bool Overlaps(const Rect& o) const { return Min.x < o.Max.x && o.Min.x < Max.x && Min.y < o.Max.y && o.Min.y < Max.y; }
    void Add(const Rect& o)
    {
        Min.x = std::min(Min.x, o.Min.x), Min.y = std::min(Min.y, o.Min.y);
        Max.x = std::max(Max.x, o.Max.x), Max.y = std::max(Max.y, o.Max.y);
    }
};
