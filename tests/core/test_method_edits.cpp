// The edits behind the method's steps: scope (step 1), personas (step 2) and the desired situation
// made from the current one (the tip), each undone and redone through the history.
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "history.h"

#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <set>

static std::set<uint32_t> AllIds(const Document& doc)
{
    std::set<uint32_t> ids;
    size_t count = 0;
    auto add = [&](uint32_t v) {
        ids.insert(v);
        count++;
    };
    test::ForEachId(doc, add);
    CHECK(ids.size() == count); // no id twice anywhere in the document
    return ids;
}

TEST_CASE("Scope: title, scope and intended outcome are edited, undone and redone", "[method]")
{
    Document doc = MakeBlankDocument(true);
    History history;
    ResetHistory(history, doc);
    CHECK(SetDocumentText(doc, DocumentField::Scope, "Van verwijzing tot start thuismeten"));
    CHECK_FALSE(SetDocumentText(doc, DocumentField::Scope, "Van verwijzing tot start thuismeten")); // no change
    CommitStep(history, doc);
    CHECK(SetDocumentText(doc, DocumentField::IntendedOutcome, "Minder heropnames"));
    CommitStep(history, doc);
    CHECK(doc.Scope == "Van verwijzing tot start thuismeten");
    REQUIRE(UndoStep(history, &doc));
    CHECK(doc.IntendedOutcome.empty());
    CHECK(doc.Scope == "Van verwijzing tot start thuismeten");
    REQUIRE(UndoStep(history, &doc));
    CHECK(doc.Scope.empty());
    REQUIRE(RedoStep(history, &doc));
    CHECK(doc.Scope == "Van verwijzing tot start thuismeten");
}

TEST_CASE("Personas: add several, edit every field, delete, with undo", "[method][persona]")
{
    Document doc = MakeBlankDocument(false);
    History history;
    ResetHistory(history, doc);
    const size_t before = doc.Personas.size();

    PersonaId ria, henk;
    REQUIRE(AddPersona(doc, "Ria", &ria));
    REQUIRE(AddPersona(doc, "Henk", &henk));
    CommitStep(history, doc);
    REQUIRE(doc.Personas.size() == before + 2);
    CHECK(ria != henk);
    // Cards stand side by side, left of the map, without overlapping.
    const Persona* ria_card = FindPersona(doc, ria);
    const Persona* henk_card = FindPersona(doc, henk);
    REQUIRE(ria_card);
    REQUIRE(henk_card);
    CHECK(ria_card->X < 0.0f);
    CHECK(henk_card->X <= ria_card->X - 460.0f);
    AllIds(doc);

    for (int f = 0; f < (int)PersonaField::Count; f++)
    {
        const PersonaField field = (PersonaField)f;
        const std::string text = "tekst " + std::to_string(f) + " met ë, é en ĳ";
        INFO("field " << f);
        CHECK(SetPersonaField(doc, henk, field, text));
        CHECK(PersonaFieldText(*FindPersona(doc, henk), field) == text);
        CHECK_FALSE(SetPersonaField(doc, henk, field, text));
    }
    CHECK(SetPersonaAge(doc, henk, 81));
    CHECK(SetPersonaAge(doc, henk, 400)); // clamped to the file's limit
    CHECK(FindPersona(doc, henk)->Age == MaxAge);
    CHECK(SetPersonaBasedOnRealPerson(doc, henk, true));
    CHECK_FALSE(SetPersonaBasedOnRealPerson(doc, henk, true));
    CHECK(SetPersonaPhoto(doc, henk, "iVBORw0KGgo="));
    CHECK_FALSE(SetPersonaPhoto(doc, henk, std::string(MaxPhotoBytes + 4, 'A'))); // over the cap
    CommitStep(history, doc);

    // Whatever was edited saves and loads again.
    Document loaded;
    REQUIRE(LoadDocumentFromString(SaveDocumentToString(doc), &loaded).Ok);
    CHECK(FindPersona(loaded, henk)->Needs == PersonaFieldText(*FindPersona(doc, henk), PersonaField::Needs));
    CHECK(FindPersona(loaded, henk)->BasedOnRealPerson);

    CHECK(DeletePersona(doc, ria));
    CHECK_FALSE(DeletePersona(doc, ria));
    CHECK_FALSE(SetPersonaField(doc, ria, PersonaField::Name, "weg"));
    CommitStep(history, doc);
    CHECK(FindPersona(doc, ria) == nullptr);

    REQUIRE(UndoStep(history, &doc)); // the deleted persona is back, as it was
    REQUIRE(FindPersona(doc, ria));
    CHECK(FindPersona(doc, ria)->Name == "Ria");
    REQUIRE(UndoStep(history, &doc)); // the field edits are gone
    CHECK(FindPersona(doc, henk)->Name == "Henk");
    CHECK(FindPersona(doc, henk)->Age == 0);
    CHECK(FindPersona(doc, henk)->Photo.empty());
    REQUIRE(UndoStep(history, &doc)); // the two personas are gone
    CHECK(doc.Personas.size() == before);
}

TEST_CASE("Desired situation from current: links kept, ids unique, undo restores", "[method][desired]")
{
    // The worked example's current situation alone, as a team has it after step 3.
    Document doc = MakeExampleDocument();
    doc.Situations.resize(1);
    History history;
    ResetHistory(history, doc);
    const Document before = doc;
    const std::set<uint32_t> ids_before = AllIds(doc);

    REQUIRE(CreateDesiredFromCurrent(doc));
    CommitStep(history, doc);
    REQUIRE(doc.Situations.size() == 2);
    const Situation& cur = doc.Situations[0];
    const Situation& des = doc.Situations[1];
    CHECK(des.Kind == SituationKind::Desired);
    REQUIRE(des.Moments.size() == cur.Moments.size());
    CHECK(des.Phases.size() == cur.Phases.size());
    CHECK(des.Notes.size() == cur.Notes.size());

    // Ids: unique across the whole document, the copies' ids new, NextId above them all.
    const std::set<uint32_t> ids_after = AllIds(doc);
    CHECK(*ids_after.rbegin() < doc.NextId);
    for (const Moment& m : des.Moments)
        CHECK(ids_before.count(m.Id.Value) == 0);

    // Every copy remembers its original, and is otherwise the same moment in the same phase.
    for (size_t i = 0; i < des.Moments.size(); i++)
    {
        const Moment& copy = des.Moments[i];
        INFO(copy.Title);
        const Moment* original = FindMoment(cur, copy.Origin);
        REQUIRE(original);
        CHECK(original->Title == copy.Title);
        CHECK(original->Patient.Score == copy.Patient.Score);
        CHECK(PhaseIndex(cur, original->Phase) == PhaseIndex(des, copy.Phase));
        CHECK(FindPhase(des, copy.Phase) != nullptr);
    }
    // Notes follow their copied moment, not the original.
    for (const Note& n : des.Notes)
        if (n.Moment.IsValid())
            CHECK(FindMoment(des, n.Moment) != nullptr);
    // The result is a valid file, and it saves and loads with the links.
    CHECK(ValidateDocument(doc).Ok);
    Document loaded;
    REQUIRE(LoadDocumentFromString(SaveDocumentToString(doc), &loaded).Ok);
    CHECK(loaded.Situations[1].Moments[3].Origin == des.Moments[3].Origin);

    CHECK_FALSE(CreateDesiredFromCurrent(doc)); // there is one already

    REQUIRE(UndoStep(history, &doc));
    CHECK(doc.Situations.size() == 1);
    CHECK(SaveDocumentToString(doc) == SaveDocumentToString(before));
    REQUIRE(RedoStep(history, &doc));
    CHECK(doc.Situations.size() == 2);
}
