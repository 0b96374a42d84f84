// Snapshots: the map drawn by the same DrawMap as the canvas (without selection, hover and
// chrome), rendered offscreen in tiles, read back, encoded as PNG with the map and the dpi inside,
// and written with the atomic save. Used by the export dialog, F12, the command line and the bench.
#pragma once
#include "render/draw_map.h"
#include "export_options.h"
#include "render/fonts.h"
#include "journey.h"
#include "compare.h"
#include "layout.h"
#include "result.h"
#include "view.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct ImFontAtlas;

// One situation on the picture, with the view that places it.
struct SnapshotPart
{
    const Situation* Shown = nullptr; // points into the document the plan was made for
    MapLayout Layout;
    View ViewTransform; // world units to picture pixels
};

struct SnapshotPlan
{
    const Document* Doc = nullptr; // the plan points into it: keep it alive and unchanged
    int Width = 0, Height = 0; // pixels
    double Dpi = 0.0;          // written as pHYs
    float Zoom = 1.0f;         // picture pixels per world unit
    float FontZoom = 1.0f;     // picture pixels per world unit of text size (Zoom times the layout's text scale)
    std::vector<SnapshotPart> Parts;
    MapDrawOptions Options;    // never a selection or hover: the picture is the map itself
    // The Compare export: the situation drawn and its comparison, owned here (Options.Compare
    // points into it).
    std::shared_ptr<const Situation> CompareSituation;
    std::shared_ptr<const Comparison> CompareData;
};

// The size of the map's body text on the planned picture, in points at its dpi.
float BodyTextPoints(const SnapshotPlan& plan);

// Decides size, zoom and placement. `view_world` and `view_pixels` describe the canvas (used when
// settings.CurrentViewOnly). Fails, with a message for the user, when the map has no desired
// situation to show or the picture would be too large to encode.
Status PlanSnapshot(const Document& doc, const ExportSettings& settings, const Rect& view_world, Vec2 view_pixels, SnapshotPlan* plan);

// The fonts of one export, baked at exactly the pixel sizes the plan's zoom needs (crisp at
// print resolution, never an upscaled canvas bake), with only the characters the map uses.
struct ExportFonts
{
    ImFontAtlas* Atlas = nullptr;
    FontSet Fonts;
    unsigned Texture = 0; // GL
};
// `zoom`: the plan's FontZoom.
Status CreateExportFonts(const Document& doc, float zoom, ExportFonts* fonts);
void DestroyExportFonts(ExportFonts* fonts);

struct SnapshotImage
{
    int Width = 0, Height = 0;
    std::vector<uint8_t> Rgb; // rows of Width * 3 bytes, top row first
};

// A rectangle of the picture in pixels.
struct PixelRect
{
    int X = 0, Y = 0, Width = 0, Height = 0;
};

// Renders `region` of the planned picture (the whole picture when region.Width == 0) in tiles of
// at most max_tile pixels a side (0: 2048, or the GL's limit when that is lower). Needs a current GL context. `progress`,
// when set, is called after each tile with the fraction done.
Status RenderSnapshot(const SnapshotPlan& plan, const ExportFonts& fonts, PixelRect region, int max_tile, SnapshotImage* image,
                      const std::function<void(float)>& progress = nullptr);

// PNG bytes of the image, with the map's JSON (iTXt) and the plan's dpi (pHYs).
Status EncodeSnapshot(const SnapshotImage& image, const Document& doc, double dpi, std::string* png);

// Plan, fonts, render: the whole picture at once (the PDFs, and ExportSnapshotFile). `max_tile` 0:
// as RenderSnapshot. Needs a current GL context.
Status RenderPlannedSnapshot(const Document& doc, const ExportSettings& settings, SnapshotImage* image,
                             SnapshotPlan* plan_out, int max_tile = 0);

// Plan, fonts, render, encode, atomic write: the whole export at once (command line, tests).
// `max_tile` 0: as RenderSnapshot. Needs a current GL context.
Status ExportSnapshotFile(const Document& doc, const ExportSettings& settings, const std::string& path, int max_tile = 0,
                          SnapshotPlan* plan_out = nullptr);
