#include "curve.h"

#include <cmath>

void SampleMonotoneCurve(const std::vector<Vec2>& points, float step_x, std::vector<Vec2>* out)
{
    CurveScratch scratch;
    SampleMonotoneCurve(points, step_x, out, &scratch);
}

void SampleMonotoneCurve(const std::vector<Vec2>& points, float step_x, std::vector<Vec2>* out, CurveScratch* scratch)
{
    const size_t n = points.size();
    if (n == 0)
        return;
    if (n == 1)
    {
        out->push_back(points[0]);
        return;
    }

    // Secant slopes, then tangents limited so each segment stays monotone (Fritsch-Carlson).
    std::vector<float>& secant = scratch->Secant;
    std::vector<float>& tangent = scratch->Tangent;
    secant.assign(n - 1, 0.0f);
    tangent.assign(n, 0.0f);
    for (size_t i = 0; i + 1 < n; i++)
    {
        const float dx = points[i + 1].x - points[i].x;
        secant[i] = dx > 1e-6f ? (points[i + 1].y - points[i].y) / dx : 0.0f;
    }
    tangent[0] = secant[0];
    tangent[n - 1] = secant[n - 2];
    for (size_t i = 1; i + 1 < n; i++)
        tangent[i] = (secant[i - 1] * secant[i] <= 0.0f) ? 0.0f : (secant[i - 1] + secant[i]) * 0.5f;
    for (size_t i = 0; i + 1 < n; i++)
    {
        if (secant[i] == 0.0f)
        {
            tangent[i] = tangent[i + 1] = 0.0f;
            continue;
        }
        const float a = tangent[i] / secant[i], b = tangent[i + 1] / secant[i];
        const float h = a * a + b * b;
        if (h > 9.0f)
        {
            const float t = 3.0f / std::sqrt(h);
            tangent[i] = t * a * secant[i];
            tangent[i + 1] = t * b * secant[i];
        }
    }

    if (step_x <= 0.0f)
        step_x = 1.0f;
    out->push_back(points[0]);
    for (size_t i = 0; i + 1 < n; i++)
    {
        const Vec2 p0 = points[i], p1 = points[i + 1];
        const float dx = p1.x - p0.x;
        const int steps = dx > 0.0f ? std::max(1, std::min(256, (int)std::ceil(dx / step_x))) : 1;
        for (int s = 1; s <= steps; s++)
        {
            const float t = (float)s / (float)steps;
            const float t2 = t * t, t3 = t2 * t;
            const float h00 = 2 * t3 - 3 * t2 + 1, h10 = t3 - 2 * t2 + t, h01 = -2 * t3 + 3 * t2, h11 = t3 - t2;
            const float y = h00 * p0.y + h10 * dx * tangent[i] + h01 * p1.y + h11 * dx * tangent[i + 1];
            out->push_back({p0.x + dx * t, y});
        }
    }
}
