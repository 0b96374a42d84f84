// The bottleneck report: ranking (votes when there are any, else the lower score, then phase
// order), and its CSV and Markdown forms parsed back.
#include "edit.h"
#include "example.h"
#include "report.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

namespace
{
ReportLabels DutchLabels()
{
    ReportLabels labels;
    labels.Columns = {"Rang", "Situatie", "Fase", "Interactiemoment", "Knelpunt", "Stemmen", "Beleving patiënt",
                      "Beleving zorgprofessional", "Kansen op hetzelfde moment"};
    labels.SituationNames[0] = "Huidige situatie";
    labels.SituationNames[1] = "Gewenste situatie";
    labels.DecimalComma = true;
    return labels;
}

bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
} // namespace

TEST_CASE("without votes, pain points rank by the lower score of their moment, then phase order", "[report]")
{
    const Document doc = MakeExampleDocument();
    const std::vector<BottleneckRow> rows = RankBottlenecks(doc);
    REQUIRE(rows.size() == 9);
    for (size_t i = 0; i < rows.size(); i++)
        CHECK(rows[i].Rank == (int)i + 1);
    // Every pain point of the example is on a moment; lower scores first, ties by phase order.
    for (size_t i = 1; i < rows.size(); i++)
    {
        REQUIRE(rows[i].LowerScore().has_value());
        const float a = *rows[i - 1].LowerScore(), b = *rows[i].LowerScore();
        CHECK(a <= b);
        if (a == b && rows[i - 1].SituationIndex == rows[i].SituationIndex)
            CHECK(rows[i - 1].PhaseIndex <= rows[i].PhaseIndex);
        CHECK_FALSE(rows[i].Votes.has_value());
    }
    // The worst: -2 on moments 4 (diagnosis), 11 (alert, professional -2) and 13 (admission): in phase order.
    CHECK(*rows[0].LowerScore() == -2.0f);
    CHECK(rows[0].PhaseName == "Diagnose");
    CHECK(rows[0].PainPoint.find("informatie") != std::string::npos);
    CHECK(rows.back().LowerScore() >= -1.0f);

    // The opportunities on the same moment travel along: the alert moment (11) has two pain points
    // and the opportunities on it.
    bool alert_seen = false;
    for (const BottleneckRow& row : rows)
        if (row.MomentTitle.find("Melding") != std::string::npos)
        {
            alert_seen = true;
            CHECK(row.PatientScore == -1.0f);
            CHECK(row.ProfessionalScore == -2.0f);
            CHECK_FALSE(row.Opportunities.empty());
        }
    CHECK(alert_seen);
}

TEST_CASE("with votes, the most voted pain point ranks first, ties fall back to the score", "[report]")
{
    const Document doc = MakeExampleDocument();
    const Situation& current = doc.Situations[0];
    // Votes from a function, as a voting round would give them: the last pain point gets 5, the
    // first two get 2 each, the rest none.
    std::vector<NoteId> pains;
    for (const Note& n : current.Notes)
        if (n.Kind == NoteKind::PainPoint)
            pains.push_back(n.Id);
    REQUIRE(pains.size() == 9);
    std::map<uint32_t, int> votes = {{pains.back().Value, 5}, {pains[0].Value, 2}, {pains[1].Value, 2}};
    const VoteCounter count = [&](const Situation&, const Note& note) -> std::optional<int> {
        auto it = votes.find(note.Id.Value);
        return it == votes.end() ? std::optional<int>(0) : std::optional<int>(it->second);
    };
    const std::vector<BottleneckRow> rows = RankBottlenecks(doc, count);
    REQUIRE(rows.size() == 9);
    CHECK(rows[0].Note == pains.back());
    CHECK(rows[0].Votes == 5);
    // The two with 2 votes: the lower score first (pain 1 is on moment 1, -1; pain 2 on moment 4, -2).
    CHECK(rows[1].Votes == 2);
    CHECK(rows[2].Votes == 2);
    CHECK(*rows[1].LowerScore() <= *rows[2].LowerScore());
    for (size_t i = 3; i < rows.size(); i++)
        CHECK(rows[i].Votes == 0);
}

TEST_CASE("free and unscored pain points rank after the scored ones", "[report]")
{
    Document doc = MakeExampleDocument();
    Situation& s = doc.Situations[0];
    NoteId free_note;
    REQUIRE(AddNote(doc, 0, NoteKind::PainPoint, MomentId(), Vec2(700.0f, 2000.0f), "Los knelpunt", &free_note));
    const MomentId first = s.Moments[0].Id;
    REQUIRE(ClearScore(doc, 0, first, true));
    REQUIRE(ClearScore(doc, 0, first, false));
    const std::vector<BottleneckRow> rows = RankBottlenecks(doc);
    REQUIRE(rows.size() == 10);
    // The last two: the pain point on the unscored first moment (phase 0), then the free note (phase 1).
    CHECK(rows[8].Moment == first);
    CHECK_FALSE(rows[8].LowerScore().has_value());
    CHECK(rows[9].Note == free_note);
    CHECK_FALSE(rows[9].Moment.IsValid());
    CHECK(rows[9].PhaseName == s.Phases[1].Name); // the phase under the free note
    CHECK(rows[9].MomentTitle.empty());
}

TEST_CASE("the report's CSV: BOM, semicolons, quoting, accents, one field per column", "[report]")
{
    Document doc = MakeExampleDocument();
    // Text that needs quoting: a semicolon, quotes and a line break.
    for (Note& n : doc.Situations[0].Notes)
        if (n.Kind == NoteKind::PainPoint)
        {
            n.Text = "Wachttijd; \"te lang\"\nvoor Jan en Ria (ë, é)";
            break;
        }
    const std::vector<BottleneckRow> rows = RankBottlenecks(doc);
    const std::string csv = BottlenecksCsv(doc, rows, DutchLabels());
    REQUIRE(csv.compare(0, 3, "\xEF\xBB\xBF") == 0);
    CHECK(Contains(csv, "\r\n"));
    const auto table = ParseCsv(csv);
    REQUIRE(table.size() == rows.size() + 1);
    CHECK(table[0] == DutchLabels().Columns);
    CHECK(table[0][6] == "Beleving patiënt"); // accents intact
    for (size_t i = 1; i < table.size(); i++)
    {
        const BottleneckRow& row = rows[i - 1];
        REQUIRE(table[i].size() == 9);
        CHECK(table[i][0] == std::to_string(i));
        CHECK(table[i][1] == "Huidige situatie");
        CHECK(table[i][2] == row.PhaseName);
        CHECK(table[i][3] == row.MomentTitle);
        CHECK(table[i][4] == row.PainPoint); // quotes, semicolon and line break survive
        CHECK(table[i][5].empty());           // no votes in this map
        CHECK(table[i][6] == FormatScore(row.PatientScore, true));
        CHECK(table[i][7] == FormatScore(row.ProfessionalScore, true));
        std::string opportunities;
        for (size_t o = 0; o < row.Opportunities.size(); o++)
            opportunities += (o ? "\n" : "") + row.Opportunities[o];
        CHECK(table[i][8] == opportunities);
    }
    bool quoted_seen = false;
    for (const auto& r : table)
        quoted_seen = quoted_seen || r[4] == "Wachttijd; \"te lang\"\nvoor Jan en Ria (ë, é)";
    CHECK(quoted_seen);
    CHECK(Contains(csv, "\"Wachttijd; \"\"te lang\"\"\nvoor Jan en Ria (ë, é)\""));
}

TEST_CASE("scores in the report: signs, halves with a decimal comma, empty when not scored", "[report]")
{
    CHECK(FormatScore(-2.0f, true) == "-2");
    CHECK(FormatScore(1.0f, false) == "+1");
    CHECK(FormatScore(0.0f, false) == "0");
    CHECK(FormatScore(-1.5f, true) == "-1,5");
    CHECK(FormatScore(0.5f, false) == "+0.5");
    CHECK(FormatScore(std::nullopt, true).empty());
}

TEST_CASE("the report's Markdown is a table with escaped pipes", "[report]")
{
    Document doc = MakeExampleDocument();
    doc.Situations[0].Notes[0].Text = "A | B";
    const std::vector<BottleneckRow> rows = RankBottlenecks(doc);
    const std::string md = BottlenecksMarkdown(doc, rows, DutchLabels(), "Knelpunten");
    CHECK(md.rfind("# Knelpunten\n\n| Rang | Situatie | Fase |", 0) == 0);
    CHECK(Contains(md, "\n|---:|---|---|---|---|---:|---:|---:|---|\n"));
    const size_t lines = (size_t)std::count(md.begin(), md.end(), '\n');
    CHECK(lines == 2 + 2 + rows.size()); // heading, blank, header, rule, one line per row
    if (doc.Situations[0].Notes[0].Kind == NoteKind::PainPoint)
        CHECK(Contains(md, "A \\| B"));
    for (const BottleneckRow& row : rows)
        CHECK(Contains(md, "| " + std::to_string(row.Rank) + " | Huidige situatie | " + row.PhaseName + " |"));
}

TEST_CASE("CSV parsing reads what spreadsheets write", "[report]")
{
    const auto rows = ParseCsv("a;\"b;c\";\"d\"\"e\"\r\n;x\n\"multi\nline\";y");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<std::string>{"a", "b;c", "d\"e"});
    CHECK(rows[1] == std::vector<std::string>{"", "x"});
    CHECK(rows[2] == std::vector<std::string>{"multi\nline", "y"});
}
