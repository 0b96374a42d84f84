// Edits of the map's structure and of the document around it: phases, lanes, the scope, the
// desired situation and personas. Moments and notes are edited in core/edit.cpp.
#include "edit.h"
#include "edit_internal.h"

#include "file_json.h"
#include "id_index.h"
#include "layout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

// [SECTION] phases and lanes

bool AddPhase(Document& doc, SituationIndex s, int index, const std::string& name, PhaseId* out_id, Status* why)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || sit->Phases.size() >= MaxPhases || RefuseWithoutIds(doc, 1, why))
        return false;
    Phase phase;
    phase.Id = NewId<PhaseId>(doc);
    phase.Name = ClampText(name);
    index = std::clamp(index, 0, (int)sit->Phases.size());
    sit->Phases.insert(sit->Phases.begin() + index, phase);
    if (out_id)
        *out_id = phase.Id;
    return true;
}

bool RenamePhase(Document& doc, SituationIndex s, PhaseId id, const std::string& name)
{
    Situation* sit = GetSituation(doc, s);
    Phase* phase = sit ? FindPhase(*sit, id) : nullptr;
    const std::string capped = ClampText(name);
    if (!phase || (phase->Name == capped && phase->DefaultName < 0))
        return false;
    phase->Name = capped;
    phase->DefaultName = -1; // the users' own name from now on, in every language
    return true;
}

bool MovePhase(Document& doc, SituationIndex s, PhaseId id, int new_index)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit)
        return false;
    const int from = PhaseIndex(*sit, id);
    if (from < 0)
        return false;
    new_index = std::clamp(new_index, 0, (int)sit->Phases.size() - 1);
    if (new_index == from)
        return false;
    const Phase phase = sit->Phases[from];
    sit->Phases.erase(sit->Phases.begin() + from);
    sit->Phases.insert(sit->Phases.begin() + new_index, phase);
    return true;
}

bool SetPhaseWidth(Document& doc, SituationIndex s, PhaseId id, float width)
{
    Situation* sit = GetSituation(doc, s);
    Phase* phase = sit ? FindPhase(*sit, id) : nullptr;
    if (!phase || !std::isfinite(width))
        return false;
    width = std::clamp(width, 120.0f, 50000.0f);
    if (phase->Width == width)
        return false;
    phase->Width = width;
    return true;
}

bool DeletePhase(Document& doc, SituationIndex s, PhaseId id)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit)
        return false;
    const int index = PhaseIndex(*sit, id);
    if (index < 0)
        return false;
    std::vector<MomentId> moments;
    for (const Moment& m : sit->Moments)
        if (m.Phase == id)
            moments.push_back(m.Id);
    DeleteMoments(doc, s, moments);
    sit->Phases.erase(sit->Phases.begin() + index);
    return true;
}

bool SetLaneVisible(Document& doc, SituationIndex s, LaneId id, bool visible)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit)
        return false;
    for (Lane& lane : sit->Lanes)
        if (lane.Id == id)
        {
            if (lane.Visible == visible)
                return false;
            lane.Visible = visible;
            return true;
        }
    return false;
}

bool AddTextLane(Document& doc, SituationIndex s, const std::string& title, LaneId* out_id, Status* why)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit || sit->Lanes.size() >= MaxLanes || RefuseWithoutIds(doc, 1, why))
        return false;
    Lane lane;
    lane.Id = NewId<LaneId>(doc);
    lane.Kind = LaneKind::Text;
    lane.Title = ClampText(title);
    sit->Lanes.push_back(lane);
    if (out_id)
        *out_id = lane.Id;
    return true;
}

bool RenameLane(Document& doc, SituationIndex s, LaneId id, const std::string& title)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit)
        return false;
    for (Lane& lane : sit->Lanes)
        if (lane.Id == id)
        {
            const std::string capped = ClampText(title);
            if (lane.Title == capped)
                return false;
            lane.Title = capped;
            return true;
        }
    return false;
}

bool DeleteLane(Document& doc, SituationIndex s, LaneId id)
{
    Situation* sit = GetSituation(doc, s);
    if (!sit)
        return false;
    for (auto it = sit->Lanes.begin(); it != sit->Lanes.end(); ++it)
        if (it->Id == id)
        {
            if (it->Kind != LaneKind::Text)
                return false; // the method's lanes can be hidden, not deleted
            sit->Lanes.erase(it);
            for (Moment& m : sit->Moments)
                m.Cells.erase(std::remove_if(m.Cells.begin(), m.Cells.end(), [&](const LaneText& c) { return c.Lane == id; }),
                              m.Cells.end());
            return true;
        }
    return false;
}

// [SECTION] document

bool SetDocumentText(Document& doc, DocumentField field, const std::string& text)
{
    std::string* target = field == DocumentField::Title ? &doc.Title : field == DocumentField::Scope ? &doc.Scope : &doc.IntendedOutcome;
    const std::string capped = ClampText(text);
    if (*target == capped)
        return false;
    *target = capped;
    return true;
}

bool SetMapTextSize(Document& doc, MapTextSize size)
{
    if (doc.TextSize == size || (int)size < 0 || size >= MapTextSize::Count)
        return false;
    doc.TextSize = size;
    return true;
}

bool CreateDesiredFromCurrent(Document& doc, Status* why)
{
    if (doc.Situations.size() != 1 || doc.Situations[0].Kind != SituationKind::Current)
        return false;
    const Situation& current = doc.Situations[0];
    if (RefuseWithoutIds(doc, current.Phases.size() + current.Lanes.size() + current.Moments.size() + current.Notes.size(), why))
        return false;
    Situation desired;
    desired.Kind = SituationKind::Desired;
    // Every copied element gets a fresh id: ids stay unique across the document.
    std::unordered_map<uint32_t, uint32_t> new_id;
    auto remap = [&](uint32_t old_value) {
        auto it = new_id.find(old_value);
        if (it != new_id.end())
            return it->second;
        const uint32_t value = doc.NextId++;
        new_id[old_value] = value;
        return value;
    };
    for (Phase phase : current.Phases)
    {
        phase.Id.Value = remap(phase.Id.Value);
        desired.Phases.push_back(phase);
    }
    for (Lane lane : current.Lanes)
    {
        lane.Id.Value = remap(lane.Id.Value);
        desired.Lanes.push_back(lane);
    }
    for (const Moment& original : current.Moments)
    {
        Moment moment = original;
        moment.Id.Value = remap(original.Id.Value);
        moment.Phase.Value = remap(original.Phase.Value);
        moment.Origin = original.Id; // the link to the current situation, for the comparison view
        for (LaneText& cell : moment.Cells)
            cell.Lane.Value = remap(cell.Lane.Value);
        desired.Moments.push_back(moment);
    }
    for (Note note : current.Notes)
    {
        note.Id.Value = remap(note.Id.Value);
        if (note.Moment.IsValid())
            note.Moment.Value = remap(note.Moment.Value);
        note.Votes.clear(); // the room voted on the current situation: its dots stay there
        desired.Notes.push_back(note);
    }
    doc.Situations.push_back(std::move(desired));
    return true;
}

// [SECTION] personas

static Persona* FindPersona(Document& doc, PersonaId id)
{
    for (Persona& p : doc.Personas)
        if (p.Id == id)
            return &p;
    return nullptr;
}

const Persona* FindPersona(const Document& doc, PersonaId id)
{
    for (const Persona& p : doc.Personas)
        if (p.Id == id)
            return &p;
    return nullptr;
}

static std::string* PersonaFieldPtr(Persona& p, PersonaField field)
{
    switch (field)
    {
    case PersonaField::Name: return &p.Name;
    case PersonaField::LivingSituation: return &p.LivingSituation;
    case PersonaField::Work: return &p.Work;
    case PersonaField::Diagnosis: return &p.Diagnosis;
    case PersonaField::OtherConditions: return &p.OtherConditions;
    case PersonaField::DigitalSkills: return &p.DigitalSkills;
    case PersonaField::HealthLiteracy: return &p.HealthLiteracy;
    case PersonaField::Network: return &p.Network;
    case PersonaField::Goals: return &p.Goals;
    case PersonaField::Needs: return &p.Needs;
    case PersonaField::Frustrations: return &p.Frustrations;
    case PersonaField::Quote: return &p.Quote;
    case PersonaField::Count: break;
    }
    return nullptr;
}

const std::string& PersonaFieldText(const Persona& persona, PersonaField field)
{
    static const std::string none;
    const std::string* text = PersonaFieldPtr(const_cast<Persona&>(persona), field);
    return text ? *text : none;
}

bool AddPersona(Document& doc, const std::string& name, PersonaId* out_id, Status* why)
{
    if (doc.Personas.size() >= MaxPersonas || RefuseWithoutIds(doc, 1, why))
        return false;
    // Cards stand side by side left of the lane titles; a new one goes left of the leftmost.
    const float card_step = 500.0f; // world units: a card (460) and a gap
    float x = -760.0f;
    for (const Persona& p : doc.Personas)
        x = std::min(x, p.X - card_step);
    Persona persona;
    persona.Id = NewId<PersonaId>(doc);
    persona.Name = name;
    persona.X = x;
    persona.Y = 0.0f;
    doc.Personas.push_back(persona);
    if (out_id)
        *out_id = persona.Id;
    return true;
}

bool SetPersonaField(Document& doc, PersonaId id, PersonaField field, const std::string& text)
{
    Persona* persona = FindPersona(doc, id);
    std::string* target = persona ? PersonaFieldPtr(*persona, field) : nullptr;
    if (!target || *target == text || text.size() > MaxTextBytes)
        return false;
    *target = text;
    return true;
}

bool SetPersonaAge(Document& doc, PersonaId id, int age)
{
    Persona* persona = FindPersona(doc, id);
    age = std::clamp(age, 0, MaxAge);
    if (!persona || persona->Age == age)
        return false;
    persona->Age = age;
    return true;
}

bool SetPersonaBasedOnRealPerson(Document& doc, PersonaId id, bool based_on_real_person)
{
    Persona* persona = FindPersona(doc, id);
    if (!persona || persona->BasedOnRealPerson == based_on_real_person)
        return false;
    persona->BasedOnRealPerson = based_on_real_person;
    return true;
}

bool SetPersonaPhoto(Document& doc, PersonaId id, const std::string& photo_base64)
{
    Persona* persona = FindPersona(doc, id);
    if (!persona || persona->Photo == photo_base64 || photo_base64.size() > MaxPhotoBytes)
        return false;
    persona->Photo = photo_base64;
    return true;
}

bool DeletePersona(Document& doc, PersonaId id)
{
    for (auto it = doc.Personas.begin(); it != doc.Personas.end(); ++it)
        if (it->Id == id)
        {
            doc.Personas.erase(it);
            return true;
        }
    return false;
}
