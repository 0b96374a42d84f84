// The workshop report as PDF (A4 portrait): a cover (title, scope, intended outcome, date), the
// persona with photo, each situation's map, the ranked bottlenecks (the table's header repeated
// on every page it continues on), the opportunities, and the comparison summary. Text is real
// text laid out by Pango on Cairo's PDF surface, its fonts embedded. Written through the atomic
// write. The map pages are rendered like the PNG export: needs a current GL context.
#pragma once
#include "journey.h"
#include "report.h"
#include "result.h"

#include <string>
#include <vector>

struct ReportPdfInfo
{
    int Pages = 0;
    int TablePages = 0; // pages the bottleneck table runs over
};

Status WriteReportPdf(const Document& doc, const std::vector<BottleneckRow>& rows, const std::string& path,
                      ReportPdfInfo* info = nullptr);
