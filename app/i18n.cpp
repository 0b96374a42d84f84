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
    {"status.help_hint", "Wheel: zoom · Space/middle/right drag: pan · Shift+1: fit · Ctrl+0: 100% · Ctrl+S: save · F1: all shortcuts",
     "Wiel: zoomen · Spatie/midden/rechts slepen: schuiven · Shift+1: passend · Ctrl+0: 100% · Ctrl+S: opslaan · F1: alle sneltoetsen"},
    // Panels: inspector, help overlay, clipboard, files (new, recent, desktop file dialog).
    {"menu.new", "New map", "Nieuwe kaart"},
    {"menu.recent", "Recent maps", "Recente kaarten"},
    {"menu.inspector", "Inspector panel", "Eigenschappenpaneel"},
    {"menu.help", "Shortcuts", "Sneltoetsen"},
    {"status.new_map", "New map from the blank format", "Nieuwe kaart van het lege format"},
    {"status.nothing_selected", "Nothing selected to copy", "Niets geselecteerd om te kopiëren"},
    {"status.copied", "Copied: moments %d, notes %d", "Gekopieerd: momenten %d, notities %d"},
    {"status.cut", "Cut to the clipboard", "Geknipt naar het klembord"},
    {"status.pasted", "Pasted: moments %d, notes %d", "Geplakt: momenten %d, notities %d"},
    {"dialog.recent_missing", "The map \"%s\" is no longer there (moved, renamed or on a drive that is not connected). It has been taken off the list of recent maps.",
     "De kaart \"%s\" is er niet meer (verplaatst, hernoemd of op een schijf die niet is aangesloten). Hij is van de lijst met recente kaarten gehaald."},
    {"dialog.chooser_open_open", "Choose a map in the file window", "Kies een kaart in het bestandsvenster"},
    {"dialog.chooser_save_open", "Choose where to save in the file window", "Kies in het bestandsvenster waar u opslaat"},
    {"dialog.chooser_hint", "The file window may be behind this one.", "Het bestandsvenster staat mogelijk achter dit venster."},
    {"inspector.title_panel", "Inspector", "Eigenschappen"},
    {"inspector.nothing_selected", "Click a moment or a sticky note on the map to edit it here. Double-click in the moments lane to add a moment.",
     "Klik op een moment of een notitie op de kaart om die hier te bewerken. Dubbelklik in de baan met momenten om een moment toe te voegen."},
    {"inspector.mixed", "(different)", "(verschillend)"},
    {"inspector.moment", "Interaction moment", "Interactiemoment"},
    {"inspector.moments_n", "%d interaction moments", "%d interactiemomenten"},
    {"inspector.notes_n", "%d sticky notes", "%d notities"},
    {"inspector.title", "Title", "Titel"},
    {"inspector.type", "Interaction type", "Type interactie"},
    {"inspector.channel", "Channel", "Kanaal"},
    {"inspector.actors", "Actors", "Betrokkenen"},
    {"inspector.add_actor", "Another actor, then Enter", "Andere betrokkene, dan Enter"},
    {"inspector.remove_actor", "Remove this actor", "Deze betrokkene weghalen"},
    {"inspector.experience_text", "In their words", "In eigen woorden"},
    {"inspector.lane_hidden", "(lane hidden)", "(baan verborgen)"},
    {"inspector.note_kind", "Kind", "Soort"},
    {"inspector.note_color", "Colour", "Kleur"},
    {"inspector.note_text", "Text", "Tekst"},
    {"score.very_negative", "very negative", "zeer negatief"},
    {"score.negative", "negative", "negatief"},
    {"score.neutral", "neutral", "neutraal"},
    {"score.positive", "positive", "positief"},
    {"score.very_positive", "very positive", "zeer positief"},
    {"color.default", "The kind's own colour", "Eigen kleur van de soort"},
    {"color.yellow", "Yellow", "Geel"},
    {"color.orange", "Orange", "Oranje"},
    {"color.pink", "Pink", "Roze"},
    {"color.blue", "Blue", "Blauw"},
    {"color.purple", "Purple", "Paars"},
    {"help.title", "Shortcuts", "Sneltoetsen"},
    {"help.close_hint", "F1 or Escape closes this overview", "F1 of Escape sluit dit overzicht"},
    {"help.group_view", "Looking around", "Rondkijken"},
    {"help.group_build", "Building the map", "De kaart bouwen"},
    {"help.group_edit", "Correcting", "Corrigeren"},
    {"help.group_files", "Files", "Bestanden"},
    {"help.zoom", "Zoom at the mouse", "Zoomen bij de muis"},
    {"help.pan", "Move the map", "Kaart verschuiven"},
    {"help.fit", "Show the whole map", "Hele kaart tonen"},
    {"help.zoom_100", "Zoom 100%", "Zoom 100%"},
    {"help.fullscreen", "Full screen", "Volledig scherm"},
    {"help.snapshot", "Snapshot picture (PNG)", "Momentopname (PNG)"},
    {"help.inspector", "Show or hide the inspector", "Eigenschappenpaneel tonen of verbergen"},
    {"help.help", "This overview", "Dit overzicht"},
    {"help.double_click", "New moment; edit a text or phase name", "Nieuw moment; tekst of fasenaam bewerken"},
    {"help.score", "Set a score (Alt: half steps)", "Score zetten (Alt: halve stappen)"},
    {"help.menus", "Phase and lane menu", "Menu voor fase en baan"},
    {"help.new_pain_point", "New pain point", "Nieuw knelpunt"},
    {"help.new_opportunity", "New opportunity", "Nieuwe kans"},
    {"help.select", "Select", "Selecteren"},
    {"help.select_all", "Select everything", "Alles selecteren"},
    {"help.escape", "Clear the selection; cancel typing", "Selectie opheffen; typen annuleren"},
    {"help.delete", "Delete the selection", "Selectie verwijderen"},
    {"help.duplicate", "Duplicate the selection", "Selectie dupliceren"},
    {"help.undo", "Undo", "Ongedaan maken"},
    {"help.redo", "Redo", "Opnieuw"},
    {"help.copy", "Copy", "Kopiëren"},
    {"help.cut", "Cut", "Knippen"},
    {"help.paste", "Paste (at the mouse)", "Plakken (bij de muis)"},
    {"help.new", "New map", "Nieuwe kaart"},
    {"help.open", "Open a map", "Kaart openen"},
    {"help.save", "Save", "Opslaan"},
    {"help.save_as", "Save as", "Opslaan als"},
    {"help.export", "Export a picture for print (A3, ...)", "Afbeelding voor afdruk (A3, ...)"},
    {"help.quit", "Quit", "Afsluiten"},

    // Snapshots and export (app/snapshot*, app/panels/export_dialog.cpp)
    {"header.date", "Date", "Datum"},
    {"menu.export", "Export picture...", "Afbeelding exporteren..."},
    {"menu.snapshot", "Snapshot of the whole map", "Momentopname van de hele kaart"},
    {"export.title", "Export picture", "Afbeelding exporteren"},
    {"export.what", "Situation", "Situatie"},
    {"export.current", "Current", "Huidige"},
    {"export.desired", "Desired", "Gewenste"},
    {"export.both", "Both, one above the other", "Beide, onder elkaar"},
    {"export.area", "Part", "Deel"},
    {"export.whole_map", "Whole map", "Hele kaart"},
    {"export.current_view", "What the canvas shows now", "Wat het canvas nu toont"},
    {"export.size", "Size", "Formaat"},
    {"export.paper", "Paper", "Papier"},
    {"export.scale", "Times the screen", "Keer het scherm"},
    {"export.landscape", "Landscape", "Liggend"},
    {"export.portrait", "Portrait", "Staand"},
    {"export.dpi", "Dots per inch", "Punten per inch (dpi)"},
    {"export.pixels", "%d x %d pixels", "%d x %d pixels"},
    {"export.file", "File", "Bestand"},
    {"export.export", "Export", "Exporteren"},
    {"export.drawing", "Snapshot: drawing %d%%...", "Momentopname: tekenen %d%%..."},
    {"export.writing", "Snapshot: writing the PNG...", "Momentopname: PNG schrijven..."},
    {"export.done", "Snapshot saved: %s", "Momentopname opgeslagen: %s"},
    {"export.busy", "A snapshot is still being written; try again in a moment.",
     "Er wordt nog een momentopname geschreven; probeer het zo opnieuw."},
    {"status.opened_snapshot", "Opened the map inside the snapshot %s. Save it as a .cjm.json map to keep it.",
     "De kaart uit momentopname %s is geopend. Sla haar op als .cjm.json-kaart om haar te bewaren."},
    // Never lose a workshop: autosave, recovery, file versions (app/autosave.*, panels/recovery_dialog.*)
    {"autosave.done", "Autosaved at %s (for recovery; the map file itself is not saved yet)",
     "Automatisch bewaard om %s (voor herstel; het kaartbestand zelf is nog niet opgeslagen)"},
    {"autosave.failed", "Autosave failed:", "Automatisch bewaren mislukt:"},
    {"menu.recover", "Recover autosaved work...", "Automatisch bewaard werk herstellen..."},
    {"recovery.title", "Recover unsaved work", "Niet-opgeslagen werk herstellen"},
    {"recovery.intro",
     "JourneyBoard was closed without saving (a crash, a power cut, or it was stopped). This work was autosaved. "
     "Choose a version to restore it as an unsaved map; \"Not now\" keeps it for later (File menu).",
     "JourneyBoard is afgesloten zonder op te slaan (een crash, stroomstoring, of het werd gestopt). Dit werk is "
     "automatisch bewaard. Kies een versie om die als niet-opgeslagen kaart terug te zetten; \"Niet nu\" bewaart het "
     "voor later (menu Bestand)."},
    {"recovery.nothing", "There is no autosaved work to recover.", "Er is geen automatisch bewaard werk om te herstellen."},
    {"recovery.never_saved", "(never saved)", "(nooit opgeslagen)"},
    {"recovery.version_line", "%s   %d situations, %d phases, %d moments, %d pain points, %d opportunities",
     "%s   %d situaties, %d fasen, %d momenten, %d knelpunten, %d kansen"},
    {"recovery.damaged", "cannot be read", "niet leesbaar"},
    {"recovery.restore", "Restore", "Herstellen"},
    {"recovery.later", "Not now", "Niet nu"},
    {"recovery.discard", "Discard this work", "Dit werk weggooien"},
    {"recovery.discard_confirm", "Really discard it? Click again", "Echt weggooien? Klik nogmaals"},
    {"recovery.save_first", "Save or close the open map first: restoring replaces it.",
     "Sla de open kaart eerst op of sluit hem: herstellen vervangt hem."},
    {"recovery.restored", "Restored the work autosaved at %s. It is not saved yet: press Ctrl+S.",
     "Het om %s automatisch bewaarde werk is hersteld. Het is nog niet opgeslagen: druk op Ctrl+S."},
    {"dialog.notice", "Please note", "Let op"},
    {"dialog.copy_suffix", "copy", "kopie"},
    {"notice.read_only",
     "This map was made by a newer JourneyBoard (file version %d; this one knows version %d). It is open read-only: "
     "what this version knows is shown, and you can save a copy under another name (Save As). Saving over the file "
     "itself is refused, so nothing the newer version wrote is lost.",
     "Deze kaart is gemaakt met een nieuwere JourneyBoard (bestandsversie %d; deze kent versie %d). Hij is "
     "alleen-lezen geopend: wat deze versie kent wordt getoond, en u kunt een kopie onder een andere naam opslaan "
     "(Opslaan als). Over het bestand zelf opslaan wordt geweigerd, zodat niets van de nieuwere versie verloren gaat."},
    {"status.read_only_title", "(read-only)", "(alleen-lezen)"},
    {"status.migrated", "Opened a file of an older version (%d); it is saved as version %d, keeping the original as .schema%d.bak",
     "Bestand van een oudere versie (%d) geopend; het wordt opgeslagen als versie %d, met het origineel als .schema%d.bak"},
    // canvas editing (canvas_interaction, canvas_menus, text_editor_overlay)
    {"canvas.note_attaches", "Attaches to: %s", "Komt bij: %s"},
    {"canvas.note_free", "Stays free here", "Blijft hier los staan"},
    {"canvas.new_phase", "New phase", "Nieuwe fase"},
    {"canvas.new_lane", "Notes", "Notities"},
    {"canvas.rename_phase", "Rename phase", "Fase hernoemen"},
    {"canvas.double_click", "double-click", "dubbelklik"},
    {"canvas.add_phase_before", "Add phase before", "Fase ervoor toevoegen"},
    {"canvas.add_phase_after", "Add phase after", "Fase erna toevoegen"},
    {"canvas.delete_phase", "Delete phase", "Fase verwijderen"},
    {"canvas.delete_phase_question", "Delete the phase \"%s\" and its %d interaction moments? Their pain points and opportunities go too. Ctrl+Z brings them back.",
     "De fase \"%s\" en de %d interactiemomenten erin verwijderen? Hun knelpunten en kansen gaan mee. Ctrl+Z zet ze terug."},
    {"canvas.delete", "Delete", "Verwijderen"},
    {"canvas.add_text_lane", "Add a text lane", "Tekstbaan toevoegen"},
    {"canvas.rename_lane", "Rename lane", "Baan hernoemen"},
    {"canvas.delete_lane", "Delete lane", "Baan verwijderen"},
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
