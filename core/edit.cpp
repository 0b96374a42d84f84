#include "edit.h"
#include "edit_internal.h"

#include "file_json.h"
#include "id_index.h"
#include "layout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

std::string ClampText(const std::string& text)
{
    if (text.size() <= MaxTextBytes)
        return text;
    size_t end = MaxTextBytes;
    while (end > 0 && ((unsigned char)text[end] & 0xC0) == 0x80) // do not cut a character in two
        end--;
    return text.substr(0, end);
}

// [SECTION] moments

bool AddMoment(Document& doc, SituationIndex s, PhaseId phase, float x, const std::string& title, MomentId* out_id)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || !FindPhase(*sit, phase) || !IsFiniteAndSane(x) || sit->Moments.size() >= MaxMoments)
        return false;
    Moment moment;
    moment.Id = NewId<MomentId>(doc);
    moment.Phase = phase;
    moment.X = ClampMomentX(x);
    moment.Title = ClampText(title);
    sit->Moments.push_back(moment);
    if (out_id)
        *out_id = moment.Id;
    return true;
}

bool MoveMomentTo(Document& doc, SituationIndex s, MomentId id, PhaseId phase, float x)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || !FindPhase(*sit, phase) || !IsFiniteAndSane(x))
        return false;
    Moment* moment = FindMoment(*sit, id);
    if (!moment)
        return false;
    x = ClampMomentX(x);
    if (moment->Phase == phase && moment->X == x)
        return false;
    moment->Phase = phase;
    moment->X = x;
    return true;
}

bool MoveMoments(Document& doc, SituationIndex s, const std::vector<MomentId>& ids, float dx)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || sit->Phases.empty() || !IsFiniteAndSane(dx) || dx == 0.0f)
        return false;
    // Work from what the room sees: the laid-out centres and phase columns.
    const MapLayout layout = ComputeLayout(*sit);
    bool changed = false;
    for (MomentId id : ids)
    {
        const MomentBox* box = FindMomentBox(layout, id);
        if (!box)
            continue;
        Moment* moment = &sit->Moments[(size_t)box->ModelIndex]; // the layout is of *sit, just now
        const float target = box->CenterX + dx;
        const PhaseColumn* column = &layout.Phases.front();
        for (const PhaseColumn& c : layout.Phases)
            if (target >= c.Column.Min.x)
                column = &c;
        const float x = ClampMomentX(target - column->Column.Min.x);
        if (moment->Phase != column->Id || moment->X != x)
        {
            moment->Phase = column->Id;
            moment->X = x;
            changed = true;
        }
    }
    return changed;
}

bool DeleteMoments(Document& doc, SituationIndex s, const std::vector<MomentId>& ids)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit)
        return false;
    const std::unordered_set<MomentId> doomed(ids.begin(), ids.end());
    const size_t before = sit->Moments.size();
    sit->Moments.erase(std::remove_if(sit->Moments.begin(), sit->Moments.end(),
                                      [&](const Moment& m) { return doomed.count(m.Id) != 0; }),
                       sit->Moments.end());
    if (sit->Moments.size() == before)
        return false;
    // Notes attached to a deleted moment go with it: they were about that moment.
    sit->Notes.erase(std::remove_if(sit->Notes.begin(), sit->Notes.end(),
                                    [&](const Note& n) { return doomed.count(n.Moment) != 0; }),
                     sit->Notes.end());
    // A desired moment copied from a deleted one keeps its content but loses the link.
    for (Situation& other : doc.Situations)
        for (Moment& m : other.Moments)
            if (doomed.count(m.Origin))
                m.Origin = MomentId();
    return true;
}

bool DuplicateMoments(Document& doc, SituationIndex s, const std::vector<MomentId>& ids, std::vector<MomentId>* out_ids)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit)
        return false;
    std::vector<Moment> copies;
    std::vector<Note> note_copies;
    for (MomentId id : ids)
    {
        const Moment* original = FindMoment(*sit, id);
        if (!original)
            continue;
        Moment copy = *original;
        copy.Id = NewId<MomentId>(doc);
        copy.X = original->X + 1.0f; // just right of the original: the layout spaces the cards
        for (const Note& note : sit->Notes)
            if (note.Moment == id)
            {
                Note note_copy = note;
                note_copy.Id = NewId<NoteId>(doc);
                note_copy.Moment = copy.Id;
                note_copy.Votes.clear(); // a dot counts once: it stays on the original
                note_copies.push_back(note_copy);
            }
        copies.push_back(copy);
    }
    if (copies.empty() || sit->Moments.size() + copies.size() > MaxMoments || sit->Notes.size() + note_copies.size() > MaxNotes)
        return false;
    if (out_ids)
        out_ids->clear();
    for (const Moment& copy : copies)
    {
        sit->Moments.push_back(copy);
        if (out_ids)
            out_ids->push_back(copy.Id);
    }
    sit->Notes.insert(sit->Notes.end(), note_copies.begin(), note_copies.end());
    return true;
}

bool SetScore(Document& doc, SituationIndex s, MomentId id, bool patient, float score)
{
    Situation* sit = GetSituation(doc, s);
    Moment* moment = sit ? FindMoment(*sit, id) : nullptr;
    if (!moment || !std::isfinite(score))
        return false;
    score = std::round(std::clamp(score, -2.0f, 2.0f) * 2.0f) / 2.0f;
    std::optional<float>& target = patient ? moment->Patient.Score : moment->Professional.Score;
    if (target == score)
        return false;
    target = score;
    return true;
}

bool ClearScore(Document& doc, SituationIndex s, MomentId id, bool patient)
{
    Situation* sit = GetSituation(doc, s);
    Moment* moment = sit ? FindMoment(*sit, id) : nullptr;
    if (!moment)
        return false;
    std::optional<float>& target = patient ? moment->Patient.Score : moment->Professional.Score;
    if (!target)
        return false;
    target.reset();
    return true;
}

bool SetMomentText(Document& doc, SituationIndex s, MomentId id, MomentField field, const std::string& text)
{
    Situation* sit = GetSituation(doc, s);
    Moment* moment = sit ? FindMoment(*sit, id) : nullptr;
    if (!moment)
        return false;
    const std::string capped = ClampText(text);
    std::string* target = nullptr;
    switch (field)
    {
    case MomentField::Title: target = &moment->Title; break;
    case MomentField::Channel: target = &moment->Channel; break;
    case MomentField::Description: target = &moment->Description; break;
    case MomentField::PatientText: target = &moment->Patient.Text; break;
    case MomentField::ProfessionalText: target = &moment->Professional.Text; break;
    }
    if (*target == capped)
        return false;
    *target = capped;
    return true;
}

bool SetMomentType(Document& doc, SituationIndex s, MomentId id, InteractionType type)
{
    Situation* sit = GetSituation(doc, s);
    Moment* moment = sit ? FindMoment(*sit, id) : nullptr;
    if (!moment || (int)type < 0 || type >= InteractionType::Count || moment->Type == type)
        return false;
    moment->Type = type;
    return true;
}

bool SetMomentActors(Document& doc, SituationIndex s, MomentId id, const std::vector<std::string>& actors)
{
    Situation* sit = GetSituation(doc, s);
    Moment* moment = sit ? FindMoment(*sit, id) : nullptr;
    if (!moment || actors.size() > MaxActors)
        return false;
    std::vector<std::string> capped;
    for (const std::string& actor : actors)
        capped.push_back(ClampText(actor));
    if (moment->Actors == capped)
        return false;
    moment->Actors = capped;
    return true;
}

bool SetMomentCell(Document& doc, SituationIndex s, MomentId id, LaneId lane, const std::string& cell_text)
{
    Situation* sit = GetSituation(doc, s);
    Moment* moment = sit ? FindMoment(*sit, id) : nullptr;
    const Lane* target_lane = sit ? FindLane(*sit, lane) : nullptr;
    if (!moment || !target_lane)
        return false;
    if (target_lane->Kind != LaneKind::Backstage && target_lane->Kind != LaneKind::Quote && target_lane->Kind != LaneKind::Text)
        return false;
    const std::string text = ClampText(cell_text);
    for (auto it = moment->Cells.begin(); it != moment->Cells.end(); ++it)
        if (it->Lane == lane)
        {
            if (it->Text == text)
                return false;
            if (text.empty())
                moment->Cells.erase(it);
            else
                it->Text = text;
            return true;
        }
    if (text.empty())
        return false;
    moment->Cells.push_back({lane, text});
    return true;
}

// [SECTION] notes

bool AddNote(Document& doc, SituationIndex s, NoteKind kind, MomentId moment, Vec2 pos_world, const std::string& text, NoteId* out_id)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || (int)kind < 0 || kind >= NoteKind::Count || sit->Notes.size() >= MaxNotes)
        return false;
    if (moment.IsValid() && !FindMoment(*sit, moment))
        return false;
    if (!IsFiniteAndSane(pos_world.x) || !IsFiniteAndSane(pos_world.y))
        return false;
    Note note;
    note.Id = NewId<NoteId>(doc);
    note.Kind = kind;
    note.Moment = moment;
    note.X = pos_world.x;
    note.Y = pos_world.y;
    note.Text = ClampText(text);
    sit->Notes.push_back(note);
    if (out_id)
        *out_id = note.Id;
    return true;
}

bool PlaceNote(Document& doc, SituationIndex s, NoteId id, MomentId moment, Vec2 pos_world)
{
    Situation* sit = GetSituation(doc, s);
    Note* note = sit ? FindNote(*sit, id) : nullptr;
    if (!note || (moment.IsValid() && !FindMoment(*sit, moment)))
        return false;
    if (!IsFiniteAndSane(pos_world.x) || !IsFiniteAndSane(pos_world.y))
        return false;
    if (moment.IsValid())
    {
        if (note->Moment == moment)
            return false;
        // Attaching to a moment: the note moves to the end of that moment's stack.
        Note moved = *note;
        moved.Moment = moment;
        sit->Notes.erase(sit->Notes.begin() + (note - sit->Notes.data()));
        sit->Notes.push_back(moved);
        return true;
    }
    if (!note->Moment.IsValid() && note->X == pos_world.x && note->Y == pos_world.y)
        return false;
    // Free on the canvas, on top of the other notes (drawn last).
    Note moved = *note;
    moved.Moment = MomentId();
    moved.X = pos_world.x;
    moved.Y = pos_world.y;
    sit->Notes.erase(sit->Notes.begin() + (note - sit->Notes.data()));
    sit->Notes.push_back(moved);
    return true;
}

bool SetNoteText(Document& doc, SituationIndex s, NoteId id, const std::string& text)
{
    Situation* sit = GetSituation(doc, s);
    Note* note = sit ? FindNote(*sit, id) : nullptr;
    const std::string capped = ClampText(text);
    if (!note || note->Text == capped)
        return false;
    note->Text = capped;
    return true;
}

bool SetNoteKind(Document& doc, SituationIndex s, NoteId id, NoteKind kind)
{
    Situation* sit = GetSituation(doc, s);
    Note* note = sit ? FindNote(*sit, id) : nullptr;
    if (!note || (int)kind < 0 || kind >= NoteKind::Count || note->Kind == kind)
        return false;
    note->Kind = kind;
    return true;
}

bool SetNoteColor(Document& doc, SituationIndex s, NoteId id, uint32_t rgb)
{
    Situation* sit = GetSituation(doc, s);
    Note* note = sit ? FindNote(*sit, id) : nullptr;
    rgb &= 0xFFFFFF;
    if (!note || note->Color == rgb)
        return false;
    note->Color = rgb;
    return true;
}

bool DeleteNotes(Document& doc, SituationIndex s, const std::vector<NoteId>& ids)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit)
        return false;
    const std::unordered_set<NoteId> doomed(ids.begin(), ids.end());
    const size_t before = sit->Notes.size();
    sit->Notes.erase(std::remove_if(sit->Notes.begin(), sit->Notes.end(), [&](const Note& n) { return doomed.count(n.Id) != 0; }),
                     sit->Notes.end());
    return sit->Notes.size() != before;
}

bool MoveFreeNotes(Document& doc, SituationIndex s, const std::vector<NoteId>& ids, Vec2 delta_world)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || !IsFiniteAndSane(delta_world.x) || !IsFiniteAndSane(delta_world.y) || delta_world == Vec2())
        return false;
    bool changed = false;
    // A drag of a big selection calls this every frame: look ids up through an index, not a
    // search of all notes per id.
    IdIndex index;
    if (ids.size() > 16)
    {
        index.Reset(sit->Notes.size());
        for (size_t i = 0; i < sit->Notes.size(); i++)
            index.Insert(sit->Notes[i].Id.Value, (int)i); // the first one wins, as FindNote
    }
    for (NoteId id : ids)
    {
        const int at = ids.size() > 16 ? index.Find(id.Value) : -1;
        Note* note = ids.size() > 16 ? (at < 0 ? nullptr : &sit->Notes[(size_t)at]) : FindNote(*sit, id);
        if (!note || note->Moment.IsValid())
            continue; // attached notes follow their moment
        const float x = std::clamp(note->X + delta_world.x, -MaxCoordinate * 0.5f, MaxCoordinate * 0.5f);
        const float y = std::clamp(note->Y + delta_world.y, -MaxCoordinate * 0.5f, MaxCoordinate * 0.5f);
        if (x != note->X || y != note->Y)
        {
            note->X = x, note->Y = y;
            changed = true;
        }
    }
    return changed;
}

bool DuplicateNotes(Document& doc, SituationIndex s, const std::vector<NoteId>& ids, Vec2 offset_world, std::vector<NoteId>* out_ids)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || !IsFiniteAndSane(offset_world.x) || !IsFiniteAndSane(offset_world.y))
        return false;
    std::vector<Note> copies;
    for (NoteId id : ids)
        if (const Note* original = FindNote(*sit, id))
        {
            Note copy = *original;
            copy.Id = NewId<NoteId>(doc);
            copy.Votes.clear(); // a dot counts once: it stays on the original
            if (!copy.Moment.IsValid()) // attached copies stack under the same moment
            {
                copy.X = std::clamp(copy.X + offset_world.x, -MaxCoordinate * 0.5f, MaxCoordinate * 0.5f);
                copy.Y = std::clamp(copy.Y + offset_world.y, -MaxCoordinate * 0.5f, MaxCoordinate * 0.5f);
            }
            copies.push_back(copy);
        }
    if (copies.empty() || sit->Notes.size() + copies.size() > MaxNotes)
        return false;
    if (out_ids)
        out_ids->clear();
    for (const Note& copy : copies)
    {
        sit->Notes.push_back(copy);
        if (out_ids)
            out_ids->push_back(copy.Id);
    }
    return true;
}
