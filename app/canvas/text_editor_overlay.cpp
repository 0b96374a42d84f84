#include "canvas/text_editor_overlay.h"

#include "input/keyboard.h"

#include "edit.h"
#include "text/i18n.h"
#include "render/fonts.h"
#include "render/theme.h"
#include "text/soft_wrap.h"
#include "text_fit.h"
#include "text_wrap.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace
{
constexpr float EditorFontPixels = 24.0f; // big enough for the back of the room, whatever the zoom
constexpr float EditorMinWidth = 340.0f;  // screen pixels
constexpr float EditorMinHeight = 96.0f;
const ImVec2 EditorPadding(10.0f, 8.0f);  // inside the box, screen pixels

// How the map wraps the edited text: its world font size and wrap width (0: not wrapped).
struct MapWrap
{
    TextEditorState* Editor = nullptr;
    TextWrapCache* Texts = nullptr;
    float SizeWorld = 0.0f;
    float WidthWorld = 0.0f;
    bool Bold = false;
};

// `text` with a soft break (text/soft_wrap.h) wherever the map breaks its lines, so the box shows
// the lines the note or card will show, whatever the zoom. A word hyphenated on the map breaks at
// the same place in the box (without the hyphen, which is not part of the text).
std::string WithMapBreaks(const std::string& text, const MapWrap& w, int* map_lines)
{
    *map_lines = 0;
    if (w.WidthWorld <= 0.0f || !w.Texts)
        return text;
    const std::vector<TextLine> lines = w.Texts->Wrap(text, w.SizeWorld, w.WidthWorld, 0, w.Bold); // a copy: the next Wrap reuses it
    *map_lines = (int)lines.size();
    const char* const base = text.data();
    size_t next = 0;
    return InsertSoftBreaks(text, [&](const char* begin, const char* end) -> const char* {
        const int at = (int)(begin - base);
        while (next < lines.size() && lines[next].End <= at)
            next++;
        return next < lines.size() && base + lines[next].End < end ? base + lines[next].End : end;
    });
}

int ShownLineCount(const std::string& shown) { return 1 + (int)std::count(shown.begin(), shown.end(), '\n'); }

// Once the box is active: a new element's placeholder selected (typing replaces it), existing
// text with the cursor after it. After every edit the text is wrapped again as the map wraps it,
// the cursor kept at the same place in the text.
int EditorCallback(ImGuiInputTextCallbackData* data)
{
    const MapWrap* wrap = static_cast<const MapWrap*>(data->UserData);
    TextEditorState* e = wrap->Editor;
    if (e->CursorToEnd && data->EventFlag == ImGuiInputTextFlags_CallbackAlways)
    {
        data->CursorPos = data->SelectionEnd = data->BufTextLen;
        data->SelectionStart = e->IsNew ? 0 : data->BufTextLen;
        e->CursorToEnd = false;
    }
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit)
        return 0;
    const std::string shown(data->Buf, (size_t)data->BufTextLen);
    const int cursor = RealIndex(shown, data->CursorPos);
    const std::string reflowed = WithMapBreaks(RemoveSoftBreaks(shown), *wrap, &e->MapLines);
    e->ShownLines = ShownLineCount(reflowed);
    if (reflowed == shown)
        return 0;
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, reflowed.data(), reflowed.data() + reflowed.size());
    data->CursorPos = data->SelectionStart = data->SelectionEnd = ShownIndex(reflowed, cursor);
    return 0;
}

// The map's font size and wrap width for the edited text: a note's text, a card's title (bold),
// a moment's text in a lane; phase and lane names keep one line.
MapWrap MapWrapOf(const Session& session, const ViewState& view, const MapLayout& layout, const Rect& target_world)
{
    MapWrap w;
    const TextEditorState& e = view.Canvas.Editor;
    const LayoutMetrics& m = layout.Metrics;
    const float body = map_text::Body * m.TextScale;
    switch (e.Target)
    {
    case TextTarget::NoteText:
    {
        const Note* note = FindNote(ShownSituation(session, view), e.Note);
        w.SizeWorld = body;
        w.WidthWorld = m.NoteWidth - 2.0f * m.TextPadding - (note && note->FromParticipant ? 14.0f : 0.0f);
        break;
    }
    case TextTarget::MomentTitle:
        w.SizeWorld = body * m.CardTitleScale;
        w.WidthWorld = m.CardWidth - 2.0f * m.TextPadding;
        w.Bold = true;
        break;
    case TextTarget::MomentText:
        w.SizeWorld = body;
        w.WidthWorld = target_world.Width();
        break;
    default: break;
    }
    return w;
}

void Open(Session& session, ViewState& view, TextTarget target, std::string text, bool is_new)
{
    TextEditorState& e = view.Canvas.Editor;
    e = TextEditorState();
    e.Target = target;
    e.Text = std::move(text);
    e.IsNew = is_new;
    e.Situation = view.SituationIndex;
    e.FocusPending = true;
    e.CursorToEnd = true;
}

// The element's rectangle in world units, or false when it is gone (undo, delete).
bool TargetRectWorld(const Session& session, const ViewState& view, const MapLayout& layout, Rect* out)
{
    const TextEditorState& e = view.Canvas.Editor;
    switch (e.Target)
    {
    case TextTarget::MomentTitle:
        if (const MomentBox* box = FindMomentBox(layout, e.Moment))
            return *out = box->Card, true;
        return false;
    case TextTarget::NoteText:
        for (const NoteBox& nb : layout.Notes)
            if (nb.Id == e.Note)
                return *out = nb.Box, true;
        return false;
    case TextTarget::PhaseName:
        for (const PhaseColumn& column : layout.Phases)
            if (column.Id == e.Phase)
                return *out = column.Header, true;
        return false;
    case TextTarget::LaneTitle:
        for (const LaneRow& row : layout.Lanes)
            if (row.Id == e.Lane)
                return *out = row.Label, true;
        return false;
    case TextTarget::MomentText:
        if (const MomentBox* box = FindMomentBox(layout, e.Moment))
            for (const LaneRow& row : layout.Lanes)
                if (row.Id == e.Lane)
                    return MomentTextCell(layout, *box, row, out);
        return false;
    case TextTarget::None: break;
    }
    return false;
}

// The text of `moment` that `lane` shows, and the edit that changes it.
const std::string* MomentLaneText(const Moment& moment, const Lane& lane)
{
    switch (lane.Kind)
    {
    case LaneKind::Description: return &moment.Description;
    case LaneKind::PatientExperience: return &moment.Patient.Text;
    case LaneKind::ProfessionalExperience: return &moment.Professional.Text;
    default: break;
    }
    for (const LaneText& cell : moment.Cells)
        if (cell.Lane == lane.Id)
            return &cell.Text;
    return nullptr;
}

bool SetMomentLaneText(Document& doc, int s, MomentId moment, const Lane& lane, const std::string& text)
{
    switch (lane.Kind)
    {
    case LaneKind::Description: return SetMomentText(doc, s, moment, MomentField::Description, text);
    case LaneKind::PatientExperience: return SetMomentText(doc, s, moment, MomentField::PatientText, text);
    case LaneKind::ProfessionalExperience: return SetMomentText(doc, s, moment, MomentField::ProfessionalText, text);
    default: return SetMomentCell(doc, s, moment, lane.Id, text);
    }
}
} // namespace

void OpenMomentTitleEditor(Session& session, ViewState& view, MomentId id, bool is_new)
{
    const Moment* moment = FindMoment(ShownSituation(session, view), id);
    if (!moment)
        return;
    Open(session, view, TextTarget::MomentTitle, moment->Title, is_new);
    view.Canvas.Editor.Moment = id;
}

void OpenNoteEditor(Session& session, ViewState& view, NoteId id, bool is_new)
{
    const Note* note = FindNote(ShownSituation(session, view), id);
    if (!note)
        return;
    Open(session, view, TextTarget::NoteText, note->Text, is_new);
    view.Canvas.Editor.Note = id;
}

void OpenPhaseNameEditor(Session& session, ViewState& view, PhaseId id, bool is_new)
{
    const Phase* phase = FindPhase(ShownSituation(session, view), id);
    if (!phase)
        return;
    Open(session, view, TextTarget::PhaseName, PhaseTitle(*phase), is_new);
    view.Canvas.Editor.Phase = id;
}

void OpenLaneTitleEditor(Session& session, ViewState& view, LaneId id, bool is_new)
{
    const Lane* lane = FindLane(ShownSituation(session, view), id);
    if (!lane)
        return;
    Open(session, view, TextTarget::LaneTitle, LaneTitle(*lane), is_new);
    view.Canvas.Editor.Lane = id;
}

void OpenMomentTextEditor(Session& session, ViewState& view, MomentId moment_id, LaneId lane_id)
{
    const Situation& situation = ShownSituation(session, view);
    const Moment* moment = FindMoment(situation, moment_id);
    const Lane* lane = FindLane(situation, lane_id);
    if (!moment || !lane)
        return;
    const std::string* text = MomentLaneText(*moment, *lane);
    Open(session, view, TextTarget::MomentText, text ? *text : std::string(), false);
    view.Canvas.Editor.Moment = moment_id;
    view.Canvas.Editor.Lane = lane_id;
}

void CommitTextEditor(Session& session, ViewState& view)
{
    TextEditorState& e = view.Canvas.Editor;
    if (!e.IsOpen())
        return;
    const std::string text = ClampText(e.Text);
    const int s = e.Situation;
    // A card or note left empty disappears: a new one as if never made, an existing note deleted.
    const bool empty = text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (empty && e.IsNew && (e.Target == TextTarget::MomentTitle || e.Target == TextTarget::NoteText))
    {
        CancelTextEditor(session, view);
        return;
    }
    bool changed = false;
    switch (e.Target)
    {
    case TextTarget::MomentTitle: changed = SetMomentText(session.Doc, s, e.Moment, MomentField::Title, text); break;
    case TextTarget::NoteText:
        if (empty)
        {
            changed = DeleteNotes(session.Doc, s, {e.Note});
            view.Selected.Notes.erase(e.Note);
        }
        else
            changed = SetNoteText(session.Doc, s, e.Note, text);
        break;
    case TextTarget::PhaseName:
    {
        // The shown name kept as it was: the phase keeps following the UI language.
        const Phase* phase = s < (int)session.Doc.Situations.size() ? FindPhase(session.Doc.Situations[s], e.Phase) : nullptr;
        changed = !(phase && phase->DefaultName >= 0 && text == PhaseTitle(*phase)) && RenamePhase(session.Doc, s, e.Phase, text);
        break;
    }
    case TextTarget::LaneTitle:
    {
        // Typing the language's own title back keeps the lane following the UI language.
        const Lane* lane = s < (int)session.Doc.Situations.size() ? FindLane(session.Doc.Situations[s], e.Lane) : nullptr;
        Lane plain;
        if (lane)
            plain.Kind = lane->Kind;
        changed = RenameLane(session.Doc, s, e.Lane, text == LaneTitle(plain) ? std::string() : text);
        break;
    }
    case TextTarget::MomentText:
    {
        const Lane* lane = s < (int)session.Doc.Situations.size() ? FindLane(session.Doc.Situations[s], e.Lane) : nullptr;
        changed = lane && SetMomentLaneText(session.Doc, s, e.Moment, *lane, text);
        break;
    }
    case TextTarget::None: break;
    }
    if (changed || e.IsNew)
        CommitEdit(session); // the new element and its text are one step
    e = TextEditorState();
}

void CancelTextEditor(Session& session, ViewState& view)
{
    TextEditorState& e = view.Canvas.Editor;
    if (e.IsNew)
    {
        // The element was made for this edit and is not recorded yet: take it away again.
        session.Doc = session.Undo.Committed;
        view.Selected.Moments.erase(e.Moment);
        view.Selected.Notes.erase(e.Note);
    }
    e = TextEditorState();
}

void ShowTextEditor(Session& session, ViewState& view)
{
    TextEditorState& e = view.Canvas.Editor;
    if (!e.IsOpen())
        return;
    // Laid out now: a menu may have just added the element this frame.
    const MapLayout& layout = CachedLayout(view.Layout, ShownSituation(session, view), view.Metrics);
    Rect target_world;
    if (!TargetRectWorld(session, view, layout, &target_world))
    {
        e = TextEditorState(); // the element went away (undo); nothing to commit to
        return;
    }
    // The text wrapped where the map wraps it, in the editor's own large font.
    MapWrap wrap = MapWrapOf(session, view, layout, target_world);
    wrap.Editor = &e;
    wrap.Texts = &WrapCacheOf(view.Fonts);
    const bool bold = wrap.Bold;
    std::string shown = WithMapBreaks(e.Text, wrap, &e.MapLines);
    e.ShownLines = ShownLineCount(shown);

    // Over the element, at least a comfortable size, and inside the canvas; a wrapped text gets
    // the map's line width at the editor's font size (and a little room for rounding and the
    // scroll bar), and the height of its lines.
    const Rect target_screen = WorldToScreen(view.CanvasView, target_world);
    const Rect& canvas = view.CanvasRect;
    const ImGuiStyle& style = ImGui::GetStyle();
    float least_width = EditorMinWidth, least_height = EditorMinHeight;
    if (wrap.WidthWorld > 0.0f)
    {
        least_width = wrap.WidthWorld * EditorFontPixels / wrap.SizeWorld * 1.04f + 2.0f * EditorPadding.x + style.ScrollbarSize;
        least_height = (float)std::max(e.ShownLines, 2) * EditorFontPixels + 2.0f * EditorPadding.y + 8.0f;
    }
    const float width = std::min(std::max(target_screen.Width(), least_width), canvas.Width() - 16.0f);
    const float height = std::min(std::max(target_screen.Height(), least_height), canvas.Height() - 16.0f);
    const float x = std::clamp(target_screen.Min.x, canvas.Min.x + 8.0f, canvas.Max.x - width - 8.0f);
    const float y = std::clamp(target_screen.Min.y, canvas.Min.y + 8.0f, canvas.Max.y - height - 8.0f);

    // Enter commits, Shift+Enter is a new line. ImGui 1.86's multi-line box puts a new line on
    // every Enter, so a plain Enter is taken before the box sees it.
    const ImGuiIO& io = ImGui::GetIO();
    // Escape keeps what was typed too (as on a whiteboard); taken before the box sees it, since
    // ImGui's box puts back the text it started with on Escape.
    if (e.HadKeyboard && ((!io.KeyShift && (KeyPressed(Key_Enter, true) || KeyPressed(Key_KeypadEnter, true))) ||
                          KeyPressed(Key_Escape, true)))
    {
        CommitTextEditor(session, view);
        return;
    }

    // The keyboard goes to the box once the button that opened it is up: a held button over the
    // box would drag its text cursor around.
    const bool take_focus = e.FocusPending && !ImGui::IsMouseDown(ImGuiMouseButton_Left);
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    if (take_focus)
        ImGui::SetNextWindowFocus();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 3.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, EditorPadding);
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(MapColors::Selection));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(MapColors::Ink));
    ImGui::Begin("##text_editor", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(PickCanvasFont(view.Fonts, EditorFontPixels, bold));
    if (take_focus)
    {
        ImGui::SetKeyboardFocusHere();
        e.FocusPending = false;
    }
    if (ImGui::InputTextMultiline("##text", &shown, ImGui::GetContentRegionAvail(),
                                  ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackEdit, EditorCallback, &wrap))
        e.Text = RemoveSoftBreaks(shown);
    e.HadKeyboard = ImGui::IsItemActive();
    const bool left = ImGui::IsItemDeactivated();
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor(3);
    ImGui::PopStyleVar(3);

    if (left)
        CommitTextEditor(session, view); // Ctrl+Enter, or a click elsewhere, keeps what was typed
}
