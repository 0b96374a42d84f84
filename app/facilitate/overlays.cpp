#include "facilitate/overlays.h"

#include "render/theme.h"
#include "voting.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace
{
constexpr ImU32 DotFill = 0xFF8B3A1F;     // #1F3A8B, deep blue: stands out on red and green notes
constexpr ImU32 DotRim = 0xFFFFFFFF;
constexpr ImU32 TopOutline = 0xFF00A5FF;  // #FFA500, the results' highlight
constexpr ImU32 LaserRed = 0xFF2020F0;    // #F02020
constexpr ImU32 TimerInk = 0xFF1E1E1E;
constexpr ImU32 TimerUp = 0xFF1C1CC8;     // #C81C1C: time is up
constexpr ImU32 TimerPaused = 0xFF808080;

ImVec2 ToIm(Vec2 p) { return ImVec2(p.x, p.y); }

ImU32 WithAlpha(ImU32 color, float alpha)
{
    const unsigned a = (unsigned)std::clamp(alpha * (float)((color >> 24) & 0xFF), 0.0f, 255.0f);
    return (color & 0x00FFFFFF) | (a << 24);
}

// Centred text in a canvas font at `size` pixels.
void CenteredText(const OverlayView& view, ImVec2 center, float size, ImU32 color, const char* text)
{
    ImFont* font = view.Fonts ? PickCanvasFont(*view.Fonts, size, true) : nullptr;
    if (!font)
        font = ImGui::GetFont();
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text);
    view.DrawList->AddText(font, size, ImVec2(center.x - extent.x * 0.5f, center.y - extent.y * 0.5f), color, text);
}

// The round whose dots the map shows: the open one, else the one whose results are shown.
RoundId ShownRound(const Document& doc, const FacilitationState& tools)
{
    if (const VotingRound* open = OpenRound(doc))
        return open->Id;
    if (tools.Voting.Results.IsValid() && FindRound(doc, tools.Voting.Results))
        return tools.Voting.Results;
    return RoundId();
}

void DrawDots(const OverlayView& view, const Rect& note_screen, int dots)
{
    ImDrawList* dl = view.DrawList;
    // Large enough to count from the back of the room (at least 14 pixels across), yet leaving
    // most of the note readable.
    const float radius = std::clamp(note_screen.Width() * 0.1f, 7.0f, 24.0f);
    const float step = radius * 2.4f;
    const float inset = radius * 0.5f;
    const int fit = std::max(1, (int)((note_screen.Width() - 2.0f * inset) / step));
    if (dots <= std::min(fit, 5))
    {
        const float y = note_screen.Max.y - inset - radius;
        for (int i = 0; i < dots; i++)
        {
            const ImVec2 c(note_screen.Max.x - inset - radius - step * (float)i, y);
            dl->AddCircleFilled(c, radius + 2.0f, DotRim, 24);
            dl->AddCircleFilled(c, radius, DotFill, 24);
        }
        return;
    }
    // More dots than fit in a row: one big dot with the count.
    const float big = radius * 1.5f;
    const ImVec2 c(note_screen.Max.x - inset - big, note_screen.Max.y - inset - big);
    dl->AddCircleFilled(c, big + 2.0f, DotRim, 32);
    dl->AddCircleFilled(c, big, DotFill, 32);
    char count[16];
    std::snprintf(count, sizeof(count), "%d", dots);
    CenteredText(view, c, big * 1.2f, 0xFFFFFFFF, count);
}
} // namespace

void DrawSpotlightOverlay(const OverlayView& view, int situation_index, const Situation& situation, const MapLayout& layout,
                          const FacilitationState& tools)
{
    Rect lit_world;
    if (!tools.Spotlight.IsSet() || tools.SpotlightSituation != situation_index ||
        !SpotlightRect(situation, layout, tools.Spotlight, &lit_world))
        return;
    const Rect c = view.CanvasScreen;
    const Rect lit = WorldToScreen(view.Transform, lit_world);
    // The background laid over everything else at two thirds: what remains shows at a third.
    const ImU32 veil = WithAlpha(MapColors::Background, 2.0f / 3.0f);
    const float left = std::clamp(lit.Min.x, c.Min.x, c.Max.x), right = std::clamp(lit.Max.x, c.Min.x, c.Max.x);
    const float top = std::clamp(lit.Min.y, c.Min.y, c.Max.y), bottom = std::clamp(lit.Max.y, c.Min.y, c.Max.y);
    ImDrawList* dl = view.DrawList;
    dl->AddRectFilled(ToIm(c.Min), ImVec2(c.Max.x, top), veil);
    dl->AddRectFilled(ImVec2(c.Min.x, bottom), ToIm(c.Max), veil);
    dl->AddRectFilled(ImVec2(c.Min.x, top), ImVec2(left, bottom), veil);
    dl->AddRectFilled(ImVec2(right, top), ImVec2(c.Max.x, bottom), veil);
    dl->AddRect(ImVec2(left, top), ImVec2(right, bottom), TopOutline, 6.0f, 0, 3.0f);
}

void DrawVotesOverlay(const OverlayView& view, const Document& doc, int situation_index, const MapLayout& layout,
                      const FacilitationState& tools)
{
    const RoundId round = ShownRound(doc, tools);
    if (!round.IsValid() || situation_index < 0 || situation_index >= (int)doc.Situations.size())
        return;
    const Situation& situation = doc.Situations[situation_index];
    const VotingRound* shown = FindRound(doc, round);
    // Ranks only for ended rounds whose results are shown: a running tally is not a result yet.
    std::unordered_map<NoteId, int> rank_of;
    if (!shown->Open && tools.Voting.Results == round)
        for (const RankedNote& line : RankRound(doc, round))
            if (line.Situation == situation_index && line.Rank <= tools.Voting.HighlightTop)
                rank_of[line.Note] = line.Rank;
    for (const NoteBox& box : layout.Notes)
    {
        const Rect note_screen = WorldToScreen(view.Transform, box.Box);
        if (!note_screen.Overlaps(view.CanvasScreen))
            continue;
        const Note* note = ModelNote(situation, box);
        if (!note)
            continue;
        auto ranked = rank_of.find(box.Id);
        if (ranked != rank_of.end())
        {
            view.DrawList->AddRect(ToIm(note_screen.Min - Vec2(4, 4)), ToIm(note_screen.Max + Vec2(4, 4)), TopOutline, 8.0f, 0, 6.0f);
            const float badge = std::clamp(note_screen.Height() * 0.22f, 11.0f, 30.0f);
            const ImVec2 c(note_screen.Min.x, note_screen.Min.y);
            view.DrawList->AddCircleFilled(c, badge + 2.0f, DotRim, 32);
            view.DrawList->AddCircleFilled(c, badge, TopOutline, 32);
            char text[16];
            std::snprintf(text, sizeof(text), "%d", ranked->second);
            CenteredText(view, c, badge * 1.3f, TimerInk, text);
        }
        const int dots = NoteVotes(*note, round);
        if (dots > 0)
            DrawDots(view, note_screen, dots);
    }
}

void DrawLaserOverlay(const OverlayView& view, const LaserTrail& laser, double now)
{
    ImDrawList* dl = view.DrawList;
    dl->PushClipRect(ToIm(view.CanvasScreen.Min), ToIm(view.CanvasScreen.Max), true);
    const size_t n = laser.Points.size();
    for (size_t i = 0; i < n; i++)
    {
        const LaserPoint& from = laser.Points[i];
        const float alpha = LaserPointAlpha(from, now);
        if (alpha <= 0.0f)
            continue;
        const Vec2 to_world = i + 1 < n ? laser.Points[i + 1].PosWorld : (laser.HasHead && laser.On ? laser.HeadWorld : from.PosWorld);
        const ImVec2 a = ToIm(WorldToScreen(view.Transform, from.PosWorld));
        const ImVec2 b = ToIm(WorldToScreen(view.Transform, to_world));
        dl->AddLine(a, b, WithAlpha(LaserRed, alpha * 0.8f), 2.0f + 6.0f * alpha);
    }
    if (laser.On && laser.HasHead)
    {
        const ImVec2 c = ToIm(WorldToScreen(view.Transform, laser.HeadWorld));
        dl->AddCircleFilled(c, 20.0f, WithAlpha(LaserRed, 0.25f), 32);
        dl->AddCircleFilled(c, 10.0f, LaserRed, 24);
        dl->AddCircle(c, 10.0f, WithAlpha(0xFFFFFFFF, 0.9f), 24, 2.0f);
    }
    dl->PopClipRect();
}

void DrawTimerOverlay(const OverlayView& view, const WorkshopTimer& timer, double now)
{
    if (timer.Phase == TimerPhase::Stopped)
        return;
    const std::string digits = FormatTimer(timer, now);
    const Rect c = view.CanvasScreen;
    // Large enough to read from the back of the room, in proportion to the window.
    const float size = std::clamp(c.Height() * 0.085f, 40.0f, 140.0f);
    ImFont* font = view.Fonts ? PickCanvasFont(*view.Fonts, size, true) : nullptr;
    if (!font)
        font = ImGui::GetFont();
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, "00:00");
    const float pad = size * 0.25f, margin = 16.0f;
    const ImVec2 box_max(c.Max.x - margin, c.Min.y + margin + extent.y + 2.0f * pad);
    const ImVec2 box_min(box_max.x - extent.x - 2.0f * pad, c.Min.y + margin);
    const bool up = TimerTimeIsUp(timer, now);
    ImDrawList* dl = view.DrawList;
    dl->AddRectFilled(box_min, box_max, WithAlpha(0xFFFFFFFF, 0.92f), pad);
    dl->AddRect(box_min, box_max, up ? TimerUp : MapColors::CardBorder, pad, 0, up ? 4.0f : 2.0f);
    if (!TimerDigitsLit(timer, now))
        return;
    const ImU32 ink = up ? TimerUp : timer.Phase == TimerPhase::Paused ? TimerPaused : TimerInk;
    const ImVec2 text_extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, digits.c_str());
    dl->AddText(font, size, ImVec2((box_min.x + box_max.x - text_extent.x) * 0.5f, box_min.y + pad), ink, digits.c_str());
    if (timer.Phase == TimerPhase::Paused)
    {
        // Two bars: paused, readable without words.
        const float h = extent.y * 0.5f, w = size * 0.08f;
        const ImVec2 at(box_min.x - w * 4.0f, (box_min.y + box_max.y) * 0.5f - h * 0.5f);
        dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), TimerPaused);
        dl->AddRectFilled(ImVec2(at.x + w * 2.0f, at.y), ImVec2(at.x + w * 3.0f, at.y + h), TimerPaused);
    }
}

void DrawFacilitationOverlays(const OverlayView& view, const Document& doc, int situation_index, const MapLayout& layout,
                              const FacilitationState& tools, double now)
{
    if (situation_index >= 0 && situation_index < (int)doc.Situations.size())
        DrawSpotlightOverlay(view, situation_index, doc.Situations[situation_index], layout, tools);
    DrawVotesOverlay(view, doc, situation_index, layout, tools);
    DrawLaserOverlay(view, tools.Laser, now);
    DrawTimerOverlay(view, tools.Timer, now);
}

double FacilitationSecondsUntilRedraw(const FacilitationState& tools, double now)
{
    double wait = TimerSecondsUntilChange(tools.Timer, now);
    if (LaserNeedsFrames(tools.Laser, now))
        wait = wait < 0.0 ? 1.0 / 60.0 : std::min(wait, 1.0 / 60.0); // the trail fades smoothly, then frames stop
    return wait;
}
