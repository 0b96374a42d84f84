#include "text/i18n.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <vector>

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
    {"menu.present", "Present", "Presenteren"},
    {"menu.present_moments", "Present moment by moment", "Per moment presenteren"},
    {"menu.projector_window", "Projector window", "Projectorvenster"},
    {"status.presenting", "Presenting: Right/Left to step, 1-9 for a phase, Escape to stop", "Presentatie: Rechts/Links om te stappen, 1-9 voor een fase, Escape om te stoppen"},
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
    {"inspector.clear_score", "Clear score", "Score wissen"},
    {"menu.report", "Workshop report (PDF and CSV)", "Workshopverslag (PDF en CSV)"},
    {"menu.compare", "Compare current and desired", "Huidig en gewenst vergelijken"},
    {"menu.gaps", "Shade patient/professional gaps", "Verschil patiënt/zorgprofessional arceren"},
    {"report.file_name", "workshop-report", "workshopverslag"},
    {"status.report_written", "Workshop report with %d pain points written: %s (and .csv)", "Workshopverslag met %d knelpunten geschreven: %s (en .csv)"},
    {"compare.new", "NEW", "NIEUW"},
    {"compare.dropped", "DROPPED", "VERVALLEN"},
    {"compare.avg_patient", "patient %s", "patiënt %s"},
    {"compare.avg_professional", "professional %s", "professional %s"},
    {"situation.compare", "Compare", "Vergelijken"},
    {"situation.compare_title", "Compared: current and desired situation", "Vergeleken: huidige en gewenste situatie"},
    {"report.title", "Workshop report", "Workshopverslag"},
    {"report.untitled", "Customer journey map", "Customer Journey Map"},
    {"report.scope", "Scope", "Afbakening"},
    {"report.outcome", "Intended outcome", "Doel"},
    {"report.date", "Date", "Datum"},
    {"report.persona", "Persona", "Persona"},
    {"report.age", "%d years", "%d jaar"},
    {"report.fictional", "Fictional", "Fictief"},
    {"report.real_person", "Based on a real person", "Gebaseerd op een bestaand persoon"},
    {"report.bottlenecks", "Bottlenecks", "Knelpunten"},
    {"report.ranking_explained", "Ranked by votes where the map has votes, else by the lower experience score of the moment (patient or professional), then by phase order.",
     "Gerangschikt op stemmen als de kaart stemmen heeft, anders op de laagste beleving van het moment (patiënt of zorgprofessional), daarna op volgorde van de fasen."},
    {"report.no_pain_points", "The map has no pain points yet.", "De kaart heeft nog geen knelpunten."},
    {"report.rank", "Rank", "Rang"},
    {"report.situation", "Situation", "Situatie"},
    {"report.phase", "Phase", "Fase"},
    {"report.moment", "Interaction moment", "Interactiemoment"},
    {"report.pain_point", "Pain point", "Knelpunt"},
    {"report.votes", "Votes", "Stemmen"},
    {"report.patient_score", "Patient score", "Beleving patiënt"},
    {"report.professional_score", "Professional score", "Beleving zorgprofessional"},
    {"report.opportunities", "Opportunities on the same moment", "Kansen op hetzelfde moment"},
    {"report.short_patient", "Patient", "Patiënt"},
    {"report.short_professional", "Professional", "Zorgprof."},
    {"report.opportunities_title", "Opportunities", "Kansen"},
    {"report.no_opportunities", "The map has no opportunities yet.", "De kaart heeft nog geen kansen."},
    {"report.comparison", "Current and desired situation compared", "Huidige en gewenste situatie vergeleken"},
    {"report.no_desired", "The map has no desired situation yet (Method > Create desired situation from current).",
     "De kaart heeft nog geen gewenste situatie (Methode > Gewenste situatie maken van huidige)."},
    {"report.phase_counts", "%d kept, %d new, %d dropped; average change: patient %s, professional %s",
     "%d behouden, %d nieuw, %d vervallen; gemiddelde verandering: patiënt %s, zorgprofessional %s"},
    {"report.new_moments", "New in the desired situation", "Nieuw in de gewenste situatie"},
    {"report.dropped_moments", "Dropped from the current situation", "Vervallen uit de huidige situatie"},
    {"score.not_scored", "not scored yet", "nog geen score"},
    {"score.not_scored_hint", "Drag the slider or the face on the map to score", "Sleep de schuif of het gezichtje op de kaart om te scoren"},
    {"legend.not_scored", "not scored yet", "nog geen score"},
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
    {"help.present", "Present: the map alone, phase by phase (Right/Left step, Escape stops)",
     "Presenteren: alleen de kaart, fase voor fase (Rechts/Links stappen, Escape stopt)"},
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
    {"recovery.situation", "situation", "situatie"},
    {"recovery.situations", "situations", "situaties"},
    {"recovery.phase", "phase", "fase"},
    {"recovery.phases", "phases", "fasen"},
    {"recovery.moment", "moment", "moment"},
    {"recovery.moments", "moments", "momenten"},
    {"recovery.pain_point", "pain point", "knelpunt"},
    {"recovery.pain_points", "pain points", "knelpunten"},
    {"recovery.opportunity", "opportunity", "kans"},
    {"recovery.opportunities", "opportunities", "kansen"},
    {"recovery.damaged", "cannot be read", "niet leesbaar"},
    {"recovery.version_unread", "%s   %.1f MB, contents checked when restored", "%s   %.1f MB, inhoud gecontroleerd bij herstellen"},
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
    // [SECTION] the method's formats: scope, personas, start screen, guide, language
    {"menu.new_blank", "New from blank format", "Nieuw vanuit leeg format"},
    {"menu.new_example", "New from worked example", "Nieuw vanuit uitgewerkt voorbeeld"},
    {"menu.start_screen", "Start screen", "Startscherm"},
    {"menu.method", "Method", "Methode"},
    {"menu.guide", "Guide: three steps and a tip", "Handleiding: drie stappen en een tip"},
    {"menu.map_panel", "Step 1: scope (Map panel)", "Stap 1: afbakening (paneel Kaart)"},
    {"menu.persona_panel", "Step 2: personas", "Stap 2: persona's"},
    {"menu.create_desired", "Create desired situation from current", "Gewenste situatie maken van huidige"},
    {"menu.undo", "Undo", "Ongedaan maken"},
    {"menu.redo", "Redo", "Opnieuw"},
    // The command palette and the command table (app/commands, app/panels/command_palette.cpp)
    {"menu.palette", "Command palette...", "Opdrachtenpalet..."},
    {"help.palette", "Find and run any command", "Elke opdracht zoeken en uitvoeren"},
    {"palette.hint", "Type a command (English or Dutch), Enter runs it", "Typ een opdracht (Nederlands of Engels), Enter voert uit"},
    {"palette.none", "No command matches", "Geen opdracht gevonden"},
    {"cmd.clear_selection", "Clear the selection", "Selectie opheffen"},
    {"key.space", "Space", "Spatie"},
    {"help.keys_wheel", "Wheel", "Wiel"},
    {"help.keys_pan", "Right drag, Space+drag", "Rechts slepen, Spatie+slepen"},
    {"help.keys_double_click", "Double-click", "Dubbelklikken"},
    {"help.keys_drag_face", "Drag a face", "Gezicht slepen"},
    {"help.keys_right_click", "Right-click header, lane", "Rechtsklik kop, baan"},
    {"help.keys_select", "Click, Shift+click, box", "Klik, Shift+klik, kader"},
    {"header.empty", "not filled in yet (Method > Step 1)", "nog niet ingevuld (Methode > Stap 1)"},
    {"header.title_label", "Title", "Titel"},
    {"persona.unnamed", "Persona without a name", "Persona zonder naam"},
    {"persona.no_photo", "Photo", "Foto"},
    {"persona.field.name", "Name", "Naam"},
    {"persona.hint.name", "A name that fits the person; an invented name keeps a real patient private.",
     "Een naam die bij de persoon past; een verzonnen naam beschermt een echte patiënt."},
    {"persona.field.age", "Age", "Leeftijd"},
    {"persona.hint.age", "Age in years (0: unknown); it tells the room which phase of life this is.",
     "Leeftijd in jaren (0: onbekend); vertelt de groep in welke levensfase iemand zit."},
    {"persona.field.photo", "Photo", "Foto"},
    {"persona.hint.photo", "A face makes the persona real for the room. PNG or JPEG; stored, made smaller, inside the map file.",
     "Een gezicht maakt de persona echt voor de groep. PNG of JPEG; verkleind bewaard in het kaartbestand."},
    {"persona.field.real", "Fictional or based on a real person", "Fictief of gebaseerd op een bestaand persoon"},
    {"persona.hint.real", "Say whether the person is invented or based on a real patient. The map stays on this computer.",
     "Geef aan of de persoon verzonnen is of gebaseerd op een echte patiënt. De kaart blijft op deze computer."},
    {"persona.field.living", "Living situation", "Woonsituatie"},
    {"persona.hint.living", "Who they live with and what home is like: alone or with a partner, stairs, distance to care.",
     "Met wie iemand woont en hoe: alleen of met partner, trappen, afstand tot de zorg."},
    {"persona.field.work", "Work, daily activities", "Werk, dagbesteding"},
    {"persona.hint.work", "Work, volunteering, hobbies: how the days are filled.",
     "Werk, vrijwilligerswerk, hobby's: hoe de dagen gevuld zijn."},
    {"persona.field.diagnosis", "Diagnosis and NYHA class", "Diagnose en NYHA-klasse"},
    {"persona.hint.diagnosis", "Type of heart failure (HFrEF, HFmrEF, HFpEF) and NYHA class I–IV.",
     "Type hartfalen (HFrEF, HFmrEF, HFpEF) en NYHA-klasse I–IV."},
    {"persona.field.conditions", "Other conditions, medication", "Andere aandoeningen, medicatie"},
    {"persona.hint.conditions", "Other conditions that matter, and the medication in use.",
     "Andere aandoeningen die meespelen, en de medicatie die gebruikt wordt."},
    {"persona.field.digital", "Digital skills and devices", "Digitale vaardigheden en apparaten"},
    {"persona.hint.digital", "Which devices and apps they use, and how confident they are with them.",
     "Welke apparaten en apps iemand gebruikt, en hoe handig hij of zij daarmee is."},
    {"persona.field.literacy", "Health literacy", "Gezondheidsvaardigheden"},
    {"persona.hint.literacy", "How well they find, understand and use information about their health.",
     "Hoe goed iemand informatie over de eigen gezondheid vindt, begrijpt en gebruikt."},
    {"persona.field.network", "Support network, informal carer", "Netwerk, mantelzorger"},
    {"persona.hint.network", "Partner, family, neighbours, informal carer: who helps, and how much.",
     "Partner, familie, buren, mantelzorger: wie helpt er, en hoeveel."},
    {"persona.field.goals", "Goals", "Doelen"},
    {"persona.hint.goals", "What the person wants to reach or keep doing.", "Wat de persoon wil bereiken of blijven doen."},
    {"persona.field.needs", "Needs", "Behoeften"},
    {"persona.hint.needs", "What they need from care and from the people around them.",
     "Wat iemand nodig heeft van de zorg en van de mensen om zich heen."},
    {"persona.field.frustrations", "Frustrations, worries", "Frustraties, zorgen"},
    {"persona.hint.frustrations", "What bothers or worries them, in care and at home.",
     "Wat iemand dwarszit of zorgen baart, in de zorg en thuis."},
    {"persona.field.quote", "Quote", "Citaat"},
    {"persona.hint.quote", "One sentence in their own words that sums the persona up.",
     "Eén zin in eigen woorden die de persona samenvat."},
    {"persona_panel.title", "Step 2: Personas", "Stap 2: Persona's"},
    {"persona_panel.intro", "One exemplary person of the target group. Hover a field's name for its explanation.",
     "Eén voorbeeldpersoon uit de doelgroep. Wijs de naam van een veld aan voor de uitleg."},
    {"persona_panel.add", "Add persona", "Persona toevoegen"},
    {"persona_panel.delete", "Delete this persona", "Deze persona verwijderen"},
    {"persona_panel.none", "No persona yet. Add one to fill in the persona format.",
     "Nog geen persona. Voeg er een toe om het persona-format in te vullen."},
    {"persona_panel.photo_path", "Path of a PNG or JPEG file", "Pad van een PNG- of JPEG-bestand"},
    {"persona_panel.photo_load", "Load photo", "Foto laden"},
    {"persona_panel.photo_remove", "Remove photo", "Foto verwijderen"},
    {"persona_panel.photo_loaded", "Photo loaded: %d KB in the map file.", "Foto geladen: %d KB in het kaartbestand."},
    {"persona_panel.show", "Show on the map", "Toon op de kaart"},
    {"map_panel.title", "Step 1: Map and scope", "Stap 1: Kaart en afbakening"},
    {"map_panel.intro", "Which part of the heart-failure care pathway does this map cover, and what should that part achieve?",
     "Welk deel van het zorgpad hartfalen beschrijft deze kaart, en wat moet dat deel opleveren?"},
    {"map_panel.hint_title", "A short name for the map, e.g. the hospital and the pathway",
     "Een korte naam voor de kaart, bijv. het ziekenhuis en het zorgpad"},
    {"map_panel.hint_scope", "The whole pathway, or one part: from where to where?",
     "Het hele zorgpad, of één deel: van waar tot waar?"},
    {"map_panel.hint_outcome", "What this part of the pathway should achieve for the patient and the team",
     "Wat dit deel van het zorgpad moet opleveren voor de patiënt en het team"},
    {"start.title", "Welcome to JourneyBoard", "Welkom bij JourneyBoard"},
    {"start.intro", "Build a customer journey map of the heart-failure care pathway, live with your team. "
                    "Start from the blank format, learn from the worked example, or open a map.",
     "Maak samen met uw team een customer journey map van het zorgpad hartfalen. Begin met het lege format, "
     "leer van het uitgewerkte voorbeeld, of open een kaart."},
    {"start.blank", "New from the blank format", "Nieuw vanuit het lege format"},
    {"start.blank_hint", "The seven phases of the pathway, every lane empty, an empty persona card.",
     "De zeven fasen van het zorgpad, alle banen leeg, een lege personakaart."},
    {"start.example", "New from the worked example", "Nieuw vanuit het uitgewerkte voorbeeld"},
    {"start.example_hint", "Jan Bosman, 76: an invented example with the current and the desired situation.",
     "Jan Bosman, 76: een verzonnen voorbeeld met de huidige en de gewenste situatie."},
    {"start.open", "Open a map...", "Kaart openen..."},
    {"start.recent", "Recent maps", "Recente kaarten"},
    {"start.no_recent", "No recent maps yet.", "Nog geen recente kaarten."},
    {"start.close", "Look at the example first", "Eerst het voorbeeld bekijken"},
    {"start.guide", "Show the guide", "Toon de handleiding"},
    {"status.desired_created", "Desired situation created from the current one (Ctrl+Z undoes it)",
     "Gewenste situatie gemaakt van de huidige (Ctrl+Z maakt het ongedaan)"},
    {"file.default_name", "map", "kaart"},
    {"status.undone_what", "Undone: %s", "Ongedaan: %s"},
    {"status.redone_what", "Redone: %s", "Opnieuw gedaan: %s"},
    {"guide.title", "Guide", "Handleiding"},
    {"guide.intro", "The method in three steps and a tip. Each step shows where it goes on the map.",
     "De methode in drie stappen en een tip. Bij elke stap ziet u waar die op de kaart komt."},
    {"guide.step1", "Step 1: Scope", "Stap 1: Afbakening"},
    {"guide.step1_text", "Agree first on which part of the care pathway you map: the whole pathway or one stretch of it, "
                         "and what that stretch should achieve. It goes in the band at the top of the map.",
     "Spreek eerst af welk deel van het zorgpad u in kaart brengt: het hele zorgpad of één stuk ervan, en wat "
     "dat stuk moet opleveren. Dit komt in de balk bovenaan de kaart."},
    {"guide.step2", "Step 2: Persona", "Stap 2: Persona"},
    {"guide.step2_text", "Describe one person of the target group, invented or based on a real patient, so everyone "
                         "pictures the same person. The card stands left of the map.",
     "Beschrijf één persoon uit de doelgroep, verzonnen of gebaseerd op een echte patiënt, zodat iedereen "
     "dezelfde persoon voor ogen heeft. De kaart staat links van de journey."},
    {"guide.step3", "Step 3: The current situation", "Stap 3: De huidige situatie"},
    {"guide.step3_text", "Walk through the phases and place every contact and decision as an interaction moment. "
                         "For each: what happens, and how the patient and the professional experience it. "
                         "The low points show the bottlenecks.",
     "Loop de fasen door en zet elk contact en elk beslismoment neer als interactiemoment. Per moment: wat er "
     "gebeurt, en hoe de patiënt en de zorgprofessional het beleven. De dalen laten de knelpunten zien."},
    {"guide.tip", "Tip: the desired situation", "Tip: de gewenste situatie"},
    {"guide.tip_text", "Copy the current map as a starting point and change it into how remote care should work. "
                       "Every copied moment remembers where it came from, for comparing later.",
     "Kopieer de huidige kaart als begin en verander die in hoe zorg op afstand zou moeten werken. Elk "
     "gekopieerd moment onthoudt waar het vandaan komt, om later te vergelijken."},
    {"guide.show_band", "Show the scope band", "Toon de afbakening"},
    {"guide.show_persona", "Show the persona card", "Toon de personakaart"},
    {"guide.show_map", "Show the map", "Toon de kaart"},
    {"guide.open_map_panel", "Fill in the scope", "Afbakening invullen"},
    {"guide.open_persona_panel", "Fill in the persona", "Persona invullen"},
    {"guide.go_desired", "Go to the desired situation", "Naar de gewenste situatie"},
    {"status.inviting", "Inviting participants: ", "Deelnemers uitgenodigd: "},
    {"status.invite_stopped", "Invitation ended: the page is no longer served.", "Uitnodiging beëindigd: de pagina is niet meer bereikbaar."},
    {"status.invite_notes", "%d note(s) from participants added to the map", "%d notitie(s) van deelnemers op de kaart gezet"},
    {"status.invite_held", "%d note(s) from participants wait in the inbox", "%d notitie(s) van deelnemers wachten in de inbox"},
    {"status.invite_dots", "%d dot(s) from participants", "%d stip(pen) van deelnemers"},
    {"status.participants", "Participants: %d", "Deelnemers: %d"},
    {"status.inbox_count", "  \xC2\xB7  %d in the inbox", "  \xC2\xB7  %d in de inbox"},
    {"invite.panel_title", "Invite participants", "Deelnemers uitnodigen"},
    {"invite.explain", "Participants open a page on their phones (scan the code on the map) and add pain points and opportunities to the moments, anonymously. The page shows the map's title, the phases and the moment titles only. Nothing leaves this computer: phones connect to it over the room's network.",
     "Deelnemers openen een pagina op hun telefoon (scan de code op de kaart) en zetten anoniem knelpunten en kansen bij de momenten. De pagina toont alleen de titel van de kaart, de fasen en de titels van de momenten. Niets verlaat deze computer: telefoons maken verbinding via het netwerk in de zaal."},
    {"invite.address", "Address on the room's network:", "Adres op het netwerk in de zaal:"},
    {"invite.this_computer_only", "this computer only", "alleen deze computer"},
    {"invite.start", "Start inviting", "Uitnodigen starten"},
    {"invite.stop", "Stop inviting", "Uitnodigen stoppen"},
    {"invite.show_code", "Show the code on the map", "Code op de kaart tonen"},
    {"invite.inbox_mode", "Inbox: accept or reject each note first", "Inbox: elke notitie eerst goedkeuren of afwijzen"},
    {"invite.inbox", "Inbox", "Inbox"},
    {"invite.accept", "Accept", "Accepteren"},
    {"invite.reject", "Reject", "Afwijzen"},
    {"menu.facilitate", "Facilitate", "Begeleiden"},
    {"menu.invite", "Invite participants...", "Deelnemers uitnodigen..."},
    {"menu.invite_start", "Start inviting", "Uitnodigen starten"},
    {"menu.invite_stop", "Stop inviting", "Uitnodigen stoppen"},
    {"menu.invite_show_code", "Show the QR code on the map", "QR-code op de kaart tonen"},
    {"menu.invite_inbox", "Participants' notes to the inbox first", "Notities van deelnemers eerst naar de inbox"},
    {"invite.code_caption", "Scan to add notes  \xC2\xB7  participants: %d", "Scan en zet notities op de kaart  \xC2\xB7  deelnemers: %d"},
    {"invite.code_inbox", "Notes wait in the inbox", "Notities wachten in de inbox"},
    {"guide.desired_exists", "This map has a desired situation already.", "Deze kaart heeft al een gewenste situatie."},
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

extern const StringEntry FacilitateStrings[]; // text/strings_facilitate.cpp
extern const int FacilitateStringCount;

// Every entry of every list, in one array (built once).
static const std::vector<StringEntry>& AllStrings()
{
    static const std::vector<StringEntry> all = [] {
        std::vector<StringEntry> entries(std::begin(g_strings), std::end(g_strings));
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

const char* Tr(const char* key) { return TrIn(g_language, key); }

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
    static char key[64];
    std::snprintf(key, sizeof(key), "type.%s", InteractionTypeKey(type));
    return Tr(key);
}

const char* NoteKindName(NoteKind kind) { return Tr(kind == NoteKind::PainPoint ? "note.pain_point" : "note.opportunity"); }
