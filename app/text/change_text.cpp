#include "text/change_text.h"

#include "text/i18n.h"

#include <cstdio>

namespace
{
// One row per ChangeKind, in its order: one element and several (%d), English then Dutch.
// English says the action ("move 3 moments"), Dutch what happened ("3 momenten verplaatst").
struct ChangeWords
{
    ChangeKind Kind;
    const char* EnOne;
    const char* EnMany;
    const char* NlOne;
    const char* NlMany;
};

const ChangeWords Words[] = {
    {ChangeKind::None, "nothing", "nothing", "niets", "niets"},
    {ChangeKind::Edit, "an edit", "an edit", "een bewerking", "een bewerking"},
    {ChangeKind::AddSituation, "create the desired situation", "create the desired situation", "gewenste situatie gemaakt", "gewenste situatie gemaakt"},
    {ChangeKind::DeleteSituation, "delete a situation", "delete a situation", "situatie verwijderd", "situatie verwijderd"},
    {ChangeKind::AddPhases, "add a phase", "add %d phases", "fase toegevoegd", "%d fasen toegevoegd"},
    {ChangeKind::DeletePhases, "delete a phase", "delete %d phases", "fase verwijderd", "%d fasen verwijderd"},
    {ChangeKind::AddMoments, "add a moment", "add %d moments", "moment toegevoegd", "%d momenten toegevoegd"},
    {ChangeKind::DeleteMoments, "delete a moment", "delete %d moments", "moment verwijderd", "%d momenten verwijderd"},
    {ChangeKind::AddNotes, "add a note", "add %d notes", "notitie toegevoegd", "%d notities toegevoegd"},
    {ChangeKind::DeleteNotes, "delete a note", "delete %d notes", "notitie verwijderd", "%d notities verwijderd"},
    {ChangeKind::AddPersonas, "add a persona", "add %d personas", "persona toegevoegd", "%d persona's toegevoegd"},
    {ChangeKind::DeletePersonas, "delete a persona", "delete %d personas", "persona verwijderd", "%d persona's verwijderd"},
    {ChangeKind::MovePhases, "move a phase", "move a phase", "fase verplaatst", "fase verplaatst"},
    {ChangeKind::RenamePhases, "rename a phase", "rename %d phases", "fase hernoemd", "%d fasen hernoemd"},
    {ChangeKind::ResizePhases, "resize a phase", "resize %d phases", "fasebreedte aangepast", "breedte van %d fasen aangepast"},
    {ChangeKind::MoveMoments, "move a moment", "move %d moments", "moment verplaatst", "%d momenten verplaatst"},
    {ChangeKind::MoveNotes, "move a note", "move %d notes", "notitie verplaatst", "%d notities verplaatst"},
    {ChangeKind::SetScores, "change an experience score", "change %d experience scores", "belevingsscore aangepast", "%d belevingsscores aangepast"},
    {ChangeKind::EditMoments, "edit a moment", "edit %d moments", "moment bewerkt", "%d momenten bewerkt"},
    {ChangeKind::EditNotes, "edit a note", "edit %d notes", "notitie bewerkt", "%d notities bewerkt"},
    {ChangeKind::EditLanes, "change the lanes", "change the lanes", "banen aangepast", "banen aangepast"},
    {ChangeKind::EditMap, "edit the title, scope or outcome", "edit the title, scope or outcome", "titel, afbakening of doel bewerkt", "titel, afbakening of doel bewerkt"},
    {ChangeKind::EditPersonas, "edit a persona", "edit %d personas", "persona bewerkt", "%d persona's bewerkt"},
    {ChangeKind::SetVotes, "change the dots on a note", "change the dots on %d notes", "stippen op notitie aangepast", "stippen op %d notities aangepast"},
    {ChangeKind::EditRounds, "change the voting rounds", "change the voting rounds", "stemrondes aangepast", "stemrondes aangepast"},
};
static_assert(sizeof(Words) / sizeof(Words[0]) == (size_t)ChangeKind::Count, "words for every kind of change");

std::string WithPrefix(const char* key, const ChangeLabel& label)
{
    char text[256];
    std::snprintf(text, sizeof(text), Tr(key), ChangeText(label).c_str());
    return text;
}
} // namespace

std::string ChangeText(const ChangeLabel& label)
{
    const ChangeWords* found = &Words[(int)ChangeKind::Edit];
    for (const ChangeWords& row : Words)
        if (row.Kind == label.Kind)
            found = &row;
    const ChangeWords& w = *found;
    const bool dutch = IsDutch();
    const char* format = label.Count == 1 ? (dutch ? w.NlOne : w.EnOne) : (dutch ? w.NlMany : w.EnMany);
    char text[160];
    std::snprintf(text, sizeof(text), format, label.Count);
    return text;
}

std::string UndoneText(const ChangeLabel& label) { return WithPrefix("status.undone_what", label); }
std::string RedoneText(const ChangeLabel& label) { return WithPrefix("status.redone_what", label); }
