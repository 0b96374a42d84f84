// Small helpers shared by the edit functions (core/edit*.cpp), not part of the edit API.
#pragma once
#include "edit.h"
#include "file_json.h"

#include <algorithm>
#include <cmath>

inline Situation* GetSituation(Document& doc, SituationIndex s)
{
    return s >= 0 && s < (int)doc.Situations.size() ? &doc.Situations[s] : nullptr;
}

inline bool IsFiniteAndSane(float v) { return std::isfinite(v) && std::fabs(v) < MaxCoordinate; }

// A moment's place in its phase: never left of the phase, never beyond what a file may hold.
inline float ClampMomentX(float x) { return std::clamp(x, 0.0f, MaxCoordinate * 0.5f); }

// Sets *why (when given) and returns true when fewer than `needed` ids are left (edit.cpp).
bool RefuseWithoutIds(const Document& doc, size_t needed, Status* why);
