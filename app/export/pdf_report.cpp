// [SECTION] cover and persona
// [SECTION] maps
// [SECTION] bottleneck table
// [SECTION] opportunities and comparison
// [SECTION] WriteReportPdf
#include "export/pdf_report.h"

#include "atomic_file.h"
#include "compare.h"
#include "edit.h"
#include "export/pdf_surface.h"
#include "export/pdf_text.h"
#include "export/report_files.h"
#include "export_options.h"
#include "render/persona_fields.h"
#include "render/photo_image.h"
#include "text/i18n.h"

#include <algorithm>
#include <cstdio>

namespace
{
PdfFont Font(double size, bool bold = false, bool italic = false)
{
    PdfFont f;
    f.Size = size;
    f.Bold = bold;
    f.Italic = italic;
    return f;
}

void Heading(PdfFlow& flow, const std::string& text)
{
    flow.EnsureSpace(60.0); // never a heading alone at the foot of a page
    flow.Paragraph(text, Font(18.0, true), 10.0, 0x1F4E79);
}

// [SECTION] cover and persona
void Cover(PdfFlow& flow, const Document& doc, const std::string& date)
{
    flow.Y = flow.PageHeight * 0.28;
    flow.Paragraph(Tr("report.title"), Font(14.0, false), 8.0, 0x555555);
    flow.Paragraph(doc.Title.empty() ? std::string(Tr("report.untitled")) : doc.Title, Font(28.0, true), 24.0, 0x1F4E79);
    auto field = [&](const char* key, const std::string& value) {
        if (value.empty())
            return;
        flow.Paragraph(Tr(key), Font(10.0, true), 2.0, 0x555555);
        flow.Paragraph(value, Font(12.0), 14.0);
    };
    field("report.scope", doc.Scope);
    field("report.outcome", doc.IntendedOutcome);
    field("report.date", date);
    if (!doc.Remark.empty())
        flow.Paragraph(doc.Remark, Font(10.0, false, true), 6.0, 0x777777);
}

void PersonaPage(PdfFlow& flow, const Persona& persona)
{
    Heading(flow, std::string(Tr("report.persona")) + ": " + (persona.Name.empty() ? std::string("?") : persona.Name));
    const double top = flow.Y;
    DecodedImage photo;
    const bool has_photo = !persona.Photo.empty() && DecodePersonaPhoto(persona.Photo, &photo);
    // Without a photo the name starts at the margin instead of beside an empty square.
    const double photo_side = has_photo ? 150.0 : 0.0;
    const double photo_gap = has_photo ? 18.0 : 0.0;
    if (has_photo)
    {
        SnapshotImage rgb;
        rgb.Width = photo.Width;
        rgb.Height = photo.Height;
        rgb.Rgb.resize((size_t)photo.Width * photo.Height * 3);
        for (size_t i = 0, n = (size_t)photo.Width * photo.Height; i < n; i++)
            for (int c = 0; c < 3; c++) // on white, as the card shows it
            {
                const unsigned a = photo.Rgba[i * 4 + 3];
                rgb.Rgb[i * 3 + c] = (uint8_t)((photo.Rgba[i * 4 + c] * a + 255 * (255 - a)) / 255);
            }
        const double scale = photo_side / std::max(photo.Width, photo.Height);
        PaintSnapshot(flow.Cr, rgb, flow.Left(), top, photo.Width * scale, photo.Height * scale);
    }
    // Name, age and the fictional/real marker beside the photo, the persona format below.
    const double x = flow.Left() + photo_side + photo_gap, width = flow.Width() - photo_side - photo_gap;
    double y = top + DrawText(flow.Cr, persona.Name, Font(16.0, true), x, top, width) + 4.0;
    if (persona.Age > 0)
    {
        char age[64];
        std::snprintf(age, sizeof(age), Tr("report.age"), persona.Age);
        y += DrawText(flow.Cr, age, Font(11.0), x, y, width) + 4.0;
    }
    y += DrawText(flow.Cr, Tr(persona.BasedOnRealPerson ? "report.real_person" : "report.fictional"), Font(10.0, false, true), x, y,
                  width, 0x555555);
    flow.Y = std::max(top + photo_side, y) + 14.0;
    int count = 0;
    const PersonaFieldInfo* fields = PersonaTextFields(&count);
    for (int i = 0; i < count; i++)
    {
        const std::string& text = PersonaFieldText(persona, fields[i].Field);
        if (text.empty())
            continue;
        flow.EnsureSpace(MeasureText(flow.Cr, text, Font(10.0), flow.Width()) + 16.0);
        flow.Paragraph(Tr(fields[i].LabelKey), Font(9.0, true), 1.0, 0x555555);
        flow.Paragraph(text, Font(10.0), 8.0);
    }
}

// [SECTION] maps
// The situation's map as the PNG export draws it (A3 landscape at 300 dpi), fitted to the width.
Status MapPage(PdfFlow& flow, const Document& doc, int situation, const std::string& date)
{
    ExportSettings settings;
    settings.Situations = situation == 0 ? ExportSituations::Current : ExportSituations::Desired;
    settings.PaperSize = Paper::A3;
    settings.Dpi = 300;
    settings.Date = date;
    SnapshotImage image;
    const Status status = RenderPlannedSnapshot(doc, settings, &image, nullptr);
    if (!status)
        return status;
    Heading(flow, SituationTitle(doc.Situations[(size_t)situation]));
    // Turned a quarter to the left, as landscape pages in a portrait report are: its top faces the
    // binding, and it is half as large again as it would be across the page.
    const double aspect = (double)image.Width / std::max(1, image.Height);
    const double long_side = std::min(flow.Bottom() - flow.Y, flow.Width() * aspect);
    const double short_side = long_side / aspect;
    cairo_save(flow.Cr);
    cairo_translate(flow.Cr, flow.Left(), flow.Y + long_side);
    cairo_rotate(flow.Cr, -3.14159265358979 / 2.0);
    PaintSnapshot(flow.Cr, image, 0.0, 0.0, long_side, short_side);
    cairo_set_source_rgb(flow.Cr, 0.7, 0.7, 0.7);
    cairo_set_line_width(flow.Cr, 0.5);
    cairo_rectangle(flow.Cr, 0.0, 0.0, long_side, short_side);
    cairo_stroke(flow.Cr);
    cairo_restore(flow.Cr);
    flow.Y += long_side + 12.0;
    return Status::Success();
}

// [SECTION] bottleneck table
struct Column
{
    double Width; // fraction of the text width
    bool Right;   // numbers: aligned right
};
// rank, situation, phase, moment, pain point, votes, patient, professional, opportunities
const Column TableColumns[] = {{0.065, true}, {0.09, false}, {0.105, false}, {0.16, false}, {0.2, false},
                               {0.065, true}, {0.075, true}, {0.085, true},  {0.155, false}};
constexpr int ColumnCount = 9;

double Row(PdfFlow& flow, const std::vector<std::string>& cells, const PdfFont& font, bool draw, unsigned fill)
{
    const double pad = 3.0;
    double height = 0.0;
    for (int c = 0; c < ColumnCount; c++)
        height = std::max(height, MeasureText(flow.Cr, cells[(size_t)c], font, TableColumns[c].Width * flow.Width() - 2 * pad));
    height += 2 * pad;
    if (!draw)
        return height;
    if (fill)
    {
        cairo_set_source_rgb(flow.Cr, ((fill >> 16) & 0xFF) / 255.0, ((fill >> 8) & 0xFF) / 255.0, (fill & 0xFF) / 255.0);
        cairo_rectangle(flow.Cr, flow.Left(), flow.Y, flow.Width(), height);
        cairo_fill(flow.Cr);
    }
    double x = flow.Left();
    for (int c = 0; c < ColumnCount; c++)
    {
        const double w = TableColumns[c].Width * flow.Width();
        PdfFont cell_font = font;
        cell_font.AlignRight = TableColumns[c].Right;
        DrawText(flow.Cr, cells[(size_t)c], cell_font, x + pad, flow.Y + pad, w - 2 * pad);
        x += w;
    }
    cairo_set_source_rgb(flow.Cr, 0.8, 0.8, 0.8);
    cairo_set_line_width(flow.Cr, 0.5);
    cairo_move_to(flow.Cr, flow.Left(), flow.Y + height);
    cairo_line_to(flow.Cr, flow.Left() + flow.Width(), flow.Y + height);
    cairo_stroke(flow.Cr);
    return height;
}

int BottleneckTable(PdfFlow& flow, const Document& doc, const std::vector<BottleneckRow>& rows)
{
    Heading(flow, Tr("report.bottlenecks"));
    flow.Paragraph(Tr(rows.empty() ? "report.no_pain_points" : "report.ranking_explained"), Font(9.0, false, true), 8.0, 0x555555);
    if (rows.empty())
        return 0;
    ReportLabels labels = CurrentReportLabels();
    // The score columns are narrow on A4: short headers there (the CSV keeps the full names).
    labels.Columns[6] = Tr("report.short_patient");
    labels.Columns[7] = Tr("report.short_professional");
    const PdfFont header_font = Font(7.5, true), body_font = Font(7.5);
    const int first_page = flow.Page;
    auto header = [&] { flow.Y += Row(flow, labels.Columns, header_font, true, 0xDCE6F0); };
    flow.EnsureSpace(Row(flow, labels.Columns, header_font, false, 0) * 3);
    header();
    for (size_t i = 0; i < rows.size(); i++)
    {
        std::string opportunities;
        for (size_t o = 0; o < rows[i].Opportunities.size(); o++)
            opportunities += (o ? "\n" : "") + rows[i].Opportunities[o];
        const std::vector<std::string> cells = {std::to_string(rows[i].Rank),
                                                SituationName(doc, rows[i].SituationIndex, labels),
                                                rows[i].PhaseName,
                                                rows[i].MomentTitle,
                                                rows[i].PainPoint,
                                                rows[i].Votes ? std::to_string(*rows[i].Votes) : std::string(),
                                                FormatScore(rows[i].PatientScore, labels.DecimalComma),
                                                FormatScore(rows[i].ProfessionalScore, labels.DecimalComma),
                                                opportunities};
        // A row that does not fit continues the table on the next page, under its header again.
        if (flow.EnsureSpace(Row(flow, cells, body_font, false, 0)))
            header();
        flow.Y += Row(flow, cells, body_font, true, i % 2 ? 0xF6F6F6 : 0);
    }
    flow.Y += 12.0;
    return flow.Page - first_page + 1;
}

// [SECTION] opportunities and comparison
void Opportunities(PdfFlow& flow, const Document& doc)
{
    Heading(flow, Tr("report.opportunities_title"));
    bool any = false;
    for (const Situation& s : doc.Situations)
        for (const Note& n : s.Notes)
        {
            if (n.Kind != NoteKind::Opportunity)
                continue;
            const Moment* m = n.Moment.IsValid() ? FindMoment(s, n.Moment) : nullptr;
            const Phase* p = m ? FindPhase(s, m->Phase) : nullptr;
            std::string where = SituationTitle(s);
            if (p)
                where += " \xC2\xB7 " + p->Name;
            if (m)
                where += " \xC2\xB7 " + m->Title;
            flow.EnsureSpace(40.0);
            flow.Paragraph(where, Font(8.5, true), 1.0, 0x2E7D32);
            flow.Paragraph(n.Text, Font(10.0), 8.0);
            any = true;
        }
    if (!any)
        flow.Paragraph(Tr("report.no_opportunities"), Font(10.0, false, true), 8.0, 0x555555);
}

std::string Change(const std::optional<float>& change, bool comma)
{
    if (!change)
        return "\xE2\x80\x93"; // en dash: nothing to compare
    char text[32];
    std::snprintf(text, sizeof(text), "%+.1f", *change);
    std::string s = text;
    if (comma)
        std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

void ComparisonSummary(PdfFlow& flow, const Document& doc)
{
    Heading(flow, Tr("report.comparison"));
    const Comparison c = CompareSituations(doc);
    if (!c.Available)
    {
        flow.Paragraph(Tr("report.no_desired"), Font(10.0, false, true), 8.0, 0x555555);
        return;
    }
    const bool comma = IsDutch();
    const Situation& desired = doc.Situations[1];
    for (const PhaseComparison& pc : c.Phases)
    {
        const Phase* phase = FindPhase(desired, pc.Desired);
        char counts[256];
        std::snprintf(counts, sizeof(counts), Tr("report.phase_counts"), pc.Kept, pc.New, pc.Dropped,
                      Change(pc.PatientAverageChange, comma).c_str(), Change(pc.ProfessionalAverageChange, comma).c_str());
        flow.EnsureSpace(36.0);
        flow.Paragraph(phase ? phase->Name : "", Font(10.5, true), 1.0);
        flow.Paragraph(counts, Font(9.5), 7.0, 0x333333);
    }
    auto list = [&](CompareStatus status, const char* key) {
        std::string text;
        for (const MomentComparison& m : c.Moments)
            if (m.Status == status)
            {
                const Situation& s = doc.Situations[status == CompareStatus::Dropped ? 0 : 1];
                const Moment* moment = FindMoment(s, status == CompareStatus::Dropped ? m.Current : m.Desired);
                if (moment)
                    text += (text.empty() ? "" : "\n") + std::string("\xE2\x80\xA2 ") + moment->Title;
            }
        if (text.empty())
            return;
        flow.Paragraph(Tr(key), Font(10.5, true), 2.0);
        flow.Paragraph(text, Font(10.0), 8.0);
    };
    list(CompareStatus::New, "report.new_moments");
    list(CompareStatus::Dropped, "report.dropped_moments");
}
} // namespace

// [SECTION] WriteReportPdf
Status WriteReportPdf(const Document& doc, const std::vector<BottleneckRow>& rows, const std::string& path, ReportPdfInfo* info)
{
    double width = 0.0, height = 0.0;
    PaperPoints(Paper::A4, true, &width, &height);
    PdfDocument pdf;
    const std::string title = doc.Title.empty() ? std::string(Tr("report.title")) : doc.Title;
    Status status = BeginPdf(&pdf, width, height, std::string(Tr("report.title")) + ": " + title);
    if (!status)
        return status;
    PdfFlow flow;
    flow.Cr = pdf.Cr;
    flow.PageWidth = width;
    flow.PageHeight = height;
    flow.Footer = std::string(Tr("report.title")) + " \xC2\xB7 " + title;
    flow.Start();
    const std::string date = TodayForHeader();
    Cover(flow, doc, date);
    for (const Persona& persona : doc.Personas)
    {
        flow.NewPage();
        PersonaPage(flow, persona);
    }
    for (int s = 0; s < (int)doc.Situations.size(); s++)
    {
        flow.NewPage();
        status = MapPage(flow, doc, s, date);
        if (!status)
        {
            AbandonPdf(&pdf);
            return status;
        }
    }
    flow.NewPage();
    const int table_pages = BottleneckTable(flow, doc, rows);
    Opportunities(flow, doc);
    flow.Y += 8.0;
    ComparisonSummary(flow, doc);
    flow.DrawFooter();
    cairo_show_page(flow.Cr);
    status = FinishPdf(&pdf);
    if (!status)
        return status;
    status = WriteFileAtomic(path, pdf.Bytes, false);
    if (status && info)
    {
        info->Pages = flow.Page;
        info->TablePages = table_pages;
    }
    return status;
}
