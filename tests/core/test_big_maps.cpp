// Big maps: the stress map generator, the layout cache, and the x-range lookups that culling and
// hit-testing rely on, checked against plain loops over every element.
#include "edit.h"
#include "file_json.h"
#include "id_index.h"
#include "layout.h"
#include "stress_map.h"

#include <catch2/catch.hpp>

#include <set>

TEST_CASE("the stress map has the promised size, with text and both curves, and is valid", "[stress]")
{
    const Document doc = MakeStressDocument();
    REQUIRE(doc.Situations.size() == 1);
    const Situation& s = doc.Situations[0];
    CHECK(s.Phases.size() == 12);
    CHECK(s.Moments.size() == 5000);
    CHECK(s.Notes.size() == 10000);
    CHECK(ValidateDocument(doc).Ok);
    std::set<float> patient_scores, professional_scores;
    for (const Moment& m : s.Moments)
    {
        CHECK_FALSE(m.Title.empty());
        CHECK_FALSE(m.Description.empty());
        patient_scores.insert(m.Patient.Score.value_or(99.0f));
        professional_scores.insert(m.Professional.Score.value_or(99.0f));
    }
    CHECK(patient_scores.size() == 9); // -2 .. +2 in half steps: the curves go up and down
    CHECK(professional_scores.size() == 9);
    int free_notes = 0, pain_points = 0;
    for (const Note& n : s.Notes)
    {
        CHECK_FALSE(n.Text.empty());
        free_notes += !n.Moment.IsValid();
        pain_points += n.Kind == NoteKind::PainPoint;
    }
    CHECK(free_notes == 100);
    CHECK(pain_points > 4000);
    CHECK(pain_points < 6000);
    // Deterministic: the same map every time, so figures compare across machines and runs.
    CHECK(SaveDocumentToString(MakeStressDocument()) == SaveDocumentToString(doc));
}

TEST_CASE("the layout cache recomputes only when the layout's inputs change", "[layout][stress]")
{
    Document doc = MakeStressDocument({3, 60, 120});
    LayoutCache cache;
    CachedLayout(cache, doc.Situations[0]);
    CachedLayout(cache, doc.Situations[0]);
    CHECK(cache.Computations == 1);
    // Texts do not move anything.
    REQUIRE(SetNoteText(doc, 0, doc.Situations[0].Notes[5].Id, "andere tekst"));
    CachedLayout(cache, doc.Situations[0]);
    CHECK(cache.Computations == 1);
    // A moved moment, a changed score, a hidden lane: each is seen, and the result is fresh.
    const MomentId moved = doc.Situations[0].Moments[10].Id;
    REQUIRE(MoveMoments(doc, 0, {moved}, 5000.0f));
    const MapLayout& after_move = CachedLayout(cache, doc.Situations[0]);
    CHECK(cache.Computations == 2);
    CHECK(FindMomentBox(after_move, moved)->CenterX == Approx(FindMomentBox(ComputeLayout(doc.Situations[0]), moved)->CenterX));
    REQUIRE(SetScore(doc, 0, moved, true, 2.0f));
    CachedLayout(cache, doc.Situations[0]);
    CHECK(cache.Computations == 3);
    REQUIRE(SetLaneVisible(doc, 0, doc.Situations[0].Lanes[1].Id, false));
    CHECK(CachedLayout(cache, doc.Situations[0]).Lanes.size() == ComputeLayout(doc.Situations[0]).Lanes.size());
    CHECK(cache.Computations == 4);
    // Another situation with the same shape but other ids is another layout.
    Document other = MakeStressDocument({3, 60, 120});
    other.Situations[0].Moments[0].Id.Value += 100000;
    CachedLayout(cache, other.Situations[0]);
    CHECK(cache.Computations == 5);
}

TEST_CASE("x-range lookups find exactly the cards and notes a loop over all of them finds", "[layout][stress]")
{
    const Document doc = MakeStressDocument({4, 300, 700});
    const Situation& s = doc.Situations[0];
    const MapLayout layout = ComputeLayout(s);
    REQUIRE(layout.Moments.size() == 300);
    REQUIRE(layout.Notes.size() == 700);
    CHECK(layout.FirstFreeNote == 700 - 7);
    CHECK(layout.FreeNotesByX.size() == 7);
    // Every box knows its model element.
    for (const MomentBox& box : layout.Moments)
        CHECK(ModelMoment(s, box) == FindMoment(s, box.Id));
    for (const NoteBox& box : layout.Notes)
        CHECK(ModelNote(s, box) == FindNote(s, box.Id));

    const float spans[][2] = {{-1e6f, 1e6f}, {0.0f, 10.0f}, {1234.5f, 1900.0f}, {30000.0f, 30000.0f}, {-500.0f, -100.0f}, {74000.0f, 90000.0f}};
    for (const auto& span : spans)
    {
        INFO("x from " << span[0] << " to " << span[1]);
        size_t first = 0, last = 0;
        MomentRangeInX(layout, span[0], span[1], &first, &last);
        size_t expected = 0;
        for (size_t i = 0; i < layout.Moments.size(); i++)
        {
            const Rect& card = layout.Moments[i].Card;
            const bool reaches = card.Max.x >= span[0] && card.Min.x <= span[1];
            expected += reaches;
            if (reaches)
                CHECK((i >= first && i < last));
        }
        CHECK(last - first == expected);

        AttachedNoteRangeInX(layout, span[0], span[1], &first, &last);
        expected = 0;
        for (size_t i = 0; i < (size_t)layout.FirstFreeNote; i++)
        {
            const Rect& box = layout.Notes[i].Box;
            const bool reaches = box.Max.x >= span[0] && box.Min.x <= span[1];
            expected += reaches;
            if (reaches)
                CHECK((i >= first && i < last));
        }
        CHECK(last - first == expected);
    }
}

TEST_CASE("hit-testing a big map finds every card, handle and note where it is drawn", "[layout][stress]")
{
    const Document doc = MakeStressDocument({4, 300, 700});
    const MapLayout layout = ComputeLayout(doc.Situations[0]);
    for (size_t i = 0; i < layout.Moments.size(); i += 7)
    {
        const MomentBox& box = layout.Moments[i];
        const Hit card = HitTest(layout, box.Card.Center(), 10.0f);
        CHECK(card.Kind == HitKind::Moment);
        CHECK(card.Moment == box.Id);
        const Hit handle = HitTest(layout, box.PatientPoint + Vec2(2, -2), 10.0f);
        CHECK(handle.Kind == HitKind::PatientHandle);
        CHECK(handle.Moment == box.Id);
    }
    for (size_t i = 0; i < layout.Notes.size(); i += 5)
    {
        const NoteBox& box = layout.Notes[i];
        const Hit hit = HitTest(layout, box.Box.Center(), 10.0f);
        CHECK(hit.Kind == HitKind::Note);
        // Free notes may lie on top of each other: then the one drawn last is hit.
        if (i < (size_t)layout.FirstFreeNote)
            CHECK(hit.Note == box.Id);
    }
}

TEST_CASE("the id index finds every id it was given, and nothing else", "[layout]")
{
    IdIndex index;
    index.Reset(3); // it grows past what it was told
    for (uint32_t id = 1; id <= 5000; id++)
        index.Insert(id * 7919u, (int)id);
    index.Insert(7919u, -5); // an id twice: the first one stays, as FindMoment finds the first
    index.Insert(0u, 3);     // 0 is never an id
    CHECK(index.Size() == 5000);
    for (uint32_t id = 1; id <= 5000; id++)
        CHECK(index.Find(id * 7919u) == (int)id);
    CHECK(index.Find(7919u) == 1);
    CHECK(index.Find(0u) == -1);
    CHECK(index.Find(7920u) == -1);
    IdIndex empty;
    CHECK(empty.Find(1u) == -1);
}

TEST_CASE("moving a big selection of notes moves every free one and leaves attached ones", "[stress]")
{
    Document doc = MakeStressDocument({3, 100, 2000});
    const Document before = doc;
    std::vector<NoteId> all;
    for (const Note& n : doc.Situations[0].Notes)
        all.push_back(n.Id);
    all.push_back(NoteId{999999}); // an id that is not there is skipped
    REQUIRE(MoveFreeNotes(doc, 0, all, {30.0f, -12.5f}));
    int free_moved = 0;
    for (size_t i = 0; i < doc.Situations[0].Notes.size(); i++)
    {
        const Note& a = before.Situations[0].Notes[i];
        const Note& b = doc.Situations[0].Notes[i];
        if (a.Moment.IsValid())
            CHECK((b.X == a.X && b.Y == a.Y));
        else
        {
            CHECK(b.X == a.X + 30.0f);
            CHECK(b.Y == a.Y - 12.5f);
            free_moved++;
        }
    }
    CHECK(free_moved == 20);
}
