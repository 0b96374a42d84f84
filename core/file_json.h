// Loading and saving *.cjm.json maps: UTF-8 JSON, named fields only, "schema" first.
// Files are untrusted: every load validates everything and fails with a message a person can act
// on (English and Dutch), never an abort. What we save always loads again.
#pragma once
#include "journey.h"
#include "result.h"

#include <cstddef>
#include <cstdint>
#include <string>

// [SECTION] Limits (shared by the loader, the saver, and the UI that caps what users type)
constexpr size_t MaxMapFileBytes = (size_t)64 << 20; // a map file, photos included
constexpr size_t MaxTextBytes = (size_t)1 << 20;     // any one text field (UTF-8 bytes)
constexpr size_t MaxPhotoBytes = (size_t)4 << 20;    // one persona photo, base64 characters
constexpr int MaxJsonDepth = 64;                     // nesting of [ and {; a map needs about 8
constexpr size_t MaxJsonValues = (size_t)8 << 20;    // values in one file: bounds the parser's memory
constexpr size_t MaxPersonas = 1000;
constexpr size_t MaxSituations = 2; // current and desired
constexpr size_t MaxPhases = 1000;  // per situation
constexpr size_t MaxLanes = 100;    // per situation
constexpr size_t MaxMoments = 100000; // per situation
constexpr size_t MaxNotes = 100000;   // per situation
constexpr size_t MaxActors = 1000;    // per moment
constexpr uint32_t MaxIdValue = 0x7FFFFFFF; // ids are 1..MaxIdValue, so NextId never wraps
constexpr float MaxCoordinate = 1e6f;       // world units: |x|, |y| of anything placed
constexpr float MaxExtent = 100000.0f;      // world units: phase widths, lane heights
constexpr float MinScore = -2.0f, MaxScore = 2.0f;
constexpr int MaxAge = 150; // years
constexpr size_t MaxRounds = 1000;        // voting rounds per map
constexpr size_t MaxVotesPerNote = 10000; // voters per note, over all rounds
constexpr int MaxDotsPerVote = 100000;    // one voter's dots on one note (the facilitator clicks for the room)
constexpr int MaxDotsPerPerson = 99;      // a round's budget per participant
constexpr size_t MaxVoterBytes = 64;      // a voter id, and a round's key

// [SECTION] API

// The document as JSON text. Deterministic (same document, same bytes). Floats are written as
// their shortest decimal that reads back as the same float. Numbers outside the limits above
// (only a bug can make them) are clamped and invalid UTF-8 is replaced, so the result always
// loads; texts longer than MaxTextBytes are cut at a character boundary.
std::string SaveDocumentToString(const Document& doc);

// Parses and validates; assigns *out only when everything succeeded (else *out is untouched).
// Messages name the place, e.g. "situations[0].moments[3].patient.score: 7 is outside -2..+2".
Status LoadDocumentFromString(const std::string& json, Document* out);

// Reads at most MaxMapFileBytes, then LoadDocumentFromString. *out is untouched on failure.
Status LoadDocumentFromFile(const std::string& path, Document* out);

// SaveDocumentToString, checked with the loader's own rules before anything is written: the
// document validates (ValidateDocument: ids, references, ranges) and the text is within the
// loader's size and shape limits. So a save never writes a file that would not open again.
// On failure *json is untouched and the message says nothing was saved.
Status SaveDocumentChecked(const Document& doc, std::string* json);

// SaveDocumentChecked, then WriteFileAtomic, keeping the previous file as path.bak. When the
// check fails nothing is written: the old file stays as it was.
Status SaveDocumentToFile(const std::string& path, const Document& doc);

// The checks of a loaded document that go beyond single fields: situations (one or two, current
// first, kinds not repeated), counts, ids (1..MaxIdValue, unique in the whole document, below
// NextId), references (moment.phase, note.moment, cells' lane, moment.origin into the current
// situation) and number ranges. Used by the loader; tests and debug builds can run it after edits.
Status ValidateDocument(const Document& doc);
