// ValidateDocument: the checks of a whole document that go beyond single fields (ids, references,
// counts, number ranges). The loader runs it on every file; tests run it after edits.
#include "file_json.h"

#include "json_path.h"
#include "json_text.h"
#include "voting.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

bool CheckSituationCount(JsonReader& r, size_t count)
{
    if (count == 0)
        return r.Fail("situations", "the map has no situations; it needs at least the current situation",
                      "de kaart heeft geen situaties; er is minstens de huidige situatie nodig");
    if (count > MaxSituations)
        return r.Fail("situations",
                      "the map has " + std::to_string(count) + " situations; it can have at most 2 (current and desired)",
                      "de kaart heeft " + std::to_string(count) + " situaties; hoogstens 2 kunnen (huidige en gewenste)");
    return true;
}

// [SECTION] ValidateDocument

static bool CheckRange(JsonReader& r, const std::string& path, float v, float lo, float hi)
{
    if (v >= lo && v <= hi) // false for NaN too
        return true;
    return r.Fail(path, FormatFloat(v) + " is outside " + FormatRange(lo, hi), FormatFloat(v) + " ligt buiten " + FormatRange(lo, hi));
}

static bool CheckExtent(JsonReader& r, const std::string& path, float v, bool zero_allowed)
{
    if ((zero_allowed ? v >= 0.0f : v > 0.0f) && v <= MaxExtent)
        return true;
    const std::string lo_en = zero_allowed ? "at least 0" : "more than 0";
    const std::string lo_nl = zero_allowed ? "minstens 0" : "meer dan 0";
    return r.Fail(path, FormatFloat(v) + " is not a valid size: it must be " + lo_en + " and at most " + FormatFloat(MaxExtent),
                  FormatFloat(v) + " is geen geldige maat: die moet " + lo_nl + " en hoogstens " + FormatFloat(MaxExtent) + " zijn");
}

static bool CheckCount(JsonReader& r, const std::string& path, size_t count, size_t max)
{
    if (count <= max)
        return true;
    return r.Fail(path, "there are " + std::to_string(count) + " items; at most " + std::to_string(max) + " are allowed",
                  "er zijn " + std::to_string(count) + " items; hoogstens " + std::to_string(max) + " toegestaan");
}

// A note's dots: each names a round of the map and a valid voter, once per round and voter.
static bool CheckVotes(JsonReader& r, const std::string& path, const Note& note, const std::unordered_set<uint32_t>& rounds)
{
    if (!CheckCount(r, path, note.Votes.size(), MaxVotesPerNote))
        return false;
    std::unordered_set<std::string> seen;
    for (size_t v = 0; v < note.Votes.size(); v++)
    {
        const Vote& vote = note.Votes[v];
        const std::string vpath = Item(path, v);
        if (!rounds.count(vote.Round.Value))
            return r.Fail(Field(vpath, "round"), "there is no voting round with id " + std::to_string(vote.Round.Value),
                          "er is geen stemronde met id " + std::to_string(vote.Round.Value));
        if (!IsValidVoterId(vote.Voter))
            return r.Fail(Field(vpath, "voter"), "not a voter id (letters, digits, _ and -, at most " + std::to_string(MaxVoterBytes) + ")",
                          "geen stemmer-id (letters, cijfers, _ en -, hoogstens " + std::to_string(MaxVoterBytes) + ")");
        if (vote.Dots < 1 || vote.Dots > MaxDotsPerVote)
            return r.Fail(Field(vpath, "dots"), std::to_string(vote.Dots) + " is outside 1.." + std::to_string(MaxDotsPerVote),
                          std::to_string(vote.Dots) + " ligt buiten 1.." + std::to_string(MaxDotsPerVote));
        if (!seen.insert(std::to_string(vote.Round.Value) + "/" + vote.Voter).second)
            return r.Fail(vpath, "this voter's dots in round " + std::to_string(vote.Round.Value) + " are listed twice on this note; keep one",
                          "de stippen van deze stemmer in ronde " + std::to_string(vote.Round.Value) + " staan twee keer op deze notitie; houd er één");
    }
    return true;
}

// Where an id is used, to say which two things share one.
struct IdOwner
{
    const char* List; // "personas", "phases", "lanes", "moments", "notes"
    int Situation;    // -1 for personas
    size_t Index;
};

static std::string OwnerPath(const IdOwner& o)
{
    std::string list = o.Situation < 0 ? std::string(o.List) : Item("situations", (size_t)o.Situation) + "." + o.List;
    return Item(list, o.Index);
}

static bool CheckIdsAndReferences(JsonReader& r, const Document& doc)
{
    if (!CheckSituationCount(r, doc.Situations.size()) || !CheckCount(r, "personas", doc.Personas.size(), MaxPersonas))
        return false;
    for (size_t s = 0; s < doc.Situations.size(); s++)
    {
        // Other code reads Situations[0] as the current situation and [1] as the desired one.
        const SituationKind expected = s == 0 ? SituationKind::Current : SituationKind::Desired;
        if (doc.Situations[s].Kind != expected)
            return r.Fail(Field(Item("situations", s), "kind"),
                          std::string("the ") + (s == 0 ? "first" : "second") + " situation must be \"" + SituationKindKey(expected) +
                              "\" (a map has one current and at most one desired situation, in that order)",
                          std::string("de ") + (s == 0 ? "eerste" : "tweede") + " situatie moet \"" + SituationKindKey(expected) +
                              "\" zijn (een kaart heeft één huidige en hoogstens één gewenste situatie, in die volgorde)");
    }

    // Ids come from one counter (Document::NextId), so they are unique across all kinds.
    std::unordered_map<uint32_t, IdOwner> owners;
    uint32_t max_id = 0;
    auto claim = [&](uint32_t id, IdOwner owner) -> bool {
        const std::string path = OwnerPath(owner) + ".id";
        if (id == 0 || id > MaxIdValue)
            return r.Fail(path, std::to_string(id) + " is not a valid id (ids are whole numbers from 1 to " + std::to_string(MaxIdValue) + ")",
                          std::to_string(id) + " is geen geldig id (ids zijn gehele getallen van 1 tot " + std::to_string(MaxIdValue) + ")");
        auto inserted = owners.emplace(id, owner);
        if (!inserted.second)
            return r.Fail(path, std::to_string(id) + " is also the id of " + OwnerPath(inserted.first->second) + "; every id must be unique",
                          std::to_string(id) + " is ook het id van " + OwnerPath(inserted.first->second) + "; elk id moet uniek zijn");
        max_id = std::max(max_id, id);
        return true;
    };
    auto no_such = [&](const std::string& path, const char* what_en, const char* what_nl, uint32_t id, bool current) {
        return r.Fail(path, std::string("there is no ") + what_en + " with id " + std::to_string(id) + (current ? " in the current situation" : " in this situation"),
                      std::string("er is geen ") + what_nl + " met id " + std::to_string(id) + (current ? " in de huidige situatie" : " in deze situatie"));
    };

    for (size_t i = 0; i < doc.Personas.size(); i++)
    {
        const Persona& p = doc.Personas[i];
        const std::string path = Item("personas", i);
        if (!claim(p.Id.Value, {"personas", -1, i}))
            return false;
        if (p.Age < 0 || p.Age > MaxAge)
            return r.Fail(Field(path, "age"), std::to_string(p.Age) + " is outside 0.." + std::to_string(MaxAge) + " years",
                          std::to_string(p.Age) + " ligt buiten 0.." + std::to_string(MaxAge) + " jaar");
        if (!CheckRange(r, Field(path, "x"), p.X, -MaxCoordinate, MaxCoordinate) || !CheckRange(r, Field(path, "y"), p.Y, -MaxCoordinate, MaxCoordinate))
            return false;
        if (p.Photo.size() > MaxPhotoBytes)
            return r.Fail(Field(path, "photo"), "the photo is too large", "de foto is te groot");
    }

    // Voting rounds: their ids come from the same counter; at most one takes dots at a time.
    if (!CheckCount(r, "voting_rounds", doc.Rounds.size(), MaxRounds))
        return false;
    std::unordered_set<uint32_t> rounds;
    int open_rounds = 0;
    for (size_t i = 0; i < doc.Rounds.size(); i++)
    {
        const VotingRound& round = doc.Rounds[i];
        const std::string path = Item("voting_rounds", i);
        if (!claim(round.Id.Value, {"voting_rounds", -1, i}))
            return false;
        rounds.insert(round.Id.Value);
        if (round.Kinds == 0 || (round.Kinds & ~AllKindsMask) != 0)
            return r.Fail(Field(path, "kinds"), "a voting round needs at least one kind of note to vote on (pain_point, opportunity)",
                          "een stemronde heeft minstens één soort notitie nodig om op te stemmen (pain_point, opportunity)");
        if (round.DotsPerPerson < 1 || round.DotsPerPerson > MaxDotsPerPerson)
            return r.Fail(Field(path, "dots_per_person"), std::to_string(round.DotsPerPerson) + " is outside 1.." + std::to_string(MaxDotsPerPerson),
                          std::to_string(round.DotsPerPerson) + " ligt buiten 1.." + std::to_string(MaxDotsPerPerson));
        if (round.Open && ++open_rounds > 1)
            return r.Fail(Field(path, "open"), "only one voting round can be open at a time; end the other round first",
                          "er kan maar één stemronde tegelijk open zijn; sluit eerst de andere ronde");
    }

    // moment.origin points into the current situation, which is always situations[0].
    std::unordered_set<uint32_t> current_moments;
    for (const Moment& m : doc.Situations[0].Moments)
        current_moments.insert(m.Id.Value);

    for (size_t s = 0; s < doc.Situations.size(); s++)
    {
        const Situation& situation = doc.Situations[s];
        const std::string spath = Item("situations", s);
        if (!CheckCount(r, Field(spath, "phases"), situation.Phases.size(), MaxPhases) ||
            !CheckCount(r, Field(spath, "lanes"), situation.Lanes.size(), MaxLanes) ||
            !CheckCount(r, Field(spath, "moments"), situation.Moments.size(), MaxMoments) ||
            !CheckCount(r, Field(spath, "notes"), situation.Notes.size(), MaxNotes))
            return false;

        std::unordered_set<uint32_t> phases;
        for (size_t i = 0; i < situation.Phases.size(); i++)
        {
            const Phase& phase = situation.Phases[i];
            if (!claim(phase.Id.Value, {"phases", (int)s, i}) ||
                !CheckExtent(r, Field(Item(spath + ".phases", i), "width"), phase.Width, false))
                return false;
            phases.insert(phase.Id.Value);
        }

        std::unordered_map<uint32_t, LaneKind> lanes;
        for (size_t i = 0; i < situation.Lanes.size(); i++)
        {
            const Lane& lane = situation.Lanes[i];
            if (!claim(lane.Id.Value, {"lanes", (int)s, i}) ||
                !CheckExtent(r, Field(Item(spath + ".lanes", i), "height"), lane.Height, true))
                return false;
            lanes.emplace(lane.Id.Value, lane.Kind);
        }

        std::unordered_set<uint32_t> moments;
        for (size_t i = 0; i < situation.Moments.size(); i++)
        {
            const Moment& m = situation.Moments[i];
            const std::string path = Item(spath + ".moments", i);
            if (!claim(m.Id.Value, {"moments", (int)s, i}))
                return false;
            moments.insert(m.Id.Value);
            if (!phases.count(m.Phase.Value))
                return no_such(Field(path, "phase"), "phase", "fase", m.Phase.Value, false);
            if (!CheckRange(r, Field(path, "x"), m.X, -MaxCoordinate, MaxCoordinate) ||
                (m.Patient.Score && !CheckRange(r, path + ".patient.score", *m.Patient.Score, MinScore, MaxScore)) ||
                (m.Professional.Score && !CheckRange(r, path + ".professional.score", *m.Professional.Score, MinScore, MaxScore)) ||
                !CheckCount(r, Field(path, "actors"), m.Actors.size(), MaxActors) ||
                !CheckCount(r, Field(path, "cells"), m.Cells.size(), MaxLanes))
                return false;
            if (m.Origin.IsValid() && !current_moments.count(m.Origin.Value))
                return no_such(Field(path, "origin"), "moment", "moment", m.Origin.Value, true);
            std::unordered_set<uint32_t> cell_lanes;
            for (size_t c = 0; c < m.Cells.size(); c++)
            {
                const std::string cpath = Field(Item(Field(path, "cells"), c), "lane");
                const uint32_t lane_id = m.Cells[c].Lane.Value;
                auto lane = lanes.find(lane_id);
                if (lane == lanes.end())
                    return no_such(cpath, "lane", "baan", lane_id, false);
                if (lane->second != LaneKind::Backstage && lane->second != LaneKind::Quote && lane->second != LaneKind::Text)
                    return r.Fail(cpath, "lane " + std::to_string(lane_id) + " is a \"" + LaneKindKey(lane->second) +
                                             "\" lane; a moment's own texts belong in backstage, quote or text lanes",
                                  "baan " + std::to_string(lane_id) + " is een \"" + LaneKindKey(lane->second) +
                                      "\"-baan; eigen teksten van een moment horen in backstage-, quote- of text-banen");
                if (!cell_lanes.insert(lane_id).second)
                    return r.Fail(cpath, "this moment has two texts for lane " + std::to_string(lane_id) + "; keep one",
                                  "dit moment heeft twee teksten voor baan " + std::to_string(lane_id) + "; houd er één");
            }
        }

        for (size_t i = 0; i < situation.Notes.size(); i++)
        {
            const Note& n = situation.Notes[i];
            const std::string path = Item(spath + ".notes", i);
            if (!claim(n.Id.Value, {"notes", (int)s, i}))
                return false;
            if (n.Moment.IsValid() && !moments.count(n.Moment.Value))
                return no_such(Field(path, "moment"), "moment", "moment", n.Moment.Value, false);
            if (!CheckRange(r, Field(path, "x"), n.X, -MaxCoordinate, MaxCoordinate) ||
                !CheckRange(r, Field(path, "y"), n.Y, -MaxCoordinate, MaxCoordinate))
                return false;
            if (n.Color > 0xFFFFFF)
                return r.Fail(Field(path, "color"), "not a colour (0xRRGGBB)", "geen kleur (0xRRGGBB)");
            if (!CheckVotes(r, Field(path, "votes"), n, rounds))
                return false;
        }
    }

    if (doc.NextId <= max_id || doc.NextId > MaxIdValue + 1u)
        return r.Fail("next_id", std::to_string(doc.NextId) + " is not above every id in use (the highest is " + std::to_string(max_id) + ")",
                      std::to_string(doc.NextId) + " ligt niet boven elk gebruikt id (het hoogste is " + std::to_string(max_id) + ")");
    return true;
}

Status ValidateDocument(const Document& doc)
{
    JsonReader r;
    CheckIdsAndReferences(r, doc);
    return r.Error;
}
