#include "history.h"

void ResetHistory(History& history, const Document& doc)
{
    history.Committed = doc;
    history.CommittedSerial = history.NextSerial++;
    history.Undo.clear();
    history.Redo.clear();
    history.UndoSerials.clear();
    history.RedoSerials.clear();
    history.UndoBytes.clear();
    history.UndoBytesTotal = 0;
    history.CommittedLabel = ChangeLabel();
    history.UndoLabels.clear();
    history.RedoLabels.clear();
}

static void PushUndo(History& history, Document&& doc, uint64_t serial, ChangeLabel label)
{
    const size_t bytes = EstimateDocumentBytes(doc);
    history.Undo.push_back(std::move(doc));
    history.UndoSerials.push_back(serial);
    history.UndoLabels.push_back(label);
    history.UndoBytes.push_back(bytes);
    history.UndoBytesTotal += bytes;
}

static void PopUndoBack(History& history)
{
    history.UndoBytesTotal -= history.UndoBytes.back();
    history.Undo.pop_back();
    history.UndoSerials.pop_back();
    history.UndoLabels.pop_back();
    history.UndoBytes.pop_back();
}

void CommitStep(History& history, const Document& doc, const ChangeLabel* label)
{
    const ChangeLabel step = label ? *label : DescribeChange(history.Committed, doc);
    PushUndo(history, std::move(history.Committed), history.CommittedSerial, history.CommittedLabel);
    history.Committed = doc;
    history.CommittedSerial = history.NextSerial++;
    history.CommittedLabel = step;
    history.Redo.clear();
    history.RedoSerials.clear();
    history.RedoLabels.clear();
    // Keep the newest step whatever its size: one undo is always possible.
    while (history.Undo.size() > history.MaxSteps || (history.Undo.size() > 1 && history.UndoBytesTotal > history.MaxBytes))
    {
        history.UndoBytesTotal -= history.UndoBytes.front();
        history.Undo.pop_front();
        history.UndoSerials.pop_front();
        history.UndoLabels.pop_front();
        history.UndoBytes.pop_front();
    }
}

bool UndoStep(History& history, Document* doc, ChangeLabel* done)
{
    if (history.Undo.empty())
        return false;
    if (done)
        *done = history.CommittedLabel;
    history.Redo.push_back(std::move(history.Committed));
    history.RedoSerials.push_back(history.CommittedSerial);
    history.RedoLabels.push_back(history.CommittedLabel);
    history.Committed = std::move(history.Undo.back());
    history.CommittedSerial = history.UndoSerials.back();
    history.CommittedLabel = history.UndoLabels.back();
    PopUndoBack(history);
    *doc = history.Committed;
    return true;
}

bool RedoStep(History& history, Document* doc, ChangeLabel* done)
{
    if (history.Redo.empty())
        return false;
    PushUndo(history, std::move(history.Committed), history.CommittedSerial, history.CommittedLabel);
    history.Committed = std::move(history.Redo.back());
    history.CommittedSerial = history.RedoSerials.back();
    history.CommittedLabel = history.RedoLabels.back();
    if (done)
        *done = history.CommittedLabel;
    history.Redo.pop_back();
    history.RedoSerials.pop_back();
    history.RedoLabels.pop_back();
    *doc = history.Committed;
    return true;
}

bool CanUndo(const History& history) { return !history.Undo.empty(); }
bool CanRedo(const History& history) { return !history.Redo.empty(); }

size_t EstimateDocumentBytes(const Document& doc)
{
    size_t bytes = sizeof(Document) + doc.Title.size() + doc.Scope.size() + doc.IntendedOutcome.size() + doc.Remark.size();
    for (const Persona& p : doc.Personas)
        bytes += sizeof(Persona) + p.Photo.size() + p.Name.size() + p.LivingSituation.size() + p.Work.size() + p.Diagnosis.size() +
                 p.OtherConditions.size() + p.DigitalSkills.size() + p.HealthLiteracy.size() + p.Network.size() + p.Goals.size() +
                 p.Needs.size() + p.Frustrations.size() + p.Quote.size();
    bytes += doc.Rounds.size() * sizeof(VotingRound);
    for (const Situation& s : doc.Situations)
    {
        bytes += sizeof(Situation) + s.Phases.size() * sizeof(Phase) + s.Lanes.size() * sizeof(Lane);
        for (const Phase& phase : s.Phases)
            bytes += phase.Name.size();
        for (const Moment& m : s.Moments)
        {
            bytes += sizeof(Moment) + m.Title.size() + m.Channel.size() + m.Description.size() + m.Patient.Text.size() +
                     m.Professional.Text.size() + m.Actors.size() * sizeof(std::string) + m.Cells.size() * sizeof(LaneText);
            for (const std::string& actor : m.Actors)
                bytes += actor.size();
            for (const LaneText& cell : m.Cells)
                bytes += cell.Text.size();
        }
        for (const Note& n : s.Notes)
        {
            bytes += sizeof(Note) + n.Text.size() + n.Votes.size() * sizeof(Vote);
            for (const Vote& v : n.Votes)
                bytes += v.Voter.size();
        }
    }
    return bytes;
}
