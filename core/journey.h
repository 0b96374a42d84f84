// The journey model as plain data: Document -> Situations -> Phases, Moments, Notes.
// Nothing here knows about pixels; positions are in world units (1 unit = 1 px at 100 % zoom).
#pragma once
#include "ids.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

constexpr int CurrentSchema = 2;

enum class InteractionType : int
{
    FaceToFace,      // face-to-face contact
    Phone,           // telefonisch
    OnlineConsult,   // video / online consult
    Appointment,     // afspraak maken
    Decision,        // beslismoment
    HomeMeasurement, // thuismeting
    Alert,           // melding
    Other,           // overig
    Count
};

enum class NoteKind : int
{
    PainPoint,   // knelpunt
    Opportunity, // kans
    Count
};

enum class LaneKind : int
{
    Moments,                // interaction moment cards
    Description,            // beschrijving interactie
    PatientExperience,      // beleving patiënt: curve + text
    ProfessionalExperience, // beleving zorgprofessional: curve + text
    PainPoints,             // knelpunten: sticky notes
    Opportunities,          // kansen: sticky notes
    Backstage,              // achter de schermen (optional)
    Quote,                  // citaat (optional)
    Text,                   // a free text lane the users added
    Count
};

enum class SituationKind : int
{
    Current, // huidige situatie
    Desired, // gewenste situatie
    Count
};

struct Experience
{
    // -2 (very negative) .. +2 (very positive), whole or half steps; empty: not scored yet (a new
    // moment has no score until someone sets one, and the curve passes it by).
    std::optional<float> Score;
    std::string Text;   // how it is experienced, in the users' words
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

struct Phase
{
    PhaseId Id;
    std::string Name;
    float Width = 600.0f; // world units, width of the phase column
    // >= 0: a pathway phase of the blank format never renamed: the UI shows that phase's name in
    // its own language (PathwayPhaseName); Name keeps the name it was made with, for other readers.
    int DefaultName = -1;
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

// The seven phases of the heart-failure pathway, in Dutch or English; index 0..PathwayPhaseCount-1.
constexpr int PathwayPhaseCount = 7;
const char* PathwayPhaseName(int index, bool dutch);
// What a phase is called on screen: its pathway name in the UI's language while never renamed.
const std::string& ShownPhaseName(const Phase& phase, bool dutch);

struct Lane
{
    LaneId Id;
    LaneKind Kind = LaneKind::Text;
    std::string Title;     // empty: the UI's own title for the kind, in the chosen language
    bool Visible = true;   // optional lanes can be hidden
    float Height = 0.0f;   // world units; 0: the kind's default height
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

struct LaneText
{
    LaneId Lane;      // a Backstage, Quote or Text lane
    std::string Text; // this moment's cell in that lane
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

struct Moment
{
    MomentId Id;
    PhaseId Phase;         // the phase column the moment belongs to
    float X = 0.0f;        // world units, card centre measured from the left edge of its phase
    std::string Title;
    InteractionType Type = InteractionType::FaceToFace;
    std::string Channel;             // e.g. polikliniek, telefoon, patiëntportaal
    std::vector<std::string> Actors; // betrokkenen
    std::string Description;         // beschrijving interactie
    Experience Patient;              // beleving patiënt
    Experience Professional;         // beleving zorgprofessional
    std::vector<LaneText> Cells;     // text in optional and free lanes
    MomentId Origin;                 // desired situation: the current moment it was copied from
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

// Dots one voter gave one note in one voting round. The facilitator's clicks are one voter
// (FacilitatorVoter, core/voting.h); participants voting from their own devices are others, each
// known only by an opaque random id.
struct Vote
{
    RoundId Round;     // the voting round (Document::Rounds)
    std::string Voter; // "facilitator", or a participant's random id: [A-Za-z0-9_-], 1..MaxVoterBytes
    int Dots = 1;      // 1..MaxDotsPerVote
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

struct Note
{
    NoteId Id;
    NoteKind Kind = NoteKind::PainPoint;
    std::string Text;
    MomentId Moment;    // attached moment (moves with it), or invalid when the note is free
    float X = 0.0f;     // world units, left edge; only used when the note is free
    float Y = 0.0f;     // world units, top edge; only used when the note is free
    uint32_t Color = 0; // 0xRRGGBB; 0 means the kind's own colour
    std::vector<Vote> Votes; // dots of the voting rounds; one entry per round and voter
    bool FromParticipant = false; // sent from a participant's phone (issue #15); "participant": true in the file
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

struct Situation
{
    SituationKind Kind = SituationKind::Current;
    std::string Name; // empty: the UI's own name for the kind
    std::vector<Phase> Phases; // left to right
    std::vector<Lane> Lanes;   // top to bottom
    std::vector<Moment> Moments;
    std::vector<Note> Notes;
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

// A dot-voting round: the room gives dots to the notes that matter most. Its dots live on the
// notes (Note::Votes), so they travel with a note and vanish with it.
struct VotingRound
{
    RoundId Id;
    std::string Name; // "Stemronde 1": given by the app in the UI language
    // Opaque random text telling this round apart from any other map's round (pasting notes
    // between maps, participants voting from their phones); empty in hand-written files.
    std::string Key;
    uint32_t Kinds = 0x3;  // bit (1 << NoteKind) set: notes of that kind can get dots
    int DotsPerPerson = 3; // each participant's budget (the facilitator clicks for the room)
    bool Open = false;     // dots can be added; at most one round of a map is open
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

struct Persona
{
    PersonaId Id;
    std::string Name;
    int Age = 0; // years; 0 unknown
    bool BasedOnRealPerson = false;
    std::string Photo; // PNG or JPEG bytes, base64; empty when none
    std::string LivingSituation;
    std::string Work;
    std::string Diagnosis; // HFrEF, HFmrEF, HFpEF and NYHA class
    std::string OtherConditions;
    std::string DigitalSkills;
    std::string HealthLiteracy;
    std::string Network;
    std::string Goals;
    std::string Needs;
    std::string Frustrations;
    std::string Quote;
    float X = 0.0f; // world units, left edge of the card
    float Y = 0.0f; // world units, top edge of the card
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

// The Map panel's text size: the map's text larger relative to its cards, which grow with it.
enum class MapTextSize : int
{
    Normal,
    Large,
    ExtraLarge,
    Count
};
// How much larger the map's text is at `size` (1, 1.3, 1.6).
float TextSizeScale(MapTextSize size);

struct Document
{
    int Schema = CurrentSchema; // the file version it was loaded from (saving always writes CurrentSchema)
    std::string Title;
    std::string Scope;           // afbakening
    std::string IntendedOutcome; // doel
    std::string Remark;          // e.g. "Fictief voorbeeld"; shown in the header band
    std::vector<Persona> Personas;
    std::vector<Situation> Situations; // [0] current, [1] desired when present
    std::vector<VotingRound> Rounds;   // dot-voting rounds, oldest first
    uint32_t NextId = 1;               // next id to hand out, above every id in use
    MapTextSize TextSize = MapTextSize::Normal; // file: "text_size", written only when not normal; missing: normal
    std::string UnknownFields; // fields a newer version or another tool wrote: a JSON object text, written back on save
};

// Lookups by id; nullptr when absent.
Phase* FindPhase(Situation& s, PhaseId id);
const Phase* FindPhase(const Situation& s, PhaseId id);
Moment* FindMoment(Situation& s, MomentId id);
const Moment* FindMoment(const Situation& s, MomentId id);
Note* FindNote(Situation& s, NoteId id);
const Note* FindNote(const Situation& s, NoteId id);
const Lane* FindLane(const Situation& s, LaneId id);
int PhaseIndex(const Situation& s, PhaseId id); // -1 when absent

template <class IdT>
IdT NewId(Document& doc)
{
    IdT id;
    id.Value = doc.NextId++;
    return id;
}

// The lanes every new situation starts with, in order.
std::vector<Lane> DefaultLanes(Document& doc);
float DefaultLaneHeight(LaneKind kind); // world units

// Counts for `journeyboard check` and the status bar.
struct DocumentCounts
{
    int Situations = 0, Phases = 0, Moments = 0, PainPoints = 0, Opportunities = 0, Personas = 0;
    int Votes = 0; // dots of every voting round
};
DocumentCounts CountDocument(const Document& doc);
// "2 situations, 7 phases, ..., 1 persona", then ", 12 votes" only when there are votes.
std::string FormatCounts(const DocumentCounts& c);

const char* InteractionTypeKey(InteractionType t); // stable file names: "face_to_face", ...
const char* NoteKindKey(NoteKind k);
const char* LaneKindKey(LaneKind k);
const char* SituationKindKey(SituationKind k);
const char* MapTextSizeKey(MapTextSize s); // "normal", "large", "extra_large"
bool ParseMapTextSize(const std::string& key, MapTextSize* out);
bool ParseInteractionType(const std::string& key, InteractionType* out);
bool ParseNoteKind(const std::string& key, NoteKind* out);
bool ParseLaneKind(const std::string& key, LaneKind* out);
bool ParseSituationKind(const std::string& key, SituationKind* out);
