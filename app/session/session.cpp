#include "session/session.h"

#include "file_json.h"
#include "file_names.h"
#include "text/i18n.h"

#include <cstdlib>

void ReplaceDocument(Session& session, Document doc, const DocumentOrigin& origin)
{
    session.Doc = std::move(doc);
    ResetHistory(session.Undo, session.Doc);
    session.Path = origin.Path;
    session.DisplayName = origin.DisplayName;
    session.FileSchema = origin.FileSchema;
    session.DocumentSerial++;
    // Restored work is not in any map file yet, and no undo step brings it back to a saved state
    // (serials start at 1).
    session.Dirty = origin.Restored;
    session.SavedSerial = origin.Restored ? 0 : session.Undo.CommittedSerial;
    // What the tools point at belonged to the old map; the timer and the laser go on.
    session.Facilitate.Spotlight = SpotlightTarget();
    session.Facilitate.Voting = VotingShow();
}

bool IsReadOnly(const Session& session) { return session.FileSchema > CurrentSchema; }

std::string WindowTitle(const Session& session)
{
    std::string name = session.DisplayName.empty() ? std::string(Tr("status.untitled")) : session.DisplayName;
    // A dot after the name while there are unsaved changes, as desktop editors do.
    if (IsReadOnly(session))
        name += std::string(" ") + Tr("status.read_only_title");
    return name + (session.Dirty ? " \xE2\x97\x8F" : "") + " \xE2\x80\x93 JourneyBoard";
}

std::string DefaultSavePath(const Session& session)
{
    if (!session.Path.empty())
        return session.Path;
    const char* home = std::getenv("HOME");
    std::string folder = home && home[0] ? std::string(home) : std::string(".");
    // A name from the map's title, so "Hartfalen thuis" is proposed as "Hartfalen thuis.cjm.json";
    // without a title, the name it came with (a snapshot's picture), else "kaart".
    std::string fallback = session.DisplayName.empty() ? std::string(Tr("file.default_name")) : session.DisplayName;
    const size_t ext = fallback.find(MapFileExtension);
    if (ext != std::string::npos)
        fallback.resize(ext);
    return folder + "/" + MapFileNameFromTitle(session.Doc.Title, fallback);
}

void CommitEdit(Session& session)
{
    CommitStep(session.Undo, session.Doc);
    session.Dirty = true;
}

void CommitEditIfChanged(Session& session)
{
    if (SaveDocumentToString(session.Doc) != SaveDocumentToString(session.Undo.Committed))
        CommitEdit(session);
}

bool UndoSessionStep(Session& session, ChangeLabel* done)
{
    if (!UndoStep(session.Undo, &session.Doc, done))
        return false;
    session.Dirty = session.Undo.CommittedSerial != session.SavedSerial;
    return true;
}

bool RedoSessionStep(Session& session, ChangeLabel* done)
{
    if (!RedoStep(session.Undo, &session.Doc, done))
        return false;
    session.Dirty = session.Undo.CommittedSerial != session.SavedSerial;
    return true;
}
