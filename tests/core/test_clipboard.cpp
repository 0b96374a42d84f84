// Copy and paste of moments and notes through the clipboard text.
#include "clipboard.h"
#include "example.h"
#include "file_json.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

using test::Contains;

namespace
{
const Moment& MomentTitled(const Situation& s, const std::string& title_part)
{
    for (const Moment& m : s.Moments)
        if (Contains(m.Title, title_part))
            return m;
    FAIL("no moment titled like " << title_part);
    return s.Moments.front();
}

int NotesOf(const Situation& s, MomentId id)
{
    return (int)std::count_if(s.Notes.begin(), s.Notes.end(), [&](const Note& n) { return n.Moment == id; });
}

std::set<uint32_t> AllIds(const Document& doc)
{
    std::set<uint32_t> ids;
    for (const Situation& s : doc.Situations)
    {
        for (const Phase& x : s.Phases)
            ids.insert(x.Id.Value);
        for (const Lane& x : s.Lanes)
            ids.insert(x.Id.Value);
        for (const Moment& x : s.Moments)
            ids.insert(x.Id.Value);
        for (const Note& x : s.Notes)
            ids.insert(x.Id.Value);
    }
    return ids;
}
} // namespace

TEST_CASE("clipboard: a copied moment pastes back with fresh ids, its notes attached", "[clipboard]")
{
    Document doc = MakeExampleDocument();
    const Situation& current = doc.Situations[0];
    // Moment 11 (the 2 kg alert) carries pain points and an opportunity in the example.
    const Moment original = MomentTitled(current, "2 kg aangekomen");
    const int attached = NotesOf(current, original.Id);
    REQUIRE(attached >= 2);

    const std::string text = CopyToClipboardText(doc, 0, {original.Id}, {});
    REQUIRE(Contains(text, "\"journeyboard_clipboard\": 1"));
    ClipboardItems items;
    REQUIRE(ParseClipboardText(text, &items).Ok);
    REQUIRE(items.Items.Moments.size() == 1);
    CHECK(items.Items.Notes.size() == (size_t)attached);
    CHECK(items.Items.Phases.size() == 1); // only the phase the moment is in travels

    const std::set<uint32_t> ids_before = AllIds(doc);
    const size_t moments_before = current.Moments.size(), notes_before = current.Notes.size();
    PastePlace place;
    place.Selected = {original.Id};
    PasteResult pasted;
    REQUIRE(PasteClipboardItems(doc, 0, items, place, &pasted).Ok);
    const Situation& after = doc.Situations[0];
    CHECK(after.Moments.size() == moments_before + 1);
    CHECK(after.Notes.size() == notes_before + attached);
    REQUIRE(pasted.Moments.size() == 1);
    CHECK(pasted.Notes.size() == (size_t)attached);

    const Moment* copy = FindMoment(after, pasted.Moments[0]);
    REQUIRE(copy);
    CHECK(ids_before.count(copy->Id.Value) == 0);
    for (NoteId id : pasted.Notes)
        CHECK(ids_before.count(id.Value) == 0);
    CHECK(copy->Title == original.Title);
    CHECK(copy->Type == original.Type);
    CHECK(copy->Actors == original.Actors);
    CHECK(copy->Patient.Score == original.Patient.Score);
    CHECK(copy->Professional.Text == original.Professional.Text);
    CHECK(copy->Phase == original.Phase); // same phase name in the same map
    CHECK(copy->X > original.X);          // right after the selection
    CHECK(NotesOf(after, copy->Id) == attached);
    CHECK(NotesOf(after, original.Id) == attached); // the originals keep theirs
    // The result is a valid map: ids unique, references resolve.
    CHECK(ValidateDocument(doc).Ok);
    Document reloaded;
    CHECK(LoadDocumentFromString(SaveDocumentToString(doc), &reloaded).Ok);
}

TEST_CASE("clipboard: pasting into another map keeps phases by name, else the phase under the mouse", "[clipboard]")
{
    Document source = MakeExampleDocument();
    const Situation& current = source.Situations[0];
    std::vector<MomentId> ids;
    for (const Moment& m : current.Moments)
        ids.push_back(m.Id);
    const std::string text = CopyToClipboardText(source, 0, ids, {});
    ClipboardItems items;
    REQUIRE(ParseClipboardText(text, &items).Ok);

    // The blank format in Dutch has the same phase names as the example.
    Document blank = MakeBlankDocument(true);
    REQUIRE(PasteClipboardItems(blank, 0, items, PastePlace(), nullptr).Ok);
    REQUIRE(blank.Situations[0].Moments.size() == current.Moments.size());
    for (const Moment& m : blank.Situations[0].Moments)
    {
        const Phase* phase = FindPhase(blank.Situations[0], m.Phase);
        REQUIRE(phase);
        const Moment& original = MomentTitled(current, m.Title);
        CHECK(phase->Name == FindPhase(current, original.Phase)->Name);
    }
    const size_t attached = std::count_if(current.Notes.begin(), current.Notes.end(), [](const Note& n) { return n.Moment.IsValid(); });
    CHECK(blank.Situations[0].Notes.size() == attached); // every note attached to a copied moment went along
    CHECK(ValidateDocument(blank).Ok);

    // The English blank format has other names: everything lands in the phase under the mouse.
    Document english = MakeBlankDocument(false);
    PastePlace place;
    place.HasMouse = true;
    place.PhaseUnderMouse = english.Situations[0].Phases[2].Id;
    place.MouseWorld = {5000.0f, 300.0f};
    REQUIRE(PasteClipboardItems(english, 0, items, place, nullptr).Ok);
    for (const Moment& m : english.Situations[0].Moments)
        CHECK(m.Phase == place.PhaseUnderMouse);
    // Without a mouse over the canvas: the first phase.
    Document english2 = MakeBlankDocument(false);
    REQUIRE(PasteClipboardItems(english2, 0, items, PastePlace(), nullptr).Ok);
    for (const Moment& m : english2.Situations[0].Moments)
        CHECK(m.Phase == english2.Situations[0].Phases[0].Id);
}

TEST_CASE("clipboard: free notes and notes copied without their moment paste as free notes", "[clipboard]")
{
    Document doc = MakeExampleDocument();
    Situation& current = doc.Situations[0];
    REQUIRE(!current.Notes.empty());
    const Note attached = current.Notes[0];
    REQUIRE(attached.Moment.IsValid());
    NoteId free_id;
    REQUIRE(AddNote(doc, 0, NoteKind::Opportunity, MomentId(), {100.0f, 2000.0f}, "Vrije kans", &free_id));

    const std::string text = CopyToClipboardText(doc, 0, {}, {attached.Id, free_id});
    ClipboardItems items;
    REQUIRE(ParseClipboardText(text, &items).Ok);
    REQUIRE(items.Items.Moments.empty());
    REQUIRE(items.Items.Notes.size() == 2);
    for (const Note& n : items.Items.Notes)
        CHECK_FALSE(n.Moment.IsValid());

    PastePlace place;
    place.HasMouse = true;
    place.MouseWorld = {700.0f, 1500.0f};
    PasteResult pasted;
    REQUIRE(PasteClipboardItems(doc, 0, items, place, &pasted).Ok);
    REQUIRE(pasted.Notes.size() == 2);
    float least_x = 1e9f, least_y = 1e9f;
    for (NoteId id : pasted.Notes)
    {
        const Note* n = FindNote(doc.Situations[0], id);
        REQUIRE(n);
        CHECK_FALSE(n->Moment.IsValid());
        least_x = std::min(least_x, n->X), least_y = std::min(least_y, n->Y);
    }
    CHECK(least_x == Approx(700.0f)); // the group's top-left at the mouse
    CHECK(least_y == Approx(1500.0f));
    const Note* text_copy = nullptr;
    for (NoteId id : pasted.Notes)
        if (FindNote(doc.Situations[0], id)->Text == "Vrije kans")
            text_copy = FindNote(doc.Situations[0], id);
    REQUIRE(text_copy);
    CHECK(text_copy->Kind == NoteKind::Opportunity);
    CHECK(ValidateDocument(doc).Ok);
}

TEST_CASE("clipboard: cells follow their lane by kind, and are dropped where there is none", "[clipboard]")
{
    Document doc = MakeBlankDocument(true);
    Situation& s = doc.Situations[0];
    LaneId backstage;
    for (const Lane& lane : s.Lanes)
        if (lane.Kind == LaneKind::Backstage)
            backstage = lane.Id;
    REQUIRE(backstage.IsValid());
    LaneId extra;
    REQUIRE(AddTextLane(doc, 0, "Systemen", &extra));
    MomentId id;
    REQUIRE(AddMoment(doc, 0, doc.Situations[0].Phases[0].Id, 200.0f, "Telefoontje", &id));
    REQUIRE(SetMomentCell(doc, 0, id, backstage, "Dossier openen"));
    REQUIRE(SetMomentCell(doc, 0, id, extra, "EPD"));
    ClipboardItems items;
    REQUIRE(ParseClipboardText(CopyToClipboardText(doc, 0, {id}, {}), &items).Ok);

    Document other = MakeBlankDocument(true); // has a backstage lane, not the "Systemen" lane
    PasteResult pasted;
    REQUIRE(PasteClipboardItems(other, 0, items, PastePlace(), &pasted).Ok);
    const Moment* copy = FindMoment(other.Situations[0], pasted.Moments.at(0));
    REQUIRE(copy);
    REQUIRE(copy->Cells.size() == 1);
    CHECK(FindLane(other.Situations[0], copy->Cells[0].Lane)->Kind == LaneKind::Backstage);
    CHECK(copy->Cells[0].Text == "Dossier openen");
    CHECK(ValidateDocument(other).Ok);
}

TEST_CASE("clipboard: anything else on the clipboard is refused with a message in both languages", "[clipboard]")
{
    const std::string good = CopyToClipboardText(MakeExampleDocument(), 0, {MakeExampleDocument().Situations[0].Moments[0].Id}, {});
    REQUIRE(!good.empty());
    struct Case
    {
        const char* Name;
        std::string Text;
        const char* EnPart;
        const char* NlPart;
    };
    std::string huge(MaxClipboardBytes + 10, 'a');
    std::string nested = "{\"journeyboard_clipboard\": 1, \"x\": " + std::string(100000, '[');
    std::string broken = good.substr(0, good.size() / 2);
    std::string wrong_type = good;
    const size_t title = wrong_type.find("\"title\": \"", wrong_type.find("\"moments\""));
    REQUIRE(title != std::string::npos);
    wrong_type.replace(title, 10, "\"title\": 12, \"was\": \"");
    std::string newer = good;
    newer.replace(newer.find("\"journeyboard_clipboard\": 1"), 27, "\"journeyboard_clipboard\": 99");
    std::string dangling = good;
    const size_t phase = dangling.find("\"phase\": ");
    REQUIRE(phase != std::string::npos);
    dangling.replace(phase, 9, "\"phase\": 4444");

    const Case cases[] = {
        {"plain text", "Knelpunt: te veel meldingen", "does not hold JourneyBoard", "bevat geen JourneyBoard"},
        {"empty", "   \n", "clipboard is empty", "klembord is leeg"},
        {"a map file's JSON without the marker", SaveDocumentToString(MakeBlankDocument(true)), "does not hold JourneyBoard", "bevat geen JourneyBoard"},
        {"other JSON", "[1, 2, 3]", "does not hold JourneyBoard", "bevat geen JourneyBoard"},
        {"broken JSON", broken, "does not hold JourneyBoard", "bevat geen JourneyBoard"},
        {"deep nesting", nested, "does not hold JourneyBoard", "bevat geen JourneyBoard"},
        {"huge", huge, "too much text", "te veel tekst"},
        {"wrong type", wrong_type, "damaged", "beschadigd"},
        {"dangling phase", dangling, "damaged", "beschadigd"},
        {"newer version", newer, "newer JourneyBoard", "nieuwere JourneyBoard"},
        {"marker is text", "{\"journeyboard_clipboard\": \"ja\"}", "damaged", "beschadigd"},
        {"invalid UTF-8", "{\"journeyboard_clipboard\": 1, \"title\": \"\xC3\x28\"}", "does not hold JourneyBoard", "bevat geen JourneyBoard"},
    };
    for (const Case& c : cases)
    {
        INFO(c.Name);
        ClipboardItems items;
        items.Items.Name = "untouched";
        const Status status = ParseClipboardText(c.Text, &items);
        CHECK_FALSE(status.Ok);
        CHECK(Contains(status.Message, c.EnPart));
        CHECK(Contains(status.MessageNl, c.NlPart));
        CHECK(items.Items.Name == "untouched");
    }
}

TEST_CASE("clipboard: paste refuses a map without phases and copies of nothing", "[clipboard]")
{
    Document doc = MakeExampleDocument();
    CHECK(CopyToClipboardText(doc, 0, {}, {}).empty());
    CHECK(CopyToClipboardText(doc, 0, {MomentId{}}, {NoteId{}}).empty());
    CHECK(CopyToClipboardText(doc, 5, {doc.Situations[0].Moments[0].Id}, {}).empty());

    ClipboardItems items;
    REQUIRE(ParseClipboardText(CopyToClipboardText(doc, 0, {doc.Situations[0].Moments[0].Id}, {}), &items).Ok);
    Document empty = MakeBlankDocument(false);
    while (!empty.Situations[0].Phases.empty())
        REQUIRE(DeletePhase(empty, 0, empty.Situations[0].Phases[0].Id));
    const Document before = empty;
    const Status status = PasteClipboardItems(empty, 0, items, PastePlace(), nullptr);
    CHECK_FALSE(status.Ok);
    CHECK(Contains(status.Message, "no phases"));
    CHECK(Contains(status.MessageNl, "geen fasen"));
    CHECK(SaveDocumentToString(empty) == SaveDocumentToString(before));
}

TEST_CASE("clipboard: the desired situation's link to the current one does not travel", "[clipboard]")
{
    Document doc = MakeExampleDocument();
    REQUIRE(doc.Situations.size() == 2);
    const Moment* linked = nullptr;
    for (const Moment& m : doc.Situations[1].Moments)
        if (m.Origin.IsValid())
            linked = &m;
    REQUIRE(linked);
    ClipboardItems items;
    REQUIRE(ParseClipboardText(CopyToClipboardText(doc, 1, {linked->Id}, {}), &items).Ok);
    PasteResult pasted;
    REQUIRE(PasteClipboardItems(doc, 0, items, PastePlace(), &pasted).Ok);
    CHECK_FALSE(FindMoment(doc.Situations[0], pasted.Moments.at(0))->Origin.IsValid());
    CHECK(ValidateDocument(doc).Ok);
}
