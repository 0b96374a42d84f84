// Cards, notes and lanes sized for their text: at a text scale the map's texts are wrapped as the
// drawing will wrap them, and cards, notes and lanes grow to hold them (up to a limit, then the
// drawing ends the text in "…"). On paper the text scale is chosen for the sheet: the largest
// body text that still fits, lanes stretched to fill the rest of the sheet.
#pragma once
#include "layout.h"
#include "text_wrap.h"

#include <functional>
#include <vector>

// World font sizes of the map's text at text scale 1 (what the drawing uses).
namespace map_text
{
constexpr float Title = 52.0f;   // the map's title in the title band
constexpr float Phase = 28.0f;   // phase names
constexpr float Heading = 27.0f; // lane titles
constexpr float Body = 23.0f;    // card titles, notes, descriptions, experiences
constexpr float Small = 18.0f;   // type chips, channels, score numbers
} // namespace map_text

// On paper there is room to spare below the map: texts grow further before they are cut.
constexpr TextLineLimits PaperLineLimits = {6, 10, 12};

// The advances and hyphenation the drawing wraps with.
struct TextMeasure
{
    const GlyphAdvances* Regular = nullptr;
    const GlyphAdvances* Bold = nullptr;
    const Hyphenator* Hyph = nullptr; // may be null
    // When set, lines come from this cache (the drawing's own: the same lines as drawn) and the
    // advances and hyphenator above are not used.
    TextWrapCache* Cache = nullptr;
};

// Number of lines `text` wraps into at world size `size` in `width` (at most `max_lines`);
// `cut`, when given, is set when text was left over (the drawing ends the last line in "…").
int WrappedLineCount(const std::string& text, float size, float width, bool bold, int max_lines, const TextMeasure& measure,
                     bool* cut = nullptr);

// The height a card needs for its title (bold, up to metrics.Lines.CardTitle lines) and channel,
// and a note for its text (up to metrics.Lines.Note lines), as the drawing places them; `cut` is
// set when the text has more lines. Never less than the metrics' card and note heights.
float CardHeightForText(const Moment& moment, const LayoutMetrics& metrics, const TextMeasure& measure, bool* cut);
float NoteHeightForText(const Note& note, const LayoutMetrics& metrics, const TextMeasure& measure, bool* cut);
// Every card's and note's height in `situation` (index: the model's).
void MeasureItemHeights(const Situation& situation, const LayoutMetrics& metrics, const TextMeasure& measure, ItemHeights* out);
// Whether `measured` was last measured from `situation` (the same items) with these metrics and language.
bool MeasuredWith(const MeasuredTexts& measured, const TextWrapCache& texts, const Situation& situation, const LayoutMetrics& metrics);
// The same, measuring again only the texts that changed since the last call with `measured`.
const ItemHeights& UpdateItemHeights(MeasuredTexts& measured, TextWrapCache& texts, const Situation& situation,
                                     const LayoutMetrics& metrics);

// `base` with the map's text `scale` times larger (the Map panel's text size): cards, notes and
// lane titles sqrt(scale) times wider and taller, the lanes' own heights `scale` times taller;
// cards and notes then grow further for their text (CachedLayout, MeasureItemHeights).
LayoutMetrics MetricsAtTextSize(const LayoutMetrics& base, float scale);

// `base` at `text_scale`: text `text_scale` times larger, card, note and label widths
// sqrt(text_scale) times wider, and cards, notes and lanes as tall as the texts of `situations`
// need (never lower than `base` scaled). Scale 1 gives `base` with only too-full cards and lanes grown.
// `cut_out`, when given, counts the texts that do not fit even so and end in "…".
LayoutMetrics FitMetricsToText(const std::vector<const Situation*>& situations, const LayoutMetrics& base, float text_scale,
                               const TextMeasure& measure, int* cut_out = nullptr, const TextLineLimits& limits = TextLineLimits());

// The result of sizing the text for a sheet.
struct PaperFit
{
    LayoutMetrics Metrics;
    float Zoom = 1.0f;     // sheet units per world unit
    float BodySize = 0.0f; // body text on the sheet, in sheet units
};

constexpr float MaxPaperTextScale = 3.0f;
constexpr float PrintCardTitleScale = 1.3f; // card titles on paper, relative to the body text
// Past this many moments text cannot be legible on one sheet: the search is skipped (it would
// wrap every text of a stress-sized map many times).
constexpr int MaxFittedMoments = 400;

// The least text scale (1 .. MaxPaperTextScale) that gives body text of `least_body` sheet units
// (9 pt on paper), or the one with the largest body text when none does, on a sheet of
// `sheet` units (e.g. points or pixels inside the margins), the situations stacked with
// `stack_gap` world units between them; `drawn_bounds` gives what is drawn of a situation's
// layout (title band, personas and notes included). Card titles are PrintCardTitleScale times the
// body text. Lanes then grow to fill the sheet's height.
PaperFit FitTextToPaper(const std::vector<const Situation*>& situations, const LayoutMetrics& base, Vec2 sheet, float least_body,
                        float stack_gap, const TextMeasure& measure, const std::function<Rect(const MapLayout&)>& drawn_bounds);
