#include "text/i18n.h"

#include <cstdarg>
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
extern const StringEntry ErrorStrings[]; // text/strings_errors.cpp
extern const int ErrorStringCount;

// Every entry of every list, in one array (built once).
static const std::vector<StringEntry>& AllStrings()
{
    static const std::vector<StringEntry> all = [] {
        std::vector<StringEntry> entries(MainStrings, MainStrings + MainStringCount);
        entries.insert(entries.end(), FacilitateStrings, FacilitateStrings + FacilitateStringCount);
        entries.insert(entries.end(), ErrorStrings, ErrorStrings + ErrorStringCount);
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

static std::string FormatList(const char* format, va_list args)
{
    va_list measure;
    va_copy(measure, args);
    const int size = std::vsnprintf(nullptr, 0, format, measure);
    va_end(measure);
    if (size < 0)
        return format;
    std::string text((size_t)size, '\0');
    std::vsnprintf(text.data(), (size_t)size + 1, format, args);
    return text;
}

std::string TrFormat(Language language, const char* key, ...)
{
    va_list args;
    va_start(args, key);
    std::string text = FormatList(TrIn(language, key), args);
    va_end(args);
    return text;
}

Status ErrorStatus(const char* key) { return Status::Error(TrIn(Language::English, key), TrIn(Language::Dutch, key)); }

Status ErrorStatusFormat(const char* key, ...)
{
    va_list args, args_nl;
    va_start(args, key);
    va_copy(args_nl, args);
    std::string en = FormatList(TrIn(Language::English, key), args);
    std::string nl = FormatList(TrIn(Language::Dutch, key), args_nl);
    va_end(args_nl);
    va_end(args);
    return Status::Error(std::move(en), std::move(nl));
}

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
    // Not Tr: for a missing entry it hands back the key, and this buffer does not outlive the call.
    const StringEntry* e = FindString(key);
    return !e ? InteractionTypeKey(type) : IsDutch() ? e->Nl : e->En;
}

const char* NoteKindName(NoteKind kind) { return Tr(kind == NoteKind::PainPoint ? "note.pain_point" : "note.opportunity"); }
