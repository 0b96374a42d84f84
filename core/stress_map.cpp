#include "stress_map.h"

#include <cstdio>

namespace
{
// A small fixed generator, so the map is the same on every machine and standard library.
struct Sequence
{
    uint32_t State;
    uint32_t Next()
    {
        State = State * 1664525u + 1013904223u;
        return State >> 8;
    }
    int Below(int n) { return (int)(Next() % (uint32_t)n); }
};

const char* const Words[] = {"patiënt",   "belt",     "afspraak",  "gewicht",  "bloeddruk", "huisarts",  "uitleg",
                             "wachttijd", "melding",  "weekend",   "app",      "meting",    "dochter",   "onzeker",
                             "snel",      "duidelijk", "portaal",  "medicatie", "controle", "vragen",    "thuis",
                             "zorgen",    "terugbellen", "overdracht", "dossier", "verpleegkundige", "cardioloog"};
constexpr int WordCount = (int)(sizeof(Words) / sizeof(Words[0]));

// A sentence of `words` words, capitalised, as users type them on a note.
std::string Sentence(Sequence& seq, int words)
{
    std::string text;
    for (int i = 0; i < words; i++)
    {
        if (i > 0)
            text += ' ';
        text += Words[seq.Below(WordCount)];
    }
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = (char)(text[0] - 'a' + 'A');
    return text;
}
} // namespace

Document MakeStressDocument(const StressMapSize& size)
{
    Sequence seq{12345u};
    Document doc;
    doc.Title = "Stresskaart (gegenereerd)";
    doc.Remark = "Gegenereerd door journeyboard_bench --write-stress";
    Situation s;
    s.Kind = SituationKind::Current;
    for (int i = 0; i < size.Phases; i++)
    {
        Phase phase;
        phase.Id = NewId<PhaseId>(doc);
        char name[32];
        std::snprintf(name, sizeof(name), "Fase %d", i + 1);
        phase.Name = name;
        s.Phases.push_back(phase);
    }
    s.Lanes = DefaultLanes(doc);

    const int per_phase = size.Phases > 0 ? (size.Moments + size.Phases - 1) / size.Phases : 0;
    s.Moments.reserve((size_t)size.Moments);
    for (int i = 0; i < size.Moments && size.Phases > 0; i++)
    {
        Moment m;
        m.Id = NewId<MomentId>(doc);
        m.Phase = s.Phases[(size_t)(i / per_phase)].Id;
        m.X = 125.0f + (float)(i % per_phase) * 250.0f; // one card and a gap each
        char title[48];
        std::snprintf(title, sizeof(title), "Moment %d: ", i + 1);
        m.Title = title + Sentence(seq, 3);
        m.Type = (InteractionType)seq.Below((int)InteractionType::Count);
        m.Channel = seq.Below(2) ? "telefoon" : "polikliniek";
        m.Actors = {"patiënt", "hartfalenverpleegkundige"};
        m.Description = Sentence(seq, 10);
        // Scores wander like a real pathway: mostly small steps, sometimes a jump.
        m.Patient.Score = (float)(seq.Below(9) - 4) * 0.5f;
        m.Patient.Text = Sentence(seq, 6);
        m.Professional.Score = (float)(seq.Below(9) - 4) * 0.5f;
        m.Professional.Text = Sentence(seq, 6);
        s.Moments.push_back(std::move(m));
    }

    s.Notes.reserve((size_t)size.Notes);
    for (int i = 0; i < size.Notes; i++)
    {
        Note n;
        n.Id = NewId<NoteId>(doc);
        n.Kind = seq.Below(2) ? NoteKind::PainPoint : NoteKind::Opportunity;
        n.Text = Sentence(seq, 5 + seq.Below(8));
        if (i % 100 == 99 || s.Moments.empty())
        {
            // One note in a hundred lies free below the lanes, where a facilitator parks ideas.
            n.X = (float)seq.Below(480000); // within what edits keep notes to (MaxCoordinate / 2)
            n.Y = 1800.0f + (float)seq.Below(400);
        }
        else
            n.Moment = s.Moments[(size_t)seq.Below((int)s.Moments.size())].Id;
        if (seq.Below(10) == 0)
            n.Color = 0xA6D8F0; // a few coloured by hand
        s.Notes.push_back(std::move(n));
    }
    doc.Situations.push_back(std::move(s));
    return doc;
}
