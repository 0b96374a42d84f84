#include "export/pdf_surface.h"
#include "text/i18n.h"

#include <cairo-pdf.h>

#include <cstdint>
#include <cstring>

void PaperPoints(Paper paper, bool portrait, double* width_pt, double* height_pt)
{
    int w_mm = 0, h_mm = 0;
    PaperMillimetres(paper, &w_mm, &h_mm);
    double w = w_mm * PointsPerMillimetre, h = h_mm * PointsPerMillimetre;
    if (!portrait)
        std::swap(w, h);
    *width_pt = w;
    *height_pt = h;
}

static cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

static Status CairoError(cairo_status_t status)
{
    return ErrorStatusFormat("error.pdf_not_made", cairo_status_to_string(status));
}

Status BeginPdf(PdfDocument* pdf, double width_pt, double height_pt, const std::string& title)
{
    pdf->Bytes.clear();
    pdf->Surface = cairo_pdf_surface_create_for_stream(AppendToString, &pdf->Bytes, width_pt, height_pt);
    if (cairo_surface_status(pdf->Surface) != CAIRO_STATUS_SUCCESS)
    {
        const cairo_status_t status = cairo_surface_status(pdf->Surface);
        AbandonPdf(pdf);
        return CairoError(status);
    }
    cairo_pdf_surface_set_metadata(pdf->Surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(pdf->Surface, CAIRO_PDF_METADATA_CREATOR, "JourneyBoard");
    pdf->Cr = cairo_create(pdf->Surface);
    return Status::Success();
}

Status FinishPdf(PdfDocument* pdf)
{
    cairo_status_t status = cairo_status(pdf->Cr);
    cairo_destroy(pdf->Cr);
    pdf->Cr = nullptr;
    cairo_surface_finish(pdf->Surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(pdf->Surface);
    cairo_surface_destroy(pdf->Surface);
    pdf->Surface = nullptr;
    return status == CAIRO_STATUS_SUCCESS ? Status::Success() : CairoError(status);
}

void AbandonPdf(PdfDocument* pdf)
{
    if (pdf->Cr)
        cairo_destroy(pdf->Cr);
    if (pdf->Surface)
        cairo_surface_destroy(pdf->Surface);
    pdf->Cr = nullptr;
    pdf->Surface = nullptr;
    pdf->Bytes.clear();
}

void PaintSnapshot(cairo_t* cr, const SnapshotImage& image, double x_pt, double y_pt, double width_pt, double height_pt)
{
    if (image.Width <= 0 || image.Height <= 0)
        return;
    cairo_surface_t* pixels = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.Width, image.Height);
    if (cairo_surface_status(pixels) != CAIRO_STATUS_SUCCESS)
    {
        cairo_surface_destroy(pixels);
        return; // the finished PDF reports Cairo's error
    }
    cairo_surface_flush(pixels);
    unsigned char* data = cairo_image_surface_get_data(pixels);
    const int stride = cairo_image_surface_get_stride(pixels);
    for (int y = 0; y < image.Height; y++)
    {
        const uint8_t* src = image.Rgb.data() + (size_t)y * (size_t)image.Width * 3;
        uint32_t* dst = reinterpret_cast<uint32_t*>(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < image.Width; x++, src += 3)
            dst[x] = 0xFF000000u | ((uint32_t)src[0] << 16) | ((uint32_t)src[1] << 8) | src[2];
    }
    cairo_surface_mark_dirty(pixels);
    cairo_save(cr);
    cairo_translate(cr, x_pt, y_pt);
    cairo_scale(cr, width_pt / image.Width, height_pt / image.Height);
    cairo_set_source_surface(cr, pixels, 0, 0);
    // Print pixels are exactly the page's: no smoothing between them.
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(pixels);
}
