// Saving a map: cereal writes the JSON (named fields only, in a fixed order), then the fields we
// did not understand on load are written back where they were found (forward compatibility).
#include "file_json.h"

#include "atomic_file.h"
#include "file_json_read.h"
#include "json_extra.h"
#include "json_safe.h" // before any other cereal include: it sets RapidJSON's safety macros
#include "json_text.h"
#include "voting.h"

#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <sstream>
#include <streambuf>

// [SECTION] Saving
// cereal writes the JSON (named fields only, in the order below); these free functions are found
// by argument-dependent lookup because the model types live in the global namespace.

// Clamps a float into [lo, hi] (NaN becomes fallback) and returns the double whose shortest
// decimal is the float's shortest decimal, so the file shows "0.1" and reads back bit-exact.
static double JsonFloat(float v, float lo, float hi, float fallback = 0.0f)
{
    if (std::isnan(v))
        v = fallback;
    v = std::min(std::max(v, lo), hi);
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof(buf), v);
    double d = 0.0;
    std::from_chars(buf, res.ptr, d);
    return d;
}

static double JsonCoordinate(float v) { return JsonFloat(v, -MaxCoordinate, MaxCoordinate); }

static std::string JsonText(const std::string& s) { return CleanText(s, MaxTextBytes); }

static std::string JsonColor(uint32_t color)
{
    if (color == 0)
        return ""; // the kind's own colour
    char buf[8];
    std::snprintf(buf, sizeof(buf), "#%06X", (unsigned)(color & 0xFFFFFF));
    return buf;
}

template <class Archive>
static void save(Archive& ar, const Experience& e)
{
    if (e.Score) // not scored yet: an explicit null, so the file says so
        ar(cereal::make_nvp("score", JsonFloat(*e.Score, MinScore, MaxScore)));
    else
        ar(cereal::make_nvp("score", nullptr));
    ar(cereal::make_nvp("text", JsonText(e.Text)));
    WriteUnknownFields(ar, e.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const Phase& p)
{
    const float width = p.Width > 0.0f ? p.Width : 600.0f;
    ar(cereal::make_nvp("id", p.Id.Value), cereal::make_nvp("name", JsonText(p.Name)),
       cereal::make_nvp("width", JsonFloat(width, 0.0f, MaxExtent, 600.0f)));
    if (p.DefaultName >= 0 && p.DefaultName < PathwayPhaseCount)
        ar(cereal::make_nvp("default_name", p.DefaultName));
    WriteUnknownFields(ar, p.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const Lane& l)
{
    ar(cereal::make_nvp("id", l.Id.Value), cereal::make_nvp("kind", std::string(LaneKindKey(l.Kind))),
       cereal::make_nvp("title", JsonText(l.Title)), cereal::make_nvp("visible", l.Visible),
       cereal::make_nvp("height", JsonFloat(l.Height, 0.0f, MaxExtent)));
    WriteUnknownFields(ar, l.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const LaneText& c)
{
    ar(cereal::make_nvp("lane", c.Lane.Value), cereal::make_nvp("text", JsonText(c.Text)));
    WriteUnknownFields(ar, c.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const Moment& m)
{
    std::vector<std::string> actors;
    actors.reserve(m.Actors.size());
    for (const std::string& a : m.Actors)
        actors.push_back(JsonText(a));
    ar(cereal::make_nvp("id", m.Id.Value), cereal::make_nvp("phase", m.Phase.Value),
       cereal::make_nvp("x", JsonCoordinate(m.X)), cereal::make_nvp("title", JsonText(m.Title)),
       cereal::make_nvp("type", std::string(InteractionTypeKey(m.Type))), cereal::make_nvp("channel", JsonText(m.Channel)),
       cereal::make_nvp("actors", actors), cereal::make_nvp("description", JsonText(m.Description)),
       cereal::make_nvp("patient", m.Patient), cereal::make_nvp("professional", m.Professional),
       cereal::make_nvp("cells", m.Cells), cereal::make_nvp("origin", m.Origin.Value));
    WriteUnknownFields(ar, m.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const Vote& v)
{
    ar(cereal::make_nvp("round", v.Round.Value), cereal::make_nvp("voter", v.Voter),
       cereal::make_nvp("dots", std::min(std::max(v.Dots, 1), MaxDotsPerVote)));
    WriteUnknownFields(ar, v.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const Note& n)
{
    ar(cereal::make_nvp("id", n.Id.Value), cereal::make_nvp("kind", std::string(NoteKindKey(n.Kind))),
       cereal::make_nvp("text", JsonText(n.Text)), cereal::make_nvp("moment", n.Moment.Value),
       cereal::make_nvp("x", JsonCoordinate(n.X)), cereal::make_nvp("y", JsonCoordinate(n.Y)),
       cereal::make_nvp("color", JsonColor(n.Color)));
    if (!n.Votes.empty()) // optional: a map without votes is written as it always was
    {
        std::vector<Vote> votes;
        for (const Vote& v : n.Votes)
            if (IsValidVoterId(v.Voter)) // only a bug makes another; the file must load again
                votes.push_back(v);
        ar(cereal::make_nvp("votes", votes));
    }
    if (n.FromParticipant) // only then: maps without participants' notes keep their exact bytes
        ar(cereal::make_nvp("participant", true));
    WriteUnknownFields(ar, n.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const VotingRound& r)
{
    std::vector<std::string> kinds;
    for (int k = 0; k < (int)NoteKind::Count; k++)
        if (r.Kinds & (1u << k))
            kinds.push_back(NoteKindKey((NoteKind)k));
    ar(cereal::make_nvp("id", r.Id.Value), cereal::make_nvp("name", JsonText(r.Name)), cereal::make_nvp("key", IsValidVoterId(r.Key) ? r.Key : std::string()),
       cereal::make_nvp("kinds", kinds), cereal::make_nvp("dots_per_person", std::min(std::max(r.DotsPerPerson, 1), MaxDotsPerPerson)),
       cereal::make_nvp("open", r.Open));
    WriteUnknownFields(ar, r.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const Situation& s)
{
    ar(cereal::make_nvp("kind", std::string(SituationKindKey(s.Kind))), cereal::make_nvp("name", JsonText(s.Name)),
       cereal::make_nvp("phases", s.Phases), cereal::make_nvp("lanes", s.Lanes), cereal::make_nvp("moments", s.Moments),
       cereal::make_nvp("notes", s.Notes));
    WriteUnknownFields(ar, s.UnknownFields);
}

template <class Archive>
static void save(Archive& ar, const Persona& p)
{
    // A photo the loader would refuse (only a bug makes one) is left out rather than making the
    // whole file unreadable.
    const bool photo_ok = p.Photo.size() <= MaxPhotoBytes && IsBase64(p.Photo);
    ar(cereal::make_nvp("id", p.Id.Value), cereal::make_nvp("name", JsonText(p.Name)),
       cereal::make_nvp("age", std::min(std::max(p.Age, 0), MaxAge)),
       cereal::make_nvp("based_on_real_person", p.BasedOnRealPerson),
       cereal::make_nvp("photo", photo_ok ? p.Photo : std::string()),
       cereal::make_nvp("living_situation", JsonText(p.LivingSituation)), cereal::make_nvp("work", JsonText(p.Work)),
       cereal::make_nvp("diagnosis", JsonText(p.Diagnosis)),
       cereal::make_nvp("other_conditions", JsonText(p.OtherConditions)),
       cereal::make_nvp("digital_skills", JsonText(p.DigitalSkills)),
       cereal::make_nvp("health_literacy", JsonText(p.HealthLiteracy)), cereal::make_nvp("network", JsonText(p.Network)),
       cereal::make_nvp("goals", JsonText(p.Goals)), cereal::make_nvp("needs", JsonText(p.Needs)),
       cereal::make_nvp("frustrations", JsonText(p.Frustrations)), cereal::make_nvp("quote", JsonText(p.Quote)),
       cereal::make_nvp("x", JsonCoordinate(p.X)), cereal::make_nvp("y", JsonCoordinate(p.Y)));
    WriteUnknownFields(ar, p.UnknownFields);
}

namespace
{
// A stream that writes into a string through a small buffer: the map's text is made once, not
// copied out of an ostringstream afterwards (a map at the size limits is tens of megabytes).
class StringSink : public std::streambuf
{
public:
    explicit StringSink(std::string* out) : Out(out) { setp(Buffer, Buffer + sizeof(Buffer)); }
    void Flush()
    {
        Out->append(pbase(), (size_t)(pptr() - pbase()));
        setp(Buffer, Buffer + sizeof(Buffer));
    }

protected:
    int_type overflow(int_type c) override
    {
        Flush();
        if (!traits_type::eq_int_type(c, traits_type::eof()))
        {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override
    {
        Flush();
        return 0;
    }

private:
    std::string* Out;
    char Buffer[1 << 14];
};
} // namespace

std::string SaveDocumentToString(const Document& doc)
{
    std::string text;
    StringSink sink(&text);
    std::ostream stream(&sink);
    {
        // The archive writes the closing brace when it goes out of scope.
        cereal::JSONOutputArchive ar(stream);
        // Always the current schema: saving is how an old file is migrated forward.
        ar(cereal::make_nvp("schema", CurrentSchema), cereal::make_nvp("title", JsonText(doc.Title)),
           cereal::make_nvp("scope", JsonText(doc.Scope)),
           cereal::make_nvp("intended_outcome", JsonText(doc.IntendedOutcome)),
           cereal::make_nvp("remark", JsonText(doc.Remark)), cereal::make_nvp("next_id", doc.NextId),
           cereal::make_nvp("personas", doc.Personas), cereal::make_nvp("situations", doc.Situations));
        if (!doc.Rounds.empty()) // optional: a map without votes is written as it always was
            ar(cereal::make_nvp("voting_rounds", doc.Rounds));
        if (doc.TextSize != MapTextSize::Normal) // optional too: a map at the normal size is written as before
            ar(cereal::make_nvp("text_size", std::string(MapTextSizeKey(doc.TextSize))));
        WriteUnknownFields(ar, doc.UnknownFields);
    }
    stream << '\n';
    sink.Flush();
    return UnmarkNumbersAsWritten(std::move(text));
}

Status SaveDocumentChecked(const Document& doc, std::string* json)
{
    auto refused = [](const Status& why) {
        return Status::Error("The map was not saved, because the file could not be opened again: " + why.Message +
                                 " Nothing on disk was changed.",
                             "De kaart is niet opgeslagen, omdat het bestand dan niet meer te openen zou zijn: " + why.MessageNl +
                                 " Er is niets op schijf gewijzigd.");
    };
    const Status valid = ValidateDocument(doc);
    if (!valid)
        return refused(valid);
    std::string text = SaveDocumentToString(doc);
    if (text.size() > MaxMapFileBytes)
        return refused(Status::Error("it would be larger than " + std::to_string(MaxMapFileBytes >> 20) +
                                         " MB, the most JourneyBoard opens. Remove photos or large texts first.",
                                     "het zou groter worden dan " + std::to_string(MaxMapFileBytes >> 20) +
                                         " MB, het meeste dat JourneyBoard opent. Verwijder eerst foto's of grote teksten."));
    const Status shape = CheckJsonShape(text.data(), text.size());
    if (!shape)
        return refused(shape);
    *json = std::move(text);
    return Status::Success();
}

Status SaveDocumentToFile(const std::string& path, const Document& doc)
{
    std::string json;
    const Status checked = SaveDocumentChecked(doc, &json);
    if (!checked)
        return checked;
    return WriteFileAtomic(path, json, true);
}
