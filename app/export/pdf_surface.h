// Cairo's PDF surface writing into memory, and what the PDF exports share: page sizes in points,
// a snapshot picture placed on a page. The finished bytes go through the atomic write.
#pragma once
#include "export/snapshot.h"
#include "export_options.h"
#include "result.h"

#include <cairo.h>

#include <string>

constexpr double PointsPerMillimetre = 72.0 / 25.4;

// Page size in PDF points (1/72 inch), e.g. A3 landscape 1190.55 x 841.89.
void PaperPoints(Paper paper, bool portrait, double* width_pt, double* height_pt);

// A PDF being written into Bytes. Create, draw pages (cairo_show_page), then Finish.
struct PdfDocument
{
    std::string Bytes;
    cairo_surface_t* Surface = nullptr;
    cairo_t* Cr = nullptr;
};
Status BeginPdf(PdfDocument* pdf, double width_pt, double height_pt, const std::string& title);
// Ends the document (Bytes complete) and frees Cairo's objects; an error when Cairo failed.
Status FinishPdf(PdfDocument* pdf);
// Frees without finishing (after an error).
void AbandonPdf(PdfDocument* pdf);

// Paints `image` into the rectangle (x, y, width, height) in points of the current page.
void PaintSnapshot(cairo_t* cr, const SnapshotImage& image, double x_pt, double y_pt, double width_pt, double height_pt);

