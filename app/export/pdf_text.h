// Text on a PDF page with Pango: paragraphs wrapped to a width, measured before they are placed,
// and a page flow that starts a new page when the next block does not fit.
#pragma once
#include <cairo.h>

#include <string>

struct PdfFont
{
    const char* Family = "Inter";
    double Size = 10.0; // points
    bool Bold = false;
    bool Italic = false;
    bool AlignRight = false; // within the wrap width
};

// Height in points of `text` wrapped at `width_pt` (0: no wrap).
double MeasureText(cairo_t* cr, const std::string& text, const PdfFont& font, double width_pt);
// Draws `text` with its top-left at (x, y), wrapped at `width_pt`, in `rgb` (0xRRGGBB); returns its height.
double DrawText(cairo_t* cr, const std::string& text, const PdfFont& font, double x_pt, double y_pt, double width_pt,
                unsigned rgb = 0x222222);

// Pages of one size with margins; Y runs down from the top margin.
struct PdfFlow
{
    cairo_t* Cr = nullptr;
    double PageWidth = 0.0, PageHeight = 0.0; // points
    double Margin = 56.0;                     // points, on every side
    double Y = 0.0;                           // where the next block goes
    int Page = 1;                             // pages begun so far
    std::string Footer;                       // drawn at the bottom of every page

    double Left() const { return Margin; }
    double Width() const { return PageWidth - 2.0 * Margin; }
    double Bottom() const { return PageHeight - Margin; }
    void Start(); // the first page: Y at the top
    void NewPage();
    // A new page unless `height_pt` fits below Y. True when a page was begun.
    bool EnsureSpace(double height_pt);
    // A paragraph in the flow (a new page first when it does not fit); Y moves below it plus `after_pt`.
    void Paragraph(const std::string& text, const PdfFont& font, double after_pt = 6.0, unsigned rgb = 0x222222);
    void DrawFooter();
};
