// Derived geometry of one situation in world units: phase columns, lane rows, cards, notes and
// curve points. Recomputed from the model whenever it is needed, never saved.
// World x = 0 is the left edge of the first phase; lane titles sit left of it, at negative x.
// World y = 0 is the top of the phase headers; the title band sits above it, at negative y.
#pragma once
#include "geom.h"
#include "id_index.h"
#include "journey.h"

#include <cstdint>
#include <string>
#include <vector>

// Beyond these a text ends in "…" instead of growing its card, note or lane further.
struct TextLineLimits
{
    int CardTitle = 5;
    int Note = 8;
    int Cell = 10; // descriptions, experiences, other lanes' texts
};

struct LayoutMetrics
{
    float LaneLabelWidth = 250.0f; // lane titles column, left of the phases
    float PhaseHeaderHeight = 90.0f;
    float TitleBandHeight = 190.0f; // title, scope and intended outcome above the map
    float CardWidth = 236.0f;
    float CardHeight = 150.0f;
    float CardGap = 14.0f;          // least horizontal space between two cards
    float NoteWidth = 226.0f;
    float NoteHeight = 112.0f;
    float NoteGap = 10.0f;
    float LanePadding = 18.0f;
    float CurveBandFraction = 0.62f; // upper part of an experience lane holds the curve, the rest the texts
    float PersonaWidth = 460.0f;
    float TextScale = 1.0f;      // map text relative to these sizes (the Map panel's text size; presentation)
    float CardTitleScale = 1.0f; // card titles relative to the other body text (larger on paper)
    float TextPadding = 10.0f;   // between a card's or note's edge and its text
    float CellInset = 0.0f;      // lane texts (descriptions, experiences) keep this far inside their card's width
    // Presentation: only the moments, both curves and the notes, lanes sized by these metrics
    // instead of the document's heights (descriptions and texts come in the moment steps).
    bool PresentLanes = false;
    float CurveLaneHeight = 300.0f; // with PresentLanes: each experience lane
    float LaneHeightScale = 1.0f;   // the lanes' own heights times this (a larger map text size)
    // Least height of each lane (by index in Situation::Lanes; 0 or missing: none), e.g. to hold
    // the lane's texts at this text scale (core/text_fit.h) or to fill a printed sheet.
    std::vector<float> LaneHeights;
    TextLineLimits Lines; // a card's title and a note grow to these many lines, then end in "…"
};

// The metrics of presentation mode: large text on cards and notes sized for it, so that a phase
// filling a 1080-pixel-high screen shows titles and notes at 32 px and other text at 24 px.
LayoutMetrics PresentationMetrics();

struct PhaseColumn
{
    PhaseId Id;
    Rect Header;  // world units
    Rect Column;  // world units, header to the bottom of the last lane
};

struct LaneRow
{
    LaneId Id;
    LaneKind Kind = LaneKind::Text;
    Rect Row;   // world units, across all phases
    Rect Label; // world units, the title cell left of the phases
};

struct MomentBox
{
    MomentId Id;
    int ModelIndex = -1;   // index in Situation::Moments when laid out (check the id before use)
    PhaseId Phase;
    float CenterX = 0.0f;  // world units, on the timeline
    Rect Card;             // world units, in the moments lane
    Vec2 PatientPoint;     // world units, on the patient curve
    Vec2 ProfessionalPoint;
    bool PatientScored = false; // false: not scored yet, the point sits on the neutral line and the curve skips it
    bool ProfessionalScored = false;
    bool TitleCut = false; // the title has more lines than the card shows: it ends in "…" (the tooltip shows it all)
};

struct NoteBox
{
    NoteId Id;
    int ModelIndex = -1; // index in Situation::Notes when laid out (check the id before use)
    NoteKind Kind = NoteKind::PainPoint;
    Rect Box; // world units
    bool TextCut = false; // the text has more lines than the note shows: it ends in "…"
};

// Each card's and note's own height, grown for its text (core/text_fit.h measures them), by
// index in Situation::Moments / Situation::Notes; 0, or vectors of another length: the metrics' size.
struct ItemHeights
{
    std::vector<float> Cards;
    std::vector<float> Notes;
    std::vector<uint8_t> CardCut; // 1: the title was cut at TextLineLimits::CardTitle lines
    std::vector<uint8_t> NoteCut;
};

struct MapLayout
{
    LayoutMetrics Metrics;
    Rect TitleBand;                 // world units
    Rect Map;                       // world units: headers, lanes and labels
    Rect Bounds;                    // world units: everything drawn, including free notes
    std::vector<PhaseColumn> Phases; // left to right
    std::vector<LaneRow> Lanes;      // visible lanes, top to bottom
    std::vector<MomentBox> Moments;  // sorted by CenterX
    // In drawing order: attached notes first, sorted by their moment's CenterX (they never
    // overlap, so their Box.Min.x never decreases), then free notes in document order.
    std::vector<NoteBox> Notes;
    int FirstFreeNote = 0;           // index in Notes where the free notes start
    std::vector<int> FreeNotesByX;   // indices in Notes of the free notes, sorted by Box.Min.x
    IdIndex MomentBoxIndex;          // moment id -> index in Moments
    Rect PatientCurveBand;           // world units; empty when the lane is hidden
    Rect ProfessionalCurveBand;
};

// Cards and notes are at least the metrics' size, taller where `heights` says (the moments lane
// and the notes lanes grow to hold them).
MapLayout ComputeLayout(const Situation& situation, const LayoutMetrics& metrics = LayoutMetrics(),
                        const ItemHeights* heights = nullptr);

class TextWrapCache;
// What a layout cache last measured the cards' and notes' texts from: only changed texts are
// measured again.
struct MeasuredTexts
{
    // Every text measured, one after the other (per moment its title and channel, then per note
    // its text): compared with the document's in one sweep through memory.
    std::string Pool;
    std::vector<uint32_t> Ends;     // where each text ends in Pool
    std::vector<uint8_t> NoteFlags; // 1: a note from a participant's phone (its text is narrower)
    std::vector<float> Signature; // the metrics and language they were measured with
    const Situation* Shown = nullptr; // the situation last measured
    ItemHeights Heights;
};

// The layout of a situation, recomputed only when something it depends on changed. Every frame
// compares the layout's inputs (ids, phases, positions, scores, lane sizes and visibility, and
// the heights of the cards and notes) with those of the last computation: exact, and no edit has
// to remember to announce itself. With `Texts` set, cards and notes are sized for their text:
// each frame compares the texts with those last measured and measures only the changed ones.
struct LayoutCache
{
    TextWrapCache* Texts = nullptr; // the wrap cache of the fonts the map is drawn with; null: fixed sizes
    MeasuredTexts Measured;
    // The app's frame number (0: none): the texts are compared once per frame, however often the
    // frame asks for the layout (a text typed shows in its card's size from the next frame).
    uint64_t TextsFrame = 0;
    uint64_t TextsCheckedFrame = 0;
    MapLayout Layout;
    std::vector<uint32_t> Key; // the inputs Layout was computed from, compared in place each frame
    bool Valid = false;
    int Computations = 0; // how often the layout was computed: tests check it stays put while idle
};
const MapLayout& CachedLayout(LayoutCache& cache, const Situation& situation, const LayoutMetrics& metrics = LayoutMetrics());

// Score (-2..+2) to world y inside a curve band, and back.
float ScoreToY(const Rect& band, float score);
float YToScore(const Rect& band, float y);

const LaneRow* FindLaneRow(const MapLayout& layout, LaneKind kind);
const MomentBox* FindMomentBox(const MapLayout& layout, MomentId id);
// Where a moment's text in a text lane is drawn and edited (world units): the description, the
// experience text under the curve, or a free text lane's cell. False for lanes without such text
// (moments, notes, and the experience lanes while presenting, which show no texts).
bool MomentTextCell(const MapLayout& layout, const MomentBox& box, const LaneRow& row, Rect* out);
// The moment whose text cell in `row` holds `p_world`; null when none does.
const MomentBox* MomentAtTextCell(const MapLayout& layout, const LaneRow& row, Vec2 p_world);
// The model's moment or note of a box, through the index the layout remembered; nullptr when the
// situation changed since and it is gone.
const Moment* ModelMoment(const Situation& situation, const MomentBox& box);
const Note* ModelNote(const Situation& situation, const NoteBox& box);
// Range [*first, *last) of layout.Moments whose cards reach into world x range [min_x, max_x].
void MomentRangeInX(const MapLayout& layout, float min_x, float max_x, size_t* first, size_t* last);
// Range [*first, *last) of the attached notes (before FirstFreeNote) reaching into [min_x, max_x].
void AttachedNoteRangeInX(const MapLayout& layout, float min_x, float max_x, size_t* first, size_t* last);

// What is under a world point, topmost first.
enum class HitKind
{
    None,
    Note,
    PatientHandle,
    ProfessionalHandle,
    Moment,
    PhaseHeader,
    Lane,
};

struct Hit
{
    HitKind Kind = HitKind::None;
    MomentId Moment;
    NoteId Note;
    PhaseId Phase;
    LaneId Lane;
};

Hit HitTest(const MapLayout& layout, Vec2 p_world, float handle_radius_world);
