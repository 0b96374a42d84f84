// The bottleneck report's labels from the string table, and its CSV / Markdown files: shared by
// `journeyboard report` and File > Workshop report.
#pragma once
#include "journey.h"
#include "report.h"
#include "result.h"

#include <string>

// Column names, situation names and number format in the current UI language.
ReportLabels CurrentReportLabels();

enum class ReportFormat
{
    Csv,
    Markdown,
    Pdf,
};
// From the file name's ending (.csv, .md, .pdf, any case); false for anything else.
bool ReportFormatFromPath(const std::string& path, ReportFormat* format);

// Ranks the pain points and writes the report to `path` through the atomic write (a full disk
// leaves no half file). *rows_out (optional) gets the number of ranked pain points.
Status WriteWorkshopReport(const Document& doc, const std::string& path, ReportFormat format, int* rows_out = nullptr);
