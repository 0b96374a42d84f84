// The pieces DrawMap is made of, one file each, all drawing through map_draw::Painter.
#pragma once
#include "journey.h"
#include "layout.h"
#include "render/map_painter.h"

struct Comparison;

namespace map_draw
{
void DrawTitleBand(const Painter& p, const Document& doc, const Situation& situation, const MapLayout& layout,
                   const std::string& date);
void DrawPersona(const Painter& p, const Persona& persona, const Rect& card);
// draw_compare.cpp: over the moments [first, last) of the layout.
// The scored points of one curve (patient or professional) that shape it over the moments in
// [first, last): those moments' and three scored ones beyond each end (the monotone tangents
// look two points each way), in x order.
void CurvePointsAround(const MapLayout& layout, bool patient, size_t first, size_t last, std::vector<Vec2>* points_world);
void DrawExperienceGaps(const Painter& p, const Situation& situation, const MapLayout& layout, size_t first, size_t last);
void DrawCompareMarks(const Painter& p, const Situation& situation, const MapLayout& layout, const Comparison& comparison,
                      size_t first, size_t last);
} // namespace map_draw
