#include "report.h"

#include "layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

std::optional<float> BottleneckRow::LowerScore() const
{
    if (PatientScore && ProfessionalScore)
        return std::min(*PatientScore, *ProfessionalScore);
    return PatientScore ? PatientScore : ProfessionalScore;
}

namespace
{
struct RankedNote
{
    BottleneckRow Row;
    float TimelineX = 0.0f; // world x of its moment (or of the free note)
    int NoteOrder = 0;      // index in the situation's notes
};

void CollectSituation(const Document& doc, int s, const VoteCounter& votes, std::vector<RankedNote>* out)
{
    const Situation& situation = doc.Situations[(size_t)s];
    const MapLayout layout = ComputeLayout(situation);
    for (size_t i = 0; i < situation.Notes.size(); i++)
    {
        const Note& note = situation.Notes[i];
        if (note.Kind != NoteKind::PainPoint)
            continue;
        RankedNote r;
        r.Row.SituationIndex = s;
        r.Row.Note = note.Id;
        r.Row.PainPoint = note.Text;
        r.NoteOrder = (int)i;
        if (votes)
            r.Row.Votes = votes(situation, note);
        const Moment* moment = note.Moment.IsValid() ? FindMoment(situation, note.Moment) : nullptr;
        PhaseId phase;
        if (moment)
        {
            r.Row.Moment = moment->Id;
            r.Row.MomentTitle = moment->Title;
            r.Row.PatientScore = moment->Patient.Score;
            r.Row.ProfessionalScore = moment->Professional.Score;
            phase = moment->Phase;
            const MomentBox* box = FindMomentBox(layout, moment->Id);
            r.TimelineX = box ? box->CenterX : 0.0f;
            for (const Note& other : situation.Notes)
                if (other.Kind == NoteKind::Opportunity && other.Moment == moment->Id)
                    r.Row.Opportunities.push_back(other.Text);
        }
        else
        {
            // A free note belongs to the phase column under its middle.
            r.TimelineX = note.X + layout.Metrics.NoteWidth * 0.5f;
            for (const PhaseColumn& column : layout.Phases)
                if (r.TimelineX >= column.Header.Min.x && r.TimelineX < column.Header.Max.x)
                    phase = column.Id;
        }
        if (const Phase* p = FindPhase(situation, phase))
        {
            r.Row.PhaseName = p->Name;
            r.Row.PhaseIndex = PhaseIndex(situation, phase);
        }
        out->push_back(std::move(r));
    }
}
} // namespace

std::vector<BottleneckRow> RankBottlenecks(const Document& doc, const VoteCounter& votes)
{
    std::vector<RankedNote> notes;
    for (int s = 0; s < (int)doc.Situations.size(); s++)
        CollectSituation(doc, s, votes, &notes);
    const bool any_votes = std::any_of(notes.begin(), notes.end(), [](const RankedNote& r) { return r.Row.Votes.has_value(); });
    std::stable_sort(notes.begin(), notes.end(), [&](const RankedNote& a, const RankedNote& b) {
        if (any_votes && a.Row.Votes.value_or(0) != b.Row.Votes.value_or(0))
            return a.Row.Votes.value_or(0) > b.Row.Votes.value_or(0);
        const std::optional<float> la = a.Row.LowerScore(), lb = b.Row.LowerScore();
        if (la.has_value() != lb.has_value())
            return la.has_value(); // scored before unscored
        if (la && *la != *lb)
            return *la < *lb;
        if (a.Row.SituationIndex != b.Row.SituationIndex)
            return a.Row.SituationIndex < b.Row.SituationIndex;
        // Phase order; a note outside every phase goes last.
        const int pa = a.Row.PhaseIndex < 0 ? 1 << 30 : a.Row.PhaseIndex, pb = b.Row.PhaseIndex < 0 ? 1 << 30 : b.Row.PhaseIndex;
        if (pa != pb)
            return pa < pb;
        if (a.TimelineX != b.TimelineX)
            return a.TimelineX < b.TimelineX;
        return a.NoteOrder < b.NoteOrder;
    });
    std::vector<BottleneckRow> rows;
    rows.reserve(notes.size());
    for (RankedNote& r : notes)
    {
        r.Row.Rank = (int)rows.size() + 1;
        rows.push_back(std::move(r.Row));
    }
    return rows;
}

std::string FormatScore(const std::optional<float>& score, bool decimal_comma)
{
    if (!score)
        return "";
    char text[32];
    if (*score == 0.0f)
        return "0";
    if (std::fabs(*score - std::round(*score)) < 1e-4f)
        std::snprintf(text, sizeof(text), "%+d", (int)std::lround(*score));
    else
        std::snprintf(text, sizeof(text), "%+.1f", *score);
    std::string s = text;
    if (decimal_comma)
        std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string SituationName(const Document& doc, int situation_index, const ReportLabels& labels)
{
    if (situation_index >= 0 && situation_index < (int)doc.Situations.size() && !doc.Situations[(size_t)situation_index].Name.empty())
        return doc.Situations[(size_t)situation_index].Name;
    return labels.SituationNames[situation_index == 1 ? 1 : 0];
}

namespace
{
std::vector<std::string> RowFields(const Document& doc, const BottleneckRow& row, const ReportLabels& labels, const char* joiner)
{
    std::string opportunities;
    for (size_t i = 0; i < row.Opportunities.size(); i++)
        opportunities += (i ? joiner : "") + row.Opportunities[i];
    return {std::to_string(row.Rank),
            SituationName(doc, row.SituationIndex, labels),
            row.PhaseName,
            row.MomentTitle,
            row.PainPoint,
            row.Votes ? std::to_string(*row.Votes) : std::string(),
            FormatScore(row.PatientScore, labels.DecimalComma),
            FormatScore(row.ProfessionalScore, labels.DecimalComma),
            opportunities};
}

std::string CsvField(const std::string& field)
{
    const bool quote = field.find_first_of(";\"\r\n") != std::string::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote)
        return field;
    std::string out = "\"";
    for (char c : field)
    {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string MarkdownCell(const std::string& field)
{
    std::string out;
    for (char c : field)
    {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += "<br>";
        else if (c != '\r')
            out += c;
    }
    return out;
}
} // namespace

std::string BottlenecksCsv(const Document& doc, const std::vector<BottleneckRow>& rows, const ReportLabels& labels)
{
    std::string out = "\xEF\xBB\xBF"; // the byte order mark: Excel then reads UTF-8, not the local code page
    auto line = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); i++)
            out += (i ? ";" : "") + CsvField(fields[i]);
        out += "\r\n";
    };
    line(labels.Columns);
    for (const BottleneckRow& row : rows)
        line(RowFields(doc, row, labels, "\n"));
    return out;
}

std::string BottlenecksMarkdown(const Document& doc, const std::vector<BottleneckRow>& rows, const ReportLabels& labels,
                                const std::string& heading)
{
    std::string out = "# " + MarkdownCell(heading) + "\n\n";
    auto line = [&](const std::vector<std::string>& fields) {
        out += "|";
        for (const std::string& f : fields)
            out += " " + MarkdownCell(f) + " |";
        out += "\n";
    };
    line(labels.Columns);
    out += "|";
    for (size_t i = 0; i < labels.Columns.size(); i++)
        out += i == 0 || i == 5 || i == 6 || i == 7 ? "---:|" : "---|"; // numbers right-aligned
    out += "\n";
    for (const BottleneckRow& row : rows)
        line(RowFields(doc, row, labels, "\n"));
    return out;
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& text, char separator)
{
    std::vector<std::vector<std::string>> rows;
    size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (; i < text.size(); i++)
    {
        const char c = text[i];
        any = true;
        if (quoted)
        {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', i++;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        }
        else if (c == '"')
            quoted = true;
        else if (c == separator)
            row.push_back(std::move(field)), field.clear();
        else if (c == '\r' || c == '\n')
        {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                i++;
            row.push_back(std::move(field)), field.clear();
            rows.push_back(std::move(row)), row.clear();
            any = false;
        }
        else
            field += c;
    }
    if (any)
    {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}
