#include "history.h"

void ResetHistory(History& history, const Document& doc)
{
    history.Committed = doc;
    history.Undo.clear();
    history.Redo.clear();
}

void CommitStep(History& history, const Document& doc)
{
    history.Undo.push_back(std::move(history.Committed));
    history.Committed = doc;
    history.Redo.clear();
    while (history.Undo.size() > history.MaxSteps)
        history.Undo.pop_front();
}

bool UndoStep(History& history, Document* doc)
{
    if (history.Undo.empty())
        return false;
    history.Redo.push_back(std::move(history.Committed));
    history.Committed = std::move(history.Undo.back());
    history.Undo.pop_back();
    *doc = history.Committed;
    return true;
}

bool RedoStep(History& history, Document* doc)
{
    if (history.Redo.empty())
        return false;
    history.Undo.push_back(std::move(history.Committed));
    history.Committed = std::move(history.Redo.back());
    history.Redo.pop_back();
    *doc = history.Committed;
    return true;
}

bool CanUndo(const History& history) { return !history.Undo.empty(); }
bool CanRedo(const History& history) { return !history.Redo.empty(); }
