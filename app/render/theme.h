// The light, high-contrast look: projectors wash out dark themes and thin grey text.
#pragma once
#include <cstdint>

void ApplyLightTheme();

// Colours shared by the canvas and the export (0xAABBGGRR, ImGui's packing).
namespace MapColors
{
constexpr uint32_t Background = 0xFFFFFFFF;
constexpr uint32_t Ink = 0xFF1E1E1E;          // body text
constexpr uint32_t InkSoft = 0xFF505050;      // secondary text, still dark enough on a projector
constexpr uint32_t PhaseHeader = 0xFF8B5F1F;  // #1F5F8B, deep blue
constexpr uint32_t PhaseHeaderText = 0xFFFFFFFF;
constexpr uint32_t PhaseStripe = 0xFFFBF6F2;  // every other phase column
constexpr uint32_t LaneLabel = 0xFFEDE7E2;
constexpr uint32_t Grid = 0xFFCFC8C2;
constexpr uint32_t CardFill = 0xFFFFFFFF;
constexpr uint32_t CardBorder = 0xFF6E6259;
constexpr uint32_t PatientCurve = 0xFFC35A2B;      // #2B5AC3, blue
constexpr uint32_t ProfessionalCurve = 0xFF1F7FD9; // #D97F1F, orange
constexpr uint32_t PainPointNote = 0xFFC8C8FF;     // #FFC8C8, soft red
constexpr uint32_t PainPointBorder = 0xFF2828B4;
constexpr uint32_t OpportunityNote = 0xFFC3F0C3;   // #C3F0C3, soft green
constexpr uint32_t OpportunityBorder = 0xFF2E8A2E;
constexpr uint32_t Selection = 0xFFE07B00;
} // namespace MapColors

// The map's colours and line weights as one value, so the same drawing serves the editing view
// and the projector (white ground, text at least 7:1 against its background, heavier lines,
// darker chips and curves that survive a washed-out projector).
struct MapPalette
{
    uint32_t Background, Ink, InkSoft, PhaseHeader, PhaseHeaderText, PhaseStripe, LaneLabel, Grid, ScoreGrid, CardFill,
        CardBorder, PatientCurve, ProfessionalCurve, PainPointNote, PainPointBorder, OpportunityNote, OpportunityBorder,
        Selection;
    float LineScale;  // lines and curve strokes, relative to the editing view
    float ChipShade;  // interaction type chips: 1 as is, lower is darker (white text on them)
};
const MapPalette& EditingPalette();
const MapPalette& ProjectorPalette();
