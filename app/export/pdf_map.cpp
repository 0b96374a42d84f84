#include "export/pdf_map.h"

#include "atomic_file.h"
#include "export/pdf_surface.h"
#include "file_json.h"
#include "pdf_meta.h"

#include <vector>

Status ExportMapPdf(const Document& doc, const ExportSettings& settings, const std::string& path, MapPdfInfo* info)
{
    // "Both" on paper is one page per situation: each at the paper's size, as printed.
    std::vector<ExportSituations> pages;
    if (settings.Situations == ExportSituations::Both)
        pages = {ExportSituations::Current, ExportSituations::Desired};
    else
        pages = {settings.Situations};
    ExportSettings page_settings = settings;
    page_settings.UsePaper = true; // a PDF page is paper: --scale makes no sense here
    page_settings.CurrentViewOnly = false;
    double width_pt = 0.0, height_pt = 0.0;
    PaperPoints(page_settings.PaperSize, page_settings.Portrait, &width_pt, &height_pt);

    PdfDocument pdf;
    Status status = BeginPdf(&pdf, width_pt, height_pt, doc.Title.empty() ? std::string("JourneyBoard") : doc.Title);
    if (!status)
        return status;
    MapPdfInfo result;
    for (ExportSituations shown : pages)
    {
        page_settings.Situations = shown;
        SnapshotImage image;
        status = RenderPlannedSnapshot(doc, page_settings, &image, nullptr);
        if (!status)
        {
            AbandonPdf(&pdf);
            return status;
        }
        // The picture is the whole page (its white margin is part of it), pixel for pixel.
        PaintSnapshot(pdf.Cr, image, 0.0, 0.0, width_pt, height_pt);
        cairo_show_page(pdf.Cr);
        result.Pages++;
        result.PixelWidth = image.Width;
        result.PixelHeight = image.Height;
    }
    status = FinishPdf(&pdf);
    if (!status)
        return status;
    std::string bytes;
    status = AttachMapToPdf(pdf.Bytes, SaveDocumentToString(doc), &bytes);
    if (!status)
        return status;
    pdf.Bytes.clear();
    status = WriteFileAtomic(path, bytes, false);
    if (status && info)
        *info = result;
    return status;
}
