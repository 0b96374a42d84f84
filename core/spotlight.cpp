#include "spotlight.h"

#include <algorithm>

bool SpotlightRect(const Situation& situation, const MapLayout& layout, const SpotlightTarget& target, Rect* out_world)
{
    // Columns run from the phase headers to the bottom of the map, with a little room around.
    const float top = layout.Map.Min.y, bottom = layout.Map.Max.y;
    const float pad = layout.Metrics.CardGap;
    bool any = false;
    Rect lit;
    auto add = [&](const Rect& r) {
        if (!any)
            lit = r;
        else
            lit.Add(r);
        any = true;
    };
    if (target.Phase.IsValid())
        for (const PhaseColumn& column : layout.Phases)
            if (column.Id == target.Phase)
                add(column.Column);
    std::vector<MomentId> moments = target.Moments;
    for (NoteId id : target.Notes)
        if (const Note* note = FindNote(situation, id))
        {
            if (note->Moment.IsValid())
                moments.push_back(note->Moment);
            else
                for (const NoteBox& box : layout.Notes)
                    if (box.Id == id)
                        add({box.Box.Min - Vec2(pad, pad), box.Box.Max + Vec2(pad, pad)});
        }
    for (MomentId id : moments)
        if (const MomentBox* box = FindMomentBox(layout, id))
        {
            Rect column{{box->Card.Min.x - pad, top}, {box->Card.Max.x + pad, bottom}};
            // Notes stacked under the moment may be wider than the card.
            for (const NoteBox& note : layout.Notes)
                if (const Note* model = ModelNote(situation, note))
                    if (model->Moment == id)
                        column.Add({note.Box.Min - Vec2(pad, 0.0f), note.Box.Max + Vec2(pad, 0.0f)});
            add(column);
        }
    if (any && out_world)
        *out_world = lit;
    return any;
}
