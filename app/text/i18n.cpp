#include "text/i18n.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

// The interface language. Every translated string reads it, from code far from any AppState, so it
// is the one piece of file-level state the app keeps (AppState's settings remember the choice).
struct InterfaceLanguage
{
    Language Current = Language::English;
};
static InterfaceLanguage s_interface;


void SetLanguage(Language language) { s_interface.Current = language; }
Language GetLanguage() { return s_interface.Current; }
bool IsDutch() { return s_interface.Current == Language::Dutch; }

Language LanguageFromEnvironment()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    {
        const char* value = std::getenv(name);
        if (value && value[0])
            return std::strncmp(value, "nl", 2) == 0 ? Language::Dutch : Language::English;
    }
    return Language::English;
}

extern const StringEntry MainStrings[]; // text/strings.cpp
extern const int MainStringCount;
extern const StringEntry FacilitateStrings[]; // text/strings_facilitate.cpp
extern const int FacilitateStringCount;

// Every entry of every list, in one array (built once).
static const std::vector<StringEntry>& AllStrings()
{
    static const std::vector<StringEntry> all = [] {
        std::vector<StringEntry> entries(MainStrings, MainStrings + MainStringCount);
        entries.insert(entries.end(), FacilitateStrings, FacilitateStrings + FacilitateStringCount);
        return entries;
    }();
    return all;
}

static const StringEntry* FindString(const char* key)
{
    for (const StringEntry& e : AllStrings())
        if (std::strcmp(e.Key, key) == 0)
            return &e;
    return nullptr;
}

const char* TrIn(Language language, const char* key)
{
    const StringEntry* e = FindString(key);
    return !e ? key : language == Language::Dutch ? e->Nl : e->En;
}

const char* Tr(const char* key) { return TrIn(s_interface.Current, key); }

bool HasString(const char* key) { return FindString(key) != nullptr; }

const StringEntry* StringTable(int* count)
{
    *count = (int)AllStrings().size();
    return AllStrings().data();
}

const char* LaneTitle(const Lane& lane)
{
    if (!lane.Title.empty())
        return lane.Title.c_str();
    static const char* const keys[] = {"lane.moments", "lane.description", "lane.patient",
                                       "lane.professional", "lane.pain_points", "lane.opportunities",
                                       "lane.backstage", "lane.quote", "lane.text"};
    return Tr(keys[(int)lane.Kind]);
}

const char* SituationTitle(const Situation& situation)
{
    if (!situation.Name.empty())
        return situation.Name.c_str();
    return Tr(situation.Kind == SituationKind::Desired ? "situation.desired" : "situation.current");
}

const char* PhaseTitle(const Phase& phase) { return ShownPhaseName(phase, IsDutch()).c_str(); }

const char* InteractionTypeName(InteractionType type)
{
    char key[64];
    std::snprintf(key, sizeof(key), "type.%s", InteractionTypeKey(type));
    // Tr would hand back the key itself for a missing entry: this buffer does not outlive the call.
    return HasString(key) ? Tr(key) : InteractionTypeKey(type);
}

const char* NoteKindName(NoteKind kind) { return Tr(kind == NoteKind::PainPoint ? "note.pain_point" : "note.opportunity"); }
