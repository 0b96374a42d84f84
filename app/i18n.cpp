#include "i18n.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

static Language g_language = Language::English;

// Sorted by nothing in particular; looked up linearly (a few hundred entries, a few lookups a frame
// per label) — fast enough, and it keeps each entry's two languages side by side.
static const StringEntry g_strings[] = {
    {"app.name", "JourneyBoard", "JourneyBoard"},
    {"menu.file", "File", "Bestand"},
    {"menu.open", "Open...", "Openen..."},
    {"menu.save", "Save", "Opslaan"},
    {"menu.save_as", "Save As...", "Opslaan als..."},
    {"menu.quit", "Quit", "Afsluiten"},
    {"menu.view", "View", "Beeld"},
    {"menu.fit", "Fit whole map", "Hele kaart tonen"},
    {"menu.zoom_100", "Zoom 100%", "Zoom 100%"},
    {"menu.fullscreen", "Full screen", "Volledig scherm"},
    {"menu.language", "Language", "Taal"},
    {"menu.english", "English", "English"},
    {"menu.dutch", "Nederlands", "Nederlands"},
    {"lane.moments", "Interaction moments", "Interactiemomenten"},
    {"lane.description", "Description of the interaction", "Beschrijving interactie"},
    {"lane.patient", "Patient experience", "Beleving patiënt"},
    {"lane.professional", "Professional experience", "Beleving zorgprofessional"},
    {"lane.pain_points", "Pain points", "Knelpunten"},
    {"lane.opportunities", "Opportunities", "Kansen"},
    {"lane.backstage", "Backstage", "Achter de schermen"},
    {"lane.quote", "Quote", "Citaat"},
    {"lane.text", "Notes", "Notities"},
    {"situation.current", "Current situation", "Huidige situatie"},
    {"situation.desired", "Desired situation", "Gewenste situatie"},
    {"type.face_to_face", "Face-to-face", "Face-to-face contact"},
    {"type.phone", "Phone", "Telefonisch"},
    {"type.online_consult", "Online consult", "Online consult"},
    {"type.appointment", "Making an appointment", "Afspraak maken"},
    {"type.decision", "Decision moment", "Beslismoment"},
    {"type.home_measurement", "Home measurement", "Thuismeting"},
    {"type.alert", "Alert", "Melding"},
    {"type.other", "Other", "Overig"},
    {"note.pain_point", "Pain point", "Knelpunt"},
    {"note.opportunity", "Opportunity", "Kans"},
    {"legend.patient", "Patient", "Patiënt"},
    {"legend.professional", "Care professional", "Zorgprofessional"},
    {"header.scope", "Scope", "Afbakening"},
    {"header.outcome", "Intended outcome", "Doel"},
    {"header.persona", "Persona", "Persona"},
    {"persona.age", "%d years", "%d jaar"},
    {"persona.real", "Based on a real person", "Gebaseerd op een bestaand persoon"},
    {"persona.fictional", "Fictional", "Fictief"},
    {"dialog.ok", "OK", "OK"},
    {"dialog.cancel", "Cancel", "Annuleren"},
    {"dialog.error", "Something went wrong", "Er ging iets mis"},
    {"dialog.save_path", "Save the map as", "Kaart opslaan als"},
    {"dialog.open_path", "Open a map", "Kaart openen"},
    {"dialog.path_hint", "Full path of the file", "Volledig pad van het bestand"},
    {"dialog.unsaved_title", "Unsaved changes", "Niet-opgeslagen wijzigingen"},
    {"dialog.unsaved_text", "This map has changes that are not saved yet. Save them first?",
     "Deze kaart heeft wijzigingen die nog niet zijn opgeslagen. Eerst opslaan?"},
    {"dialog.save", "Save", "Opslaan"},
    {"dialog.discard", "Don't save", "Niet opslaan"},
    {"status.saved", "Saved: %s", "Opgeslagen: %s"},
    {"status.opened", "Opened: %s", "Geopend: %s"},
    {"status.example", "Worked example (invented)", "Uitgewerkt voorbeeld (fictief)"},
    {"status.untitled", "Untitled map", "Naamloze kaart"},
    {"status.zoom", "Zoom %d%%", "Zoom %d%%"},
    {"status.font_fallback", "No Inter or DejaVu font found: using the built-in font.",
     "Geen Inter- of DejaVu-lettertype gevonden: het ingebouwde lettertype wordt gebruikt."},
    {"status.help_hint", "Wheel: zoom · Space/middle/right drag: pan · Shift+1: fit · Ctrl+0: 100% · Ctrl+S: save",
     "Wiel: zoomen · Spatie/midden/rechts slepen: schuiven · Shift+1: passend · Ctrl+0: 100% · Ctrl+S: opslaan"},
};

void SetLanguage(Language language) { g_language = language; }
Language GetLanguage() { return g_language; }
bool IsDutch() { return g_language == Language::Dutch; }

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

const char* Tr(const char* key)
{
    for (const StringEntry& e : g_strings)
        if (std::strcmp(e.Key, key) == 0)
            return g_language == Language::Dutch ? e.Nl : e.En;
    return key;
}

const StringEntry* StringTable(int* count)
{
    *count = (int)(sizeof(g_strings) / sizeof(g_strings[0]));
    return g_strings;
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

const char* InteractionTypeName(InteractionType type)
{
    static char key[64];
    std::snprintf(key, sizeof(key), "type.%s", InteractionTypeKey(type));
    return Tr(key);
}

const char* NoteKindName(NoteKind kind) { return Tr(kind == NoteKind::PainPoint ? "note.pain_point" : "note.opportunity"); }
