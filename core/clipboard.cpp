#include "clipboard.h"

#include "file_json.h"
#include "json_safe.h" // before any other RapidJSON use: it makes RapidJSON's asserts throw
#include "layout.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

// [SECTION] Copy

std::string CopyToClipboardText(const Document& doc, SituationIndex s, const std::vector<MomentId>& moments,
                                const std::vector<NoteId>& notes)
{
    if (s < 0 || s >= (int)doc.Situations.size())
        return std::string();
    const Situation& source = doc.Situations[s];
    Situation items;
    std::unordered_set<MomentId> copied;
    std::unordered_set<PhaseId> phases_used;
    std::unordered_set<LaneId> lanes_used;
    // Moments in the order the room sees them, so a paste keeps their order.
    for (const Moment& m : source.Moments)
    {
        if (std::find(moments.begin(), moments.end(), m.Id) == moments.end())
            continue;
        Moment copy = m;
        copy.Origin = MomentId(); // the link to the current situation does not travel
        items.Moments.push_back(copy);
        copied.insert(m.Id);
        phases_used.insert(m.Phase);
        for (const LaneText& cell : m.Cells)
            lanes_used.insert(cell.Lane);
    }
    for (const Phase& phase : source.Phases)
        if (phases_used.count(phase.Id))
            items.Phases.push_back(phase);
    for (const Lane& lane : source.Lanes)
        if (lanes_used.count(lane.Id))
            items.Lanes.push_back(lane);

    const MapLayout layout = ComputeLayout(source);
    for (const Note& note : source.Notes)
    {
        const bool selected = std::find(notes.begin(), notes.end(), note.Id) != notes.end();
        if (note.Moment.IsValid() && copied.count(note.Moment))
            items.Notes.push_back(note);
        else if (selected)
        {
            Note copy = note;
            if (copy.Moment.IsValid())
            {
                // Its moment stays behind: the note travels free, from where the room saw it.
                for (const NoteBox& box : layout.Notes)
                    if (box.Id == note.Id)
                        copy.X = box.Box.Min.x, copy.Y = box.Box.Min.y;
                copy.Moment = MomentId();
            }
            items.Notes.push_back(copy);
        }
    }
    if (items.Moments.empty() && items.Notes.empty())
        return std::string();

    Document clip;
    clip.Title.clear();
    // The rounds the copied dots were given in, so a paste into another map can bring them along.
    for (const VotingRound& round : doc.Rounds)
        if (std::any_of(items.Notes.begin(), items.Notes.end(), [&](const Note& n) {
                return std::any_of(n.Votes.begin(), n.Votes.end(), [&](const Vote& v) { return v.Round == round.Id; });
            }))
            clip.Rounds.push_back(round);
    Situation situation = std::move(items);
    situation.Kind = SituationKind::Current;
    clip.Situations.push_back(std::move(situation));
    clip.NextId = doc.NextId; // above every id copied
    std::string text = SaveDocumentToString(clip);
    // The saver always starts with '{': the marker goes in as the first field.
    const std::string marker = std::string("{\n    \"") + ClipboardMarker + "\": " + std::to_string(ClipboardVersion) + ",";
    text.replace(0, 1, marker);
    return text;
}

// [SECTION] Parse

static Status NotOurs()
{
    return Status::Error("The clipboard does not hold JourneyBoard moments or notes. Select moments or notes in "
                         "JourneyBoard and copy them with Ctrl+C, then paste.",
                         "Het klembord bevat geen JourneyBoard-momenten of -notities. Selecteer momenten of notities "
                         "in JourneyBoard en kopieer ze met Ctrl+C; plak daarna.");
}

static Status CheckMarker(const std::string& text)
{
    rapidjson::Document dom;
    dom.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    if (dom.HasParseError() || !dom.IsObject())
        return NotOurs();
    auto it = dom.FindMember(ClipboardMarker);
    if (it == dom.MemberEnd())
        return NotOurs();
    const rapidjson::Value& version = it->value;
    if (!version.IsInt() || version.GetInt() < 1)
        return Status::Error("The copied JourneyBoard items are damaged (their version mark is not valid) and cannot be pasted. Copy them again.",
                             "De gekopieerde JourneyBoard-items zijn beschadigd (hun versiemerk is ongeldig) en kunnen niet worden geplakt. Kopieer ze opnieuw.");
    if (version.GetInt() > ClipboardVersion)
        return Status::Error("These items were copied from a newer JourneyBoard and cannot be pasted here. Update this JourneyBoard.",
                             "Deze items zijn gekopieerd uit een nieuwere JourneyBoard en kunnen hier niet worden geplakt. Werk deze JourneyBoard bij.");
    return Status::Success();
}

Status ParseClipboardText(const std::string& text, ClipboardItems* out)
{
    if (text.size() > MaxClipboardBytes)
        return Status::Error("The clipboard holds too much text (more than " + std::to_string(MaxClipboardBytes >> 20) +
                                 " MB) to be JourneyBoard moments or notes; nothing was pasted.",
                             "Het klembord bevat te veel tekst (meer dan " + std::to_string(MaxClipboardBytes >> 20) +
                                 " MB) voor JourneyBoard-momenten of -notities; er is niets geplakt.");
    size_t start = 0;
    while (start < text.size() && std::strchr(" \t\r\n", text[start]))
        start++;
    if (start == text.size())
        return Status::Error("The clipboard is empty. Select moments or notes and copy them with Ctrl+C first.",
                             "Het klembord is leeg. Selecteer eerst momenten of notities en kopieer ze met Ctrl+C.");
    if (text[start] != '{')
        return NotOurs(); // plain text: the common case, answered without parsing
    try
    {
        const Status marker = CheckMarker(text);
        if (!marker)
            return marker;
        Document clip;
        const Status loaded = LoadDocumentFromString(text, &clip);
        if (!loaded)
            return Status::Error("The copied JourneyBoard items are damaged and cannot be pasted: " + loaded.Message,
                                 "De gekopieerde JourneyBoard-items zijn beschadigd en kunnen niet worden geplakt: " + loaded.MessageNl);
        if (clip.Situations.size() != 1)
            return Status::Error("The copied JourneyBoard items are damaged (they hold more than one situation) and cannot be pasted.",
                                 "De gekopieerde JourneyBoard-items zijn beschadigd (ze bevatten meer dan één situatie) en kunnen niet worden geplakt.");
        out->Items = std::move(clip.Situations[0]);
        out->Rounds = std::move(clip.Rounds);
        return Status::Success();
    }
    catch (const std::exception&)
    {
        // LoadDocumentFromString catches its own; this is the marker check's safety net.
        return NotOurs();
    }
}

// [SECTION] Paste

// The lane of `target` a cell of `lane` belongs in; invalid when there is none.
static LaneId MatchLane(const Situation& target, const Lane& lane)
{
    for (const Lane& candidate : target.Lanes)
        if (candidate.Kind == lane.Kind && (lane.Kind != LaneKind::Text || candidate.Title == lane.Title))
            return candidate.Id;
    return LaneId();
}

static float PhaseLeftWorld(const MapLayout& layout, PhaseId id)
{
    for (const PhaseColumn& column : layout.Phases)
        if (column.Id == id)
            return column.Column.Min.x;
    return 0.0f;
}

// The dots a pasted copy of `note` keeps, their rounds mapped to this map's (see clipboard.h).
static std::vector<Vote> PastedVotes(Document& doc, const std::vector<VotingRound>& clip_rounds, const Note& note,
                                     std::unordered_map<RoundId, RoundId>* round_here)
{
    bool original_here = false;
    for (const Situation& s : doc.Situations)
        original_here = original_here || FindNote(s, note.Id) != nullptr;
    std::vector<Vote> votes;
    for (const Vote& vote : note.Votes)
    {
        const VotingRound* source = nullptr;
        for (const VotingRound& round : clip_rounds)
            if (round.Id == vote.Round)
                source = &round;
        if (!source)
            continue; // the loader checked references: cannot happen
        const VotingRound* own = nullptr;
        for (const VotingRound& round : doc.Rounds)
            if (!source->Key.empty() && round.Key == source->Key)
                own = &round;
        if (own && original_here)
            continue; // copied within the map: the dot stays on the original only
        RoundId target = own ? own->Id : RoundId();
        if (!own)
        {
            auto it = round_here->find(source->Id);
            if (it != round_here->end())
                target = it->second;
            else if (doc.Rounds.size() < MaxRounds)
            {
                VotingRound added = *source;
                added.Id = NewId<RoundId>(doc);
                added.Open = false; // this map's own round, if any, stays the open one
                doc.Rounds.push_back(added);
                target = added.Id;
                (*round_here)[source->Id] = target;
            }
        }
        if (!target.IsValid())
            continue;
        Vote copy = vote;
        copy.Round = target;
        votes.push_back(copy);
    }
    return votes;
}

Status PasteClipboardItems(Document& doc, SituationIndex s, const ClipboardItems& items, const PastePlace& place, PasteResult* out)
{
    if (s < 0 || s >= (int)doc.Situations.size())
        return Status::Error("There is no situation to paste into.", "Er is geen situatie om in te plakken.");
    Situation& target = doc.Situations[s];
    const Situation& clip = items.Items;
    if (clip.Moments.empty() && clip.Notes.empty())
        return Status::Error("There is nothing on the clipboard to paste.", "Er staat niets op het klembord om te plakken.");
    if (!clip.Moments.empty() && target.Phases.empty())
        return Status::Error("This map has no phases yet: add a phase before pasting moments.",
                             "Deze kaart heeft nog geen fasen: voeg eerst een fase toe en plak dan de momenten.");
    if (target.Moments.size() + clip.Moments.size() > MaxMoments || target.Notes.size() + clip.Notes.size() > MaxNotes)
        return Status::Error("Pasting these items would make the map larger than JourneyBoard can hold; nothing was pasted.",
                             "Met deze items zou de kaart groter worden dan JourneyBoard aankan; er is niets geplakt.");
    if (Status ids = CheckIdsLeft(doc, clip.Moments.size() + clip.Notes.size() + items.Rounds.size()); !ids)
        return ids;

    const MapLayout layout = ComputeLayout(target);
    const bool mouse_phase_valid = place.PhaseUnderMouse.IsValid() && FindPhase(target, place.PhaseUnderMouse);
    const PhaseId fallback_phase = mouse_phase_valid ? place.PhaseUnderMouse : (target.Phases.empty() ? PhaseId() : target.Phases.front().Id);

    // Each copied moment's phase here: by name, else the fallback.
    std::vector<PhaseId> phase_of(clip.Moments.size());
    for (size_t i = 0; i < clip.Moments.size(); i++)
    {
        const Phase* source_phase = FindPhase(clip, clip.Moments[i].Phase);
        phase_of[i] = fallback_phase;
        if (source_phase)
            for (const Phase& phase : target.Phases)
                if (phase.Name == source_phase->Name)
                {
                    phase_of[i] = phase.Id;
                    break;
                }
    }

    // Where each target phase's pasted group starts, keeping the copies' spacing among themselves.
    std::unordered_map<PhaseId, float> least_x, anchor_x;
    for (size_t i = 0; i < clip.Moments.size(); i++)
    {
        auto it = least_x.find(phase_of[i]);
        least_x[phase_of[i]] = it == least_x.end() ? clip.Moments[i].X : std::min(it->second, clip.Moments[i].X);
    }
    for (const auto& entry : least_x)
    {
        const PhaseId phase = entry.first;
        float after_selection = -1.0f;
        for (MomentId id : place.Selected)
            if (const Moment* m = FindMoment(target, id))
                if (m->Phase == phase)
                    after_selection = std::max(after_selection, m->X + 1.0f); // the layout spaces the cards
        if (after_selection >= 0.0f)
            anchor_x[phase] = after_selection;
        else if (place.HasMouse && mouse_phase_valid && phase == place.PhaseUnderMouse)
            anchor_x[phase] = std::max(0.0f, place.MouseWorld.x - PhaseLeftWorld(layout, phase));
        else
            anchor_x[phase] = entry.second; // the old place
    }

    PasteResult result;
    std::unordered_map<MomentId, MomentId> new_moment;
    for (size_t i = 0; i < clip.Moments.size(); i++)
    {
        Moment copy = clip.Moments[i];
        const MomentId old_id = copy.Id;
        copy.Id = NewId<MomentId>(doc);
        copy.Phase = phase_of[i];
        copy.X = std::min(anchor_x[copy.Phase] + (copy.X - least_x[copy.Phase]) + 0.001f * (float)i, MaxCoordinate);
        copy.Origin = MomentId();
        std::vector<LaneText> cells;
        for (const LaneText& cell : copy.Cells)
        {
            const Lane* lane = FindLane(clip, cell.Lane);
            const LaneId here = lane ? MatchLane(target, *lane) : LaneId();
            if (here.IsValid() && std::none_of(cells.begin(), cells.end(), [&](const LaneText& c) { return c.Lane == here; }))
                cells.push_back({here, cell.Text});
        }
        copy.Cells = std::move(cells);
        new_moment[old_id] = copy.Id;
        target.Moments.push_back(copy);
        result.Moments.push_back(copy.Id);
    }

    // Free notes keep their arrangement; the group's top-left goes to the mouse, or just beside
    // the old place so a paste in the same map is seen.
    Vec2 free_min(MaxCoordinate, MaxCoordinate);
    for (const Note& note : clip.Notes)
        if (!note.Moment.IsValid())
            free_min = {std::min(free_min.x, note.X), std::min(free_min.y, note.Y)};
    const Vec2 free_shift = place.HasMouse ? place.MouseWorld - free_min : Vec2(40.0f, 40.0f);
    std::unordered_map<RoundId, RoundId> round_here;
    for (const Note& note : clip.Notes)
    {
        Note copy = note;
        copy.Id = NewId<NoteId>(doc);
        copy.Votes = PastedVotes(doc, items.Rounds, note, &round_here);
        if (copy.Moment.IsValid())
        {
            auto it = new_moment.find(copy.Moment);
            if (it == new_moment.end())
                continue; // the loader checked references: cannot happen
            copy.Moment = it->second;
        }
        else
        {
            copy.X = std::clamp(copy.X + free_shift.x, -MaxCoordinate, MaxCoordinate);
            copy.Y = std::clamp(copy.Y + free_shift.y, -MaxCoordinate, MaxCoordinate);
        }
        target.Notes.push_back(copy);
        result.Notes.push_back(copy.Id);
    }
    if (out)
        *out = std::move(result);
    return Status::Success();
}
