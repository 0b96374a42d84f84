// The edits-after-load property (issue #11), shared by the fuzz target and the replay test:
// a map (the input when it loads, else the worked example), then edits through core/edit.h
// chosen by the input's bytes (or, for a map that loaded, by a generator seeded from them), then a
// save. The save either refuses with a message in both languages, or what it wrote loads again and
// saves to the same bytes: a map edited in the app is never written in a shape it cannot open.
#pragma once
#include "edit.h"
#include "example.h"
#include "file_json.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace edit_check
{
// Choices read from the script bytes; when they run out, from a generator.
struct Script
{
    const std::string& Bytes;
    size_t At = 0;
    uint64_t State = 0;

    uint8_t Byte()
    {
        if (At < Bytes.size())
            return (uint8_t)Bytes[At++];
        State = State * 6364136223846793005ULL + 1442695040888963407ULL;
        return (uint8_t)(State >> 56);
    }
    int Below(size_t n) { return n == 0 ? 0 : (int)((Byte() | (unsigned)Byte() << 8) % n); }
    // Any float, NaN and infinities included, or (mostly) a small ordinary one.
    float Number()
    {
        if (Byte() % 4 == 0)
        {
            uint32_t bits = (uint32_t)Byte() | (uint32_t)Byte() << 8 | (uint32_t)Byte() << 16 | (uint32_t)Byte() << 24;
            float f;
            std::memcpy(&f, &bits, sizeof(f));
            return f;
        }
        return (float)((int)Byte() - 128) * 8.0f;
    }
    // Short texts of any bytes, now and then a long one.
    std::string Text()
    {
        const int length = Byte() % 24;
        std::string text;
        for (int i = 0; i < length; i++)
            text += (char)Byte();
        if (length == 23) // long, but not so long that the fuzzer slows to a crawl
            text.append((size_t)(Byte() % 8) * 2000, 'x');
        return text;
    }
};

template <class Item>
auto PickId(Script& in, const std::vector<Item>& items) -> decltype(items[0].Id)
{
    decltype(items[0].Id) id;
    if (items.empty() || in.Byte() % 8 == 0)
        id.Value = (uint32_t)in.Below(1u << 16); // now and then an id that may not exist
    else
        id = items[(size_t)in.Below(items.size())].Id;
    return id;
}

template <class Item>
auto PickIds(Script& in, const std::vector<Item>& items) -> std::vector<decltype(items[0].Id)>
{
    std::vector<decltype(items[0].Id)> ids;
    for (int n = in.Byte() % 4; n > 0; n--)
        ids.push_back(PickId(in, items));
    return ids;
}

// One edit chosen by the script.
inline void ApplyOneEdit(Document& doc, Script& in)
{
    if (doc.Situations.empty())
        return;
    const SituationIndex s = in.Below(doc.Situations.size());
    const Situation& sit = doc.Situations[(size_t)s];
    Status why;
    const Vec2 pos = {in.Number(), in.Number()};
    switch (in.Byte() % 24)
    {
    case 0: { MomentId id; AddMoment(doc, s, PickId(in, sit.Phases), in.Number(), in.Text(), &id, &why); break; }
    case 1: MoveMomentTo(doc, s, PickId(in, sit.Moments), PickId(in, sit.Phases), in.Number()); break;
    case 2: MoveMoments(doc, s, PickIds(in, sit.Moments), in.Number()); break;
    case 3: DeleteMoments(doc, s, PickIds(in, sit.Moments)); break;
    case 4: { std::vector<MomentId> out; DuplicateMoments(doc, s, PickIds(in, sit.Moments), &out, &why); break; }
    case 5:
        if (in.Byte() % 3 == 0)
            ClearScore(doc, s, PickId(in, sit.Moments), in.Byte() % 2 == 0);
        else
            SetScore(doc, s, PickId(in, sit.Moments), in.Byte() % 2 == 0, in.Number());
        break;
    case 6: SetMomentText(doc, s, PickId(in, sit.Moments), (MomentField)(in.Byte() % 5), in.Text()); break;
    case 7: SetMomentCell(doc, s, PickId(in, sit.Moments), PickId(in, sit.Lanes), in.Text()); break;
    case 8: SetMomentType(doc, s, PickId(in, sit.Moments), (InteractionType)(in.Byte() % (int)InteractionType::Count)); break;
    case 9: SetMomentActors(doc, s, PickId(in, sit.Moments), {in.Text(), in.Text()}); break;
    case 10: { NoteId id; AddNote(doc, s, (NoteKind)(in.Byte() % 2), PickId(in, sit.Moments), pos, in.Text(), &id, &why); break; }
    case 11: PlaceNote(doc, s, PickId(in, sit.Notes), PickId(in, sit.Moments), pos); break;
    case 12:
        if (in.Byte() % 2)
            SetNoteText(doc, s, PickId(in, sit.Notes), in.Text());
        else
            SetNoteColor(doc, s, PickId(in, sit.Notes), (uint32_t)in.Below(1u << 16) * 256u);
        break;
    case 13: DeleteNotes(doc, s, PickIds(in, sit.Notes)); break;
    case 14: { std::vector<NoteId> out; DuplicateNotes(doc, s, PickIds(in, sit.Notes), pos, &out, &why); break; }
    case 15: MoveFreeNotes(doc, s, PickIds(in, sit.Notes), pos); break;
    case 16:
        switch (in.Byte() % 5)
        {
        case 0: { PhaseId id; AddPhase(doc, s, in.Below(sit.Phases.size() + 2) - 1, in.Text(), &id, &why); break; }
        case 1: RenamePhase(doc, s, PickId(in, sit.Phases), in.Text()); break;
        case 2: MovePhase(doc, s, PickId(in, sit.Phases), in.Below(sit.Phases.size() + 2) - 1); break;
        case 3: SetPhaseWidth(doc, s, PickId(in, sit.Phases), in.Number()); break;
        default: DeletePhase(doc, s, PickId(in, sit.Phases)); break;
        }
        break;
    case 17:
        switch (in.Byte() % 4)
        {
        case 0: { LaneId id; AddTextLane(doc, s, in.Text(), &id, &why); break; }
        case 1: RenameLane(doc, s, PickId(in, sit.Lanes), in.Text()); break;
        case 2: SetLaneVisible(doc, s, PickId(in, sit.Lanes), in.Byte() % 2 == 0); break;
        default: DeleteLane(doc, s, PickId(in, sit.Lanes)); break;
        }
        break;
    case 18: SetDocumentText(doc, (DocumentField)(in.Byte() % 3), in.Text()); break;
    case 19: CreateDesiredFromCurrent(doc, &why); break;
    case 20:
        switch (in.Byte() % 6)
        {
        case 0: { RoundId id; StartVotingRound(doc, in.Text(), in.Text(), &id, &why); break; }
        case 1: AddVote(doc, s, PickId(in, sit.Notes), PickId(in, doc.Rounds), in.Text()); break;
        case 2: RemoveVote(doc, s, PickId(in, sit.Notes), PickId(in, doc.Rounds), in.Text()); break;
        case 3: EndVotingRound(doc, PickId(in, doc.Rounds)); break;
        case 4: SetRoundDotsPerPerson(doc, PickId(in, doc.Rounds), in.Below(1000) - 500); break;
        default: DeleteVotingRound(doc, PickId(in, doc.Rounds)); break;
        }
        break;
    default:
        switch (in.Byte() % 5)
        {
        case 0: { PersonaId id; AddPersona(doc, in.Text(), &id, &why); break; }
        case 1: SetPersonaField(doc, PickId(in, doc.Personas), (PersonaField)(in.Byte() % (int)PersonaField::Count), in.Text()); break;
        case 2: SetPersonaAge(doc, PickId(in, doc.Personas), in.Below(1000) - 500); break;
        case 3: SetPersonaPhoto(doc, PickId(in, doc.Personas), in.Text()); break;
        default: DeletePersona(doc, PickId(in, doc.Personas)); break;
        }
        break;
    }
}
} // namespace edit_check

// "" when the property holds for `bytes`, else what broke. `changed` (may be null): the edits
// changed the map, so the replay test can tell they really happened.
inline std::string CheckEditProperty(const std::string& bytes, bool* changed = nullptr)
{
    Document doc;
    const std::string none;
    uint64_t seed = 1469598103934665603ULL; // FNV-1a of the input: the generator's start
    for (unsigned char c : bytes)
        seed = (seed ^ c) * 1099511628211ULL;
    const bool loaded = LoadDocumentFromString(bytes, &doc).Ok;
    if (!loaded)
        doc = MakeExampleDocument();
    // A map that loaded is its own input; otherwise the bytes are the edit script.
    edit_check::Script in{loaded ? none : bytes, 0, seed};
    const std::string before = SaveDocumentToString(doc);
    const int steps = loaded ? 24 : 8 + (int)(bytes.size() / 6 < 56 ? bytes.size() / 6 : 56);
    for (int i = 0; i < steps; i++)
        edit_check::ApplyOneEdit(doc, in);
    if (changed)
        *changed = SaveDocumentToString(doc) != before;
    std::string saved;
    const Status st = SaveDocumentChecked(doc, &saved);
    if (!st.Ok)
        return st.Message.empty() || st.MessageNl.empty() ? "an edited map's save refused without a message" : std::string();
    Document again;
    const Status reload = LoadDocumentFromString(saved, &again);
    if (!reload.Ok)
        return "an edited map was saved and does not load again: " + reload.Message;
    if (SaveDocumentToString(again) != saved)
        return "an edited map loads back to other bytes than were saved";
    return std::string();
}
