#include "panels/persona_panel.h"

#include "edit.h"
#include "text/i18n.h"
#include "commands/method_actions.h"
#include "panels/text_fields.h"
#include "render/persona_fields.h"
#include "render/photo_image.h"
#include "render/photo_textures.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <string>

namespace
{
// Keeps the panel on an existing persona after add, delete, undo or opening another map.
const Persona* SelectedPersona(AppState& app)
{
    if (const Persona* p = FindPersona(app.Session.Doc, app.MainView.SelectedPersona))
        return p;
    app.MainView.SelectedPersona = app.Session.Doc.Personas.empty() ? PersonaId() : app.Session.Doc.Personas[0].Id;
    return app.Session.Doc.Personas.empty() ? nullptr : &app.Session.Doc.Personas[0];
}

void PersonaPicker(AppState& app)
{
    for (const Persona& persona : app.Session.Doc.Personas)
    {
        ImGui::PushID((int)persona.Id.Value);
        const char* name = persona.Name.empty() ? Tr("persona.unnamed") : persona.Name.c_str();
        if (ImGui::RadioButton(name, persona.Id == app.MainView.SelectedPersona))
        {
            app.MainView.SelectedPersona = persona.Id;
            app.MainView.Panels.PhotoMessage.clear();
        }
        ImGui::SameLine();
        ImGui::PopID();
    }
    if (ImGui::Button(Tr("persona_panel.add")))
    {
        PersonaId id;
        Status why;
        if (!AddPersona(app.Session.Doc, std::string(), &id, &why))
            ShowRefusal(app.MainView, why);
        else
        {
            CommitEdit(app.Session);
            app.MainView.SelectedPersona = id;
            app.MainView.Panels.PhotoMessage.clear();
            FrameMapPart(app, MapPart::PersonaCard);
        }
    }
}

void PhotoSection(AppState& app, const Persona& persona)
{
    FieldLabel(app, Tr("persona.field.photo"), Tr("persona.hint.photo"));
    const PhotoTexture photo = GetPersonaPhotoTexture(app.MainView.Fonts.Photos.get(), persona);
    if (photo.Texture)
    {
        const float side = ImGui::GetFontSize() * 6.0f;
        const float aspect = (float)photo.Width / (float)photo.Height;
        ImGui::Image(photo.Texture, aspect >= 1.0f ? ImVec2(side, side / aspect) : ImVec2(side * aspect, side));
    }
    ImGui::SetNextItemWidth(-ImGui::CalcTextSize(Tr("persona_panel.photo_load")).x - ImGui::GetStyle().FramePadding.x * 2.0f -
                            ImGui::GetStyle().ItemSpacing.x);
    const bool entered =
        ImGui::InputTextWithHint("##photo_path", Tr("persona_panel.photo_path"), &app.MainView.Panels.PhotoPath, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button(Tr("persona_panel.photo_load")) || entered) && !app.MainView.Panels.PhotoPath.empty())
        app.MainView.Panels.PhotoFailed = !LoadPersonaPhoto(app, persona.Id, app.MainView.Panels.PhotoPath, &app.MainView.Panels.PhotoMessage);
    if (!persona.Photo.empty() && ImGui::Button(Tr("persona_panel.photo_remove")))
    {
        if (SetPersonaPhoto(app.Session.Doc, persona.Id, std::string()))
            CommitEdit(app.Session);
        app.MainView.Panels.PhotoMessage.clear();
    }
    if (!app.MainView.Panels.PhotoMessage.empty())
    {
        ImGui::PushTextWrapPos(0.0f);
        if (app.MainView.Panels.PhotoFailed)
            ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1.0f), "%s", app.MainView.Panels.PhotoMessage.c_str());
        else
            ImGui::TextUnformatted(app.MainView.Panels.PhotoMessage.c_str());
        ImGui::PopTextWrapPos();
    }
}

void PersonaForm(AppState& app, const Persona& persona)
{
    const PersonaId id = persona.Id;
    if (ImGui::Button(Tr("persona_panel.show")))
        FrameMapPart(app, MapPart::PersonaCard);
    ImGui::Separator();

    FieldLabel(app, Tr("persona.field.name"), Tr("persona.hint.name"));
    std::string text = persona.Name;
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::InputTextWithHint("##name", Tr("persona.hint.name"), &text) && SetPersonaField(app.Session.Doc, id, PersonaField::Name, text))
        app.MainView.Panels.PersonaPanel.Changed();

    FieldLabel(app, Tr("persona.field.age"), Tr("persona.hint.age"));
    int age = persona.Age;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::InputInt("##age", &age) && SetPersonaAge(app.Session.Doc, id, age))
        app.MainView.Panels.PersonaPanel.Changed();

    FieldLabel(app, Tr("persona.field.real"), Tr("persona.hint.real"));
    if (ImGui::RadioButton(Tr("persona.fictional"), !persona.BasedOnRealPerson) && SetPersonaBasedOnRealPerson(app.Session.Doc, id, false))
        CommitEdit(app.Session);
    ImGui::SameLine();
    if (ImGui::RadioButton(Tr("persona.real"), persona.BasedOnRealPerson) && SetPersonaBasedOnRealPerson(app.Session.Doc, id, true))
        CommitEdit(app.Session);

    // The persona may have moved in the vector (undo); look it up again before reading on.
    const Persona* current = FindPersona(app.Session.Doc, id);
    if (!current)
        return;
    PhotoSection(app, *current);

    int count = 0;
    const PersonaFieldInfo* fields = PersonaTextFields(&count);
    for (int i = 0; i < count; i++)
    {
        const Persona* p = FindPersona(app.Session.Doc, id);
        if (!p)
            return;
        ImGui::PushID(i);
        FieldLabel(app, Tr(fields[i].LabelKey), Tr(fields[i].HintKey));
        text = PersonaFieldText(*p, fields[i].Field);
        if (InputMultilineWithHint("##field", Tr(fields[i].HintKey), &text, 2.4f) && SetPersonaField(app.Session.Doc, id, fields[i].Field, text))
            app.MainView.Panels.PersonaPanel.Changed();
        ImGui::PopID();
    }

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.80f, 0.30f, 0.25f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.90f, 0.35f, 0.30f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (ImGui::Button(Tr("persona_panel.delete")) && DeletePersona(app.Session.Doc, id))
    {
        CommitEdit(app.Session); // undo brings it back
        app.MainView.Panels.PhotoMessage.clear();
    }
    ImGui::PopStyleColor(3);
}
} // namespace

bool LoadPersonaPhoto(AppState& app, PersonaId id, const std::string& path, std::string* message)
{
    std::string photo;
    const Status status = PreparePersonaPhotoFromFile(path, &photo);
    if (!status)
    {
        *message = status.Text(IsDutch());
        return false;
    }
    if (SetPersonaPhoto(app.Session.Doc, id, photo))
        CommitEdit(app.Session);
    char text[200];
    std::snprintf(text, sizeof(text), Tr("persona_panel.photo_loaded"), (int)((photo.size() * 3 / 4 + 1023) / 1024));
    *message = text;
    return true;
}

void ShowPersonaPanel(AppState& app)
{
    if (!app.MainView.PersonaPanelOpen)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 20.0f, viewport->WorkPos.y + 70.0f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(560.0f, viewport->WorkSize.y - 140.0f), ImGuiCond_FirstUseEver);
    const std::string title = std::string(Tr("persona_panel.title")) + "###persona_panel";
    if (ImGui::Begin(title.c_str(), &app.MainView.PersonaPanelOpen, ImGuiWindowFlags_NoCollapse))
    {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(Tr("persona_panel.intro"));
        ImGui::PopTextWrapPos();
        PersonaPicker(app);
        ImGui::Separator();
        if (const Persona* persona = SelectedPersona(app))
            PersonaForm(app, *persona);
        else
        {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s", Tr("persona_panel.none"));
            ImGui::PopTextWrapPos();
        }
    }
    ImGui::End();
    CommitWhenIdle(app.MainView.Panels.PersonaPanel, app.Session);
}
