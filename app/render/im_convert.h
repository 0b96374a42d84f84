// Between core's geometry (Vec2, no ImGui) and ImGui's ImVec2.
#pragma once
#include "geom.h"

#include <imgui.h>

inline Vec2 ToVec2(ImVec2 v) { return {v.x, v.y}; }
inline ImVec2 ToImVec2(Vec2 v) { return ImVec2(v.x, v.y); }
