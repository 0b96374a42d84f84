// Copy and paste of moments and sticky notes, within one map and between JourneyBoard windows.
//
// The clipboard text is a small map file: one situation holding the copied moments (with the
// notes attached to them), the copied free notes, and only the phases and lanes they refer to,
// with the marker "journeyboard_clipboard" as its first field. Being a map, it is read back by
// the same loader and validation as a .cjm.json file, so a damaged or hostile clipboard gets the
// same checks; the marker tells our copies apart from any other JSON a user copied.
// Anything else on the clipboard is refused with a message in both languages, never a crash.
#pragma once
#include "edit.h"
#include "geom.h"
#include "journey.h"
#include "result.h"

#include <string>
#include <vector>

constexpr const char* ClipboardMarker = "journeyboard_clipboard";
constexpr int ClipboardVersion = 1;
constexpr size_t MaxClipboardBytes = (size_t)16 << 20; // more is not something we copied

// The selected moments with their attached notes, and the selected notes. A selected note
// attached to a moment that is not copied travels as a free note at the place it is drawn.
// Empty string when nothing of the selection exists.
std::string CopyToClipboardText(const Document& doc, SituationIndex s, const std::vector<MomentId>& moments,
                                const std::vector<NoteId>& notes);

// What a clipboard text holds: one situation with the copied items, their phases and lanes.
struct ClipboardItems
{
    Situation Items;
    std::vector<VotingRound> Rounds; // the voting rounds of the copied notes' dots
};

// Reads a clipboard text; *out is assigned only on success. Plain text, other JSON, broken or
// oversized text gives a message a facilitator can act on.
Status ParseClipboardText(const std::string& text, ClipboardItems* out);

// Where a paste lands.
struct PastePlace
{
    std::vector<MomentId> Selected; // the selection in the target situation: paste lands right after it
    bool HasMouse = false;          // the mouse is over the canvas
    Vec2 MouseWorld;                // world units, where the mouse is
    PhaseId PhaseUnderMouse;        // for moments whose phase name does not exist here
};

struct PasteResult
{
    std::vector<MomentId> Moments; // the pasted moments, fresh ids
    std::vector<NoteId> Notes;     // the pasted notes (attached and free), fresh ids
};

// Adds copies of the clipboard items to situation `s` with fresh ids. A moment goes to the phase
// of the same name when there is one, else the phase under the mouse, else the first phase; in
// a phase holding a selected moment it lands right after the selection, in the phase under the
// mouse at the mouse, elsewhere at its old place. Notes stay attached to their (new) moment; free
// notes land at the mouse (or just beside their old place). Cells go to the lane of the same
// kind (free text lanes: same title) and are dropped when there is none. Dots on the notes
// travel with them, but a dot never counts twice: when the round is this map's own (same key)
// and the original note is still on the map (copy, not cut), the copy starts without its dots;
// a round the map does not know is added to it, ended. Refused (message in
// both languages) when the situation has no phase or the paste would exceed the limits.
Status PasteClipboardItems(Document& doc, SituationIndex s, const ClipboardItems& items, const PastePlace& place,
                           PasteResult* out);
