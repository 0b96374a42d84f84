// [SECTION] Index
// - Helpers: text fields on std::string, shared values of a multi-selection, commits
// - Moments: title, type, channel, actors, description, experiences, lane cells
// - Notes: kind, colour, text
// - ShowInspector

#include "panels/inspector.h"

#include "render/draw_map.h"
#include "actors.h"
#include "edit.h"
#include "panels/text_fields.h"
#include "text/i18n.h"
#include "render/map_painter.h"
#include "render/theme.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace
{
// [SECTION] Helpers

// An edit changed the document since the last commit: the next finished widget records it.
void Changed(AppState& app, bool changed) { app.MainView.Panels.Inspector.Changed(changed); }

// One undo step once the widget just used is finished with (or at once for choices).
void CommitIfFinished(AppState& app, bool finished) { ::CommitIfFinished(app.MainView.Panels.Inspector, app.Session, finished); }

void Heading(const AppState& app, const char* text)
{
    ImGui::Spacing();
    ImGui::PushFont(app.MainView.Fonts.CanvasBold[2]);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(31, 95, 139, 255));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// A field's label, with "(different)" when the selected items disagree.
void Label(const char* text, bool mixed)
{
    ImGui::TextUnformatted(text);
    if (mixed)
    {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", Tr("inspector.mixed"));
    }
}

template <class Item, class Get>
bool AllSame(const std::vector<Item*>& items, Get get)
{
    for (Item* item : items)
        if (!(get(*item) == get(*items.front())))
            return false;
    return true;
}

// [SECTION] Moments

void MomentText(AppState& app, const std::vector<Moment*>& moments, MomentField field, const char* label, float lines)
{
    auto get = [&](const Moment& m) -> const std::string& {
        switch (field)
        {
        case MomentField::Title: return m.Title;
        case MomentField::Channel: return m.Channel;
        case MomentField::Description: return m.Description;
        case MomentField::PatientText: return m.Patient.Text;
        case MomentField::ProfessionalText: return m.Professional.Text;
        }
        return m.Title;
    };
    const bool same = AllSame(moments, get);
    Label(label, !same);
    std::string text = same ? get(*moments.front()) : std::string();
    ImGui::PushID((int)field);
    if (InputWrappedText(app.MainView.Panels, "##text", &text, lines))
    {
        // Live: the card on the canvas follows the typing.
        std::vector<MomentId> ids;
        for (Moment* m : moments)
            ids.push_back(m->Id);
        for (MomentId id : ids)
            Changed(app, SetMomentText(app.Session.Doc, app.MainView.SituationIndex, id, field, text));
    }
    CommitIfFinished(app, ImGui::IsItemDeactivatedAfterEdit());
    ImGui::PopID();
}

void MomentType(AppState& app, const std::vector<Moment*>& moments)
{
    const bool same = AllSame(moments, [](const Moment& m) { return m.Type; });
    Label(Tr("inspector.type"), false);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##type", same ? InteractionTypeName(moments.front()->Type) : Tr("inspector.mixed")))
    {
        for (int t = 0; t < (int)InteractionType::Count; t++)
        {
            const bool chosen = same && (int)moments.front()->Type == t;
            if (ImGui::Selectable(InteractionTypeName((InteractionType)t), chosen))
            {
                std::vector<MomentId> ids;
                for (Moment* m : moments)
                    ids.push_back(m->Id);
                for (MomentId id : ids)
                    Changed(app, SetMomentType(app.Session.Doc, app.MainView.SituationIndex, id, (InteractionType)t));
                CommitIfFinished(app, true);
            }
            if (chosen)
                ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
}

void SetActorsOfAll(AppState& app, const std::vector<Moment*>& moments, int standard_index, bool on, const std::string& free_actor)
{
    std::vector<std::pair<MomentId, std::vector<std::string>>> changes;
    for (Moment* m : moments)
    {
        std::vector<std::string> actors = m->Actors;
        if (standard_index >= 0)
        {
            actors.erase(std::remove_if(actors.begin(), actors.end(),
                                        [&](const std::string& a) { return StandardActorIndex(a) == standard_index; }),
                         actors.end());
            if (on)
                actors.push_back(StandardActorName(standard_index, IsDutch()));
        }
        else
        {
            actors.erase(std::remove(actors.begin(), actors.end(), free_actor), actors.end());
            if (on)
                actors.push_back(free_actor);
        }
        changes.push_back({m->Id, actors});
    }
    for (const auto& change : changes)
        Changed(app, SetMomentActors(app.Session.Doc, app.MainView.SituationIndex, change.first, change.second));
    CommitIfFinished(app, true);
}

void MomentActors(AppState& app, const std::vector<Moment*>& moments)
{
    Label(Tr("inspector.actors"), false);
    // The checkboxes flow like words: as many on a line as fit the panel.
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const ImGuiStyle& style = ImGui::GetStyle();
    for (int i = 0; i < StandardActorCount(); i++)
    {
        const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(StandardActorName(i, IsDutch())).x;
        if (i > 0 && ImGui::GetItemRectMax().x + style.ItemSpacing.x * 2.0f + width <= right_edge)
            ImGui::SameLine(0.0f, style.ItemSpacing.x * 2.0f);
        int count = 0;
        for (const Moment* m : moments)
            count += HasActor(*m, i) ? 1 : 0;
        bool on = count == (int)moments.size();
        const bool mixed = count > 0 && !on;
        ImGui::PushID(i);
        if (mixed)
            ImGui::PushItemFlag(ImGuiItemFlags_MixedValue, true);
        if (ImGui::Checkbox(StandardActorName(i, IsDutch()), &on))
        {
            if (mixed)
                ImGui::PopItemFlag();
            ImGui::PopID();
            SetActorsOfAll(app, moments, i, on, std::string());
            return; // the moments changed under us: draw the rest next frame
        }
        if (mixed)
            ImGui::PopItemFlag();
        ImGui::PopID();
    }

    // Actors outside the standard list, each with a button to take it off.
    std::vector<std::string> others;
    for (const Moment* m : moments)
        for (const std::string& a : m->Actors)
            if (StandardActorIndex(a) < 0 && std::find(others.begin(), others.end(), a) == others.end())
                others.push_back(a);
    for (size_t i = 0; i < others.size(); i++)
    {
        ImGui::PushID((int)i + 100);
        char button[512];
        std::snprintf(button, sizeof(button), "%s  \xC3\x97", others[i].c_str()); // ×
        if (i > 0 && ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(button).x + 40.0f)
            ImGui::SameLine();
        if (ImGui::Button(button))
        {
            ImGui::PopID();
            SetActorsOfAll(app, moments, -1, false, others[i]);
            return;
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", Tr("inspector.remove_actor"));
        ImGui::PopID();
    }
    std::string& new_actor = app.MainView.Panels.NewActor;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##new_actor", Tr("inspector.add_actor"), &new_actor, ImGuiInputTextFlags_EnterReturnsTrue))
    {
        const std::string actor = new_actor;
        new_actor.clear();
        if (!actor.empty())
        {
            const int standard = StandardActorIndex(actor);
            SetActorsOfAll(app, moments, standard, true, actor);
        }
    }
}

void ExperienceScore(AppState& app, const std::vector<Moment*>& moments, bool patient)
{
    auto get = [&](const Moment& m) { return patient ? m.Patient.Score : m.Professional.Score; };
    const bool same = AllSame(moments, get);
    const bool unscored = same && !get(*moments.front()); // all of them not scored yet
    const bool any_scored = std::any_of(moments.begin(), moments.end(), [&](const Moment* m) { return get(*m).has_value(); });
    float score = same ? get(*moments.front()).value_or(0.0f) : 0.0f;
    ImGui::PushID(patient ? "patient_score" : "professional_score");

    // The face as the map draws it, then the slider in the score's colour.
    const float face_size = ImGui::GetFrameHeight();
    const ImVec2 face_min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(face_size, face_size));
    if (same)
    {
        // A view whose zoom makes the map's face exactly as high as a text field.
        const float scale = face_size * 0.5f / map_draw::FaceRadius;
        View scaled;
        scaled.Zoom = scale;
        const map_draw::Painter face_painter{ImGui::GetWindowDrawList(), app.MainView.Fonts, scaled, Rect{{0, 0}, {1e5f, 1e5f}}, EditingPalette()};
        const Vec2 face_world = Vec2(face_min.x + face_size * 0.5f, face_min.y + face_size * 0.5f) * (1.0f / scale);
        if (unscored)
            map_draw::DrawUnscoredFace(face_painter, face_world, IM_COL32(60, 60, 60, 255));
        else
            map_draw::DrawFace(face_painter, face_world, score, IM_COL32(60, 60, 60, 255));
    }
    ImGui::SameLine();
    const ImU32 color = ScoreColor(score);
    ImGui::PushStyleColor(ImGuiCol_SliderGrab, color);
    ImGui::PushStyleColor(ImGuiCol_SliderGrabActive, color);
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, face_size * 0.8f);
    ImGui::SetNextItemWidth(-FLT_MIN);
    char format[64];
    std::snprintf(format, sizeof(format), "%s", unscored ? Tr("score.not_scored") : same ? "%+.1f" : Tr("inspector.mixed"));
    if (ImGui::SliderFloat("##score", &score, -2.0f, 2.0f, format, ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput))
    {
        std::vector<MomentId> ids;
        for (Moment* m : moments)
            ids.push_back(m->Id);
        for (MomentId id : ids)
            Changed(app, SetScore(app.Session.Doc, app.MainView.SituationIndex, id, patient, std::round(score * 2.0f) / 2.0f));
    }
    CommitIfFinished(app, ImGui::IsItemDeactivatedAfterEdit());
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (same && !unscored)
    {
        static const char* const names[] = {"score.very_negative", "score.negative", "score.neutral", "score.positive", "score.very_positive"};
        const int index = std::clamp((int)std::lround(score) + 2, 0, 4);
        ImGui::TextDisabled("%s", Tr(names[index]));
        ImGui::SameLine();
    }
    // Back to "not scored yet": the curve then passes the moment by.
    if (any_scored && ImGui::SmallButton(Tr("inspector.clear_score")))
    {
        bool cleared = false;
        for (Moment* m : moments)
            cleared = ClearScore(app.Session.Doc, app.MainView.SituationIndex, m->Id, patient) || cleared;
        Changed(app, cleared);
        CommitIfFinished(app, true);
    }
    if (!any_scored)
        ImGui::TextDisabled("%s", Tr("score.not_scored_hint"));
    ImGui::PopID();
}

void MomentCells(AppState& app, const std::vector<Moment*>& moments)
{
    const Situation& situation = CurrentSituation(app);
    for (const Lane& lane : situation.Lanes)
    {
        if (lane.Kind != LaneKind::Backstage && lane.Kind != LaneKind::Quote && lane.Kind != LaneKind::Text)
            continue;
        auto cell_of = [&](const Moment& m) {
            for (const LaneText& c : m.Cells)
                if (c.Lane == lane.Id)
                    return c.Text;
            return std::string();
        };
        const bool same = AllSame(moments, cell_of);
        std::string title = LaneTitle(lane);
        if (!lane.Visible)
            title += std::string(" ") + Tr("inspector.lane_hidden");
        Label(title.c_str(), !same);
        std::string text = same ? cell_of(*moments.front()) : std::string();
        ImGui::PushID((int)lane.Id.Value);
        if (InputWrappedText(app.MainView.Panels, "##cell", &text, 2.0f))
        {
            std::vector<MomentId> ids;
            for (Moment* m : moments)
                ids.push_back(m->Id);
            for (MomentId id : ids)
                Changed(app, SetMomentCell(app.Session.Doc, app.MainView.SituationIndex, id, lane.Id, text));
        }
        CommitIfFinished(app, ImGui::IsItemDeactivatedAfterEdit());
        ImGui::PopID();
    }
}

void ShowMoments(AppState& app, const std::vector<Moment*>& moments)
{
    char heading[128];
    if (moments.size() == 1)
        std::snprintf(heading, sizeof(heading), "%s", Tr("inspector.moment"));
    else
        std::snprintf(heading, sizeof(heading), Tr("inspector.moments_n"), (int)moments.size());
    Heading(app, heading);
    ImGui::Separator();
    // In the map's lane order, so the description and both experiences are in view without
    // scrolling on a laptop screen; channel and actors after them.
    MomentText(app, moments, MomentField::Title, Tr("inspector.title"), 2.0f);
    MomentType(app, moments);
    MomentText(app, moments, MomentField::Description, Tr("lane.description"), 3.0f);

    Heading(app, Tr("lane.patient"));
    ExperienceScore(app, moments, true);
    MomentText(app, moments, MomentField::PatientText, Tr("inspector.experience_text"), 2.0f);
    Heading(app, Tr("lane.professional"));
    ExperienceScore(app, moments, false);
    MomentText(app, moments, MomentField::ProfessionalText, Tr("inspector.experience_text"), 2.0f);
    ImGui::Spacing();
    ImGui::Separator();
    MomentText(app, moments, MomentField::Channel, Tr("inspector.channel"), 1.0f);
    MomentActors(app, moments);
    MomentCells(app, moments);
}

// [SECTION] Notes

struct NoteColor
{
    uint32_t Rgb;     // 0xRRGGBB; 0: the kind's own colour
    const char* Name; // string table key
};
const NoteColor NoteColors[] = {
    {0, "color.default"},       {0xFFE066, "color.yellow"}, {0xFFB74D, "color.orange"},
    {0xF8BBD0, "color.pink"},   {0xB3E5FC, "color.blue"},   {0xD1C4E9, "color.purple"},
};

ImVec4 RgbToVec4(uint32_t rgb) { return ImVec4(((rgb >> 16) & 255) / 255.0f, ((rgb >> 8) & 255) / 255.0f, (rgb & 255) / 255.0f, 1.0f); }

void ShowNotes(AppState& app, const std::vector<Note*>& notes)
{
    char heading[128];
    if (notes.size() == 1)
        std::snprintf(heading, sizeof(heading), "%s", NoteKindName(notes.front()->Kind));
    else
        std::snprintf(heading, sizeof(heading), Tr("inspector.notes_n"), (int)notes.size());
    Heading(app, heading);
    ImGui::Separator();
    std::vector<NoteId> ids;
    for (Note* n : notes)
        ids.push_back(n->Id);

    const bool same_kind = AllSame(notes, [](const Note& n) { return n.Kind; });
    Label(Tr("inspector.note_kind"), false);
    for (int k = 0; k < (int)NoteKind::Count; k++)
    {
        if (k > 0)
            ImGui::SameLine();
        if (ImGui::RadioButton(NoteKindName((NoteKind)k), same_kind && (int)notes.front()->Kind == k))
        {
            for (NoteId id : ids)
                Changed(app, SetNoteKind(app.Session.Doc, app.MainView.SituationIndex, id, (NoteKind)k));
            CommitIfFinished(app, true);
            return;
        }
    }

    const bool same_color = AllSame(notes, [](const Note& n) { return n.Color; });
    Label(Tr("inspector.note_color"), !same_color);
    const float swatch = ImGui::GetFrameHeight() * 1.3f;
    for (int i = 0; i < (int)(sizeof(NoteColors) / sizeof(NoteColors[0])); i++)
    {
        const NoteColor& c = NoteColors[i];
        if (i > 0)
            ImGui::SameLine();
        // The default swatch shows the kind's own colour.
        uint32_t shown = c.Rgb;
        if (shown == 0)
        {
            const ImU32 kind = notes.front()->Kind == NoteKind::PainPoint ? MapColors::PainPointNote : MapColors::OpportunityNote;
            shown = ((kind & 0xFF) << 16) | (kind & 0xFF00) | ((kind >> 16) & 0xFF);
        }
        const bool current = same_color && notes.front()->Color == c.Rgb;
        ImGui::PushID(i);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, current ? 4.0f : 1.0f);
        ImGui::PushStyleColor(ImGuiCol_Border, current ? IM_COL32(0, 0, 0, 255) : IM_COL32(120, 120, 120, 255));
        const bool clicked = ImGui::ColorButton(Tr(c.Name), RgbToVec4(shown), ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop, ImVec2(swatch, swatch));
        ImGui::PopStyleColor();
        ImGui::PopStyleVar();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", Tr(c.Name));
        ImGui::PopID();
        if (clicked)
        {
            for (NoteId id : ids)
                Changed(app, SetNoteColor(app.Session.Doc, app.MainView.SituationIndex, id, c.Rgb));
            CommitIfFinished(app, true);
            return;
        }
    }

    const bool same_text = AllSame(notes, [](const Note& n) { return n.Text; });
    Label(Tr("inspector.note_text"), !same_text);
    std::string text = same_text ? notes.front()->Text : std::string();
    if (InputWrappedText(app.MainView.Panels, "##note_text", &text, 4.0f))
        for (NoteId id : ids)
            Changed(app, SetNoteText(app.Session.Doc, app.MainView.SituationIndex, id, text));
    CommitIfFinished(app, ImGui::IsItemDeactivatedAfterEdit());
}
} // namespace

// [SECTION] ShowInspector

float InspectorWidth(const AppState& app, float available_width)
{
    return std::clamp(available_width * 0.28f, 360.0f, 620.0f);
}

void ShowInspector(AppState& app, float width, float height)
{
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f, 12.0f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(246, 246, 244, 255));
    ImGui::BeginChild("##inspector", ImVec2(width, height), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushFont(app.MainView.Fonts.Canvas[2]); // 24 px: legible on a projector from the back

    if (app.MainView.SituationIndex < (int)app.Session.Doc.Situations.size())
    {
        Situation& situation = app.Session.Doc.Situations[app.MainView.SituationIndex];
        std::vector<Moment*> moments;
        for (Moment& m : situation.Moments)
            if (app.MainView.Selected.Moments.count(m.Id))
                moments.push_back(&m);
        std::vector<Note*> notes;
        for (Note& n : situation.Notes)
            if (app.MainView.Selected.Notes.count(n.Id))
                notes.push_back(&n);
        // Each section may change the document (and so these pointers): one section per frame
        // reads them, the other re-finds its items.
        if (!moments.empty())
            ShowMoments(app, moments);
        if (!notes.empty())
        {
            notes.clear();
            for (Note& n : app.Session.Doc.Situations[app.MainView.SituationIndex].Notes)
                if (app.MainView.Selected.Notes.count(n.Id))
                    notes.push_back(&n);
            if (!moments.empty())
                ImGui::Spacing();
            ShowNotes(app, notes);
        }
        if (moments.empty() && notes.empty())
        {
            Heading(app, Tr("inspector.title_panel"));
            ImGui::Separator();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(Tr("inspector.nothing_selected"));
            ImGui::PopTextWrapPos();
        }
    }

    ImGui::PopFont();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}
