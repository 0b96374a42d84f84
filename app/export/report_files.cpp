#include "export/report_files.h"

#include "atomic_file.h"
#include "export/pdf_report.h"
#include "text/i18n.h"
#include "voting.h"

#include <algorithm>
#include <cctype>

ReportLabels CurrentReportLabels()
{
    ReportLabels labels;
    for (const char* key : {"report.rank", "report.situation", "report.phase", "report.moment", "report.pain_point",
                            "report.votes", "report.patient_score", "report.professional_score", "report.opportunities"})
        labels.Columns.push_back(Tr(key));
    labels.SituationNames[0] = Tr("situation.current");
    labels.SituationNames[1] = Tr("situation.desired");
    labels.DecimalComma = IsDutch();
    return labels;
}

bool ReportFormatFromPath(const std::string& path, ReportFormat* format)
{
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return (char)std::tolower(c); });
    auto ends_with = [&](const char* end) {
        const std::string e = end;
        return lower.size() > e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0;
    };
    if (ends_with(".csv"))
        *format = ReportFormat::Csv;
    else if (ends_with(".md"))
        *format = ReportFormat::Markdown;
    else if (ends_with(".pdf"))
        *format = ReportFormat::Pdf;
    else
        return false;
    return true;
}

Status WriteWorkshopReport(const Document& doc, const std::string& path, ReportFormat format, int* rows_out)
{
    // With voting rounds, the dots rank first; a map without rounds ranks by score.
    VoteCounter votes;
    if (!doc.Rounds.empty())
        votes = [](const Situation&, const Note& note) { return std::optional<int>(NoteVotes(note)); };
    const std::vector<BottleneckRow> rows = RankBottlenecks(doc, votes);
    if (rows_out)
        *rows_out = (int)rows.size();
    const ReportLabels labels = CurrentReportLabels();
    switch (format)
    {
    case ReportFormat::Csv: return WriteFileAtomic(path, BottlenecksCsv(doc, rows, labels), false);
    case ReportFormat::Markdown:
    {
        const std::string title = doc.Title.empty() ? std::string(Tr("report.title")) : doc.Title;
        return WriteFileAtomic(path, BottlenecksMarkdown(doc, rows, labels, std::string(Tr("report.bottlenecks")) + ": " + title), false);
    }
    case ReportFormat::Pdf: return WriteReportPdf(doc, rows, path);
    }
    return Status::Success();
}
