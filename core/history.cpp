#include "history.h"

void ResetHistory(History& history, const Document& doc)
{
    history.Committed = doc;
    history.CommittedSerial = history.NextSerial++;
    history.Undo.clear();
    history.Redo.clear();
    history.UndoSerials.clear();
    history.RedoSerials.clear();
}

void CommitStep(History& history, const Document& doc)
{
    history.Undo.push_back(std::move(history.Committed));
    history.UndoSerials.push_back(history.CommittedSerial);
    history.Committed = doc;
    history.CommittedSerial = history.NextSerial++;
    history.Redo.clear();
    history.RedoSerials.clear();
    while (history.Undo.size() > history.MaxSteps)
    {
        history.Undo.pop_front();
        history.UndoSerials.pop_front();
    }
}

bool UndoStep(History& history, Document* doc)
{
    if (history.Undo.empty())
        return false;
    history.Redo.push_back(std::move(history.Committed));
    history.RedoSerials.push_back(history.CommittedSerial);
    history.Committed = std::move(history.Undo.back());
    history.CommittedSerial = history.UndoSerials.back();
    history.Undo.pop_back();
    history.UndoSerials.pop_back();
    *doc = history.Committed;
    return true;
}

bool RedoStep(History& history, Document* doc)
{
    if (history.Redo.empty())
        return false;
    history.Undo.push_back(std::move(history.Committed));
    history.UndoSerials.push_back(history.CommittedSerial);
    history.Committed = std::move(history.Redo.back());
    history.CommittedSerial = history.RedoSerials.back();
    history.Redo.pop_back();
    history.RedoSerials.pop_back();
    *doc = history.Committed;
    return true;
}

bool CanUndo(const History& history) { return !history.Undo.empty(); }
bool CanRedo(const History& history) { return !history.Redo.empty(); }
