// The pieces DrawMap is made of, one file each, all drawing through map_draw::Painter.
#pragma once
#include "journey.h"
#include "layout.h"
#include "render/map_painter.h"

namespace map_draw
{
void DrawTitleBand(const Painter& p, const Document& doc, const Situation& situation, const MapLayout& layout,
                   const std::string& date);
void DrawPersona(const Painter& p, const Persona& persona, const Rect& card);
} // namespace map_draw
