// Edits that come from the participants' page (issue #15).
#include "edit.h"
#include "edit_internal.h"
#include "invite_form.h"
#include "json_text.h"

bool AddParticipantNote(Document& doc, SituationIndex s, NoteKind kind, MomentId moment, const std::string& text, NoteId* out_id)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || !moment.IsValid() || !FindMoment(*sit, moment))
        return false;
    const std::string clean = CleanText(text, MaxParticipantTextBytes);
    if (clean.empty())
        return false;
    NoteId id;
    if (!AddNote(doc, s, kind, moment, Vec2{0.0f, 0.0f}, clean, &id))
        return false;
    FindNote(*sit, id)->FromParticipant = true;
    if (out_id)
        *out_id = id;
    return true;
}
