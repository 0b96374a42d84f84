// [SECTION] planning: size, zoom, placement
// [SECTION] fonts baked for the export
// [SECTION] rendering in tiles
// [SECTION] encoding and writing
#include "export/snapshot.h"

#include "atomic_file.h"
#include "file_json.h"
#include "text/i18n.h"
#include "render/map_painter.h"
#include "render/gl_texture.h"
#include "render/photo_textures.h"
#include "export/png_encode.h"
#include "png_meta.h"
#include "export/snapshot_gl.h"
#include "hyphenate.h"
#include "text_fit.h"
#include "text_wrap.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

// [SECTION] planning: size, zoom, placement
namespace
{
constexpr float StackGapWorld = 140.0f; // between the current and the desired situation
constexpr float PrintMarginMm = 10.0f;  // white border on paper, where printers cannot print anyway
constexpr float PrintBodyPoints = 9.0f; // body text on paper: read on the wall from a few steps away

Status TooLargeError(int width, int height) { return ErrorStatusFormat("error.picture_too_large", width, height); }
} // namespace

float BodyTextPoints(const SnapshotPlan& plan)
{
    return plan.Dpi > 0.0 ? map_text::Body * plan.FontZoom / (float)plan.Dpi * 72.0f : 0.0f;
}

Status PlanSnapshot(const Document& doc, const ExportSettings& settings, const Rect& view_world, Vec2 view_pixels, SnapshotPlan* plan)
{
    SnapshotPlan result;
    result.Doc = &doc;
    result.Options.HeaderDate = settings.Date;
    result.Options.ShowGaps = settings.ShowGaps;
    std::vector<const Situation*> shown;
    if (doc.Situations.empty())
        return ErrorStatus("error.no_situation");
    if (settings.Situations == ExportSituations::Compare)
    {
        if (doc.Situations.size() < 2)
            return ErrorStatus("error.compare_no_desired");
        auto comparison = std::make_shared<Comparison>(CompareSituations(doc));
        auto situation = std::make_shared<Situation>(MakeCompareSituation(doc, *comparison));
        situation->Name = Tr("situation.compare_title");
        result.CompareData = comparison;
        result.CompareSituation = situation;
        result.Options.Compare = comparison.get();
        shown.push_back(situation.get());
    }
    else if (settings.Situations != ExportSituations::Desired)
        shown.push_back(&doc.Situations[0]);
    if (settings.Situations == ExportSituations::Desired || settings.Situations == ExportSituations::Both)
    {
        if (doc.Situations.size() < 2)
            return ErrorStatus("error.export_no_desired");
        shown.push_back(&doc.Situations[1]);
    }

    // On paper the text is sized for the sheet (at least 9 pt on A3 for a workshop-sized map) and
    // the lanes grow to fill it; otherwise the map is drawn with the canvas's own metrics.
    // The map's own text size (the Map panel), as on screen.
    LayoutMetrics metrics = MetricsAtTextSize(LayoutMetrics(), TextSizeScale(doc.TextSize));
    float margin = 0.0f; // pixels
    // The text measured as the drawing will wrap it (the fonts' own advances, read from the files).
    GlyphAdvances regular, bold;
    ReadFontAdvances(&regular, &bold);
    TextMeasure measure;
    measure.Regular = &regular;
    measure.Bold = &bold;
    measure.Hyph = &SharedHyphenator(GuessTextLanguage(doc));
    if (settings.UsePaper)
    {
        const int dpi = std::clamp(settings.Dpi, MinExportDpi, MaxExportDpi);
        PaperPixels(settings.PaperSize, dpi, settings.Portrait, &result.Width, &result.Height);
        result.Dpi = dpi;
        margin = PrintMarginMm / 25.4f * (float)dpi;
        if (!settings.CurrentViewOnly)
        {
            const float least_body = PrintBodyPoints / 72.0f * (float)dpi; // pixels
            const PaperFit fit = FitTextToPaper(shown, metrics, {result.Width - 2.0f * margin, result.Height - 2.0f * margin},
                                                least_body, StackGapWorld, measure,
                                                [&](const MapLayout& layout) { return DrawnBounds(doc, layout, result.Options); });
            metrics = fit.Metrics;
        }
    }

    // What each part shows, in world units, and the whole stack's size.
    std::vector<Rect> content;
    float total_w = 0.0f, total_h = 0.0f;
    for (const Situation* situation : shown)
    {
        SnapshotPart part;
        part.Shown = situation;
        // Cards and notes grown for their own text, as on screen.
        ItemHeights heights;
        MeasureItemHeights(*situation, metrics, measure, &heights);
        part.Layout = ComputeLayout(*situation, metrics, &heights);
        const Rect r = settings.CurrentViewOnly ? view_world : DrawnBounds(doc, part.Layout, result.Options);
        content.push_back(r);
        total_w = std::max(total_w, r.Width());
        total_h += r.Height() + (result.Parts.empty() ? 0.0f : StackGapWorld);
        result.Parts.push_back(std::move(part));
    }
    if (total_w <= 0.0f || total_h <= 0.0f)
        return ErrorStatus("error.nothing_in_part");

    if (settings.UsePaper)
    {
        result.Zoom = std::min((result.Width - 2.0f * margin) / total_w, (result.Height - 2.0f * margin) / total_h);
    }
    else
    {
        const int scale = std::clamp(settings.Scale, MinExportScale, MaxExportScale);
        result.Dpi = 96.0 * scale;
        if (settings.CurrentViewOnly)
        {
            // N times what the canvas shows: the view's own zoom, N times the pixels.
            result.Zoom = view_pixels.x / std::max(1e-3f, view_world.Width()) * (float)scale;
        }
        else
        {
            // N pixels per world unit: 1x is the map at 100 % zoom.
            result.Zoom = (float)scale;
            margin = 24.0f * (float)scale;
        }
        const double w = std::ceil((double)total_w * result.Zoom + 2.0 * margin);
        const double h = std::ceil((double)total_h * result.Zoom + 2.0 * margin);
        if (w > 1e6 || h > 1e6 || !PngFitsOneEncode((int)w, (int)h))
            return TooLargeError((int)std::min(w, 1e9), (int)std::min(h, 1e9));
        result.Width = (int)w;
        result.Height = (int)h;
    }
    if (!PngFitsOneEncode(result.Width, result.Height))
        return TooLargeError(result.Width, result.Height);
    result.FontZoom = result.Zoom * metrics.TextScale;

    // Centre the stack on the picture, its parts sharing one left edge so the lane titles and
    // the first phases of the two situations line up.
    float top = (result.Height - total_h * result.Zoom) * 0.5f;
    const float left = (result.Width - total_w * result.Zoom) * 0.5f;
    for (size_t i = 0; i < result.Parts.size(); i++)
    {
        const Rect& r = content[i];
        result.Parts[i].ViewTransform.Zoom = result.Zoom;
        result.Parts[i].ViewTransform.OriginScreen = {left - r.Min.x * result.Zoom, top - r.Min.y * result.Zoom};
        top += (r.Height() + StackGapWorld) * result.Zoom;
    }
    *plan = std::move(result);
    return Status::Success();
}

// [SECTION] fonts baked for the export
namespace
{
// The characters a snapshot can show: the map's own texts (its JSON is UTF-8 text holding every
// one of them), every UI string in both languages (lane titles, legend, types), and the
// punctuation the drawing code adds.
void CollectGlyphs(const Document& doc, ImVector<ImWchar>* ranges)
{
    ImFontGlyphRangesBuilder builder;
    static const ImWchar basic[] = {0x0020, 0x007E, 0};
    builder.AddRanges(basic);
    builder.AddText(SaveDocumentToString(doc).c_str());
    int count = 0;
    const StringEntry* table = StringTable(&count);
    for (int i = 0; i < count; i++)
    {
        builder.AddText(table[i].En);
        builder.AddText(table[i].Nl);
    }
    builder.AddText("\xE2\x80\x93\xE2\x80\xA2\xE2\x80\x9C\xE2\x80\x9D\xE2\x88\x92\xE2\x80\xA6"); // – • “ ” − …
    builder.BuildRanges(ranges);
}
} // namespace

Status CreateExportFonts(const Document& doc, float zoom, ExportFonts* fonts)
{
    *fonts = ExportFonts();
    if (!GlReady())
        return ErrorStatus("error.no_opengl");
    // The world text sizes DrawMap uses (map_painter.h and the literal 20 and 28 of the quote,
    // phase and persona names), in picture pixels. A size between two bakes takes the larger
    // bake, slightly reduced: still sharp.
    const float world_sizes[CanvasFontSizeCount] = {map_draw::SmallTextSize, 20.0f, map_draw::BodyTextSize,
                                                    map_draw::HeadingTextSize, 28.0f, map_draw::TitleTextSize};
    // Bakes above this many pixels would make the atlas huge; text that large is drawn from it.
    constexpr float LargestBake = 320.0f;
    float sizes[CanvasFontSizeCount];
    for (int i = 0; i < CanvasFontSizeCount; i++)
        sizes[i] = std::clamp(std::round(world_sizes[i] * zoom), 4.0f, LargestBake);

    fonts->Atlas = IM_NEW(ImFontAtlas)();
    fonts->Atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    ImVector<ImWchar>* ranges = new ImVector<ImWchar>(); // must outlive the atlas build below
    CollectGlyphs(doc, ranges);
    if (!AddExportFonts(fonts->Atlas, sizes, ranges->Data, &fonts->Fonts))
    {
        ImFontConfig config;
        config.SizePixels = 13.0f;
        ImFont* fallback = fonts->Atlas->AddFontDefault(&config);
        fonts->Fonts.UsedBuiltIn = true;
        fonts->Fonts.Ui = fonts->Fonts.UiBold = fallback;
        for (int i = 0; i < CanvasFontSizeCount; i++)
            fonts->Fonts.Canvas[i] = fonts->Fonts.CanvasBold[i] = fallback, fonts->Fonts.CanvasSizes[i] = sizes[i];
    }
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    const bool built = fonts->Atlas->Build();
    delete ranges;
    if (built)
        fonts->Atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (!built || !pixels || width > MaxGlTextureSize() || height > MaxGlTextureSize())
    {
        DestroyExportFonts(fonts);
        return ErrorStatus("error.letters_too_large");
    }
    fonts->Texture = CreateGlTexture(pixels, width, height, false);
    fonts->Atlas->SetTexID((ImTextureID)(intptr_t)fonts->Texture);
    fonts->Atlas->ClearTexData(); // the GL texture holds it now
    fonts->Fonts.Photos = std::make_shared<PhotoTextures>(); // persona photos, in this export's context
    return Status::Success();
}

void DestroyExportFonts(ExportFonts* fonts)
{
    DestroyGlTexture(fonts->Texture);
    if (fonts->Fonts.Photos)
        fonts->Fonts.Photos->Release();
    if (fonts->Atlas)
        IM_DELETE(fonts->Atlas);
    *fonts = ExportFonts();
}

// [SECTION] rendering in tiles
Status RenderSnapshot(const SnapshotPlan& plan, const ExportFonts& fonts, PixelRect region, int max_tile, SnapshotImage* image,
                      const std::function<void(float)>& progress)
{
    if (region.Width <= 0 || region.Height <= 0)
        region = {0, 0, plan.Width, plan.Height};
    // Tiles of at most 2048 pixels a side: the GL's framebuffer, its copy of a tile's vertices and
    // the read-back stay small (a whole A3 300 dpi picture as one tile took 200 MB in llvmpipe).
    const int tile_side = MaxTileSide(max_tile > 0 ? max_tile : 2048);
    const int tile_w = std::min(tile_side, region.Width), tile_h = std::min(tile_side, region.Height);
    TileRenderer renderer;
    const char* gl_error = "";
    if (!CreateTileRenderer(tile_w, tile_h, &renderer, &gl_error))
        return ErrorStatusFormat("error.picture_not_drawn", gl_error);
    try
    {
        image->Width = region.Width;
        image->Height = region.Height;
        image->Rgb.assign((size_t)region.Width * region.Height * 3, 0);
    }
    catch (const std::bad_alloc&)
    {
        DestroyTileRenderer(&renderer);
        return ErrorStatus("error.picture_memory");
    }

    // Shapes and text share the export atlas: its white pixel, its baked lines, its texture.
    ImDrawListSharedData shared;
    shared.TexUvWhitePixel = fonts.Atlas->TexUvWhitePixel;
    shared.TexUvLines = fonts.Atlas->TexUvLines;
    shared.Font = fonts.Fonts.Canvas[0];
    shared.FontSize = fonts.Fonts.CanvasSizes[0];
    shared.CurveTessellationTol = 1.25f; // ImGui's defaults (style.CurveTessellationTol, CircleTessellationMaxError)
    shared.SetCircleTessellationMaxError(0.30f);
    shared.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedLinesUseTex | ImDrawListFlags_AntiAliasedFill |
                          ImDrawListFlags_AllowVtxOffset;

    const int columns = (region.Width + tile_w - 1) / tile_w, rows = (region.Height + tile_h - 1) / tile_h;
    const int row_stride = region.Width * 3;
    for (int ty = 0; ty < rows; ty++)
        for (int tx = 0; tx < columns; tx++)
        {
            const int x = region.X + tx * tile_w, y = region.Y + ty * tile_h;
            const int w = std::min(tile_w, region.X + region.Width - x), h = std::min(tile_h, region.Y + region.Height - y);
            // Each tile draws the map again, culled to the tile: the draw list stays small.
            ImDrawList draw_list(&shared);
            draw_list._ResetForNewFrame();
            shared.ClipRectFullscreen = ImVec4((float)x, (float)y, (float)(x + w), (float)(y + h));
            draw_list.PushTextureID(fonts.Atlas->TexID);
            draw_list.PushClipRect(ImVec2((float)x, (float)y), ImVec2((float)(x + w), (float)(y + h)));
            const Rect tile_rect = {{(float)x, (float)y}, {(float)(x + w), (float)(y + h)}};
            for (const SnapshotPart& part : plan.Parts)
                DrawMap(&draw_list, fonts.Fonts, *plan.Doc, *part.Shown, part.Layout, part.ViewTransform, tile_rect, plan.Options);
            RenderTile(&renderer, draw_list, x, y, w, h, image->Rgb.data() + (size_t)(y - region.Y) * row_stride + (size_t)(x - region.X) * 3,
                       row_stride);
            if (progress)
                progress((float)(ty * columns + tx + 1) / (float)(columns * rows));
        }
    DestroyTileRenderer(&renderer);
    return Status::Success();
}

// [SECTION] encoding and writing
Status EncodeSnapshot(const SnapshotImage& image, const Document& doc, double dpi, std::string* png)
{
    std::string plain;
    Status status = EncodePngRgb(image.Rgb.data(), image.Width, image.Height, &plain);
    if (!status)
        return status;
    return AddSnapshotChunks(plain, SaveDocumentToString(doc), dpi, png);
}

Status RenderPlannedSnapshot(const Document& doc, const ExportSettings& settings, SnapshotImage* image,
                             SnapshotPlan* plan_out, int max_tile)
{
    SnapshotPlan plan;
    Status status = PlanSnapshot(doc, settings, Rect(), Vec2(), &plan);
    if (!status)
        return status;
    ExportFonts fonts;
    status = CreateExportFonts(doc, plan.FontZoom, &fonts);
    if (!status)
        return status;
    status = RenderSnapshot(plan, fonts, PixelRect(), max_tile, image);
    DestroyExportFonts(&fonts);
    if (status && plan_out)
        *plan_out = std::move(plan);
    return status;
}

Status ExportSnapshotFile(const Document& doc, const ExportSettings& settings, const std::string& path, int max_tile, SnapshotPlan* plan_out)
{
    SnapshotPlan plan;
    SnapshotImage image;
    Status status = RenderPlannedSnapshot(doc, settings, &image, &plan, max_tile);
    if (!status)
        return status;
    // As EncodeSnapshot, with the pixels freed before the map's text is made: a map at the size
    // limits is tens of megabytes of JSON, and it should not sit beside the picture too.
    std::string plain;
    status = EncodePngRgb(image.Rgb.data(), image.Width, image.Height, &plain);
    image = SnapshotImage();
    if (!status)
        return status;
    std::string png;
    status = AddSnapshotChunks(plain, SaveDocumentToString(doc), plan.Dpi, &png);
    std::string().swap(plain);
    if (!status)
        return status;
    status = WriteFileAtomic(path, png, false);
    if (status && plan_out)
        *plan_out = std::move(plan);
    return status;
}
