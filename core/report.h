// The bottleneck report: every pain point of the map ranked, with its moment's scores and the
// opportunities on the same moment, and its text forms (CSV for spreadsheets, Markdown).
// Pure: the labels (column names, situation names) come from the caller's string table.
#pragma once
#include "journey.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

// The votes a pain point got, or empty when the map holds no votes for it. The ranking asks this
// for every pain point; where the map keeps votes (voting rounds), pass a function that reads them
// (the app passes core/voting.h's NoteVotes when the map has rounds).
using VoteCounter = std::function<std::optional<int>(const Situation& situation, const Note& note)>;

struct BottleneckRow
{
    int Rank = 0;            // 1, 2, ...
    int SituationIndex = 0;  // 0 current, 1 desired
    NoteId Note;
    MomentId Moment;         // invalid for a free note
    std::string PhaseName;   // the phase of its moment (a free note: the phase under it)
    int PhaseIndex = -1;     // -1: none
    std::string MomentTitle; // empty for a free note
    std::string PainPoint;   // the note's text
    std::optional<int> Votes;
    std::optional<float> PatientScore, ProfessionalScore;
    std::vector<std::string> Opportunities; // texts of the opportunity notes on the same moment
    // The lower of the two scores (empty when neither is scored): the ranking key without votes.
    std::optional<float> LowerScore() const;
};

// Ranks the pain points of every situation: by votes (most first) when any pain point has votes,
// then by the lower experience score of its moment (most negative first; unscored and free notes
// after the scored ones), then by situation, phase order, place on the timeline and note order.
// `votes` may be empty (no votes anywhere).
std::vector<BottleneckRow> RankBottlenecks(const Document& doc, const VoteCounter& votes = VoteCounter());

// The labels of the report's text forms, in the reader's language.
struct ReportLabels
{
    // rank, situation, phase, moment, pain point, votes, patient score, professional score, opportunities
    std::vector<std::string> Columns;
    std::string SituationNames[2]; // used when a situation has no name of its own
    bool DecimalComma = false;     // 1,5 instead of 1.5 (Dutch spreadsheets read it as a number)
};

// "+1", "-1.5" (or "-1,5"), "0"; empty when not scored.
std::string FormatScore(const std::optional<float>& score, bool decimal_comma);
std::string SituationName(const Document& doc, int situation_index, const ReportLabels& labels);

// CSV as spreadsheets with Dutch regional settings open it: UTF-8 with a byte order mark,
// semicolons between fields, CRLF line ends, fields quoted ("...", quotes doubled) when they hold
// a semicolon, a quote, a line break or leading/trailing space. Opportunities are one field,
// separated by line breaks.
std::string BottlenecksCsv(const Document& doc, const std::vector<BottleneckRow>& rows, const ReportLabels& labels);
// The same as a Markdown table (| escaped, line breaks as <br>).
std::string BottlenecksMarkdown(const Document& doc, const std::vector<BottleneckRow>& rows, const ReportLabels& labels,
                                const std::string& heading);

// Splits CSV text (as BottlenecksCsv writes it: BOM optional, `separator`, quoted fields with
// doubled quotes and line breaks inside) into rows of fields. Used by tests and to read a report back.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text, char separator = ';');
