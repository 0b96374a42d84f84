// `journeyboard export FILE -o map.pdf`: one page per situation at the paper's exact size, each
// holding the picture the PNG export draws (same plan, same drawing) at the settings' dpi, and
// the map's JSON attached so the PDF opens again as the map. Needs a current GL context.
#pragma once
#include "export_options.h"
#include "journey.h"
#include "result.h"

#include <string>

struct MapPdfInfo
{
    int Pages = 0;
    int PixelWidth = 0, PixelHeight = 0; // of each page's picture
};

Status ExportMapPdf(const Document& doc, const ExportSettings& settings, const std::string& path, MapPdfInfo* info = nullptr);
