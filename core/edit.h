// The only functions that change a document: one per user edit. Each returns true when it
// changed something, false when it refused (unknown id, a phase that no longer exists, ...) or
// when the edit would change nothing. The canvas and the panels call these; the history records
// a snapshot when a gesture that changed something ends.
#pragma once
#include "geom.h"
#include "journey.h"
#include "result.h"

#include <string>
#include <vector>

// Which situation of the document an edit acts on: 0 current, 1 desired.
using SituationIndex = int;

// Every text an edit stores is cut to MaxTextBytes (core/file_json.h), at a character boundary.
std::string ClampText(const std::string& text);

// [SECTION] ids
// Ids run from 1 to MaxIdValue and are never reused, so a map can run out of them (in practice
// only a file made by hand or by another tool can). Every edit that makes ids checks this first
// and refuses as a whole, with the message in *why (when given), rather than hand out an id the
// loader would refuse.
size_t IdsLeft(const Document& doc);
Status CheckIdsLeft(const Document& doc, size_t needed);

// [SECTION] moments
// Adds a moment in `phase`, at `x` world units from the phase's left edge. *out_id gets its id.
bool AddMoment(Document& doc, SituationIndex s, PhaseId phase, float x, const std::string& title, MomentId* out_id,
               Status* why = nullptr);
// Moves one moment to `phase` at `x` from that phase's left edge (refused when the phase is gone).
bool MoveMomentTo(Document& doc, SituationIndex s, MomentId id, PhaseId phase, float x);
// Moves moments along the timeline by `dx` world units; each lands in the phase under its new
// centre, and keeps its order by position. Used by drags of a selection.
bool MoveMoments(Document& doc, SituationIndex s, const std::vector<MomentId>& ids, float dx);
bool DeleteMoments(Document& doc, SituationIndex s, const std::vector<MomentId>& ids);
// Copies moments (and their attached notes) just right of the originals; *out_ids gets the copies.
bool DuplicateMoments(Document& doc, SituationIndex s, const std::vector<MomentId>& ids, std::vector<MomentId>* out_ids,
                      Status* why = nullptr);
// Score on the -2..+2 scale, snapped to half steps; `patient` false sets the professional's.
bool SetScore(Document& doc, SituationIndex s, MomentId id, bool patient, float score);
// Back to "not scored yet" (the curve passes the moment by); false when it was not scored.
bool ClearScore(Document& doc, SituationIndex s, MomentId id, bool patient);

enum class MomentField
{
    Title,
    Channel,
    Description,
    PatientText,
    ProfessionalText,
};
bool SetMomentText(Document& doc, SituationIndex s, MomentId id, MomentField field, const std::string& text);
bool SetMomentType(Document& doc, SituationIndex s, MomentId id, InteractionType type);
bool SetMomentActors(Document& doc, SituationIndex s, MomentId id, const std::vector<std::string>& actors);
bool SetMomentCell(Document& doc, SituationIndex s, MomentId id, LaneId lane, const std::string& text);

// [SECTION] notes
// A note attached to `moment`, or free at `pos_world` when `moment` is not valid.
bool AddNote(Document& doc, SituationIndex s, NoteKind kind, MomentId moment, Vec2 pos_world, const std::string& text, NoteId* out_id,
             Status* why = nullptr);
// A note a participant sent from the page (issue #15): attached to `moment` (refused when it is
// gone), marked as from a participant, its text cut to MaxParticipantTextBytes.
bool AddParticipantNote(Document& doc, SituationIndex s, NoteKind kind, MomentId moment, const std::string& text, NoteId* out_id);
// Drops a note: attached to `moment` when valid (at the end of its stack), else free with its
// top-left at `pos_world`, drawn above the other notes.
bool PlaceNote(Document& doc, SituationIndex s, NoteId id, MomentId moment, Vec2 pos_world);
bool SetNoteText(Document& doc, SituationIndex s, NoteId id, const std::string& text);
bool SetNoteKind(Document& doc, SituationIndex s, NoteId id, NoteKind kind);
bool SetNoteColor(Document& doc, SituationIndex s, NoteId id, uint32_t rgb); // 0: the kind's colour
bool DeleteNotes(Document& doc, SituationIndex s, const std::vector<NoteId>& ids);
// Moves free notes by `delta_world`; attached notes in `ids` are left alone (they follow their moment).
bool MoveFreeNotes(Document& doc, SituationIndex s, const std::vector<NoteId>& ids, Vec2 delta_world);
// Copies notes: a free copy lands `offset_world` from its original, an attached copy stacks under
// the same moment. *out_ids gets the copies.
bool DuplicateNotes(Document& doc, SituationIndex s, const std::vector<NoteId>& ids, Vec2 offset_world, std::vector<NoteId>* out_ids,
                    Status* why = nullptr);

// [SECTION] phases and lanes
bool AddPhase(Document& doc, SituationIndex s, int index, const std::string& name, PhaseId* out_id, Status* why = nullptr);
bool RenamePhase(Document& doc, SituationIndex s, PhaseId id, const std::string& name);
bool MovePhase(Document& doc, SituationIndex s, PhaseId id, int new_index);
bool SetPhaseWidth(Document& doc, SituationIndex s, PhaseId id, float width);
// Deletes the phase with its moments and the notes attached to them (the UI asks first).
bool DeletePhase(Document& doc, SituationIndex s, PhaseId id);
bool SetLaneVisible(Document& doc, SituationIndex s, LaneId id, bool visible);
bool AddTextLane(Document& doc, SituationIndex s, const std::string& title, LaneId* out_id, Status* why = nullptr);
bool RenameLane(Document& doc, SituationIndex s, LaneId id, const std::string& title);
bool DeleteLane(Document& doc, SituationIndex s, LaneId id); // only free text lanes

// [SECTION] document
enum class DocumentField
{
    Title,
    Scope,
    IntendedOutcome,
};
bool SetDocumentText(Document& doc, DocumentField field, const std::string& text);
// The Map panel's text size; false when it already was.
bool SetMapTextSize(Document& doc, MapTextSize size);
// Adds the desired situation as a copy of the current one; each copied moment remembers the
// current moment it came from (Moment::Origin). Refused when there is one already.
bool CreateDesiredFromCurrent(Document& doc, Status* why = nullptr);

// [SECTION] voting (core/edit_votes.cpp; queries and the ranking in core/voting.h)
// Opens a new round with the defaults (pain points and opportunities get dots, 3 dots per
// person). `name` comes from the app in its language ("Stemronde 1"); `key` is NewRandomKey().
// Refused while another round is open: one round at a time takes dots.
bool StartVotingRound(Document& doc, const std::string& name, const std::string& key, RoundId* out_id, Status* why = nullptr);
bool EndVotingRound(Document& doc, RoundId id);
bool SetRoundName(Document& doc, RoundId id, const std::string& name);
// `kinds`: bits (1 << NoteKind); refused when no kind is left. Dots already given stay.
bool SetRoundKinds(Document& doc, RoundId id, uint32_t kinds);
bool SetRoundDotsPerPerson(Document& doc, RoundId id, int dots); // clamped to 1..MaxDotsPerPerson
// Removes the round and every dot given in it.
bool DeleteVotingRound(Document& doc, RoundId id);
// One dot from `voter` on a note of situation `s` in the open round `round`; refused for the
// reasons of CheckAddVote (core/voting.h), among them a participant's used-up budget.
bool AddVote(Document& doc, SituationIndex s, NoteId note, RoundId round, const std::string& voter);
// Takes back one of `voter`'s dots on the note in `round` (open or ended: a misclick can be
// corrected after the round too); refused when the voter has none there.
bool RemoveVote(Document& doc, SituationIndex s, NoteId note, RoundId round, const std::string& voter);

// [SECTION] personas
enum class PersonaField
{
    Name,
    LivingSituation,
    Work,
    Diagnosis,
    OtherConditions,
    DigitalSkills,
    HealthLiteracy,
    Network,
    Goals,
    Needs,
    Frustrations,
    Quote,
    Count
};
const std::string& PersonaFieldText(const Persona& persona, PersonaField field);
const Persona* FindPersona(const Document& doc, PersonaId id);
// Adds an empty persona card left of the existing ones (or of the lane titles). *out_id gets its id.
bool AddPersona(Document& doc, const std::string& name, PersonaId* out_id, Status* why = nullptr);
bool SetPersonaField(Document& doc, PersonaId id, PersonaField field, const std::string& text);
bool SetPersonaAge(Document& doc, PersonaId id, int age); // 0 unknown, clamped to 0..MaxAge
bool SetPersonaBasedOnRealPerson(Document& doc, PersonaId id, bool based_on_real_person);
// `photo_base64`: PNG or JPEG bytes in base64, prepared (downscaled, capped) by the app; empty
// removes the photo. Refused when it is over MaxPhotoBytes.
bool SetPersonaPhoto(Document& doc, PersonaId id, const std::string& photo_base64);
bool DeletePersona(Document& doc, PersonaId id);
