#include "canvas/view_state.h"

#include "render/fonts.h"
#include "text_wrap.h"

#include <imgui.h>

const Situation& ShownSituation(const Session& session, const ViewState& view)
{
    static const Situation empty;
    const Document& doc = session.Doc;
    if (doc.Situations.empty())
        return empty;
    const int i = view.SituationIndex < (int)doc.Situations.size() ? view.SituationIndex : 0;
    return doc.Situations[i];
}

void ResetViewForNewDocument(const Session& session, ViewState& view)
{
    view.Selected.Clear();
    view.SituationIndex = 0;
    view.SituationTabRequest = 0; // the tab bar would keep the previous map's tab
    view.CompareShown = false;
    view.FitRequested = true;
    view.SelectedPersona = session.Doc.Personas.empty() ? PersonaId() : session.Doc.Personas[0].Id;
}

void PruneSelection(const Session& session, ViewState& view)
{
    if (view.SituationIndex >= (int)session.Doc.Situations.size())
        view.SituationIndex = 0;
    if (session.Doc.Situations.size() < 2)
        view.CompareShown = false; // nothing left to compare
    const Situation& s = ShownSituation(session, view);
    for (auto it = view.Selected.Moments.begin(); it != view.Selected.Moments.end();)
        it = FindMoment(s, *it) ? std::next(it) : view.Selected.Moments.erase(it);
    for (auto it = view.Selected.Notes.begin(); it != view.Selected.Notes.end();)
        it = FindNote(s, *it) ? std::next(it) : view.Selected.Notes.erase(it);
}

void OpenCommandPalette(ViewState& view)
{
    view.Palette = PaletteState();
    view.Palette.Open = true;
    view.Palette.FocusPending = true;
}

void ShowRefusal(ViewState& view, const Status& why)
{
    if (!why && view.Refusal)
        view.Refusal = why;
}

void SizeLayoutForText(ViewState& view)
{
    if (!view.Fonts.Wrap || !view.Fonts.Canvas[CanvasFontSizeCount - 1])
        return;
    TextWrapCache* texts = &WrapCacheOf(view.Fonts);
    view.Layout.Texts = texts;
    view.CompareLayout.Texts = texts;
    // Texts are compared once a frame, however often the frame asks for the layout.
    view.Layout.TextsFrame = view.CompareLayout.TextsFrame = (uint64_t)ImGui::GetFrameCount() + 1;
}
