#include "example.h"

#include <algorithm>
#include <utility>

// The seven phases of the heart-failure pathway (DOMAIN.md), the same order in both languages.
static const char* const PhaseNamesNl[] = {"Klachten",         "Diagnose",           "Behandeling",
                                           "Start thuismeten", "Thuis monitoren",    "Ontregeling/opname",
                                           "Stabiel en laatste levensfase"};
static const char* const PhaseNamesEn[] = {"Symptoms",        "Diagnosis",                "Treatment",
                                           "Start home monitoring", "Home monitoring", "Decompensation/admission",
                                           "Stable and last phase of life"};
static_assert(sizeof(PhaseNamesNl) == sizeof(PhaseNamesEn), "");
static_assert(sizeof(PhaseNamesNl) / sizeof(PhaseNamesNl[0]) == PathwayPhaseCount, "");

const char* PathwayPhaseName(int index, bool dutch)
{
    if (index < 0 || index >= PathwayPhaseCount)
        return "";
    return dutch ? PhaseNamesNl[index] : PhaseNamesEn[index];
}

const std::string& ShownPhaseName(const Phase& phase, bool dutch)
{
    // The names as strings, made once, so callers may keep a reference for the frame.
    static const struct Names
    {
        std::string Nl[PathwayPhaseCount], En[PathwayPhaseCount];
        Names()
        {
            for (int i = 0; i < PathwayPhaseCount; i++)
                Nl[i] = PhaseNamesNl[i], En[i] = PhaseNamesEn[i];
        }
    } names;
    if (phase.DefaultName < 0 || phase.DefaultName >= PathwayPhaseCount)
        return phase.Name;
    return dutch ? names.Nl[phase.DefaultName] : names.En[phase.DefaultName];
}

// `follow_language`: the phase names follow the UI language until renamed (the blank format);
// the worked example's names are its authors' words.
static Situation MakeSituation(Document& doc, SituationKind kind, bool dutch, bool follow_language)
{
    Situation s;
    s.Kind = kind;
    for (int i = 0; i < PathwayPhaseCount; i++)
    {
        Phase phase;
        phase.Id = NewId<PhaseId>(doc);
        phase.Name = dutch ? PhaseNamesNl[i] : PhaseNamesEn[i];
        phase.DefaultName = follow_language ? i : -1; // shown in the UI's language until someone renames it
        s.Phases.push_back(phase);
    }
    s.Lanes = DefaultLanes(doc); // empty titles: the UI names them in the chosen language
    return s;
}

Document MakeBlankDocument(bool dutch)
{
    Document doc;
    doc.Title = "Customer Journey Map";
    // The persona format comes with the map format: one empty card to fill in (step 2).
    Persona persona;
    persona.Id = NewId<PersonaId>(doc);
    persona.X = -760.0f; // left of the lane titles, where the example's persona stands
    doc.Personas.push_back(persona);
    doc.Situations.push_back(MakeSituation(doc, SituationKind::Current, dutch, true));
    return doc;
}

// Widens each phase to fit its moments and spreads them evenly, in vector order.
static void LayOutMoments(Situation& s)
{
    for (Phase& phase : s.Phases)
    {
        int count = 0;
        for (const Moment& m : s.Moments)
            count += m.Phase == phase.Id;
        if (count == 0)
            continue;
        phase.Width = std::max(400.0f, count * 250.0f); // one card (236) and a gap per moment
        int index = 0;
        for (Moment& m : s.Moments)
            if (m.Phase == phase.Id)
                m.X = (index++ + 0.5f) * phase.Width / count;
    }
}

static Moment& AddMoment(Document& doc, Situation& s, int phase_index, const char* title, InteractionType type,
                         const char* channel, std::vector<std::string> actors, const char* description,
                         float patient_score, const char* patient_text, float professional_score,
                         const char* professional_text)
{
    Moment m;
    m.Id = NewId<MomentId>(doc);
    m.Phase = s.Phases[phase_index].Id;
    m.Title = title;
    m.Type = type;
    m.Channel = channel;
    m.Actors = std::move(actors);
    m.Description = description;
    m.Patient = {patient_score, patient_text};
    m.Professional = {professional_score, professional_text};
    s.Moments.push_back(std::move(m));
    return s.Moments.back();
}

static void AddNote(Document& doc, Situation& s, NoteKind kind, MomentId moment, const char* text)
{
    Note n;
    n.Id = NewId<NoteId>(doc);
    n.Kind = kind;
    n.Text = text;
    n.Moment = moment;
    s.Notes.push_back(std::move(n));
}

// What changes for a copied moment in the desired situation.
static void Change(Moment& m, const char* description, float patient_score, const char* patient_text,
                   float professional_score, const char* professional_text)
{
    m.Description = description;
    m.Patient = {patient_score, patient_text};
    m.Professional = {professional_score, professional_text};
}

static Persona MakeJanBosman(Document& doc)
{
    Persona p;
    p.Id = NewId<PersonaId>(doc);
    p.Name = "Jan Bosman";
    p.Age = 76;
    p.BasedOnRealPerson = false;
    p.LivingSituation = "Woont met zijn vrouw Ria (74) in een rijtjeshuis in een dorp; de slaapkamer is boven.";
    p.Work = "Gepensioneerd timmerman. Klust graag in de schuur en fietst naar de bakker, maar dat lukt steeds "
             "minder.";
    p.Diagnosis = "HFrEF, NYHA-klasse II–III.";
    p.OtherConditions = "Diabetes type 2, atriumfibrilleren. Medicatie: sacubitril/valsartan, bisoprolol, "
                        "spironolacton, dapagliflozine, furosemide, apixaban, metformine.";
    p.DigitalSkills = "Gebruikt alleen WhatsApp op zijn smartphone, verder niets. Ria en zijn dochter helpen met "
                      "apps en het patiëntportaal.";
    p.HealthLiteracy = "Beperkt: vindt medische woorden lastig en onthoudt weinig van een gesprek in het "
                       "ziekenhuis. Vraagt door als hij er de tijd voor krijgt.";
    p.Network = "Ria is zijn mantelzorger en gaat mee naar elke afspraak. Zijn dochter woont 20 km verderop. "
                "Vaste huisarts en POH in het dorp.";
    p.Goals = "Zo lang mogelijk thuis blijven wonen en zelf bezig blijven in de schuur.";
    p.Needs = "Uitleg in gewone woorden, één vast aanspreekpunt, en weten wie hij belt als het slechter gaat.";
    p.Frustrations = "Bang om weer opgenomen te worden. Wil Ria en zijn dochter niet tot last zijn. Weet niet "
                     "wat er met zijn metingen gebeurt.";
    p.Quote = "Als het maar thuis kan.";
    p.X = -760.0f; // left of the lane titles (x = -230 .. 0), with a gap
    p.Y = 0.0f;
    return p;
}

Document MakeExampleDocument()
{
    Document doc;
    doc.Title = "Hartzorg op afstand – hartfalen";
    doc.Scope = "Het hele zorgpad hartfalen, van de eerste klachten bij de huisarts tot de stabiele en laatste "
                "levensfase, met de nadruk op de start van hartzorg op afstand (telemonitoring).";
    doc.IntendedOutcome = "De patiënt blijft stabiel en zo lang mogelijk thuis, met minder (her)opnames; het team "
                          "ziet ontregeling vroeg, zonder dat de werkdruk stijgt.";
    doc.Remark = "Fictief voorbeeld, gemaakt voor JourneyBoard; geen echte patiënt.";
    doc.Personas.push_back(MakeJanBosman(doc));

    // Current situation: the 15 moments of the DOMAIN.md table, in order.
    doc.Situations.push_back(MakeSituation(doc, SituationKind::Current, true, false));
    Situation& cur = doc.Situations.back();
    using IT = InteractionType;
    AddMoment(doc, cur, 0, "Huisartsbezoek: kortademig en dikke enkels", IT::FaceToFace, "huisartsenpraktijk",
              {"patiënt", "mantelzorger", "huisarts"},
              "Jan gaat met Ria naar de huisarts: kortademig bij traplopen en dikke enkels. De huisarts laat "
              "NT-proBNP bepalen en maakt een ECG.",
              -1, "Is dit gewoon de ouderdom?", 0, "Vage klachten; NT-proBNP en ECG aangevraagd.");
    AddMoment(doc, cur, 0, "Uitslag en verwijzing", IT::Phone, "telefoon", {"patiënt", "huisarts"},
              "De huisarts belt: het NT-proBNP is verhoogd, Jan wordt verwezen naar de cardioloog.", -1,
              "Geschrokken.", 0, "Wachttijd voor de polikliniek onbekend.");
    AddMoment(doc, cur, 1, "Afspraak maken polikliniek cardiologie", IT::Appointment, "telefoon, patiëntportaal",
              {"patiënt", "mantelzorger", "polikliniekassistent"},
              "Jan moet de afspraak maken via het patiëntportaal; het lukt pas als zijn dochter helpt.", -1,
              "Het portaal is lastig.", 0, "Gaat volgens de standaardroute.");
    AddMoment(doc, cur, 1, "Echo en cardioloog: diagnose", IT::Decision, "polikliniek",
              {"patiënt", "mantelzorger", "cardioloog"},
              "Echo van het hart, daarna het gesprek met de cardioloog: hartfalen met verminderde ejectiefractie "
              "(HFrEF).",
              -2, "Overweldigd; onthoudt weinig van het gesprek.", 1, "Duidelijke diagnose.");
    AddMoment(doc, cur, 2, "Eerste gesprek hartfalenverpleegkundige", IT::FaceToFace, "polikliniek",
              {"patiënt", "mantelzorger", "hartfalenverpleegkundige"},
              "Uitleg over hartfalen, vocht en zout, bewegen en het opbouwen van de medicatie.", 1,
              "Tijd voor vragen.", 0, "Veel informatie in één keer.");
    AddMoment(doc, cur, 2, "Besluit: meedoen met telemonitoring", IT::Decision, "polikliniek",
              {"patiënt", "mantelzorger", "hartfalenverpleegkundige", "cardioloog"},
              "De verpleegkundige stelt hartzorg op afstand voor; Jan en Ria besluiten mee te doen.", 0,
              "Kan ik dit wel?", 0, "Selectiecriteria zijn vaag.");
    AddMoment(doc, cur, 3, "Instructie weegschaal, bloeddrukmeter en app", IT::FaceToFace,
              "polikliniek, telemonitoring-app", {"patiënt", "mantelzorger", "hartfalenverpleegkundige"},
              "Uitleg op de polikliniek over de weegschaal, de bloeddrukmeter en de app. Thuis lukt het koppelen "
              "niet; zijn dochter komt helpen.",
              -1, "Koppelen mislukt, dochter nodig.", -1, "Instructie duurt lang.");
    AddMoment(doc, cur, 3, "Optitreren op meetwaarden en telefonisch contact", IT::Phone,
              "telefoon, telemonitoring-app", {"patiënt", "hartfalenverpleegkundige", "cardioloog"},
              "De verpleegkundige verhoogt de medicatie stap voor stap op geleide van gewicht, bloeddruk en pols, "
              "en belt Jan na elke stap.",
              1, "Minder vaak naar het ziekenhuis.", 1, "Bijwerkingen eerder zichtbaar.");
    AddMoment(doc, cur, 4, "Dagelijks wegen, wekelijks bloeddruk meten", IT::HomeMeasurement, "telemonitoring-app",
              {"patiënt", "mantelzorger"},
              "Jan weegt zich elke ochtend en meet elke week zijn bloeddruk en pols; de waarden gaan via de app "
              "naar het ziekenhuis.",
              0, "Routine, soms confronterend.", 0, "Waarden komen binnen in het dashboard.");
    AddMoment(doc, cur, 4, "Meting gemist: Jan wordt gebeld", IT::Phone, "telefoon",
              {"patiënt", "hartfalenverpleegkundige"},
              "Jan heeft twee dagen niet gewogen; de verpleegkundige belt om te vragen hoe het gaat.", 1,
              "Ze letten echt op.", -1, "Veel nabellen.");
    AddMoment(doc, cur, 4, "Melding: 2 kg aangekomen in 3 dagen", IT::Alert, "telemonitoring-app",
              {"patiënt", "hartfalenverpleegkundige"},
              "Het systeem geeft een melding bij 2 kg gewichtstoename in 3 dagen; de verpleegkundige beoordeelt "
              "de melding en neemt contact op.",
              -1, "Wie belt wanneer?", -2, "Veel (valse) meldingen; en in het weekend?");
    AddMoment(doc, cur, 4, "Advies: extra plaspil", IT::OnlineConsult, "beeldbellen",
              {"patiënt", "mantelzorger", "hartfalenverpleegkundige", "cardioloog"},
              "In een beeldgesprek adviseert de verpleegkundige, na overleg met de cardioloog, een paar dagen een "
              "extra diureticum.",
              1, "Fijn dat het thuis kon.", 1, "Opname voorkomen?");
    AddMoment(doc, cur, 5, "Spoedeisende hulp en opname", IT::FaceToFace, "spoedeisende hulp, verpleegafdeling",
              {"patiënt", "mantelzorger", "cardioloog"},
              "Weken later wordt Jan 's nachts benauwd; Ria belt 112. Opname voor vochtafdrijving via het infuus.",
              -2, "Angst.", -1, "Thuisdata niet in het ziekenhuisdossier.");
    AddMoment(doc, cur, 5, "Ontslag en herstart thuismeten", IT::FaceToFace, "verpleegafdeling, telefoon",
              {"patiënt", "mantelzorger", "hartfalenverpleegkundige", "huisarts", "thuiszorg"},
              "Na het ontslag moet de telemonitoring opnieuw worden ingesteld; de verpleegkundige belt om de "
              "metingen te herstarten.",
              -1, "Alles opnieuw instellen.", -1, "Overdracht naar huisarts en thuiszorg onduidelijk.");
    AddMoment(doc, cur, 6, "Evaluatie, terug naar de POH, proactieve zorgplanning", IT::FaceToFace,
              "polikliniek, huisartsenpraktijk", {"patiënt", "mantelzorger", "hartfalenverpleegkundige", "POH"},
              "Jan is stabiel. Na een evaluatie gaat de controle terug naar de POH van de huisarts; er wordt een "
              "begin gemaakt met proactieve zorgplanning.",
              0, "Wie is nu mijn aanspreekpunt?", 0, "Terugverwijzing volgens afspraak.");
    LayOutMoments(cur);

    // Moment ids by the table's numbers (1-based). A note spanning moments (4–5) sits on the first.
    auto at = [&cur](int number) { return cur.Moments[number - 1].Id; };
    const NoteKind pain = NoteKind::PainPoint, chance = NoteKind::Opportunity;
    AddNote(doc, cur, pain, at(1), "Vage klachten worden laat herkend.");
    AddNote(doc, cur, pain, at(4), "Te veel informatie bij de diagnose.");
    AddNote(doc, cur, pain, at(6), "Selectie voor telemonitoring onduidelijk: risico op ongelijke toegang.");
    AddNote(doc, cur, pain, at(7), "Afhankelijk van digitale vaardigheden en de mantelzorger.");
    AddNote(doc, cur, pain, at(9), "Patiënt ziet zijn eigen waarden niet en niemand bespreekt ze.");
    AddNote(doc, cur, pain, at(10), "Veel meldingen en nabellen: hoge werkdruk.");
    AddNote(doc, cur, pain, at(11), "Geen afspraak wie buiten kantoortijd reageert.");
    AddNote(doc, cur, pain, at(13), "Thuisdata niet gekoppeld aan het ziekenhuis- en huisartsdossier.");
    AddNote(doc, cur, pain, at(15), "Onduidelijk aanspreekpunt na terugverwijzing.");
    AddNote(doc, cur, chance, at(7), "Instructie thuis en een oefenweek samen met de mantelzorger.");
    AddNote(doc, cur, chance, at(9), "Patiënt ziet zijn eigen trends; vast maandelijks gesprek.");
    AddNote(doc, cur, chance, at(11), "Meldgrenzen per patiënt en triage door een monitoringcentrum.");
    AddNote(doc, cur, chance, at(11), "24/7-escalatieafspraak in het regionale zorgakkoord.");
    AddNote(doc, cur, chance, at(13), "Koppeling van telemonitoring met ziekenhuis- en huisartsdossier.");
    AddNote(doc, cur, chance, at(15), "Eén vast aanspreekpunt; proactieve zorgplanning vanaf de diagnose.");

    // Desired situation: the same phases (new ids) and a copy of every current moment, changed where
    // DOMAIN.md says so. Its notes stay empty: the pain points and opportunities belong to the
    // current situation, and the desired map shows how they are answered.
    doc.Situations.push_back(MakeSituation(doc, SituationKind::Desired, true, false));
    Situation& des = doc.Situations.back();
    const Situation& src = doc.Situations[0]; // re-fetched: the push_back may have moved it
    for (const Moment& m : src.Moments)
    {
        Moment copy = m;
        copy.Id = NewId<MomentId>(doc);
        copy.Phase = des.Phases[PhaseIndex(src, m.Phase)].Id;
        copy.Origin = m.Id;
        des.Moments.push_back(std::move(copy));
    }
    auto desired = [&des](int number) -> Moment& { return des.Moments[number - 1]; };
    Change(desired(4),
           "Echo en gesprek met de cardioloog. De belangrijkste punten staan daarna als samenvatting in het "
           "portaal; een week later belt de verpleegkundige terug.",
           -1, "Nog steeds veel, maar ik kan het nalezen.", 1, "Duidelijke diagnose; vragen komen later aan bod.");
    Change(desired(5),
           "Uitleg over hartfalen, vocht en zout, bewegen en het opbouwen van de medicatie; een week na de "
           "diagnose belt de verpleegkundige terug voor vragen.",
           1, "Tijd voor vragen, ook later nog.", 0, "Informatie verdeeld over twee gesprekken.");
    Change(desired(6),
           "De verpleegkundige stelt hartzorg op afstand voor aan de hand van duidelijke criteria; met een "
           "keuzehulp besluiten Jan en Ria mee te doen.",
           1, "Ik weet waar ik ja tegen zeg.", 1, "Heldere criteria, gelijke toegang.");
    Change(desired(7),
           "De verpleegkundige installeert weegschaal, bloeddrukmeter en app bij Jan thuis, samen met Ria; "
           "daarna volgt een oefenweek.",
           1, "Samen met Ria geoefend; het werkt.", 0, "Huisbezoek kost tijd, scheelt later nabellen.");
    Change(desired(9),
           "Jan weegt zich elke ochtend en meet elke week bloeddruk en pols. Hij ziet zijn eigen grafiek in de "
           "app en bespreekt die elke maand met de verpleegkundige.",
           1, "Ik zie zelf hoe het gaat.", 1, "Jan begrijpt zijn waarden; vast gesprek.");
    Change(desired(11),
           "Gelaagde meldgrenzen per patiënt; een monitoringcentrum filtert de meldingen en een 24/7-protocol "
           "regelt wie buiten kantoortijd reageert.",
           0, "Ik weet wie er belt, ook in het weekend.", 1, "Minder valse meldingen; weekend geregeld.");
    Change(desired(13),
           "Jan wordt 's nachts benauwd en opgenomen; zijn thuismetingen zijn zichtbaar in het ziekenhuisdossier.",
           -1, "Nog steeds bang, maar ze kennen mijn waarden.", 1, "Thuisdata staan in het dossier.");
    Change(desired(14),
           "Bij ontslag gaat de overdracht automatisch naar huisarts en thuiszorg; de telemonitoring loopt door.",
           -1, "Thuis weer op gang komen blijft zwaar.", 1, "Automatische overdracht aan huisarts en thuiszorg.");
    Change(desired(15),
           "Jan is stabiel en houdt één vast aanspreekpunt bij de POH; de proactieve zorgplanning is al bij de "
           "diagnose gestart.",
           1, "Ik weet bij wie ik terecht kan.", 1, "Wensen van Jan zijn bekend.");

    // The one new moment: Ria reports a worsening herself, before the weight alert would fire.
    Moment ria;
    ria.Id = NewId<MomentId>(doc);
    ria.Phase = des.Phases[4].Id;
    ria.Title = "Ria meldt zelf een verslechtering via de app";
    ria.Type = InteractionType::Alert;
    ria.Channel = "telemonitoring-app";
    ria.Actors = {"mantelzorger", "patiënt", "hartfalenverpleegkundige"};
    ria.Description = "Ria merkt dat Jan benauwder is en meldt dat zelf in de app; de verpleegkundige beoordeelt "
                      "de melding dezelfde dag.";
    ria.Patient = {1, "Ria wordt serieus genomen."};
    ria.Professional = {0, "Extra melding om te beoordelen, wel waardevol."};
    des.Moments.insert(des.Moments.begin() + 10, std::move(ria)); // after moment 10, before the alert (11)
    LayOutMoments(des);
    return doc;
}
