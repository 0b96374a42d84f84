// The string table: every UI string in Dutch and English. Map content is the users' own text
// and is never translated.
#pragma once
#include "journey.h"
#include "result.h"

enum class Language
{
    English,
    Dutch,
};

struct StringEntry
{
    const char* Key;
    const char* En;
    const char* Nl;
};

void SetLanguage(Language language);
Language GetLanguage();
bool IsDutch();
// nl in LC_ALL, LC_MESSAGES or LANG (checked in that order, the first set one wins) gives Dutch.
Language LanguageFromEnvironment();

// The text for `key` in the current language. An unknown key returns the key itself, so a
// missing entry is visible on screen; the tests check every key used exists.
const char* Tr(const char* key);
// The text for `key` in `language`, whatever the current language (the palette searches both).
const char* TrIn(Language language, const char* key);
// Whether the table has `key` (in both languages: every entry has both).
bool HasString(const char* key);
// A failure for the user with the entry's text in both languages (Status carries both, so the
// message follows a later language switch). The Format version fills the entry's printf
// conversions (%s, %d) with the same values in both languages.
Status ErrorStatus(const char* key);
Status ErrorStatusFormat(const char* key, ...);
// The entry's printf conversions filled in, in `language`.
std::string TrFormat(Language language, const char* key, ...);
const StringEntry* StringTable(int* count);

const char* LaneTitle(const Lane& lane);
const char* SituationTitle(const Situation& situation);
// A phase's name on screen: a blank-format phase never renamed in the UI's language.
const char* PhaseTitle(const Phase& phase);
const char* InteractionTypeName(InteractionType type);
const char* NoteKindName(NoteKind kind);
